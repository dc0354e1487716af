// The onboarding wizard, end to end in Chromium against the production build: a mentee, a
// mentor and someone taking part in every role each sign up and finish it; a half-finished
// wizard resumes where it stopped; inline validation; the roles and goals steps by keyboard
// alone; axe on every step, the profile page, a profile edit form and the public profile.
// Every test signs up its own fresh account, so they can run in any order.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  confirmSignUp,
  expectNoSeriousAxeViolations,
  latestEmailLink,
  pathOf,
  screenshot,
  setUpBrowser,
  signUpViaUi,
  textOf,
  uniqueEmail,
  waitForPath,
} from "./support";

const browsing = setUpBrowser();

// Generous: a slow, loaded machine signs up (password hashing), saves six steps and runs axe.
const JOURNEY_TIMEOUT = 240_000;
const STEP_TIMEOUT = 30_000;

const STEP_TITLES = {
  roles: "How would you like to take part?",
  goals: "What would you like to work on?",
  formats: "How and when you like to meet",
  background: "About you",
  identity: "Identity and affinity (optional)",
  review: "Review and finish",
} as const;
type Step = keyof typeof STEP_TITLES;

type OwnProfileJson = {
  userId: string;
  wizardStep: string | null;
  onboardedAt: string | null;
  roles: {
    seeksMentorship: boolean;
    offersMentorship: boolean;
    openToPeer: boolean;
    mentorCapacity: number;
    acceptingRequests: boolean;
  };
  goals: Record<"seeks" | "offers" | "learns", { goalAreaId: string; note?: string }[]>;
  formats: { formats: Record<string, string>; timeZone: string; languages: string[] };
  background: {
    displayName: string;
    careerStage: string | null;
    sectors: string[];
    positionType: string | null;
    institution: string | null;
  };
  identity: {
    identities: { attributeId: string; visibility: string }[];
    affinities: { attributeId: string; preference: string; required: boolean }[];
  };
};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/**
 * Signs a fresh account up through the form and follows the emailed link, which signs the
 * person in and opens the wizard's first step.
 */
async function signUpIntoWizard(page: Page, name: string, prefix: string) {
  const person = { name, email: uniqueEmail(prefix), password: "amber-lighthouse-orchard-73" };
  const since = new Date();
  await signUpViaUi(page, person);
  await confirmSignUp(page, await latestEmailLink(person.email, { since }), person.password);
  await expectStep(page, "roles");
  return person;
}

/** Waits until React has hydrated the page's form (or its first button) so clicks are handled. */
async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector("main form, main button");
      return !!el && Object.keys(el).some((key) => key.startsWith("__reactProps"));
    },
    undefined,
    { timeout: STEP_TIMEOUT },
  );
}

/** Waits for a wizard step to be open and interactive. */
async function expectStep(page: Page, step: Step): Promise<void> {
  await waitForPath(page, `/onboarding/${step}`, STEP_TIMEOUT);
  await textOf(page.locator("main h1"), STEP_TIMEOUT).toBe(STEP_TITLES[step]);
  await textOf(page.getByRole("navigation", { name: "Setting up your profile" }).locator('[aria-current="step"]'), STEP_TIMEOUT).toContain(
    labelOfStep(step),
  );
  await waitForHydration(page);
}

const labelOfStep = (step: Step) =>
  ({ roles: "Roles", goals: "Goals", formats: "Meeting", background: "Background", identity: "Identity", review: "Review" })[step];

/** Saves the current step and waits for the next one. */
async function saveAndContinue(page: Page, next: Step): Promise<void> {
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expectStep(page, next);
}

/** Axe and a screenshot of a wizard step (tmp/screenshots/onboarding-<who>-<n>-<step>.png). */
async function checkStep(page: Page, who: string, step: Step): Promise<void> {
  const n = Object.keys(STEP_TITLES).indexOf(step) + 1;
  await screenshot(page, `onboarding-${who}-${n}-${step}`);
  await expectNoSeriousAxeViolations(page, `/onboarding/${step} (${who})`);
}

const group = (page: Page | Locator, name: string | RegExp) => page.getByRole("group", { name, exact: typeof name === "string" });

