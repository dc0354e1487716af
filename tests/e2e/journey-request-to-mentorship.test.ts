// From a suggestion to a mentorship, end to end in Chromium against the production build (issue 8):
// a freshly signed-up mentee reviews her suggestions and asks a mentor from his card with a note;
// the mentor, signed in on his own computer, finds the request through his notifications and
// asks a question in its thread; the mentee, told about the question, answers it; the mentor
// accepts and lands on the new relationship home; both confirm the kickoff agreement; both then
// find each other in their constellation on /dashboard. Axe runs on every page on the way, and
// full-page screenshots at 1280 and 390 px go to tmp/screenshots/.
//
// Both people are new accounts (signed up through the form; their profiles filled in through
// the API, as the onboarding wizard has its own journey). The mentor is made a close fit for the
// mentee (the goals she seeks, a goal she offers that he would like to learn, her time zone,
// sector and formats, free slots) so that he is among her first suggestions in the seeded
// community.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  MOBILE,
  confirmSignUp,
  expectNoSeriousAxeViolations,
  latestEmailLink,
  pathOf,
  screenshot,
  setUpBrowser,
  signInWithPassword,
  signUpViaUi,
  textOf,
  uniqueEmail,
  waitForHydrationOf,
  waitForPath,
} from "./support";

const browsing = setUpBrowser();

// Generous: a slow, loaded machine hashes passwords, scores the community and runs axe many times.
const JOURNEY_TIMEOUT = 420_000;
const STEP_TIMEOUT = 30_000;
const PASSWORD = "quiet-comet-catalogue-58";

const MENTEE = "Juno Whitfield";
const MENTOR = "Orrin Castellanos";
const SEEKS = ["scholarly-communication", "systems-technology"] as const;
const OFFERS = ["outreach-programming", "equity-inclusion"] as const;

function profileFor(role: "mentee" | "mentor", name: string) {
  const mentee = role === "mentee";
  return {
    roles: {
      seeksMentorship: mentee,
      offersMentorship: !mentee,
      openToPeer: false,
      mentorCapacity: 3,
      acceptingRequests: true,
      hoursPerMonth: null,
    },
    goals: mentee
      ? { seeks: SEEKS.map((goalAreaId) => ({ goalAreaId })), offers: OFFERS.map((goalAreaId) => ({ goalAreaId })), learns: [] }
      : { seeks: [], offers: SEEKS.map((goalAreaId) => ({ goalAreaId })), learns: OFFERS.map((goalAreaId) => ({ goalAreaId })) },
    formats: {
      formats: { video: "PREFERRED", phone: "FINE", inPerson: "NO", email: "FINE", asyncChat: "FINE" },
      timeZone: "America/Chicago",
      languages: ["en"],
    },
    background: {
      displayName: name,
      pronouns: null,
      bio: mentee ? "Digital scholarship librarian in my first year." : "Head of library systems; I have built two repositories.",
      careerStage: mentee ? "EARLY_CAREER" : "SENIOR",
      sectors: ["ACADEMIC"],
      positionType: "LIBRARIAN",
      institution: mentee ? "Lakeview State University" : "Ridgeway Institute of Technology",
      preferOutsideInstitution: true,
    },
    identity: { identities: [], affinities: [] },
  };
}

async function expectOk(response: { ok(): boolean; status(): number; text(): Promise<string> }, what: string) {
  if (!response.ok()) expect.fail(`${what} answered ${response.status()}: ${await response.text()}`);
}

/** Signs a fresh account up through the form, follows the emailed link, and fills in a finished profile through the API. */
async function newMember(page: Page, name: string, role: "mentee" | "mentor"): Promise<{ email: string }> {
  const email = uniqueEmail(`journey-${role}`);
  const since = new Date();
  await signUpViaUi(page, { name, email, password: PASSWORD });
  await confirmSignUp(page, await latestEmailLink(email, { since }), PASSWORD);
  await page.waitForURL((url) => url.pathname.startsWith("/onboarding"), { timeout: STEP_TIMEOUT });
  await expectOk(await page.request.put("/api/profile", { data: profileFor(role, name) }), "PUT /api/profile");
  await expectOk(await page.request.post("/api/profile/finish"), "POST /api/profile/finish");
  return { email };
}

async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
}

