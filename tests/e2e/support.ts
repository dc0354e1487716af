// Shared pieces of the end-to-end suite: one Chromium per test file, a fresh browser context per
// test, and the journeys every test needs (sign up, read the mail, sign in), plus axe checks
// and screenshots (tmp/screenshots/, git-ignored).
import { mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";

export const baseURL = inject("baseURL");
const mailURL = inject("mailURL");

export const DESKTOP = { width: 1280, height: 800 };
export const MOBILE = { width: 390, height: 844 };

const root = path.resolve(import.meta.dirname, "../..");
export const SCREENSHOT_DIR = path.join(root, "tmp/screenshots");

// Without these, Chromium's background services (sync, updates, QUIC probes) try to reach the
// internet and get refused in bulk on this network; see ../shared/STACK.md "Browser tests".
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Chromium with a fresh, throwaway profile (playwright creates a new user-data-dir). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export type Browsing = {
  /** The file's Chromium, for work outside a test (e.g. signing in once in beforeAll). */
  browser(): Browser;
  /** A page in a new browser context (own cookies), closed after the test. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
};

/**
 * Call once at the top of a test file: launches Chromium for the file and gives every test its
 * own contexts. A failing test leaves a screenshot of each of its pages; an uncaught error in a
 * page, or a browser complaint about our security headers (a Content-Security-Policy violation, a
 * malformed Permissions-Policy), fails the test.
 */
export function setUpBrowser(): Browsing {
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(async ({ task }) => {
    const open = contexts;
    const errors = pageErrors;
    contexts = [];
    pageErrors = [];
    if (task.result?.state === "fail") {
      const pages = open.flatMap((context) => context.pages());
      await Promise.all(
        pages.map((page, i) => screenshot(page, `FAILED-${slug(task.name)}${pages.length > 1 ? `-${i + 1}` : ""}`).catch(() => {})),
      );
    }
    await Promise.all(open.map((context) => context.close().catch(() => {})));
    expect(errors, "uncaught errors in the page").toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const running = (): Browser => {
    if (!browser) throw new Error("setUpBrowser(): Chromium is not running (beforeAll failed?)");
    return browser;
  };

  return {
    browser: running,
    async newPage(options = {}) {
      const context = await running().newContext({ baseURL, viewport: DESKTOP, ...options });
      contexts.push(context);
      await reportCspViolations(context, (text) => pageErrors.push(text));
      const page = await context.newPage();
      page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() !== "error" && message.type() !== "warning") return;
        if (isSecurityHeaderComplaint(message.text())) pageErrors.push(`${page.url()}: ${message.text()}`);
        if (message.type() !== "error") return;
        const source = message.location().url;
        console.warn(`[browser console] on ${page.url()}: ${message.text()}${source ? ` (${source})` : ""}`);
      });
      return page;
    },
  };
}

/**
 * Calls `report` for every Content-Security-Policy violation in the context's pages, as the page
 * itself sees them (the `securitypolicyviolation` event). Chromium does not print every violation
 * to the console: a blocked `new Function` that the page catches only shows up here.
 */
export async function reportCspViolations(context: BrowserContext, report: (text: string) => void): Promise<void> {
  await context.exposeBinding("__reportCspViolation", ({ page }, text: string) => report(`${page.url()}: CSP violation: ${text}`));
  // Init scripts go in through the DevTools protocol, so the page's own CSP does not block them.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : "";
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"}${where}`,
      );
    });
  });
}

/** How Chromium words a blocked script/style/connection, or a policy header it could not parse. */
export const isSecurityHeaderComplaint = (text: string) => /Content Security Policy|Permissions-Policy/i.test(text);

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);

/** A unique address on a reserved domain, so reruns against the same database never collide. */
export function uniqueEmail(prefix = "e2e"): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}

/** The URL path of the page (no origin, no query). */
export const pathOf = (page: Page) => new URL(page.url()).pathname;

export async function waitForPath(page: Page, pathname: string, timeout = 20_000): Promise<void> {
  await page.waitForURL((url) => url.pathname === pathname, { timeout });
}