/** The checkbox of a goal area inside one of the goal lists. */
const goal = (page: Page, list: string, label: string) => group(page, list).getByRole("checkbox", { name: label });
// The note's label ends in visually hidden text (", about <area>") so each note has its own name.
const goalNote = (page: Page, list: string, label: string) =>
  group(page, list).getByRole("textbox", { name: new RegExp(`^In one sentence \\(optional\\)\\s*, about ${escapeRegExp(label)}$`) });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const SEEKS = "What would you like help with?";
const OFFERS = "What can you offer?";
const LEARNS = "What would you like to learn as a mentor?";

/**
 * Picks a choice in a segmented radio group. Its radio is visually hidden inside the visible
 * label, so click the label, as a person would, then check the radio took the choice.
 */
async function chooseSegmented(within: Locator, name: string): Promise<void> {
  const radio = within.getByRole("radio", { name, exact: true });
  const id = await radio.getAttribute("id");
  await within.locator(`label[for="${id}"]`).click();
  await expectChecked(radio);
}

/** Marks one way of meeting as Preferred / Fine / No. */
async function setFormat(page: Page, format: string, level: "Preferred" | "Fine" | "No"): Promise<void> {
  await chooseSegmented(group(page, format), level);
}

async function expectChecked(locator: Locator, checked = true): Promise<void> {
  await expect.poll(() => locator.isChecked(), { timeout: STEP_TIMEOUT }).toBe(checked);
}

/** Fills the background step with the minimum a finished profile needs (plus an institution). */
async function fillBackground(
  page: Page,
  answers: { name: string; stage: string; sector: string; position: string; institution: string },
): Promise<void> {
  await page.getByLabel("Name to show").fill(answers.name);
  await group(page, "Career stage").getByRole("radio", { name: answers.stage }).check();
  await group(page, "Sectors").getByRole("checkbox", { name: answers.sector, exact: true }).check();
  await group(page, "Position type").getByRole("radio", { name: answers.position }).check();
  await page.getByLabel("Institution (optional)").fill(answers.institution);
}

async function finish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Finish and see my matches" }).click();
  await waitForPath(page, "/matches", STEP_TIMEOUT);
  await textOf(page.locator("main h1"), STEP_TIMEOUT).toBe("Matches");
}

/** The signed-in person's own profile, read with the page's cookies. */
async function ownProfile(page: Page): Promise<OwnProfileJson> {
  const response = await page.request.get("/api/profile");
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { profile: OwnProfileJson }).profile;
}

/** The summary card of one section (review step and profile page). */
const summary = (page: Page, section: string) => page.getByRole("region", { name: section, exact: true });

/** What has focus now, and whether the browser shows a focus indicator on it. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      id: el?.id ?? "",
      tag: el?.tagName ?? "",
      text: el?.textContent?.trim() ?? "",
      focusVisible: el?.matches(":focus-visible") ?? false,
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : "",
    };
  });
}

/** Presses Tab until the element with `id` has focus (at most `max` presses); fails otherwise. */
async function tabTo(page: Page, id: string, max = 40): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if ((await focused(page)).id === id) break;
    await page.keyboard.press("Tab");
  }
  await expectVisibleFocusOn(page, id);
}

async function expectVisibleFocusOn(page: Page, id: string): Promise<void> {
  const now = await focused(page);
  expect(now.id, `focus is on #${now.id || now.tag} ("${now.text.slice(0, 60)}")`).toBe(id);
  expect(now.focusVisible, `#${id} shows a visible focus indicator`).toBe(true);
  expect(now.outline).toMatch(/^solid [1-9]/);
}

// ---------------------------------------------------------------------------------------------
// Journeys
// ---------------------------------------------------------------------------------------------

