// The onboarding wizard, end to end in Chromium against the production build: a mentee, a
// mentor and someone taking part in every role each sign up and finish it; a half-finished
// wizard resumes where it stopped; inline validation; the roles and goals steps by keyboard
// alone; a profile from before availability was asked is invited to check it; axe on every
// step (goals and formats at 1280 and 390 px too), the profile page, a profile edit form and the
// public profile. Every test signs up its own fresh account, so they can run in any order.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  DESKTOP,
  MOBILE,
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
  formats: { formats: Record<string, string>; timeZone: string; languages: string[]; availability: string[] };
  availabilityCheckedAt: string | null;
  timeZoneLabel: string;
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

/** Waits for a wizard step to be open and interactive (`title`: the step's title for this person's roles). */
async function expectStep(page: Page, step: Step, title: string = STEP_TITLES[step]): Promise<void> {
  await waitForPath(page, `/onboarding/${step}`, STEP_TIMEOUT);
  await textOf(page.locator("main h1"), STEP_TIMEOUT).toBe(title);
  await textOf(page.getByRole("navigation", { name: "Setting up your profile" }).locator('[aria-current="step"]'), STEP_TIMEOUT).toContain(
    labelOfStep(step),
  );
  await waitForHydration(page);
}

const labelOfStep = (step: Step) =>
  ({ roles: "Roles", goals: "Goals", formats: "Meeting", background: "Background", identity: "Identity", review: "Review" })[step];

/** Saves the current step and waits for the next one. */
async function saveAndContinue(page: Page, next: Step, title?: string): Promise<void> {
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expectStep(page, next, title);
}

