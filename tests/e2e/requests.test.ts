// Requests, end to end in Chromium against the production build and the seeded community: the
// demo mentee asks her best-matched mentor from a suggestion card (a dialog: focus inside, Escape
// closes and gives focus back, an empty note is refused in words, then sent); the mentor, signed
// in by emailed link, finds it on /requests and on its page with the note, the goals and the
// reasons, and declines (after a confirmation saying no reason is shared); the mentee then reads
// "Not available right now" with a way to fresh suggestions; a stranger gets a 404. Axe runs on
// every page and on the dialogs. Full-page screenshots go to tmp/screenshots/.
//
// The demo account is shared with other test files run against the same server: the request is
// closed by the end (declined, or withdrawn through the API in a `finally` if the test failed).
import type { BrowserContextOptions, Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_ACCOUNTS } from "../factories";
import {
  MOBILE,
  expectNoSeriousAxeViolations,
  latestEmailLink,
  pathOf,
  screenshot,
  setUpBrowser,
  signedInState,
  textOf,
  waitForHydrationOf,
  waitForPath,
} from "./support";

const browsing = setUpBrowser();
const demo = DEMO_ACCOUNTS.member;
const admin = DEMO_ACCOUNTS.admin;
const mailURL = inject("mailURL");

// Generous: a slow, loaded machine scores the whole seeded community on every request.
const TEST_TIMEOUT = 300_000;
const STEP_TIMEOUT = 30_000;

type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;
let demoState: StorageState;

beforeAll(async () => {
  demoState = await signedInState(browsing.browser(), demo.email, demo.password);
});

const demoPage = (options: BrowserContextOptions = {}) =>
  browsing.newPage({ storageState: demoState, timezoneId: "America/Chicago", ...options });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "<action>: <name>" (Chromium may put a space before the colon; see matches.test.ts). */
const actionName = (action: string, name: string) => new RegExp(`^${action}\\s*:\\s*${escapeRegExp(name)}`);

async function open(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(status);
}

/** The address the app emailed a request to, and when: the newest "new request" email since `since`. */
async function requestRecipient(since: Date): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const response = await fetch(`${mailURL}/emails`);
    const { emails } = (await response.json()) as { emails: { to: string; subject: string; createdAt: string }[] };
    const found = emails.find((e) => /request/i.test(e.subject) && new Date(e.createdAt).getTime() >= since.getTime());
    if (found) return found.to;
    if (Date.now() > deadline) throw new Error("No email about the new request reached the mail capture in time.");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Signs a seeded member (who has no password) in with an emailed link. */
async function signInByLink(page: Page, email: string): Promise<void> {
  await open(page, "/sign-in");
  const since = new Date();
  await page.getByLabel("Email for the link").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await page.goto(await latestEmailLink(email, { since }));
  await waitForPath(page, "/dashboard", STEP_TIMEOUT);
}

const openDialog = (page: Page) => page.locator("dialog[open]");
const reasonsOn = (page: Page) => page.locator('ul[aria-labelledby="request-fit"] > li');