/** Axe, then full-page screenshots at 1280 and 390 px (axe again at 390, where the layout changes most). */
async function check(page: Page, label: string, name: string): Promise<void> {
  await expectNoSeriousAxeViolations(page, label);
  await screenshot(page, `journey-${name}-1280`);
  await page.setViewportSize(MOBILE);
  await expectNoSeriousAxeViolations(page, `${label} at 390 px`);
  await screenshot(page, `journey-${name}-390`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "<action>: <name>" (Chromium may put a space before the colon; see matches.test.ts). */
const actionName = (action: string, name: string) => new RegExp(`^${action}\\s*:\\s*${escapeRegExp(name)}`);

const thread = (page: Page) => page.locator("main ol[aria-label='Messages, oldest first']");
const agreement = (page: Page) => page.locator('section[aria-labelledby="agreement-title"]');
const constellation = (page: Page) => page.locator('section[aria-labelledby="constellation-title"]');

describe("from a suggestion to a mentorship", () => {
  it(
    "a new mentee asks a suggested mentor; he asks a question, she answers; he accepts; both confirm the agreement and see it on /dashboard",
    async () => {
      // Each person on their own computer (own context and clock zone).
      const mentorSignUp = await browsing.newPage({ timezoneId: "America/Chicago" });
      const mentor = await newMember(mentorSignUp, MENTOR, "mentor");
      const mentee = await browsing.newPage({ timezoneId: "America/Chicago" });
      await newMember(mentee, MENTEE, "mentee");

      // --- The mentee reviews her suggestions: the mentor's card, with its reasons. ---
      await open(mentee, "/matches?role=mentee");
      await waitForHydrationOf(mentee, "main article button", STEP_TIMEOUT);
      const card = mentee.locator("main article").filter({ hasText: MENTOR });
      await expect.poll(() => card.count(), { message: `${MENTOR} is among the mentee's first suggestions` }).toBe(1);
      await textOf(card).toContain("Scholarly communication");
      await check(mentee, "/matches (new mentee)", "matches");

      // She asks him from the card, with a note; the goals he offers are ticked already.
      const note = "Hello! I am starting our repository and would value your advice.\nCould we talk once a month?";
      await card.getByRole("button", { name: actionName("Ask to connect", MENTOR) }).click();
      const dialog = mentee.locator("dialog[open]");
      await expect.poll(() => dialog.getByRole("heading", { level: 2 }).innerText()).toBe(`Ask ${MENTOR} to mentor you`);
      const goals = dialog.getByRole("group", { name: "What would you like help with?" }).getByRole("checkbox");
      const ticked = await goals.evaluateAll((boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).length);
      expect(ticked, "goals ticked to begin with").toBe(SEEKS.length);
      await dialog.getByRole("textbox", { name: `Your note to ${MENTOR}` }).fill(note);
      await expectNoSeriousAxeViolations(mentee, "/matches with the request dialog open");
      await dialog.getByRole("button", { name: "Send request" }).click();
      await expect.poll(() => dialog.getByRole("heading", { level: 2 }).innerText(), { timeout: STEP_TIMEOUT }).toMatch(/Request sent/);
      const requestPath = await dialog.getByRole("link", { name: "See your request" }).getAttribute("href");
      expect(requestPath).toMatch(/^\/requests\/[^/]+$/);
      await dialog.getByRole("button", { name: "Close" }).click();

      // Her requests page lists it as waiting for an answer.
      await open(mentee, "/requests");
      const sent = mentee.locator('section[aria-labelledby="sent-title"] li').first();
      await textOf(sent).toContain(`You asked ${MENTOR} to mentor you`);
      await textOf(sent).toContain("Waiting for an answer");
      await check(mentee, "/requests (mentee, one sent)", "requests-mentee-sent");

      // --- The mentor signs in on his own computer and finds it through his notifications. ---
      const mentorPage = await browsing.newPage({ timezoneId: "America/Chicago" });
      await signInWithPassword(mentorPage, mentor.email, PASSWORD);
      await expect.poll(() => mentorPage.getByRole("link", { name: /^Notifications, \d+ unread$/ }).count()).toBe(1);
      await open(mentorPage, "/notifications");
      const asked = mentorPage.getByRole("link", { name: `${MENTEE} asked you to be their mentor` });
      await expect.poll(() => asked.getAttribute("href")).toBe(requestPath);
      await check(mentorPage, "/notifications (mentor, a new request)", "notifications-mentor");
      await waitForHydrationOf(mentorPage, "main li a", STEP_TIMEOUT);
      await asked.click();
      await waitForPath(mentorPage, requestPath!, STEP_TIMEOUT);
      await textOf(mentorPage.locator("main h1")).toBe(`${MENTEE} would like you to mentor them`);
      await textOf(mentorPage.locator('section[aria-labelledby="request-note"] blockquote')).toBe(note);
      await expect.poll(() => mentorPage.locator('ul[aria-labelledby="request-fit"] > li').count()).toBeGreaterThan(0);

      // He asks a question first, in the request's thread.
      const question = "Happy to help. Is the repository for theses only, or for data as well?";
      await waitForHydrationOf(mentorPage, "main form button[type='submit']", STEP_TIMEOUT);
      await mentorPage.getByLabel(`Write to ${MENTEE}`).fill(question);
      await mentorPage.getByRole("button", { name: "Send message" }).click();
      await textOf(thread(mentorPage)).toContain(question);
      await check(mentorPage, "/requests/[id] (mentor, question asked)", "request-mentor-question");

      // --- The mentee is told about the question, reads it and answers. ---
      await open(mentee, "/notifications");
      const questionNotice = mentee.getByRole("link", { name: `${MENTOR} has a question about your request` });
      await expect.poll(() => questionNotice.getAttribute("href")).toBe(requestPath);
      await check(mentee, "/notifications (mentee, a question)", "notifications-mentee");
      await waitForHydrationOf(mentee, "main li a", STEP_TIMEOUT);
      await questionNotice.click();
      await waitForPath(mentee, requestPath!, STEP_TIMEOUT);
      await textOf(thread(mentee)).toContain(question);
      const answer = "Theses first, then research data next year. I'd love help with the metadata plan.";
      await waitForHydrationOf(mentee, "main form button[type='submit']", STEP_TIMEOUT);
      await mentee.getByLabel(`Write to ${MENTOR}`).fill(answer);
      await mentee.getByRole("button", { name: "Send message" }).click();
      await textOf(thread(mentee)).toContain(answer);
      await check(mentee, "/requests/[id] (mentee, question answered)", "request-mentee-answered");

      // --- The mentor reads the answer and accepts; the relationship home opens. ---
      await open(mentorPage, requestPath!);
      await textOf(thread(mentorPage)).toContain(answer);
      await waitForHydrationOf(mentorPage, "main section[aria-labelledby='request-note'] button", STEP_TIMEOUT);
      await mentorPage.getByRole("button", { name: "Accept", exact: true }).click();
      await mentorPage.waitForURL((url) => url.pathname.startsWith("/mentorships/"), { timeout: STEP_TIMEOUT });
      const homePath = pathOf(mentorPage);
      await textOf(mentorPage.locator("main h1")).toBe(`Mentoring ${MENTEE}`);
      // The agreement starts from the request (its goals, monthly) and waits for both.
      await expect.poll(() => agreement(mentorPage).innerText()).toContain("Not confirmed yet. Still missing:");
      await textOf(agreement(mentorPage)).toContain("Monthly");
      await textOf(mentorPage.locator('section[aria-labelledby="goals-title"]')).toContain("Scholarly communication");
      // The request's conversation stays with the request; the mentorship has its own thread.
      await check(mentorPage, "relationship home (mentor, just accepted)", "home-mentor-accepted");

      // He confirms the starting agreement.
      await waitForHydrationOf(mentorPage, 'main form button[type="submit"]', STEP_TIMEOUT);
      await agreement(mentorPage).getByRole("button", { name: "Confirm version 1" }).click();
      await textOf(agreement(mentorPage).getByRole("status")).toContain(
        `You confirmed the agreement. ${MENTEE} will be asked to confirm it too.`,
      );
      await expect.poll(() => agreement(mentorPage).innerText()).toContain(`Waiting for ${MENTEE} to confirm`);

      // --- The mentee finds the new mentorship in her constellation and confirms too. ---
      await open(mentee, "/dashboard");
      const menteeTie = constellation(mentee).locator("article").filter({ hasText: MENTOR });
      await textOf(menteeTie).toContain("Waiting for your confirmation");
      await menteeTie.getByRole("link", { name: MENTOR }).click();
      await waitForPath(mentee, homePath, STEP_TIMEOUT);
      await textOf(mentee.locator("main h1")).toBe(`Mentored by ${MENTOR}`);
      await waitForHydrationOf(mentee, 'main form button[type="submit"]', STEP_TIMEOUT);
      await textOf(agreement(mentee)).toContain("Waiting for your confirmation");
      await check(mentee, "relationship home (mentee, to confirm)", "home-mentee-to-confirm");
      await agreement(mentee).getByRole("button", { name: "Confirm version 1" }).click();
      await textOf(agreement(mentee).getByRole("status")).toContain("You have both confirmed it now.");
      await expect.poll(() => agreement(mentee).innerText()).toContain("Confirmed by you both");
      await check(mentee, "relationship home (mentee, confirmed by both)", "home-mentee-confirmed");

      // --- Both see it in their constellation, confirmed, with the goals it covers. ---
      await open(mentee, "/dashboard");
      const menteeCard = constellation(mentee).locator("article").filter({ hasText: MENTOR });
      await textOf(menteeCard).toContain("Your mentor");
      await textOf(menteeCard).toContain("Agreement confirmed");
      await textOf(menteeCard).toContain("Scholarly communication");
      // Nothing left waiting in either direction, and no goal left uncovered.
      await textOf(mentee.locator('section[aria-labelledby="requests-title"]')).toContain("No open requests from you.");
      await textOf(mentee.locator('section[aria-labelledby="uncovered-title"]')).toContain(
        "Every goal you are looking for help with is covered",
      );
      await check(mentee, "/dashboard (mentee, with her mentor)", "dashboard-mentee");

      await open(mentorPage, "/dashboard");
      const mentorCard = constellation(mentorPage).locator("article").filter({ hasText: MENTEE });
      await textOf(mentorCard).toContain("Your mentee");
      await textOf(mentorCard).toContain("Agreement confirmed");
      await textOf(mentorPage.locator('section[aria-labelledby="requests-title"]')).toContain("Nothing waiting for you.");
      await check(mentorPage, "/dashboard (mentor, with his mentee)", "dashboard-mentor");

      // The request itself now reads accepted for both, with the way to the mentorship.
      await open(mentee, requestPath!);
      await textOf(mentee.locator("main header")).toContain("Accepted");
      expect(await mentee.getByRole("link", { name: `Go to your mentorship with ${MENTOR}` }).getAttribute("href")).toBe(homePath);
    },
    JOURNEY_TIMEOUT,
  );
});