/** Fills in /sign-up and submits; stays wherever the app goes next (usually /check-email). */
export async function fillSignUp(page: Page, person: { name: string; email: string; password: string }): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email", { exact: true }).fill(person.email);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Signs up through the form and waits for the check-your-email page. */
export async function signUpViaUi(page: Page, person: { name: string; email: string; password: string }): Promise<void> {
  await fillSignUp(page, person);
  await waitForPath(page, "/check-email");
}

/**
 * Opens a sign-up's emailed confirmation link and confirms it with the password chosen at
 * sign-up; the app then signs the person in and opens the onboarding wizard.
 */
export async function confirmSignUp(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Confirm and continue" }).click();
}

type OutboxEmail = { id: string; to: string; subject: string; text: string; createdAt: string };

/** The mail the app sent to one address, newest first, as the SMTP capture received it (./mail-capture.ts). */
export async function outbox(email: string): Promise<OutboxEmail[]> {
  const response = await fetch(`${mailURL}/emails?to=${encodeURIComponent(email)}`);
  if (!response.ok) throw new Error(`The mail capture answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { emails: OutboxEmail[] }).emails;
}

/**
 * The link in the newest email to `email`, waiting for it to arrive. `since` (taken before the
 * action that sends the email) skips older emails, e.g. a link sent by an earlier test.
 */
export async function latestEmailLink(email: string, options: { since?: Date; timeout?: number } = {}): Promise<string> {
  const deadline = Date.now() + (options.timeout ?? 15_000);
  const since = options.since?.getTime() ?? 0;
  for (;;) {
    const newest = (await outbox(email)).find((message) => new Date(message.createdAt).getTime() >= since);
    if (newest) {
      const link = newest.text.match(/https?:\/\/\S+/)?.[0];
      if (!link) throw new Error(`The newest email to ${email} ("${newest.subject}") has no link:\n${newest.text}`);
      return link;
    }
    if (Date.now() > deadline) throw new Error(`No email to ${email} reached the mail capture in time.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Submits the password form on /sign-in (does not wait for the outcome). */
export async function submitPasswordSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs in with the password form and waits for the dashboard. */
export async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
  await submitPasswordSignIn(page, email, password);
  await waitForPath(page, "/dashboard");
}

const SERIOUS = new Set(["serious", "critical"]);

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation, listing
 * each with the elements it found. Milder findings are printed, not failed.
 */
export async function expectNoSeriousAxeViolations(page: Page, label = pathOf(page)): Promise<void> {
  // Legacy mode runs axe inside the page itself. The default mode opens an extra blank page per
  // analysis to merge results across frames, which costs seconds here; our pages have no iframes.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const describe = (violations: typeof results.violations) =>
    violations
      .map((v) => {
        const nodes = v.nodes
          .slice(0, 5)
          .map((node) => `    - ${node.target.join(" ")}\n      ${node.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`)
          .join("\n");
        const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : "";
        return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
      })
      .join("\n");
  const serious = results.violations.filter((v) => SERIOUS.has(v.impact ?? ""));
  const mild = results.violations.filter((v) => !SERIOUS.has(v.impact ?? ""));
  if (mild.length) console.warn(`[axe] ${label}: ${mild.length} minor/moderate finding(s):\n${describe(mild)}`);
  if (serious.length) {
    expect.fail(`axe found ${serious.length} serious/critical violation(s) on ${label}:\n${describe(serious)}`);
  }
}

/** Saves a full-page PNG to tmp/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Polls the text of everything the locator matches (no waiting per call), for `expect`-style checks. */
export function textOf(locator: Locator, timeout = 15_000) {
  return expect.poll(async () => (await locator.allTextContents()).join(" ").trim(), { timeout });
}

/**
 * Signs in once with the password form in a throwaway context and returns its storage state
 * (the session cookie), so each test can open a signed-in context without signing in again.
 */
export async function signedInState(browser: Browser, email: string, password: string) {
  const context = await browser.newContext({ baseURL, viewport: DESKTOP });
  try {
    await signInWithPassword(await context.newPage(), email, password);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/** Waits until React has hydrated the element the selector finds first, so its handlers run. */
export async function waitForHydrationOf(page: Page, selector: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      return !!el && Object.keys(el).some((key) => key.startsWith("__reactProps"));
    },
    selector,
    { timeout },
  );
}
