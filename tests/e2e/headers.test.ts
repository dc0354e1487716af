// Security headers on real responses of the production build (proxy.ts, lib/security-headers.ts):
// every page, API answer, error page and static file carries them; the CSP nonce is fresh per
// request and is the one on the page's scripts; and pages load and hydrate with no CSP violation.
import type { BrowserContextOptions, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../factories";
import {
  baseURL,
  isSecurityHeaderComplaint,
  pathOf,
  reportCspViolations,
  setUpBrowser,
  signedInState,
  waitForHydrationOf,
} from "./support";

const browsing = setUpBrowser();
const demo = DEMO_ACCOUNTS.member;

type StorageState = Awaited<ReturnType<typeof signedInState>>;
let signedIn: StorageState;
let cookie: string;

beforeAll(async () => {
  signedIn = await signedInState(browsing.browser(), demo.email, demo.password);
  cookie = signedIn.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${baseURL}${path}`, { headers, redirect: "manual" });

const FIXED_HEADERS = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  "cross-origin-opener-policy": "same-origin",
};

/** "a b; c d" → { a: ["b"], c: ["d"] } */
function parseCsp(value: string): Record<string, string[]> {
  return Object.fromEntries(
    value
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** Asserts every security header on a plain-http response and returns the CSP nonce. */
function expectSecurityHeaders(response: Response, label: string): string {
  for (const [name, value] of Object.entries(FIXED_HEADERS)) {
    expect(response.headers.get(name), `${name} on ${label}`).toBe(value);
  }
  // Plain http (this test server): browsers would ignore HSTS anyway, and it is not sent.
  expect(response.headers.get("strict-transport-security"), `HSTS on ${label}`).toBeNull();

  const header = response.headers.get("content-security-policy");
  expect(header, `CSP on ${label}`).toBeTruthy();
  const csp = parseCsp(header!);
  const nonces = csp["script-src"]!.filter((source) => source.startsWith("'nonce-"));
  expect(nonces, `one nonce in script-src on ${label}`).toHaveLength(1);
  const nonce = nonces[0]!.slice("'nonce-".length, -1);
  expect(nonce.length, "nonce has at least 128 bits").toBeGreaterThanOrEqual(22);
  expect(csp).toEqual({
    "default-src": ["'self'"],
    // Production: no 'unsafe-eval' (that is for `next dev` only) and no 'unsafe-inline'.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"],
    "style-src": ["'self'", `'nonce-${nonce}'`],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  });
  return nonce;
}

/** The nonce attribute of every `<script>` and `<style>` element in the HTML as served. */
function nonceAttributes(html: string): { tag: string; nonce: string | undefined }[] {
  return [...html.matchAll(/<(script|style)\b([^>]*)>/gi)].map((match) => ({
    tag: match[1]!.toLowerCase(),
    nonce: /\bnonce="([^"]*)"/.exec(match[2]!)?.[1],
  }));
}

describe("every response carries the security headers", () => {
  it.each([
    ["/", 200, false],
    ["/sign-in", 200, false],
    ["/sign-up", 200, false],
    ["/api/health", 200, false],
    ["/dashboard", 200, true],
    ["/matches", 200, true],
    ["/api/matches", 200, true],
    ["/no-such-page", 404, false],
    ["/api/profile", 401, false],
    ["/dashboard", 307, false],
  ] as const)("%s → %i (signed in: %s)", async (path, status, withSession) => {
    const response = await get(path, withSession ? { cookie } : {});
    expect(response.status, `${path} status`).toBe(status);
    expectSecurityHeaders(response, path);
  });

  it("static files too (a script chunk and the icon)", async () => {
    const html = await (await get("/sign-in")).text();
    const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(chunk, "the page loads a script chunk").toBeTruthy();
    for (const path of [chunk!, "/icon.svg"]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expectSecurityHeaders(response, path);
    }
  });
});

describe("the CSP nonce", () => {
  it.each([
    ["/", false],
    ["/sign-in", false],
    ["/dashboard", true],
    ["/no-such-page", false],
  ] as const)("is the one on every script and style of %s", async (path, withSession) => {
    const response = await get(path, withSession ? { cookie } : {});
    const nonce = expectSecurityHeaders(response, path);
    const tags = nonceAttributes(await response.text());
    expect(tags.filter((t) => t.tag === "script").length, `${path} has scripts`).toBeGreaterThan(0);
    expect(
      tags.filter((t) => t.nonce !== nonce),
      `elements of ${path} without this request's nonce`,
    ).toEqual([]);
  });

  it("is fresh on every request, and a nonce the client sends is ignored", async () => {
    const chosen = "YWJjZGVmZ2hpamtsbW5vcA==";
    const first = await get("/sign-in", { "content-security-policy": `script-src 'nonce-${chosen}'`, "x-nonce": chosen });
    const second = await get("/sign-in");
    const firstNonce = expectSecurityHeaders(first, "first /sign-in");
    expect(firstNonce).not.toBe(chosen);
    expect(firstNonce).not.toBe(expectSecurityHeaders(second, "second /sign-in"));
    const html = await first.text();
    expect(html).not.toContain(chosen);
    expect(nonceAttributes(html).every((t) => t.nonce === firstNonce)).toBe(true);
  });
});

