// A person's page leads "Back to suggestions" to the list it was opened from (its `from` query
// parameter). The address is rebuilt from the filters it carries, so only this site's /matches
// can ever be the target.
import { describe, expect, it } from "vitest";
import { personHref, returnLink, suggestionsReturnPath } from "@/components/matches/labels";

describe("suggestionsReturnPath", () => {
  it("keeps the role, goal, format and page size of the list", () => {
    expect(suggestionsReturnPath("/matches?role=peer&goal=job-search&format=video&limit=20")).toBe(
      "/matches?role=peer&goal=job-search&format=video&limit=20",
    );
    expect(suggestionsReturnPath("/matches")).toBe("/matches");
  });

  it("drops what the list does not know (unknown roles, odd sizes, other parameters)", () => {
    expect(suggestionsReturnPath("/matches?role=admin&limit=9999&next=https://evil.example")).toBe("/matches");
    expect(suggestionsReturnPath("/matches?role=mentor&limit=-3")).toBe("/matches?role=mentor");
  });

  it.each([
    ["another site", "https://evil.example/matches"],
    ["a protocol-relative address", "//evil.example/matches"],
    ["a backslash that browsers read as a slash", "/\\evil.example/matches"],
    ["another page", "/sign-out"],
    ["a path that only starts like /matches", "/matches-old"],
    ["a path that climbs out", "/matches/../sign-out"],
    ["javascript", "javascript:alert(1)"],
    ["nothing", ""],
    ["something very long", `/matches?goal=${"a".repeat(600)}`],
  ])("refuses %s", (_what, from) => {
    expect(suggestionsReturnPath(from)).toBeNull();
  });

  it("builds person links that carry the list back", () => {
    expect(personHref("p1", "/matches?role=mentee")).toBe("/people/p1?from=%2Fmatches%3Frole%3Dmentee");
    expect(personHref("p1")).toBe("/people/p1");
    expect(suggestionsReturnPath(decodeURIComponent(personHref("p1", "/matches?role=mentee").split("from=")[1]!))).toBe(
      "/matches?role=mentee",
    );
  });
});

describe("returnLink", () => {
  it("names the page a person page leads back to", () => {
    expect(returnLink("/matches?role=peer&goal=job-search")).toEqual({
      href: "/matches?role=peer&goal=job-search",
      label: "Back to suggestions",
    });
    expect(returnLink("/dashboard")).toEqual({ href: "/dashboard", label: "Back to your dashboard" });
    expect(returnLink("/requests")).toEqual({ href: "/requests", label: "Back to requests" });
    expect(returnLink("/requests/cm9abc_12-x")).toEqual({ href: "/requests/cm9abc_12-x", label: "Back to the request" });
    expect(returnLink("/mentorships/cm9abc")).toEqual({ href: "/mentorships/cm9abc", label: "Back to your mentorship" });
    // Only the path counts: a query on these pages is dropped, not echoed.
    expect(returnLink("/dashboard?next=https://evil.example")).toEqual({ href: "/dashboard", label: "Back to your dashboard" });
  });

  it.each([
    ["another site", "https://evil.example/dashboard"],
    ["a protocol-relative address", "//evil.example/requests/abc"],
    ["a backslash that browsers read as a slash", "/\\evil.example/requests/abc"],
    ["a page that is not a list", "/sign-out"],
    ["a deeper path", "/requests/abc/decline"],
    ["an odd id", "/requests/a%20b"],
    ["a path that climbs out", "/requests/../sign-out"],
    ["nothing", undefined],
  ])("refuses %s", (_what, from) => {
    expect(returnLink(from)).toBeNull();
  });
});