describe("asking a mentor, and a gentle no", () => {
  it(
    "a mentee asks from a suggestion card; the mentor reads it and declines; the mentee sees 'Not available right now'",
    { timeout: TEST_TIMEOUT },
    async () => {
      const note = "Hello! I am putting my tenure file together.\nCould you look at my research statement with me, once a month?";
      const mentee = await demoPage();
      let requestPath: string | null = null;
      try {
        // --- The mentee's suggestion card: "Ask to connect" opens the form in a dialog. ---
        await open(mentee, "/matches?role=mentee");
        await waitForHydrationOf(mentee, "main article button", STEP_TIMEOUT);
        const card: Locator = mentee.locator("main article").first();
        const mentorName = (await card.locator("h3 a").innerText()).trim();
        const ask = card.getByRole("button", { name: actionName("Ask to connect", mentorName) });
        await ask.click();

        const dialog = openDialog(mentee);
        await expect.poll(() => dialog.getByRole("heading", { level: 2 }).innerText()).toBe(`Ask ${mentorName} to mentor you`);
        // Focus moved into the dialog, onto the note.
        await expect.poll(() => mentee.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
        // The goals it is about: pre-ticked with the ones the mentor offers.
        const goals = dialog.getByRole("group", { name: "What would you like help with?" }).getByRole("checkbox");
        expect(await goals.count()).toBeGreaterThan(0);
        const ticked = await goals.evaluateAll((boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).length);
        expect(ticked, "goals ticked to begin with").toBeGreaterThan(0);
        await expectNoSeriousAxeViolations(mentee, "/matches with the request dialog open");

        // Escape closes it and puts focus back on the button that opened it.
        await mentee.keyboard.press("Escape");
        await expect.poll(() => openDialog(mentee).count()).toBe(0);
        await expect.poll(() => mentee.evaluate(() => document.activeElement?.textContent ?? "")).toMatch(/^Ask to connect/);

        // An empty note is refused in words, on the field.
        await ask.click();
        await dialog.getByRole("button", { name: "Send request" }).click();
        const noteBox = dialog.getByRole("textbox", { name: `Your note to ${mentorName}` });
        await textOf(dialog.locator('[id$="-note-error"]')).toMatch(/Write a short note/);
        expect(await noteBox.getAttribute("aria-invalid")).toBe("true");

        await noteBox.fill(note);
        await textOf(dialog.locator('[id$="-note-counter"]')).toBe(`${note.length} of 1000 characters`);
        await screenshot(mentee, "requests-dialog-1280");
        const since = new Date();
        await dialog.getByRole("button", { name: "Send request" }).click();
        await expect.poll(() => dialog.getByRole("heading", { level: 2 }).innerText(), { timeout: STEP_TIMEOUT }).toMatch(/Request sent/);
        const seeIt = dialog.getByRole("link", { name: "See your request" });
        requestPath = await seeIt.getAttribute("href");
        expect(requestPath).toMatch(/^\/requests\/[^/]+$/);

        // Closed again, the card (still in its place) says "Requested" and links to the request.
        await dialog.getByRole("button", { name: "Close" }).click();
        const requested = card.getByRole("link", { name: /Requested/ });
        await expect.poll(() => requested.getAttribute("href")).toBe(requestPath);
        await expect.poll(() => mentee.evaluate(() => document.activeElement?.getAttribute("href") ?? "")).toBe(requestPath);

        // --- The mentee's requests page lists it as waiting. ---
        await open(mentee, "/requests");
        const sent = mentee.locator('section[aria-labelledby="sent-title"]');
        await textOf(sent.locator("li h3")).toContain(`You asked ${mentorName} to mentor you`);
        await textOf(sent.locator("li").first()).toContain("Waiting for an answer");
        await expectNoSeriousAxeViolations(mentee, "/requests (mentee, one sent)");

        // --- The mentor, signed in by emailed link, finds it on /requests and on its page. ---
        const mentorEmail = await requestRecipient(since);
        const mentor = await browsing.newPage({ timezoneId: "America/Chicago" });
        await signInByLink(mentor, mentorEmail);
        await open(mentor, "/requests");
        const waiting = mentor.locator('section[aria-labelledby="received-title"]');
        const item = waiting.getByRole("link", { name: `${demo.name} would like you to mentor them` });
        expect(await item.getAttribute("href")).toBe(requestPath);
        await screenshot(mentor, "requests-mentor-list");
        await expectNoSeriousAxeViolations(mentor, "/requests (mentor, one to answer)");

        await item.click();
        await waitForPath(mentor, requestPath!, STEP_TIMEOUT);
        await textOf(mentor.locator("main h1")).toBe(`${demo.name} would like you to mentor them`);
        await textOf(mentor.locator('section[aria-labelledby="request-note"] blockquote')).toBe(note);
        await textOf(mentor.locator("main")).toMatch(/Please answer by .+ at .+ \(your time, [A-Za-z ]+ Time, [A-Za-z .]+\)/);
        expect(await mentor.locator('ul[aria-labelledby="request-goals"] > li').count()).toBeGreaterThan(0);
        await expect.poll(() => reasonsOn(mentor).count()).toBeGreaterThan(0);
        await textOf(mentor.locator('section[aria-labelledby="request-person"] h2')).toContain(demo.name);
        await screenshot(mentor, "requests-received");
        await expectNoSeriousAxeViolations(mentor, "/requests/[id] (mentor, open)");

        // Decline: a confirmation first, saying no reason is shared.
        await waitForHydrationOf(mentor, "main section[aria-labelledby='request-note'] button", STEP_TIMEOUT);
        await mentor.getByRole("button", { name: "Decline", exact: true }).click();
        const confirm = openDialog(mentor);
        await textOf(confirm).toContain("No reason is shared with them");
        await expectNoSeriousAxeViolations(mentor, "/requests/[id] with the decline confirmation open");
        await confirm.getByRole("button", { name: "Decline request" }).click();
        await textOf(mentor.locator('main [role="status"]')).toContain("You declined");
        await expect.poll(() => mentor.getByRole("button", { name: "Accept" }).count()).toBe(0);

        // --- The mentee reads "Not available right now", never "declined", and a way on. ---
        await open(mentee, requestPath!);
        await textOf(mentee.locator("main header")).toContain("Not available right now");
        expect(await mentee.locator("main").innerText()).not.toMatch(/declin/i);
        expect(await mentee.getByRole("link", { name: "See fresh suggestions" }).first().getAttribute("href")).toBe("/matches?role=mentee");
        await screenshot(mentee, "requests-sent-not-available");
        await expectNoSeriousAxeViolations(mentee, "/requests/[id] (mentee, not available)");

        await open(mentee, "/requests");
        await textOf(mentee.locator('section[aria-labelledby="sent-title"] li').first()).toContain("Not available right now");
        await mentee.setViewportSize(MOBILE);
        await screenshot(mentee, "requests-mentee-list-390");
        await expectNoSeriousAxeViolations(mentee, "/requests (mentee, at 390 px)");

        // --- Anyone else: the same 404 as for a request that does not exist. ---
        const stranger = await browsing.newPage();
        await stranger.goto("/sign-in");
        await stranger.getByLabel("Email", { exact: true }).fill(admin.email);
        await stranger.getByLabel("Password", { exact: true }).fill(admin.password);
        await stranger.getByRole("button", { name: "Sign in", exact: true }).click();
        await waitForPath(stranger, "/dashboard", STEP_TIMEOUT);
        await open(stranger, requestPath!, 404);
        await open(stranger, "/requests/no-such-request", 404);
        expect(pathOf(stranger)).toBe("/requests/no-such-request");
      } finally {
        // Whatever happened above, the demo is left with no open request (a closed one answers 409).
        if (requestPath) await mentee.request.post(`/api${requestPath}/withdraw`).catch(() => {});
      }
    },
  );

  it("the requests page, with nothing in it, says what to do next", { timeout: TEST_TIMEOUT }, async () => {
    const state = await signedInState(browsing.browser(), admin.email, admin.password);
    const page = await browsing.newPage({ storageState: state });
    await open(page, "/requests");
    await textOf(page.locator("main h2").first()).toBe("No requests yet");
    expect(await page.getByRole("link", { name: "Browse your matches" }).getAttribute("href")).toBe("/matches");
    await screenshot(page, "requests-empty");
    await expectNoSeriousAxeViolations(page, "/requests (empty)");
  });
});
