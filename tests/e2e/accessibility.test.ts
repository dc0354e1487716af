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
  // Polled: React reveals streamed Suspense content in batches, so right after `load` a loading
  // skeleton (with its own heading) can still sit beside the page it is about to give way to.
  await expect.poll(() => page.locator("h1").count(), { message: "one h1 per page", timeout: 10_000 }).toBe(1);
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

  it("/dev/outbox does not exist in a production build", async () => {
    // Even though mail was just sent: production mail goes out by SMTP, never to an outbox page.
    const page = await browsing.newPage();
    const email = uniqueEmail("outbox");
    const since = new Date();
    await page.goto("/sign-in");
    await page.getByLabel("Email for the link").fill(email);
    await page.getByRole("button", { name: "Email me a link" }).click();
    await waitForPath(page, "/check-email");
    await latestEmailLink(email, { since });

    await check(page, "/dev/outbox", "dev-outbox-production", { status: 404 });
    await textOf(page.locator("main h1")).toBe("We couldn't find that page");
    expect(await page.locator("main").textContent()).not.toContain(email);
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
    ["/requests", "requests"],
    ["/mentorships", "mentorships"],
    ["/checkins", "checkins"],
    ["/notifications", "notifications"],
    ["/settings/notifications", "settings-notifications"],
    ["/profile", "profile"],
    ["/sign-out", "sign-out"],
  ])("%s", async (target, name) => {
    const page = await browsing.newPage({ storageState: signedIn });
    await check(page, target, name);
    // Pages reached from elsewhere (a button, the user menu) have no place in the main navigation.
    if (target !== "/sign-out" && target !== "/settings/notifications") {
      // The shell marks where you are in the navigation.
      await textOf(page.locator('nav[aria-label="Main"] [aria-current="page"]')).not.toBe("");
    }
  });

  it("an unknown person is a real 404 page", async () => {
    const page = await browsing.newPage({ storageState: signedIn });
    await check(page, "/people/no-such-person", "person-not-found", { status: 404 });
    await textOf(page.locator("main h1")).toBe("We couldn't find that page");
  });

  it("/dashboard on a phone", async () => {
    const page = await browsing.newPage({ viewport: MOBILE, isMobile: true, hasTouch: true, storageState: signedIn });
    await check(page, "/dashboard", "dashboard-mobile");
    await expectNoHorizontalScroll(page);
  });
});

// A notFound() streamed after a loading.tsx boundary used to arrive with status 200 (the shell had
// already been sent). Real status codes, fetched without a browser, signed in; each 404 has a
// sibling that answers 200, so the session and the route itself are known to work.
describe("unknown people and pages answer HTTP 404", () => {
  let cookie: string;
  let personPath: string;

  beforeAll(async () => {
    cookie = signedIn.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    // Someone real to look at: the first suggestion the demo member gets.
    const response = await fetch(`${baseURL}/api/matches`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const body = JSON.stringify(await response.json());
    const id = /"(?:id|userId|profileId)":"([^"]+)"/.exec(body)?.[1];
    expect(id, "the demo member has at least one suggestion").toBeTruthy();
    personPath = `/people/${id}`;
  });

  const status = async (path: string) => (await fetch(`${baseURL}${path}`, { headers: { cookie }, redirect: "manual" })).status;

  it.each([
    ["/no-such-page"],
    ["/dashboard/no-such-page"],
    ["/people/no-such-person"],
    ["/people/00000000-0000-0000-0000-000000000000"],
    ["/profile/edit/no-such-section"],
    ["/onboarding/no-such-step"],
  ])("%s → 404", async (path) => {
    expect(await status(path), path).toBe(404);
  });

  it("their real counterparts answer 200", async () => {
    for (const path of [personPath, "/profile/edit/goals", "/onboarding/roles", "/dashboard", "/matches"]) {
      expect(await status(path), path).toBe(200);
    }
  });
});