describe("onboarding as a mentee", () => {
  it(
    "answers every step, sees the answers on review, finishes on /matches and the profile is saved",
    async () => {
      const page = await browsing.newPage({ timezoneId: "America/Chicago" });
      await signUpIntoWizard(page, "Mina Mentee", "mentee");

      // Roles
      await checkStep(page, "mentee", "roles");
      await page.getByRole("checkbox", { name: "Looking for a mentor" }).check();
      // Mentor settings only appear for mentors.
      expect(await page.getByRole("region", { name: "As a mentor" }).count()).toBe(0);
      await saveAndContinue(page, "goals");

      // Goals: only the "help with" list for a mentee.
      expect(await group(page, OFFERS).count()).toBe(0);
      await goal(page, SEEKS, "Tenure and promotion").check();
      await goalNote(page, SEEKS, "Tenure and promotion").fill("My review file is due in spring.");
      await goal(page, SEEKS, "Job search, interviews and negotiation").check();
      await textOf(group(page, SEEKS).getByText(/chosen/)).toBe("2 chosen");
      await checkStep(page, "mentee", "goals");
      await saveAndContinue(page, "formats");

      // Formats: the browser's zone is proposed.
      const zone = page.getByLabel("Your time zone");
      await expect.poll(() => zone.inputValue(), { timeout: STEP_TIMEOUT }).toBe("America/Chicago");
      await textOf(page.locator("#field-timeZone-hint")).toContain("We suggested this from your browser");
      // New profiles start with every way but in person as fine.
      await expectChecked(group(page, "Video call").getByRole("radio", { name: "Fine", exact: true }));
      await setFormat(page, "Video call", "Preferred");
      await setFormat(page, "Phone", "No");
      await setFormat(page, "In person", "Fine");
      // Not email-only: no note.
      expect(await page.getByText(/pairs who also talk by phone or video/).count()).toBe(0);
      await checkStep(page, "mentee", "formats");
      await saveAndContinue(page, "background");

      // Background
      await fillBackground(page, {
        name: "Mina M.",
        stage: "Early career",
        sector: "Academic",
        position: "Staff or paraprofessional",
        institution: "Riverside Community College",
      });
      await page.getByLabel("Pronouns (optional)").fill("she/her");
      await expectChecked(page.getByRole("checkbox", { name: "Prefer a mentor outside my institution" }));
      await checkStep(page, "mentee", "background");
      await saveAndContinue(page, "identity");

      // Identity: one community shown on the profile, one held for matching with an affinity preference.
      await page.locator("summary", { hasText: "LGBTQ+" }).click();
      await page.getByRole("checkbox", { name: /^This describes me\s*: LGBTQ\+$/ }).check();
      const visibility = group(page, "Who may use or see that you are part of LGBTQ+?");
      // Every answer starts private.
      await expectChecked(visibility.getByRole("radio", { name: "Private" }));
      await visibility.getByRole("radio", { name: "Shown on my profile" }).check();
      await page.locator("summary", { hasText: "First-generation college graduate" }).click();
      // "Prefer someone who shares this" needs holding it, with matching allowed to use it.
      const firstGenShared = group(page, /^When we suggest people to you\s*\(First-generation college graduate\)$/).getByRole("radio", {
        name: "Prefer someone who shares this",
      });
      expect(await firstGenShared.isDisabled()).toBe(true);
      await page.getByRole("checkbox", { name: /^This describes me\s*: First-generation college graduate$/ }).check();
      expect(await firstGenShared.isDisabled()).toBe(true); // still private
      await group(page, "Who may use or see that you are part of First-generation college graduate?")
        .getByRole("radio", { name: "Matching only" })
        .check();
      await firstGenShared.check();
      await textOf(page.locator("summary", { hasText: "LGBTQ+" })).toContain("Describes you · Shown on my profile");
      await textOf(page.locator("summary", { hasText: "First-generation college graduate" })).toContain("Prefers shared");
      await checkStep(page, "mentee", "identity");
      await saveAndContinue(page, "review");

      // Review shows the answers.
      await textOf(summary(page, "Roles")).toContain("Looking for a mentor");
      await textOf(summary(page, "Goals")).toContain("Tenure and promotion");
      await textOf(summary(page, "Goals")).toContain("“My review file is due in spring.”");
      await textOf(summary(page, "Goals")).toContain("Job search, interviews and negotiation");
      await textOf(summary(page, "Meeting and languages")).toContain("America/Chicago");
      await textOf(summary(page, "Meeting and languages")).toMatch(/Preferred\s*Video call/);
      await textOf(summary(page, "Meeting and languages")).toMatch(/Fine\s*In person, Email, Chat, at your own pace/);
      await textOf(summary(page, "Meeting and languages")).toMatch(/Not for me\s*Phone/);
      await textOf(summary(page, "Background")).toContain("Mina M. (she/her)");
      await textOf(summary(page, "Background")).toContain("Early career");
      await textOf(summary(page, "Background")).toContain("Academic");
      await textOf(summary(page, "Background")).toContain("Staff or paraprofessional");
      await textOf(summary(page, "Background")).toContain("Riverside Community College");
      await textOf(summary(page, "Identity and affinity")).toContain("LGBTQ+ · Shown on my profile");
      await textOf(summary(page, "Identity and affinity")).toContain("First-generation college graduate · Prefer someone who shares this");
      await checkStep(page, "mentee", "review");
      await finish(page);

      // The saved profile, read through the API with the same cookies.
      const profile = await ownProfile(page);
      expect(profile.onboardedAt).toEqual(expect.any(String));
      expect(Number.isNaN(Date.parse(profile.onboardedAt!))).toBe(false);
      expect(profile.roles).toMatchObject({ seeksMentorship: true, offersMentorship: false, openToPeer: false });
      expect(profile.goals.seeks).toEqual([
        { goalAreaId: "tenure-promotion", note: "My review file is due in spring." },
        { goalAreaId: "job-search" },
      ]);
      expect(profile.goals.offers).toEqual([]);
      expect(profile.formats).toEqual({
        formats: { video: "PREFERRED", phone: "NO", inPerson: "FINE", email: "FINE", asyncChat: "FINE" },
        timeZone: "America/Chicago",
        languages: ["en"],
      });
      expect(profile.background).toMatchObject({
        displayName: "Mina M.",
        pronouns: "she/her",
        careerStage: "EARLY_CAREER",
        sectors: ["ACADEMIC"],
        positionType: "STAFF",
        institution: "Riverside Community College",
        preferOutsideInstitution: true,
      });
      expect(profile.identity).toEqual({
        identities: [
          { attributeId: "first-generation", visibility: "MATCHING" },
          { attributeId: "lgbtq", visibility: "SHOWN" },
        ],
        affinities: [{ attributeId: "first-generation", preference: "SHARED", required: false }],
      });

      // /onboarding on a finished profile goes to the profile page.
      await page.goto("/onboarding");
      await waitForPath(page, "/profile", STEP_TIMEOUT);
      await textOf(page.locator("main h1")).toBe("Your profile");
      await textOf(summary(page, "Goals")).toContain("Tenure and promotion");
      await screenshot(page, "profile-mentee");
      await expectNoSeriousAxeViolations(page, "/profile (mentee)");

      // Editing a section later uses the same form, filled in.
      await page.goto("/profile/edit/goals");
      await textOf(page.locator("main h1")).toBe(STEP_TITLES.goals);
      await waitForHydration(page);
      await expectChecked(goal(page, SEEKS, "Tenure and promotion"));
      expect(await goalNote(page, SEEKS, "Tenure and promotion").inputValue()).toBe("My review file is due in spring.");
      await screenshot(page, "profile-edit-goals");
      await expectNoSeriousAxeViolations(page, "/profile/edit/goals");

      // The public view of oneself.
      await page.goto("/profile");
      await page.getByRole("link", { name: "See how others see you" }).click();
      await waitForPath(page, `/people/${profile.userId}`, STEP_TIMEOUT);
      await textOf(page.locator("main h1")).toContain("Mina M.");
      await textOf(page.getByRole("note")).toContain("This is how other members see your profile.");
      // The community shown on the profile is there; matching-only ones and preferences never are.
      await textOf(page.locator("main")).toContain("LGBTQ+");
      expect(await page.locator("main").textContent()).not.toContain("First-generation");
      await screenshot(page, "people-self-mentee");
      await expectNoSeriousAxeViolations(page, `/people/${profile.userId}`);
    },
    JOURNEY_TIMEOUT,
  );
});

