// Every page, signed out and signed in, passes axe with no serious or critical violation, and
// leaves a full-page screenshot in tmp/screenshots/ for a human look (desktop; a few on mobile).
import type { BrowserContextOptions, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../factories";
import {
  MOBILE,
  baseURL,
  expectNoSeriousAxeViolations,
  latestEmailLink,
  pathOf,
  screenshot,
  signInWithPassword,
  textOf,
  uniqueEmail,
  setUpBrowser,
  waitForPath,
} from "./support";

const browsing = setUpBrowser();
const demo = DEMO_ACCOUNTS.member;

type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;
let signedIn: StorageState;

beforeAll(async () => {
  // Sign in once; each signed-in test gets a fresh context carrying the session cookie.
  const context = await browsing.browser().newContext({ baseURL });
  try {
    await signInWithPassword(await context.newPage(), demo.email, demo.password);
    signedIn = await context.storageState();
  } finally {
    await context.close();
  }
});

/** Opens a path, checks it answered as expected and has its one heading, then axe + screenshot. */
async function check(page: Page, target: string, name: string, options: { status?: number; path?: string } = {}) {
  const response = await page.goto(target);
  expect(response?.status(), `HTTP status of ${target}`).toBe(options.status ?? 200);
  expect(pathOf(page), `${target} stayed on its page`).toBe(options.path ?? new URL(target, "http://x").pathname);
  await page.locator("main h1").waitFor();
  await expect(page.locator("h1").count(), "one h1 per page").resolves.toBe(1);
  await expect(page.title()).resolves.toMatch(/Constellation/);
  await expectNoSeriousAxeViolations(page, target);
  await screenshot(page, name);
}

/** The page does not scroll sideways: nothing is wider than the viewport. */
async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${pathOf(page)} is wider than the ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

describe("signed out", () => {
  it.each([
    ["/", "landing"],
    ["/sign-in", "sign-in"],
    ["/sign-up", "sign-up"],
    ["/check-email?email=x@example.org", "check-email"],
  ])("%s", async (target, name) => {
    await check(await browsing.newPage(), target, name);
  });

  it("/dev/outbox (with an email in it)", async () => {
    const page = await browsing.newPage();
    const email = uniqueEmail("outbox");
    const since = new Date();
    await page.goto("/sign-in");
    await page.getByLabel("Email for the link").fill(email);
    await page.getByRole("button", { name: "Email me a link" }).click();
    await waitForPath(page, "/check-email");
    await latestEmailLink(email, { since });

    await check(page, "/dev/outbox", "dev-outbox");
    await textOf(page.locator("main")).toContain(email);
  });

  it("a page that does not exist", async () => {
    const page = await browsing.newPage();
    await check(page, "/no-such-page", "not-found", { status: 404 });
    await textOf(page.locator("main h1")).toBe("We couldn't find that page");
  });

  it("/ on a phone", async () => {
    const page = await browsing.newPage({ viewport: MOBILE, isMobile: true, hasTouch: true });
    await check(page, "/", "landing-mobile");
    await expectNoHorizontalScroll(page);
  });
});

describe("signed in", () => {
  it.each([
    ["/dashboard", "dashboard"],
    ["/matches", "matches"],
    ["/mentorships", "mentorships"],
    ["/checkins", "checkins"],
    ["/profile", "profile"],
    ["/sign-out", "sign-out"],
  ])("%s", async (target, name) => {
    const page = await browsing.newPage({ storageState: signedIn });
    await check(page, target, name);
    if (target !== "/sign-out") {
      // The shell marks where you are in the navigation.
      await textOf(page.locator('nav[aria-label="Main"] [aria-current="page"]')).not.toBe("");
    }
  });

  it("/dashboard on a phone", async () => {
    const page = await browsing.newPage({ viewport: MOBILE, isMobile: true, hasTouch: true, storageState: signedIn });
    await check(page, "/dashboard", "dashboard-mobile");
    await expectNoHorizontalScroll(page);
  });
});