describe("behind https", () => {
  it("adds HSTS and upgrade-insecure-requests when the proxy says the request was https", async () => {
    for (const path of ["/sign-in", "/api/health"]) {
      const response = await get(path, { "x-forwarded-proto": "https" });
      expect(response.headers.get("strict-transport-security"), path).toBe("max-age=63072000; includeSubDomains");
      const csp = parseCsp(response.headers.get("content-security-policy")!);
      expect(csp["upgrade-insecure-requests"], path).toEqual([]);
    }
  });
});

/**
 * Collects CSP violations in a page of its own context: console complaints and the page's own
 * `securitypolicyviolation` events (setUpBrowser() fails any test on these too; here they are the
 * point of the test, so they are asserted explicitly).
 */
async function violationsWhile(options: BrowserContextOptions, browse: (page: Page) => Promise<void>): Promise<string[]> {
  const context = await browsing.browser().newContext({ baseURL, ...options });
  try {
    const violations: string[] = [];
    await reportCspViolations(context, (text) => violations.push(text));
    const page = await context.newPage();
    page.on("console", (message) => {
      if (isSecurityHeaderComplaint(message.text())) violations.push(message.text());
    });
    await browse(page);
    return violations;
  } finally {
    await context.close();
  }
}

describe("pages work under the policy", () => {
  it("signed out: /, /sign-in and /sign-up load and hydrate with no CSP violation", async () => {
    const violations = await violationsWhile({}, async (page) => {
      for (const path of ["/", "/sign-in", "/sign-up"]) {
        await page.goto(path);
        await page.locator("main h1").waitFor();
        // React took over the form: its scripts ran, so the nonce was accepted.
        if (path !== "/") await waitForHydrationOf(page, "main form button");
      }
    });
    expect(violations).toEqual([]);
  });

  it("signed in: pages and a client-side navigation load with no CSP violation", async () => {
    const violations = await violationsWhile({ storageState: signedIn }, async (page) => {
      for (const path of ["/dashboard", "/matches", "/profile", "/profile/edit/goals"]) {
        await page.goto(path);
        await page.locator("main h1").first().waitFor();
      }
      await waitForHydrationOf(page, 'nav[aria-label="Main"] a');
      // Client-side navigation fetches the next page's data (connect-src) and runs its chunks.
      await page.locator('nav[aria-label="Main"] a[href="/matches"]').click();
      await page.waitForURL((url) => url.pathname === "/matches");
      expect(pathOf(page)).toBe("/matches");
      await page.locator("main h1").first().waitFor();
    });
    expect(violations).toEqual([]);
  });
});