describe("onboarding as a mentor", () => {
  it(
    "sets capacity and offered goals, gets the email-only note, skips identity, then pauses from the profile page",
    async () => {
      const page = await browsing.newPage({ timezoneId: "Europe/Berlin" });
      await signUpIntoWizard(page, "Otto Mentor", "mentor");

      // Roles: mentor settings appear with the default capacity of 2.
      await page.getByRole("checkbox", { name: "Offering mentorship" }).check();
      const capacity = group(page, "How many mentees at a time?");
      await capacity.waitFor();
      await expectChecked(capacity.getByRole("radio", { name: "2", exact: true }));
      await chooseSegmented(capacity, "3");
      await expectChecked(page.getByRole("checkbox", { name: "Accepting new requests" }));
      await checkStep(page, "mentor", "roles");
      await saveAndContinue(page, "goals");

      // Goals: areas offered and a learning wish; nothing to seek for a mentor only.
      expect(await group(page, SEEKS).count()).toBe(0);
      await goal(page, OFFERS, "Leadership and management").check();
      await goalNote(page, OFFERS, "Leadership and management").fill("I have run a branch library for ten years.");
      await goal(page, OFFERS, "Cataloguing and metadata").check();
      await goal(page, LEARNS, "Systems and technology").check();
      await checkStep(page, "mentor", "goals");
      await saveAndContinue(page, "formats");

      // Formats: email only brings the gentle note; video as fine takes it away.
      const note = page.getByText(/pairs who also talk by phone or video/);
      await expect.poll(() => page.getByLabel("Your time zone").inputValue(), { timeout: STEP_TIMEOUT }).toBe("Europe/Berlin");
      await setFormat(page, "Video call", "No");
      await setFormat(page, "Phone", "No");
      await setFormat(page, "Chat, at your own pace", "No");
      await expectChecked(group(page, "In person").getByRole("radio", { name: "No", exact: true }));
      await expectChecked(group(page, "Email").getByRole("radio", { name: "Fine", exact: true }));
      await note.waitFor({ timeout: STEP_TIMEOUT });
      await screenshot(page, "onboarding-mentor-3-formats-email-only");
      await setFormat(page, "Video call", "Fine");
      await note.waitFor({ state: "detached", timeout: STEP_TIMEOUT });
      await saveAndContinue(page, "background");

      await fillBackground(page, {
        name: "Otto M.",
        stage: "Senior or leadership",
        sector: "Public",
        position: "Librarian, archivist or faculty",
        institution: "Lakeside Public Library",
      });
      // Only people looking for a mentor are asked about mentors from elsewhere.
      expect(await page.getByRole("checkbox", { name: "Prefer a mentor outside my institution" }).count()).toBe(0);
      await saveAndContinue(page, "identity");

      // Identity is optional: skip it.
      await page.getByRole("link", { name: "Skip this step" }).click();
      await expectStep(page, "review");
      await textOf(summary(page, "Roles")).toContain("Up to 3");
      await textOf(summary(page, "Goals")).toContain("Leadership and management");
      await textOf(summary(page, "Goals")).toMatch(/Would like to learn\s*Systems and technology/);
      await textOf(summary(page, "Meeting and languages")).toMatch(/Fine\s*Video call, Email/);
      await textOf(summary(page, "Identity and affinity")).toContain("Nothing shared");
      await finish(page);

      // The profile page: capacity and the pause switch.
      await page.goto("/profile");
      await textOf(page.locator("main h1")).toBe("Your profile");
      await textOf(summary(page, "Roles")).toMatch(/Mentees at a time\s*Up to 3/);
      await textOf(summary(page, "Roles")).toContain("Accepting new requests");
      await waitForHydration(page);
      const pause = page.getByRole("switch", { name: "Accepting new requests" });
      expect(await pause.getAttribute("aria-checked")).toBe("true");
      await screenshot(page, "profile-mentor");
      await expectNoSeriousAxeViolations(page, "/profile (mentor)");

      await pause.click();
      await textOf(page.getByRole("region", { name: "Availability as a mentor" }).getByRole("status"), STEP_TIMEOUT).toBe(
        "Saved: new requests are paused.",
      );
      await page.reload();
      await textOf(page.locator("main h1")).toBe("Your profile");
      await expect
        .poll(() => page.getByRole("switch", { name: "Accepting new requests" }).getAttribute("aria-checked"), { timeout: STEP_TIMEOUT })
        .toBe("false");
      await textOf(summary(page, "Roles")).toContain("Paused: not accepting new requests");

      const profile = await ownProfile(page);
      expect(profile.onboardedAt).toEqual(expect.any(String));
      expect(profile.roles).toMatchObject({ offersMentorship: true, seeksMentorship: false, mentorCapacity: 3, acceptingRequests: false });
      expect(profile.goals.offers).toEqual([
        { goalAreaId: "leadership-management", note: "I have run a branch library for ten years." },
        { goalAreaId: "cataloguing-metadata" },
      ]);
      expect(profile.goals.learns).toEqual([{ goalAreaId: "systems-technology" }]);
      expect(profile.formats.formats).toEqual({ video: "FINE", phone: "NO", inPerson: "NO", email: "FINE", asyncChat: "NO" });
      expect(profile.identity).toEqual({ identities: [], affinities: [] });
    },
    JOURNEY_TIMEOUT,
  );
});

