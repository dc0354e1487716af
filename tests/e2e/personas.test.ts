// A persona from the trial (issue 9), end to end in Chromium against the production build and the
// seeded community: the school librarian who is free only on weekday evenings signs up, fills in
// her profile (through the API, as the onboarding wizard has its own journey), signs in again and
// opens /matches. Her cards give their reasons in words, never a percentage; at least one says
// when both are free, in her evenings and her own time, and none offers her a daytime or a
// weekend. Axe runs at 1280 and 390 px; full-page screenshots go to tmp/screenshots/.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PERSONA_PASSWORD, personaByKey, personaProfileInput } from "../personas";
import {
  DESKTOP,
  MOBILE,
  confirmSignUp,
  expectNoSeriousAxeViolations,
  latestEmailLink,
  screenshot,
  setUpBrowser,
  signInWithPassword,
  signUpViaUi,
  textOf,
  uniqueEmail,
} from "./support";

const browsing = setUpBrowser();

// Generous: a slow, loaded machine hashes passwords, scores the community and runs axe twice.
const TEST_TIMEOUT = 240_000;
const STEP_TIMEOUT = 30_000;

const persona = personaByKey("schoolLibrarian");

async function expectOk(response: { ok(): boolean; status(): number; text(): Promise<string> }, what: string) {
  if (!response.ok()) expect.fail(`${what} answered ${response.status()}: ${await response.text()}`);
}

/** The reasons on every card on show, as the person reads them (without the "Main reason:" for screen readers). */
async function reasonsOnCards(page: Page): Promise<string[][]> {
  return page.locator('main section[aria-labelledby="results-title"] ol > li:not([hidden]) > article').evaluateAll((articles) =>
    articles.map((article) =>
      [...article.querySelectorAll('ul[aria-labelledby$="-why"] > li')].map((li) =>
        (li.textContent ?? "")
          .replace(/^\s*Main reason:\s*/, "")
          .replace(/\s+/g, " ")
          .trim(),
      ),
    ),
  );
}

describe(`persona: ${persona.summary}`, () => {
  it(
    "sees worded reasons (no percentages) and evening-only availability reasons on /matches; axe clean at 1280 and 390 px",
    { timeout: TEST_TIMEOUT },
    async () => {
      const page = await browsing.newPage({ timezoneId: persona.profile.timeZone });
      const email = uniqueEmail("persona-school");
      const since = new Date();
      await signUpViaUi(page, { name: persona.name, email, password: PERSONA_PASSWORD });
      await confirmSignUp(page, await latestEmailLink(email, { since }), PERSONA_PASSWORD);
      await page.waitForURL((url) => url.pathname.startsWith("/onboarding"), { timeout: STEP_TIMEOUT });
      await expectOk(await page.request.put("/api/profile", { data: personaProfileInput(persona) }), "PUT /api/profile");
      await expectOk(await page.request.post("/api/profile/finish"), "POST /api/profile/finish");
      const own = (await (await page.request.get("/api/profile")).json()) as { profile: { formats: { availability?: string[] } } };
      expect(own.profile.formats.availability, "her availability was saved").toEqual(["WEEKDAY_EVENING"]);

      // Signs in as she would on another day.
      const fresh = await browsing.newPage({ timezoneId: persona.profile.timeZone });
      await signInWithPassword(fresh, email, PERSONA_PASSWORD);
      const response = await fresh.goto("/matches?role=mentee");
      expect(response?.status()).toBe(200);
      await textOf(fresh.locator("main h1"), STEP_TIMEOUT).toBe("Matches");

      const cards = await reasonsOnCards(fresh);
      expect(cards.length, "she has suggestions").toBeGreaterThan(0);
      for (const reasons of cards) expect(reasons.length).toBeGreaterThan(0);
      const all = cards.flat();
      // Words, never a match rate: no digit followed by % anywhere in the page.
      expect(await fresh.locator("main").innerText()).not.toMatch(/\d\s*%/);
      const times = all.filter((text) => text.startsWith("You are both free on"));
      expect(times.length, `an availability reason among: ${JSON.stringify(all)}`).toBeGreaterThan(0);
      for (const text of times) expect(text).toMatch(/^You are both free on weekday evenings \([^)]* your time\)$/);

      await expectNoSeriousAxeViolations(fresh, "/matches (school librarian persona)");
      await screenshot(fresh, "persona-school-librarian-matches-1280");
      await fresh.setViewportSize(MOBILE);
      await expectNoSeriousAxeViolations(fresh, "/matches (school librarian persona) at 390 px");
      await screenshot(fresh, "persona-school-librarian-matches-390");
      await fresh.setViewportSize(DESKTOP);
    },
  );
});