/** Axe and a screenshot of the current step at phone width (…-390.png), then back to desktop. */
async function checkStepOnPhone(page: Page, who: string, step: Step): Promise<void> {
  await page.setViewportSize(MOBILE);
  const n = Object.keys(STEP_TITLES).indexOf(step) + 1;
  await screenshot(page, `onboarding-${who}-${n}-${step}-390`);
  await expectNoSeriousAxeViolations(page, `/onboarding/${step} (${who}, 390 px)`);
  await page.setViewportSize(DESKTOP);
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
const SHARES = "What could you share with a mentor? (optional)";
const LEARNS = "What would you like to learn as a mentor?";
const MENTOR_GOALS_TITLE = "What can you offer, and what would you like to learn?";
const PEER_GOALS_TITLE = "What would you like to explore and share?";

/** The times someone is usually free (formats step), by label. */
const availability = (page: Page, label: "Weekday daytime" | "Weekday evenings" | "Weekends") =>
  group(page, "When are you usually free?").getByRole("checkbox", { name: label });
/** The identity step's "who may use or see this answer" question for one community. */
const visibilityOf = (page: Page, community: string) =>
  group(page, new RegExp(`^Who may use or see this answer\\?\\s*\\(${escapeRegExp(community)}\\)$`));

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

      // Goals: what a mentee would like help with, and (optional) what they could share with a mentor.
      expect(await group(page, OFFERS).count()).toBe(0);
      expect(await group(page, LEARNS).count()).toBe(0);
      await goal(page, SEEKS, "Tenure and promotion").check();
      // Each area's note box has its own example, and is multi-line.
      const tenureNote = goalNote(page, SEEKS, "Tenure and promotion");
      expect(await tenureNote.getAttribute("placeholder")).toBe("e.g. My review file is due in spring");
      expect(await tenureNote.evaluate((el) => el.tagName)).toBe("TEXTAREA");
      await tenureNote.fill("My review file is due in spring.");
      await goal(page, SEEKS, "Job search, interviews and negotiation").check();
      expect(await goalNote(page, SEEKS, "Job search, interviews and negotiation").getAttribute("placeholder")).toBe(
        "e.g. I have a second-round interview next month",
      );
      await textOf(group(page, SEEKS).getByText(/chosen/)).toBe("2 chosen");
      // Goal areas beyond academia, and nothing academic at the top of the list.
      const firstArea = await group(page, SEEKS).getByRole("checkbox").first().getAttribute("id");
      expect(firstArea).not.toBe("seeks-tenure-promotion");
      await goal(page, SEEKS, "Reference and readers' advisory").waitFor();
      await goal(page, SHARES, "Digital humanities and digital scholarship").check();
      await goalNote(page, SHARES, "Digital humanities and digital scholarship").fill("I built our first map exhibit.");
      await checkStep(page, "mentee", "goals");
      // On a phone: each area's description shows, and the note box is several lines high.
      await page.setViewportSize(MOBILE);
      expect(await page.locator("#seeks-reference-readers-advisory-description").isVisible()).toBe(true);
      const lines = await tenureNote.evaluate((el) => {
        const style = getComputedStyle(el);
        return el.clientHeight / parseFloat(style.lineHeight);
      });
      expect(lines).toBeGreaterThanOrEqual(2);
      await checkStepOnPhone(page, "mentee", "goals");
      await saveAndContinue(page, "formats");

      // Formats: the browser's zone is proposed, by its friendly name.
      const zone = page.getByLabel("Your time zone");
      await expect.poll(() => zone.inputValue(), { timeout: STEP_TIMEOUT }).toBe("America/Chicago");
      await textOf(page.locator("#field-timeZone-hint")).toContain("We suggested this from your browser");
      await textOf(zone.locator("option:checked")).toMatch(/^Central Time, Chicago \(UTC−0[56]:00\)$/);
      // The search narrows the list; the chosen zone stays in it; Enter takes the best match
      // without submitting the form.
      const search = page.getByLabel("Search by city, country or name");
      await search.fill("calcutta");
      await textOf(page.getByRole("status").filter({ hasText: "calcutta" })).toContain("1 time zone matches “calcutta”");
      expect(await zone.locator("option").allTextContents()).toEqual([
        expect.stringMatching(/^Central Time, Chicago/),
        "India Time, Mumbai (UTC+05:30)",
      ]);
      await search.press("Enter");
      await expect.poll(() => zone.inputValue()).toBe("Asia/Kolkata");
      expect(pathOf(page)).toBe("/onboarding/formats");
      await search.fill("chicago");
      await search.press("Enter");
      await expect.poll(() => zone.inputValue()).toBe("America/Chicago");
      await search.fill("");
      // The browser's zone is listed first.
      expect((await zone.locator("option").first().textContent()) ?? "").toMatch(/^Central Time, Chicago/);
      // Nothing is assumed about when a new person is free: they say.
      for (const label of ["Weekday daytime", "Weekday evenings", "Weekends"] as const)
        await expectChecked(availability(page, label), false);
      await textOf(availability(page, "Weekday evenings").locator("xpath=..")).toContain("Monday to Friday, 6 to 9 pm your time");
      await availability(page, "Weekday evenings").check();
      await availability(page, "Weekends").check();
      // A mentee meets in languages, rather than mentoring in them.
      await group(page, "Languages you can meet in").waitFor();
      // New profiles start with every way but in person as fine.
      await expectChecked(group(page, "Video call").getByRole("radio", { name: "Fine", exact: true }));
      await setFormat(page, "Video call", "Preferred");
      await setFormat(page, "Phone", "No");
      await setFormat(page, "In person", "Fine");
      // Not email-only: no note.
      expect(await page.getByText(/pairs who also talk by phone or video/).count()).toBe(0);
      await checkStep(page, "mentee", "formats");
      await checkStepOnPhone(page, "mentee", "formats");
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
      const visibility = visibilityOf(page, "LGBTQ+");
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
      await visibilityOf(page, "First-generation college graduate").getByRole("radio", { name: "Matching only" }).check();
      // The risk that remains is stated on the step, in plain words.
      expect(await page.getByText(/^What matching can still give away:/).isVisible()).toBe(true);
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
      await textOf(summary(page, "Meeting and languages")).toContain("Central Time, Chicago");
      await textOf(summary(page, "Meeting and languages")).toMatch(
        /Usually free\s*Weekday evenings \(6 to 9 pm\), Weekends \(10 am to 5 pm\) your time/,
      );
      await textOf(summary(page, "Goals")).toMatch(/Could share\s*Digital humanities and digital scholarship/);
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
      // In the list's order: career topics everyone shares before academic ones.
      expect(profile.goals.seeks).toEqual([
        { goalAreaId: "job-search" },
        { goalAreaId: "tenure-promotion", note: "My review file is due in spring." },
      ]);
      expect(profile.goals.offers).toEqual([{ goalAreaId: "digital-humanities", note: "I built our first map exhibit." }]);
      expect(profile.formats).toEqual({
        formats: { video: "PREFERRED", phone: "NO", inPerson: "FINE", email: "FINE", asyncChat: "FINE" },
        timeZone: "America/Chicago",
        languages: ["en"],
        availability: ["WEEKDAY_EVENING", "WEEKEND"],
      });
      expect(profile.availabilityCheckedAt).toEqual(expect.any(String));
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
      // Availability was checked in the wizard: no invitation to check it.
      expect(await page.getByText("We assumed weekday daytime").count()).toBe(0);
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
      // The goals step speaks to a mentor: what they offer and would like to learn.
      await saveAndContinue(page, "goals", MENTOR_GOALS_TITLE);

      // Goals: areas offered and a learning wish; nothing to seek for a mentor only.
      expect(await group(page, SEEKS).count()).toBe(0);
      expect(await group(page, SHARES).count()).toBe(0);
      await goal(page, OFFERS, "Leadership and management").check();
      await goalNote(page, OFFERS, "Leadership and management").fill("I have run a branch library for ten years.");
      await goal(page, OFFERS, "Cataloguing and metadata").check();
      await goal(page, LEARNS, "Systems and technology").check();
      expect(await goalNote(page, LEARNS, "Systems and technology").getAttribute("placeholder")).toBe(
        "e.g. We are choosing a new library system",
      );
      await checkStep(page, "mentor", "goals");
      await checkStepOnPhone(page, "mentor", "goals");
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
      await group(page, "Languages you can mentor in").waitFor();
      // Saying when one is free is not optional.
      await page.getByRole("button", { name: "Save and continue" }).click();
      await textOf(page.locator("#availability-error")).toBe("Choose at least one time you are usually free.");
      expect(pathOf(page)).toBe("/onboarding/formats");
      await availability(page, "Weekday daytime").check();
      await page.locator("#availability-error").waitFor({ state: "detached" });
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
      expect(profile.formats).toMatchObject({ timeZone: "Europe/Berlin", availability: ["WEEKDAY_DAYTIME"] });
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
      await availability(page, "Weekday daytime").check();
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
      await textOf(summary(page, "Goals")).toMatch(/Would like help with\s*Work-life balance and burnout\s*Research and publishing/);
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
      expect(profile.goals.seeks.map((g) => g.goalAreaId)).toEqual(["work-life-balance", "research-publishing"]);
      expect(profile.goals.offers).toEqual([{ goalAreaId: "teaching-instruction", note: "Ten years of one-shots and a credit course." }]);
    },
    JOURNEY_TIMEOUT,
  );
});