describe("onboarding in every role", () => {
  it(
    "chooses goals to seek and to offer, finishes, and /matches offers a tab per role",
    async () => {
      const page = await browsing.newPage();
      await signUpIntoWizard(page, "Bea Both", "both");

      await page.getByRole("checkbox", { name: "Looking for a mentor" }).check();
      await page.getByRole("checkbox", { name: "Offering mentorship" }).check();
      await page.getByRole("checkbox", { name: "Open to peer mentoring" }).check();
      await group(page, "How many mentees at a time?").waitFor();
      await saveAndContinue(page, "goals");

      await goal(page, SEEKS, "Research and publishing").check();
      await goal(page, SEEKS, "Work-life balance and burnout").check();
      await goal(page, OFFERS, "Teaching and instruction").check();
      await goalNote(page, OFFERS, "Teaching and instruction").fill("Ten years of one-shots and a credit course.");
      await saveAndContinue(page, "formats");
      await saveAndContinue(page, "background");
      await fillBackground(page, {
        name: "Bea B.",
        stage: "Mid-career",
        sector: "Archives",
        position: "Librarian, archivist or faculty",
        institution: "State Archives",
      });
      await saveAndContinue(page, "identity");
      await saveAndContinue(page, "review");
      await textOf(summary(page, "Roles")).toMatch(/Looking for a mentor\s*Offering mentorship\s*Open to peer mentoring/);
      await textOf(summary(page, "Goals")).toMatch(/Would like help with\s*Research and publishing\s*Work-life balance and burnout/);
      await textOf(summary(page, "Goals")).toMatch(/Can offer\s*Teaching and instruction/);
      await finish(page);

      const tabs = page.getByRole("navigation", { name: "Kinds of match" });
      await tabs.waitFor({ timeout: STEP_TIMEOUT });
      // Phones get short labels next to the full ones, so compare what is rendered visibly.
      expect(await tabs.getByRole("link").evaluateAll((links) => links.map((l) => (l as HTMLElement).innerText.trim()))).toEqual([
        "Mentors for you",
        "Mentees you could help",
        "Peers",
      ]);
      expect(await tabs.getByRole("link", { name: "Mentors for you" }).getAttribute("aria-current")).toBe("page");

      const profile = await ownProfile(page);
      expect(profile.onboardedAt).toEqual(expect.any(String));
      expect(profile.roles).toMatchObject({ seeksMentorship: true, offersMentorship: true, openToPeer: true });
      expect(profile.goals.seeks.map((g) => g.goalAreaId)).toEqual(["research-publishing", "work-life-balance"]);
      expect(profile.goals.offers).toEqual([{ goalAreaId: "teaching-instruction", note: "Ten years of one-shots and a credit course." }]);
    },
    JOURNEY_TIMEOUT,
  );
});

