import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirect } from "@/lib/auth/safe-callback";

// Each of these, followed as a redirect by some browser or server, could leave the site (or
// run script). The first two are the forms found in the issue.
const HOSTILE: Array<[string, unknown]> = [
  ["absolute URL whose path is //host (issue 7)", "http://local//evil.example"],
  ["the same, encoded as a query value would carry it", decodeURIComponent("http%3A%2F%2Flocal%2F%2Fevil.example")],
  ["protocol-relative", "//evil.example"],
  ["protocol-relative with a path", "//evil.example/dashboard"],
  ["three slashes", "///evil.example"],
  ["slash backslash", "/\\evil.example"],
  ["backslash backslash", "\\\\evil.example"],
  ["backslash slash", "\\/evil.example"],
  ["absolute http", "http://evil.example"],
  ["absolute https with a path", "https://evil.example/dashboard"],
  ["scheme without slashes", "http:evil.example"],
  ["javascript:", "javascript:alert(1)"],
  ["mixed-case javascript:", "JaVaScRiPt:alert(document.cookie)"],
  ["data: URL", "data:text/html,<script>alert(1)</script>"],
  ["encoded slashes after the first", "/%2F%2Fevil.example"],
  ["encoded slashes only", "%2F%2Fevil.example"],
  ["mixed-case encoded slash", "/%2f/evil.example"],
  ["double-encoded slashes", "/%252F%252Fevil.example"],
  ["encoded backslash", "/%5Cevil.example"],
  ["lower-case encoded backslash", "/%5cevil.example"],
  ["tab between slashes", "/\t/evil.example"],
  ["newline between slashes", "/\n/evil.example"],
  ["carriage return", "/\r/evil.example"],
  ["encoded tab between slashes", "/%09/evil.example"],
  ["encoded newline", "/%0a/evil.example"],
  ["leading space", " //evil.example"],
  ["leading tab", "\t//evil.example"],
  ["NUL", "/\u0000/evil.example"],
  ["Unicode line separator", "/\u2028/evil.example"],
  ["dot segments that collapse into //host", "/a/../..//evil.example"],
  ["a dot segment before //host", "/.//evil.example"],
  ["encoded dot segments", "/%2e%2e//evil.example"],
  ["a host-looking relative path", "evil.example"],
  ["userinfo trick", "@evil.example"],
  ["empty", ""],
  ["not a string (array)", ["/dashboard"]],
  ["not a string (undefined)", undefined],
  ["broken percent-encoding", "/%E0%A4%A"],
  ["far too long", `/${"a".repeat(3000)}`],
];

const GOOD: Array<[string, string]> = [
  ["/dashboard", "/dashboard"],
  ["/matches?role=mentee", "/matches?role=mentee"],
  ["/people/ckabc123#about", "/people/ckabc123#about"],
  ["/onboarding/roles", "/onboarding/roles"],
  ["/profile?tab=identity&edit=1", "/profile?tab=identity&edit=1"],
  ["/a/./b/../c", "/a/c"],
  ["/search?q=a%20b", "/search?q=a%20b"],
];

describe("safeCallbackPath", () => {
  it.each(HOSTILE)("refuses %s", (_label, raw) => {
    expect(safeCallbackPath(raw)).toBeNull();
  });

  it.each(GOOD)("keeps the same-site path %s", (raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });

  it("has at least 15 hostile forms", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(15);
  });
});

describe("next-auth's redirect callback", () => {
  const base = "https://constellation.example";

  it("keeps same-site paths and same-origin URLs as paths", () => {
    expect(safeRedirect("/matches", base)).toBe(`${base}/matches`);
    expect(safeRedirect(`${base}/people/x?y=1`, base)).toBe(`${base}/people/x?y=1`);
    expect(safeRedirect(base, base)).toBe(`${base}/`);
  });

  it.each([
    "https://evil.example/",
    `${base}//evil.example`,
    `${base}/\\evil.example`,
    `${base}.evil.example/x`,
    `${base}@evil.example/x`,
    `${base}/%2F%2Fevil.example`,
    "//evil.example",
    "javascript:alert(1)",
  ])("sends %s to the site's root", (url) => {
    expect(safeRedirect(url, base)).toBe(`${base}/`);
  });
});
