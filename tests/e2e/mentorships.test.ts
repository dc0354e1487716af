// The relationship pages, end to end in Chromium against the production build: two fresh members
// with an accepted request (set up through the API, as the request pages have their own journey)
// both open the relationship home; the mentor edits the kickoff agreement, the mentee sees
// "waiting for your confirmation" and confirms; a message each way (Ctrl+Enter and the button);
// goal progress one side sets and the other sees; both find the tie in their constellation on
// /dashboard, and the mentee the goal nobody covers yet with a link to suggestions for exactly
// that goal; a stranger gets a real 404. Axe on every page and state; screenshots at 1280 and
// 390 px go to tmp/screenshots/.
import type { BrowserContextOptions, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  MOBILE,
  confirmSignUp,
  expectNoSeriousAxeViolations,
  latestEmailLink,
  screenshot,
  setUpBrowser,
  signUpViaUi,
  textOf,
  uniqueEmail,
  waitForHydrationOf,
  waitForPath,
} from "./support";

const browsing = setUpBrowser();

// Generous: a slow, loaded machine hashes passwords, renders and runs axe many times.
const JOURNEY_TIMEOUT = 300_000;
const STEP_TIMEOUT = 30_000;
const PASSWORD = "amber-lighthouse-orchard-73";

type Member = { name: string; email: string; id: string };

const GOALS = { tenure: "tenure-promotion", teaching: "teaching-instruction", research: "research-publishing" } as const;

function profileFor(role: "mentee" | "mentor", name: string) {
  return {
    roles: {
      seeksMentorship: role === "mentee",
      offersMentorship: role === "mentor",
      openToPeer: false,
      mentorCapacity: 2,
      acceptingRequests: true,
      hoursPerMonth: null,
    },
    goals:
      role === "mentee"
        ? { seeks: [{ goalAreaId: GOALS.tenure }, { goalAreaId: GOALS.teaching }, { goalAreaId: GOALS.research }], offers: [], learns: [] }
        : { seeks: [], offers: [{ goalAreaId: GOALS.tenure }, { goalAreaId: GOALS.teaching }], learns: [] },
    formats: {
      formats: { video: "PREFERRED", phone: "FINE", inPerson: "NO", email: "FINE", asyncChat: "NO" },
      timeZone: role === "mentee" ? "America/Chicago" : "Europe/London",
      languages: ["en"],
    },
    background: {
      displayName: name,
      pronouns: null,
      bio: "",
      careerStage: role === "mentee" ? "EARLY_CAREER" : "SENIOR",
      sectors: ["ACADEMIC"],
      positionType: "LIBRARIAN",
      institution: role === "mentee" ? "Prairie State University" : "Thames Valley College",
      preferOutsideInstitution: true,
    },
    identity: { identities: [], affinities: [] },
  };
}

async function expectOk(response: { ok(): boolean; status(): number; text(): Promise<string> }, what: string) {
  if (!response.ok()) expect.fail(`${what} answered ${response.status()}: ${await response.text()}`);
}

/** Signs a fresh account up through the form, follows the emailed link, and (optionally) fills in a finished profile through the API. */
async function newMember(page: Page, name: string, role: "mentee" | "mentor" | null): Promise<Member> {
  const email = uniqueEmail(role ?? "stranger");
  const since = new Date();
  await signUpViaUi(page, { name, email, password: PASSWORD });
  await confirmSignUp(page, await latestEmailLink(email, { since }), PASSWORD);
  await page.waitForURL((url) => url.pathname.startsWith("/onboarding"), { timeout: STEP_TIMEOUT });
  if (role) {
    await expectOk(await page.request.put("/api/profile", { data: profileFor(role, name) }), "PUT /api/profile");
    await expectOk(await page.request.post("/api/profile/finish"), "POST /api/profile/finish");
  }
  const own = (await (await page.request.get("/api/profile")).json()) as { profile: { userId: string } };
  return { name, email, id: own.profile.userId };
}

/** Opens the relationship home and waits until its buttons handle clicks. */
async function openHome(page: Page, id: string): Promise<void> {
  const response = await page.goto(`/mentorships/${id}`);
  expect(response?.status(), `HTTP status of /mentorships/${id}`).toBe(200);
  await waitForHydrationOf(page, 'main form button[type="submit"]', STEP_TIMEOUT);
}

const agreement = (page: Page) => page.locator('section[aria-labelledby="agreement-title"]');
const thread = (page: Page) => page.locator("main ol[aria-label='Messages, oldest first']");