describe("a profile from before availability was asked", () => {
  it(
    "is invited to check when they are free, and the formats form proposes the browser's zone (an old alias) next to theirs",
    async () => {
      const page = await browsing.newPage({ timezoneId: "Asia/Calcutta" });
      await signUpIntoWizard(page, "Ada Earlier", "earlier");
      // A whole profile through the API, as clients did before availability existed: nothing
      // about availability is sent, so it keeps the weekday daytime everyone was given, unchecked.
      const saved = await page.request.put("/api/profile", {
        data: {
          roles: {
            seeksMentorship: true,
            offersMentorship: false,
            openToPeer: false,
            mentorCapacity: 2,
            acceptingRequests: true,
            hoursPerMonth: null,
          },
          goals: { seeks: [{ goalAreaId: "youth-school-services" }], offers: [], learns: [] },
          formats: {
            formats: { video: "FINE", phone: "PREFERRED", inPerson: "NO", email: "FINE", asyncChat: "NO" },
            timeZone: "America/New_York",
            languages: ["en"],
          },
          background: {
            displayName: "Ada E.",
            careerStage: "MID_CAREER",
            sectors: ["SCHOOL"],
            positionType: "LIBRARIAN",
            preferOutsideInstitution: true,
          },
        },
      });
      expect(saved.status(), await saved.text()).toBe(200);
      expect((await page.request.post("/api/profile/finish")).status()).toBe(200);
      expect((await ownProfile(page)).availabilityCheckedAt).toBeNull();

      await page.goto("/profile");
      await textOf(page.locator("main h1")).toBe("Your profile");
      await textOf(page.locator("main")).toContain("We assumed weekday daytime. Check when you’re usually free");
      await textOf(summary(page, "Meeting and languages")).toMatch(/Usually free\s*Weekday daytime \(9 am to 5 pm\) your time/);
      await textOf(summary(page, "Meeting and languages")).toContain("Assumed, not yet checked by you");
      await textOf(summary(page, "Meeting and languages")).toContain("Eastern Time, New York City");
      await screenshot(page, "profile-availability-unchecked");
      await expectNoSeriousAxeViolations(page, "/profile (availability unchecked)");

      await page.getByRole("link", { name: "Check when you are free" }).click();
      await waitForPath(page, "/profile/edit/formats", STEP_TIMEOUT);
      await textOf(page.locator("main h1")).toBe(STEP_TITLES.formats);
      await waitForHydration(page);
      await textOf(page.locator("main")).toContain("We assumed weekday daytime for everyone before we asked");
      // What was assumed is shown ticked, to confirm or change.
      await expectChecked(availability(page, "Weekday daytime"));
      // Their saved zone stays chosen; the browser's zone (reported as Asia/Calcutta) is offered right after it.
      const zone = page.getByLabel("Your time zone");
      expect(await zone.inputValue()).toBe("America/New_York");
      const first = await zone.locator("option").evaluateAll((options) => options.slice(0, 2).map((o) => o.textContent));
      expect(first).toEqual([expect.stringMatching(/^Eastern Time, New York City \(UTC−0[45]:00\)$/), "India Time, Mumbai (UTC+05:30)"]);
      await screenshot(page, "profile-edit-formats-unchecked");
      await expectNoSeriousAxeViolations(page, "/profile/edit/formats");

      await availability(page, "Weekday daytime").uncheck();
      await availability(page, "Weekday evenings").check();
      await page.getByRole("button", { name: "Save changes" }).click();
      await waitForPath(page, "/profile", STEP_TIMEOUT);
      await textOf(page.locator("main")).toContain("Saved your changes to meeting and languages.");
      expect(await page.getByText("We assumed weekday daytime").count()).toBe(0);
      await textOf(summary(page, "Meeting and languages")).toMatch(/Usually free\s*Weekday evenings \(6 to 9 pm\) your time/);
      const profile = await ownProfile(page);
      expect(profile.formats).toMatchObject({ timeZone: "America/New_York", availability: ["WEEKDAY_EVENING"] });
      expect(profile.availabilityCheckedAt).toEqual(expect.any(String));
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
      await saveAndContinue(page, "goals", PEER_GOALS_TITLE);

      // A peer-only person explores topics with peers.
      await group(page, "What would you like to explore with peers?")
        .getByRole("checkbox", { name: "Outreach and program planning" })
        .check();
      await saveAndContinue(page, "formats");
      await availability(page, "Weekends").check();
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
      await expectVisibleFocusOn(page, "seeks-networking-service");
      await page.keyboard.press("Space");
      await expectChecked(page.locator("#seeks-networking-service"));
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
        { goalAreaId: "networking-service" },
      ]);
      expect(profile.goals.offers).toEqual([{ goalAreaId: "teaching-instruction" }]);
      expect(profile.wizardStep).toBe("formats");
    },
    JOURNEY_TIMEOUT,
  );
});