describe("a half-finished wizard", () => {
  it(
    "resumes at the formats step after leaving for the dashboard, with the earlier answers kept",
    async () => {
      const page = await browsing.newPage();
      await signUpIntoWizard(page, "Rosa Resume", "resume");

      await page.getByRole("checkbox", { name: "Looking for a mentor" }).check();
      await saveAndContinue(page, "goals");
      await goal(page, SEEKS, "Cataloguing and metadata").check();
      await goalNote(page, SEEKS, "Cataloguing and metadata").fill("Moving from copy to original cataloguing.");
      await goal(page, SEEKS, "Mid-career growth").check();
      await saveAndContinue(page, "formats");

      // Leave: the dashboard invites the person back.
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home", exact: true }).click();
      await waitForPath(page, "/dashboard", STEP_TIMEOUT);
      const card = page.getByRole("region", { name: "Finish setting up your profile" });
      await textOf(card).toContain("Pick up where you left off");
      await screenshot(page, "dashboard-unfinished-profile");
      await card.getByRole("link", { name: "Continue setting up" }).click();

      // /onboarding resumes at the first unsaved step.
      await expectStep(page, "formats");
      const progress = page.getByRole("navigation", { name: "Setting up your profile" });
      await textOf(progress.getByRole("link")).toContain("Roles (done)");
      await textOf(progress.getByRole("link")).toContain("Goals (done)");

      // Back keeps the answers.
      await page.getByRole("link", { name: "Back", exact: true }).click();
      await expectStep(page, "goals");
      await expectChecked(goal(page, SEEKS, "Cataloguing and metadata"));
      await expectChecked(goal(page, SEEKS, "Mid-career growth"));
      await expectChecked(goal(page, SEEKS, "Tenure and promotion"), false);
      expect(await goalNote(page, SEEKS, "Cataloguing and metadata").inputValue()).toBe("Moving from copy to original cataloguing.");
      await textOf(group(page, SEEKS).getByText(/chosen/)).toBe("2 chosen");

      // And so do the roles, one more step back.
      await page.getByRole("link", { name: "Back", exact: true }).click();
      await expectStep(page, "roles");
      await expectChecked(page.getByRole("checkbox", { name: "Looking for a mentor" }));
      await expectChecked(page.getByRole("checkbox", { name: "Offering mentorship" }), false);

      // Opening /onboarding directly resumes the same way.
      await page.goto("/onboarding");
      await expectStep(page, "formats");
    },
    JOURNEY_TIMEOUT,
  );
});