/** Screenshots at 1280 and 390 px (the page is put back to desktop width afterwards). */
async function shots(page: Page, name: string): Promise<void> {
  await screenshot(page, `mentorships-${name}-1280`);
  await page.setViewportSize(MOBILE);
  await screenshot(page, `mentorships-${name}-390`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;

describe("the relationship pages", () => {
  let mentorState: StorageState;
  let menteeState: StorageState;
  let mentorshipId: string;

  // Each person in their own context and time zone, as on two people's computers. Contexts close
  // after every test, so each test opens new ones from the saved sign-ins.
  const asMentor = () => browsing.newPage({ storageState: mentorState, timezoneId: "Europe/London" });
  const asMentee = () => browsing.newPage({ storageState: menteeState, timezoneId: "America/Chicago" });

  beforeAll(async () => {
    const mentorPage = await browsing.newPage({ timezoneId: "Europe/London" });
    const menteePage = await browsing.newPage({ timezoneId: "America/Chicago" });
    const mentor = await newMember(mentorPage, "Marta Mentor", "mentor");
    await newMember(menteePage, "Mei Mentee", "mentee");
    mentorState = await mentorPage.context().storageState();
    menteeState = await menteePage.context().storageState();

    const sent = await menteePage.request.post("/api/requests", {
      data: {
        recipientId: mentor.id,
        role: "mentee",
        note: "I am preparing my tenure file and would love a second pair of eyes.",
        goalAreaIds: [GOALS.tenure, GOALS.teaching],
      },
    });
    await expectOk(sent, "POST /api/requests");
    const {
      request: { id: requestId },
    } = (await sent.json()) as { request: { id: string } };
    const accepted = await mentorPage.request.post(`/api/requests/${requestId}/accept`);
    await expectOk(accepted, "POST /api/requests/:id/accept");
    ({ mentorshipId } = (await accepted.json()) as { mentorshipId: string });
  }, JOURNEY_TIMEOUT);

  it(
    "both open it; the mentor edits the agreement, the mentee confirms it; a message each way; goal progress",
    async () => {
      const [mentorPage, menteePage] = [await asMentor(), await asMentee()];
      // The mentee first: the starting suggestions, and what is missing before both confirm.
      await openHome(menteePage, mentorshipId);
      await textOf(menteePage.locator("main h1")).toBe("Mentored by Marta Mentor");
      await expect.poll(() => agreement(menteePage).innerText()).toContain("Not confirmed yet. Still missing:");
      await expectNoSeriousAxeViolations(menteePage, "relationship home (starting agreement)");
      await shots(menteePage, "home-starting");

      // The mentor edits: writes expectations, keeps the goals, and saves.
      await openHome(mentorPage, mentorshipId);
      await textOf(mentorPage.locator("main h1")).toBe("Mentoring Mei Mentee");
      await agreement(mentorPage).getByRole("button", { name: "Edit the agreement" }).click();
      await expect.poll(() => agreement(mentorPage).getByRole("checkbox", { name: "Tenure and promotion" }).isChecked()).toBe(true);
      await expectNoSeriousAxeViolations(mentorPage, "agreement form");
      await shots(mentorPage, "agreement-form");
      await mentorPage.getByLabel("Expectations").fill("We reply within three working days. What we discuss stays between us.");
      await mentorPage.getByLabel("Planned length").selectOption("12");
      await mentorPage.getByRole("button", { name: "Save the agreement" }).click();
      await textOf(agreement(mentorPage).getByRole("status")).toContain(
        "Agreement saved as version 2. Mei Mentee will be asked to confirm it.",
      );
      await expect.poll(() => agreement(mentorPage).innerText()).toContain("Waiting for Mei Mentee to confirm");
      await expect(agreement(mentorPage).innerText()).resolves.toContain("You: confirmed");

      // The mentee sees the new version waiting for them, and confirms it.
      await openHome(menteePage, mentorshipId);
      const menteeAgreement = await agreement(menteePage).innerText();
      expect(menteeAgreement).toContain("Waiting for your confirmation");
      expect(menteeAgreement).toContain("You haven't confirmed it yet.");
      expect(menteeAgreement).toContain("12 months");
      expect(menteeAgreement).toContain("Version 2, last changed by Marta Mentor.");
      await shots(menteePage, "home-unconfirmed");
      await agreement(menteePage).getByRole("button", { name: "Confirm version 2" }).click();
      await textOf(agreement(menteePage).getByRole("status")).toContain("You have both confirmed it now.");
      await expect.poll(() => agreement(menteePage).innerText()).toContain("Confirmed by you both");

      // The mentor now sees it confirmed by both; editing it again would ask Mei to confirm again.
      await openHome(mentorPage, mentorshipId);
      await expect.poll(() => agreement(mentorPage).innerText()).toContain("Confirmed by you both");
      await agreement(mentorPage).getByRole("button", { name: "Edit the agreement" }).click();
      await textOf(agreement(mentorPage).getByRole("note")).toContain("Mei Mentee will be asked to confirm the new version");
      await agreement(mentorPage).getByRole("button", { name: "Cancel" }).click();

      // A message each way: the mentee with Ctrl+Enter, the mentor with the button.
      const menteeBox = menteePage.getByLabel("Write to Marta Mentor");
      await menteeBox.fill("Thank you! Could we meet on Tuesday?\n<b>Draft</b> attached soon.");
      await menteeBox.press("Control+Enter");
      await textOf(menteePage.getByText("Message sent.")).toBe("Message sent.");
      await expect.poll(() => menteeBox.inputValue()).toBe("");
      await textOf(thread(menteePage)).toContain("<b>Draft</b> attached soon.");

      await openHome(mentorPage, mentorshipId);
      await textOf(thread(mentorPage)).toContain("Could we meet on Tuesday?");
      await mentorPage.getByLabel("Write to Mei Mentee").fill("Tuesday works. See https://example.org/agenda for a plan.");
      await mentorPage.getByRole("button", { name: "Send message" }).click();
      await textOf(thread(mentorPage)).toContain("Tuesday works.");
      const link = thread(mentorPage).getByRole("link", { name: "https://example.org/agenda" });
      await expect(link.getAttribute("rel")).resolves.toBe("noopener noreferrer nofollow");

      // Goal progress: the mentor marks one goal in progress; the mentee sees it.
      await mentorPage.locator('label[for="goal-tenure-promotion-IN_PROGRESS"]').click();
      await textOf(mentorPage.locator('section[aria-labelledby="goals-title"] [role="status"]')).toContain(
        "Tenure and promotion: in progress",
      );

      await openHome(menteePage, mentorshipId);
      await textOf(thread(menteePage)).toContain("Tuesday works.");
      await expect(menteePage.locator("#goal-tenure-promotion-IN_PROGRESS").isChecked()).resolves.toBe(true);
      await expectNoSeriousAxeViolations(menteePage, "relationship home (confirmed, with messages)");
      await shots(menteePage, "home-confirmed");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "both see the tie in their constellation and in /mentorships; the goal nobody covers links to suggestions for it",
    async () => {
      const [mentorPage, menteePage] = [await asMentor(), await asMentee()];
      await menteePage.goto("/dashboard");
      const constellation = menteePage.locator('section[aria-labelledby="constellation-title"]');
      await textOf(constellation).toContain("Marta Mentor");
      await textOf(constellation).toContain("Tenure and promotion");
      const uncovered = menteePage.locator('section[aria-labelledby="uncovered-title"]');
      await textOf(uncovered).toContain("Research and publishing");
      await expect(uncovered.getByRole("link", { name: /Research and publishing/ }).getAttribute("href")).resolves.toBe(
        `/matches?role=mentee&goal=${GOALS.research}`,
      );
      // Covered goals are not listed as uncovered.
      await expect(uncovered.innerText()).resolves.not.toContain("Tenure and promotion");
      await expectNoSeriousAxeViolations(menteePage, "dashboard (mentee)");
      await shots(menteePage, "dashboard-mentee");

      await mentorPage.goto("/dashboard");
      await textOf(mentorPage.locator('section[aria-labelledby="constellation-title"]')).toContain("Mei Mentee");
      await expectNoSeriousAxeViolations(mentorPage, "dashboard (mentor)");

      await mentorPage.goto("/mentorships");
      const card = mentorPage.locator("main article").filter({ hasText: "Mei Mentee" });
      await textOf(card).toContain("Your mentee");
      await textOf(card).toContain("Agreement confirmed");
      await expectNoSeriousAxeViolations(mentorPage, "/mentorships");
      await shots(mentorPage, "list");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "a stranger gets a real 404, as for an id that does not exist; a new member sees what to do next",
    async () => {
      const page = await browsing.newPage();
      await newMember(page, "Sam Stranger", null);
      const theirs = await page.goto(`/mentorships/${mentorshipId}`);
      expect(theirs?.status()).toBe(404);
      const body = await page.locator("body").innerText();
      expect(body).not.toContain("Marta Mentor");
      expect(body).not.toContain("Mei Mentee");
      expect((await page.goto("/mentorships/no-such-mentorship"))?.status()).toBe(404);
      expect((await page.request.get(`/api/mentorships/${mentorshipId}`)).status()).toBe(404);

      await page.goto("/mentorships");
      await textOf(page.locator("main h2").first()).toBe("No mentorships yet");
      await expectNoSeriousAxeViolations(page, "/mentorships (empty)");
      await page.goto("/dashboard");
      await waitForPath(page, "/dashboard");
      await textOf(page.locator('section[aria-labelledby="finish-profile-title"]')).toContain("Finish setting up your profile");
      await textOf(page.locator('section[aria-labelledby="next-steps-title"]')).toContain("Your profile");
      await expectNoSeriousAxeViolations(page, "dashboard (new member)");
      await shots(page, "dashboard-new-member");
    },
    JOURNEY_TIMEOUT,
  );
});
