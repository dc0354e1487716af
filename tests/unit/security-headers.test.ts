import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders, servedOverHttps } from "@/lib/security-headers";

const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("security headers", () => {
  it("production CSP: nonce-only scripts and styles, no eval, nothing framed, posted or embedded elsewhere", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "abc", development: false, https: false }));
    expect(csp["script-src"]).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(csp["style-src"]).toEqual(["'self'", "'nonce-abc'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["form-action"]).toEqual(["'self'"]);
    expect(csp["base-uri"]).toEqual(["'self'"]);
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(csp["img-src"]).toEqual(["'self'", "data:"]);
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(JSON.stringify(csp)).not.toMatch(/unsafe-eval|'unsafe-inline'","'nonce/);
    expect(csp).not.toHaveProperty("upgrade-insecure-requests");
  });

  it("development adds only what next dev needs: eval for React's dev tools, inline dev styles", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "abc", development: true, https: false }));
    expect(csp["script-src"]).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'", "'unsafe-eval'"]);
    // A nonce next to 'unsafe-inline' would make browsers ignore 'unsafe-inline'.
    expect(csp["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("HSTS and upgrade-insecure-requests only over https", () => {
    expect(securityHeaders({ nonce: "n", development: false, https: false })).not.toHaveProperty("Strict-Transport-Security");
    const https = securityHeaders({ nonce: "n", development: false, https: true });
    expect(https["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(https["Content-Security-Policy"]).toMatch(/; upgrade-insecure-requests$/);
  });

  it.each([
    [null, undefined, false],
    ["http", undefined, false],
    ["https", undefined, true],
    ["HTTPS", undefined, true],
    ["https, http", undefined, true],
    ["http, https", undefined, false],
    [null, "https://mentors.example.org", true],
    ["http", "https://mentors.example.org", true],
    [null, "http://127.0.0.1:3000", false],
  ])("served over https? X-Forwarded-Proto %s, AUTH_URL %s → %s", (proto, url, expected) => {
    expect(servedOverHttps(proto, url)).toBe(expected);
  });

  it("nonces are fresh, 128-bit and fit the CSP nonce grammar Next.js parses", () => {
    const seen = new Set(Array.from({ length: 200 }, () => newNonce()));
    expect(seen.size).toBe(200);
    for (const nonce of seen) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    }
  });
});