describe("inline validation", () => {
  it(
    "asks for a role before continuing, and for a display name while keeping the other answers",
    async () => {
      const page = await browsing.newPage();
      await signUpIntoWizard(page, "Val Idation", "validation");

      // Roles: nothing ticked.
      await page.getByRole("button", { name: "Save and continue" }).click();
      const rolesError = page.locator("#roles-error");
      await textOf(rolesError).toBe("Choose at least one way to take part.");
      await textOf(page.locator("main").getByRole("alert")).toContain("Some answers need another look");
      expect(await page.getByRole("group", { name: "I am…" }).getAttribute("aria-describedby")).toContain("roles-error");
      expect(pathOf(page)).toBe("/onboarding/roles");
      // Focus goes to the first question that needs attention.
      await expect.poll(async () => (await focused(page)).id).toBe("role-seeksMentorship");
      await screenshot(page, "onboarding-validation-roles");
      await expectNoSeriousAxeViolations(page, "/onboarding/roles (with errors)");

      // Ticking a role clears the message.
      await page.getByRole("checkbox", { name: "Open to peer mentoring" }).check();
      await rolesError.waitFor({ state: "detached" });
      await saveAndContinue(page, "goals");

      // A peer-only person explores topics with peers.
      await group(page, "What would you like to explore with peers?")
        .getByRole("checkbox", { name: "Outreach and program planning" })
        .check();
      await saveAndContinue(page, "formats");
      await saveAndContinue(page, "background");

      // Background: everything but the name.
      await fillBackground(page, {
        name: "",
        stage: "LIS student",
        sector: "Museum",
        position: "Student",
        institution: "Northern iSchool",
      });
      await page.getByLabel("A short introduction (optional)").fill("Second-year student interested in museum outreach.");
      await page.getByRole("button", { name: "Save and continue" }).click();

      const name = page.getByLabel("Name to show");
      await textOf(page.locator("#field-displayName-error")).toBe("Tell us the name to show.");
      expect(await name.getAttribute("aria-invalid")).toBe("true");
      expect(await name.getAttribute("aria-describedby")).toContain("field-displayName-error");
      await expect.poll(async () => (await focused(page)).id).toBe("field-displayName");
      expect(pathOf(page)).toBe("/onboarding/background");
      // What was typed stays.
      await expectChecked(group(page, "Career stage").getByRole("radio", { name: "LIS student" }));
      await expectChecked(group(page, "Sectors").getByRole("checkbox", { name: "Museum", exact: true }));
      await expectChecked(group(page, "Position type").getByRole("radio", { name: "Student", exact: true }));
      expect(await page.getByLabel("Institution (optional)").inputValue()).toBe("Northern iSchool");
      expect(await page.getByLabel("A short introduction (optional)").inputValue()).toBe(
        "Second-year student interested in museum outreach.",
      );
      await screenshot(page, "onboarding-validation-background");
      await expectNoSeriousAxeViolations(page, "/onboarding/background (with errors)");

      // Fixing it moves on.
      await name.fill("Val I.");
      await page.locator("#field-displayName-error").waitFor({ state: "detached" });
      await saveAndContinue(page, "identity");
      const profile = await ownProfile(page);
      expect(profile.background).toMatchObject({
        displayName: "Val I.",
        careerStage: "LIS_STUDENT",
        sectors: ["MUSEUM"],
        positionType: "STUDENT",
      });
      expect(profile.onboardedAt).toBeNull();
    },
    JOURNEY_TIMEOUT,
  );
});

describe("the wizard by keyboard alone", () => {
  it(
    "completes the roles and goals steps with Tab, Space and Enter, with visible focus throughout",
    async () => {
      const page = await browsing.newPage();
      await signUpIntoWizard(page, "Kai Keys", "keyboard");

      // Roles: Tab to the first choice, tick it with Space, Tab on to Continue, Enter.
      await tabTo(page, "role-seeksMentorship");
      await page.keyboard.press("Space");
      await expectChecked(page.locator("#role-seeksMentorship"));
      await page.keyboard.press("Tab");
      await expectVisibleFocusOn(page, "role-offersMentorship");
      await page.keyboard.press("Tab");
      await expectVisibleFocusOn(page, "role-openToPeer");
      await page.keyboard.press("Space");
      await expectChecked(page.locator("#role-openToPeer"));
      await page.keyboard.press("Tab");
      const now = await focused(page);
      expect(now.tag).toBe("BUTTON");
      expect(now.text).toContain("Save and continue");
      expect(now.focusVisible).toBe(true);
      await page.keyboard.press("Enter");
      await expectStep(page, "goals");

      // Goals: tick one, type its note, tick the next, then Tab to Continue.
      await tabTo(page, "seeks-tenure-promotion");
      await page.keyboard.press("Space");
      await expectChecked(page.locator("#seeks-tenure-promotion"));
      await page.keyboard.press("Tab");
      await expectVisibleFocusOn(page, "seeks-tenure-promotion-note");
      await page.keyboard.type("Preparing my dossier.");
      await page.keyboard.press("Tab");
      await expectVisibleFocusOn(page, "seeks-job-search");
      await page.keyboard.press("Space");
      await expectChecked(page.locator("#seeks-job-search"));
      // Peers also get the "what could you share" list; pick one there too.
      await tabTo(page, "offers-teaching-instruction", 60);
      await page.keyboard.press("Space");
      await expectChecked(page.locator("#offers-teaching-instruction"));

      // On to "Save and continue" (past the remaining cards and notes).
      let presses = 0;
      for (; presses < 60; presses += 1) {
        await page.keyboard.press("Tab");
        const at = await focused(page);
        if (at.tag === "BUTTON" && at.text.includes("Save and continue")) break;
      }
      const button = await focused(page);
      expect(button.text, `focus after ${presses} Tab presses`).toContain("Save and continue");
      expect(button.focusVisible).toBe(true);
      await page.keyboard.press("Enter");
      await expectStep(page, "formats");

      const profile = await ownProfile(page);
      expect(profile.roles).toMatchObject({ seeksMentorship: true, offersMentorship: false, openToPeer: true });
      expect(profile.goals.seeks).toEqual([
        { goalAreaId: "tenure-promotion", note: "Preparing my dossier." },
        { goalAreaId: "job-search" },
      ]);
      expect(profile.goals.offers).toEqual([{ goalAreaId: "teaching-instruction" }]);
      expect(profile.wizardStep).toBe("formats");
    },
    JOURNEY_TIMEOUT,
  );
});
