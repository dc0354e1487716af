// The matches page, end to end in Chromium against the production build and the seeded
// community: the demo mentee's suggestions with bands and reasons in words (never a
// percentage; the main ones marked), friendly time zones, the line about identity preferences,
// the role tabs, "Save for later", "Not for me" with Undo (in place of the card, covering nothing
// on a phone), the goal and format filters, a person's page with the same reasons and actions and
// a way back, the empty state for someone without a profile, and axe on each state. Full-page
// screenshots go to tmp/screenshots/.
//
// The demo account is shared with other test files run against the same server, so every test
// that saves or dismisses someone puts it back (through the UI, and again through the API in a
// `finally` in case the test failed half-way).
import type { BrowserContextOptions, Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../factories";
import {
  MOBILE,
  SCREENSHOT_DIR,
  confirmSignUp,
  expectNoSeriousAxeViolations,
  latestEmailLink,
  pathOf,
  screenshot,
  setUpBrowser,
  signUpViaUi,
  signedInState,
  textOf,
  uniqueEmail,
  waitForHydrationOf,
  waitForPath,
} from "./support";

const browsing = setUpBrowser();
const demo = DEMO_ACCOUNTS.member;

// Generous: a slow, loaded machine scores the whole seeded community on every request.
const TEST_TIMEOUT = 180_000;
const STEP_TIMEOUT = 30_000;

type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;
let signedIn: StorageState;

beforeAll(async () => {
  signedIn = await signedInState(browsing.browser(), demo.email, demo.password);
});

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

// The demo lives in Chicago; the cards' "there now, N h ahead of you" uses the browser's clock.
const demoPage = (options: BrowserContextOptions = {}) =>
  browsing.newPage({ storageState: signedIn, timezoneId: "America/Chicago", ...options });

/** Opens /matches (with an optional query) and waits until it is rendered and interactive. */
async function openMatches(page: Page, query = ""): Promise<void> {
  const response = await page.goto(`/matches${query}`);
  expect(response?.status(), `HTTP status of /matches${query}`).toBe(200);
  await textOf(page.locator("main h1"), STEP_TIMEOUT).toBe("Matches");
  await hydrated(page);
}

/** Waits until the page's client components handle clicks (card buttons, else any main button). */
async function hydrated(page: Page): Promise<void> {
  await waitForHydrationOf(page, "main article button, main form button, main a[href='/onboarding']", STEP_TIMEOUT);
}

const roleTabs = (page: Page) => page.getByRole("navigation", { name: "Kinds of match" });
const results = (page: Page) => page.locator('main section[aria-labelledby="results-title"]');
/** The suggestion cards on show (a card hidden while its "Not for me" is saved does not count). */
const visibleCards = (page: Page) => results(page).locator("ol > li:not([hidden]) > article");
/** One person's card, by their id, whether shown or not. */
const cardOf = (page: Page, id: string) => page.locator(`article[aria-labelledby="match-${id}-name"]`);
const savedSection = (page: Page) => page.locator('main section[aria-labelledby="saved-title"]');
/** The notice that "Not for me" opens, in the list where the card was. */
const notice = (page: Page) => page.locator("main [data-match-notice]");

type Reason = { text: string; main: boolean };
type CardInfo = { id: string; name: string; band: string; reasons: Reason[]; zone: string; caveat: string; text: string };

/** The reasons of one "Why this match" list: the words (without the screen-reader "Main reason:") and the main mark. */
async function reasonsIn(list: Locator): Promise<Reason[]> {
  return list.locator(":scope > li").evaluateAll((items) =>
    items.map((li) => {
      const main = li.getAttribute("data-main") === "true";
      const text = li.textContent?.trim() ?? "";
      return { text: main ? text.replace(/^Main reason:\s*/, "") : text, main };
    }),
  );
}

/** Everything the test checks about the cards on show, read in one go. */
async function readCards(page: Page): Promise<CardInfo[]> {
  return visibleCards(page).evaluateAll((articles) =>
    articles.map((article) => {
      const id = (article.getAttribute("aria-labelledby") ?? "").replace(/^match-/, "").replace(/-name$/, "");
      const name = article.querySelector("h3 a")?.textContent?.trim() ?? "";
      const band =
        [...article.querySelectorAll("span")]
          .map((span) => span.textContent?.replace(/[✦\s]+/g, " ").trim() ?? "")
          .find((text) => /^(Strong|Good|Fair) match$/.test(text)) ?? "";
      const reasons = [...article.querySelectorAll('ul[aria-labelledby$="-why"] > li')].map((li) => {
        const main = li.getAttribute("data-main") === "true";
        const text = li.textContent?.trim() ?? "";
        return { text: main ? text.replace(/^Main reason:\s*/, "") : text, main };
      });
      const paragraphs = [...article.querySelectorAll("p")].map((p) => p.textContent ?? "");
      const zone = paragraphs.find((text) => text.startsWith("Time zone:")) ?? "";
      const caveat = paragraphs.find((text) => text.startsWith("Worth knowing:")) ?? "";
      return { id, name, band, reasons, zone, caveat, text: article.textContent ?? "" };
    }),
  );
}

/** Waits for at least `n` cards and returns them. */
async function expectCards(page: Page, n = 1): Promise<CardInfo[]> {
  await expect.poll(() => visibleCards(page).count(), { timeout: STEP_TIMEOUT }).toBeGreaterThanOrEqual(n);
  return readCards(page);
}

/** Bands, reasons, time zones and caveats make sense on every card; no number reads as a match rate. */
function expectExplained(cards: CardInfo[]): void {
  for (const card of cards) {
    const where = `card of ${card.name || card.id}`;
    expect(card.id, where).not.toBe("");
    expect(card.name, where).not.toBe("");
    expect(card.band, `${where}: band badge`).toMatch(/^(Strong|Good|Fair) match$/);
    expect(card.reasons.length, `${where}: number of reasons (${JSON.stringify(card.reasons)})`).toBeGreaterThanOrEqual(2);
    expect(card.reasons.length, `${where}: number of reasons`).toBeLessThanOrEqual(4);
    for (const reason of card.reasons) expect(reason.text, `${where}: reason text`).not.toBe("");
    // The best reason comes first and counts the most; the marker is a dot, not a number.
    expect(card.reasons[0]!.main, `${where}: the first reason is a main one`).toBe(true);
    expect(card.text, `${where}: no percentages`).not.toMatch(/%|\bper ?cent\b/i);
    // A friendly zone name ("Central Time, Chicago"), never a raw id, and the time there now
    // with the distance on one line ("8 h" never splits).
    expect(card.zone, `${where}: time zone`).toMatch(/^Time zone: [A-Z]/);
    expect(card.zone, `${where}: a friendly zone name`).not.toMatch(/[/_]/);
    expect(card.zone, `${where}: their time now`).toMatch(
      / · their time now (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2}:\d{2}\s[AP]M, (same time as you|(\d+\u00a0h)?( ?\d+\u00a0min)? (ahead of|behind) you)$/,
    );
    // A mentor earlier in their career is never Strong; the card says what they can still help with.
    if (card.caveat) expect(card.band, `${where}: band beside the caveat "${card.caveat}"`).not.toBe("Strong match");
  }
}

const describeCards = (cards: CardInfo[]) =>
  cards
    .map(
      (c, i) =>
        `  ${i + 1}. ${c.name} (${c.band}; ${c.zone.replace("Time zone: ", "")}): ${c.reasons.map((r) => `${r.main ? "●" : "○"} ${r.text}`).join(" | ")}${c.caveat ? ` [${c.caveat}]` : ""}`,
    )
    .join("\n");

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * "<action>: <name>", the accessible name of a per-person button. Chromium puts a space before
 * the colon in some of them (the visible words and the visually hidden name are separate flex
 * items), so the match allows one.
 */
const actionName = (action: string, name: string) => new RegExp(`^${action}\\s*:\\s*${escapeRegExp(name)}`);

/** The card's "Save for later" / "Saved" toggle (its name ends in the person's name). */
const saveButton = (card: Locator) => card.getByRole("button", { name: /^(Save for later|Saved)\s*:/ });
const notForMe = (card: Locator, name: string) => card.getByRole("button", { name: actionName("Not for me", name) });

/** Clean-up through the API with the page's own session, whatever state the test left. */
async function apiCleanUp(page: Page, id: string, what: "save" | "dismiss"): Promise<void> {
  const response = await page.request.delete(`/api/matches/${encodeURIComponent(id)}/${what}`);
  expect(response.status(), `DELETE /api/matches/${id}/${what}`).toBe(204);
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe("the demo mentee's matches", () => {
  it(
    "shows mentors first, each with a band, two to four reasons in words (main ones marked) and a friendly time zone",
    { timeout: TEST_TIMEOUT },
    async () => {
      const page = await demoPage();
      await openMatches(page);

      const tabs = roleTabs(page);
      await expect.poll(() => tabs.getByRole("link", { name: "Mentors for you" }).getAttribute("aria-current")).toBe("page");
      await expect.poll(() => tabs.getByRole("link", { name: "Peers" }).count()).toBe(1);
      expect(await tabs.getByRole("link", { name: "Peers" }).getAttribute("aria-current")).toBeNull();
      await textOf(results(page).locator("h2")).toBe("Mentors for you");
      await textOf(results(page).getByRole("status")).toMatch(/^\d+ mentors?, best match first$/);

      const cards = await expectCards(page, 3);
      console.log(`[matches] demo mentee, ${cards.length} mentors:\n${describeCards(cards)}`);
      expectExplained(cards);
      // The demo seeks four goals: the list explains which of them mentors cover, in words.
      const coverage = cards.flatMap((c) => c.reasons.map((r) => r.text)).filter((text) => text.startsWith("Covers "));
      expect(coverage.length, "mentors covering the demo's goals").toBeGreaterThanOrEqual(1);
      for (const text of coverage)
        expect(text).toMatch(/^Covers (your goal|both of your goals|all \d+ of your goals|\d+ of your \d+ goals)\b/);
      // Ranked best first: no band is better than the one above it.
      const rank = { "Strong match": 3, "Good match": 2, "Fair match": 1 } as Record<string, number>;
      const bands = cards.map((c) => rank[c.band]!);
      expect(bands, "bands best first").toEqual([...bands].sort((a, b) => b - a));
      // Nobody twice, and not the demo herself.
      expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
      expect(cards.map((c) => c.name)).not.toContain(demo.name);

      // The demo has an identity preference: one neutral line for the whole list, none on a card.
      const affinityLine = "Your identity preferences shape this ranking. We never show which suggestions they affected.";
      await textOf(results(page).locator("p").filter({ hasText: "identity preferences" })).toBe(affinityLine);
      for (const card of cards) expect(card.text, `card of ${card.name}`).not.toMatch(/identity preference/i);

      // What the bands and dots mean, in words, one click away.
      const legend = results(page).locator("details");
      expect(await legend.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      await legend.locator("summary").click();
      await textOf(legend).toContain("Strong match: Among the best-fitting tenth of all the pairs this community could make.");
      expect(await legend.textContent()).not.toMatch(/%/);
      await screenshot(page, "matches-demo-mentee");
      await expectNoSeriousAxeViolations(page, "/matches (mentee tab, legend open)");
    },
  );

  it("switches to the Peers tab, which takes aria-current", { timeout: TEST_TIMEOUT }, async () => {
    const page = await demoPage();
    await openMatches(page);

    await roleTabs(page).getByRole("link", { name: "Peers" }).click();
    await page.waitForURL((url) => url.pathname === "/matches" && url.searchParams.get("role") === "peer", { timeout: STEP_TIMEOUT });
    const tabs = roleTabs(page);
    await expect.poll(() => tabs.getByRole("link", { name: "Peers" }).getAttribute("aria-current"), { timeout: STEP_TIMEOUT }).toBe("page");
    expect(await tabs.getByRole("link", { name: "Mentors for you" }).getAttribute("aria-current")).toBeNull();
    await hydrated(page);

    if ((await visibleCards(page).count()) > 0) {
      await textOf(results(page).locator("h2")).toBe("Peers");
      const cards = await readCards(page);
      expectExplained(cards);
      console.log(`[matches] demo peer, ${cards.length} peers:\n${describeCards(cards)}`);
    } else {
      // A sensible empty state: it says what to do next.
      await textOf(page.locator("main h2").filter({ hasText: /peers/i })).toMatch(/No peers to suggest yet|Mark more ways of meeting/);
    }
    await screenshot(page, "matches-demo-peers");
    await expectNoSeriousAxeViolations(page, "/matches?role=peer");
  });

  it("saves someone for later, keeps them saved after a reload, and removes them again", { timeout: TEST_TIMEOUT }, async () => {
    const page = await demoPage();
    await openMatches(page);
    const [first] = await expectCards(page, 1);
    const { id, name } = first!;
    const card = cardOf(page, id);
    // Leaves no saved state behind, even when a step below fails.
    try {
      await expect.poll(() => savedSection(page).getByRole("link", { name, exact: true }).count()).toBe(0);
      await textOf(saveButton(card)).toContain("Save for later");

      await saveButton(card).click();
      await textOf(saveButton(card), STEP_TIMEOUT).toMatch(/^★\s*Saved/);
      await textOf(savedSection(page).locator("h2"), STEP_TIMEOUT).toBe("Saved for later");
      await expect.poll(() => savedSection(page).getByRole("link", { name, exact: true }).count(), { timeout: STEP_TIMEOUT }).toBe(1);
      await textOf(page.locator("main").getByRole("link", { name: /^Saved for later \(\d+\)$/ }), STEP_TIMEOUT).toMatch(
        /Saved for later \(\d+\)/,
      );
      await screenshot(page, "matches-demo-saved");

      await page.reload();
      await textOf(page.locator("main h1"), STEP_TIMEOUT).toBe("Matches");
      await hydrated(page);
      await textOf(saveButton(cardOf(page, id)), STEP_TIMEOUT).toMatch(/^★\s*Saved/);
      await expect.poll(() => savedSection(page).getByRole("link", { name, exact: true }).count(), { timeout: STEP_TIMEOUT }).toBe(1);

      await savedSection(page)
        .getByRole("button", { name: actionName("Remove", name) })
        .click();
      await expect.poll(() => savedSection(page).getByRole("link", { name, exact: true }).count(), { timeout: STEP_TIMEOUT }).toBe(0);
      await textOf(saveButton(cardOf(page, id)), STEP_TIMEOUT).toMatch(/^☆\s*Save for later/);

      await page.reload();
      await textOf(page.locator("main h1"), STEP_TIMEOUT).toBe("Matches");
      await textOf(saveButton(cardOf(page, id)), STEP_TIMEOUT).toMatch(/^☆\s*Save for later/);
      expect(await savedSection(page).getByRole("link", { name, exact: true }).count()).toBe(0);
    } finally {
      await apiCleanUp(page, id, "save");
    }
  });

  it('hides a card with "Not for me", offers Undo in a live notice, and Undo brings it back', { timeout: TEST_TIMEOUT }, async () => {
    const page = await demoPage();
    await openMatches(page);
    const cards = await expectCards(page, 2);
    const { id, name } = cards[1]!;
    let axeFinding: unknown = null;
    try {
      await notForMe(cardOf(page, id), name).click();
      await expect.poll(() => cardOf(page, id).isVisible(), { timeout: STEP_TIMEOUT }).toBe(false);
      await textOf(notice(page), STEP_TIMEOUT).toContain(`${name} is hidden from your suggestions for 90 days.`);
      const undo = notice(page).getByRole("button", { name: actionName("Undo", `show ${name} again`) });
      await expect.poll(() => undo.isVisible(), { timeout: STEP_TIMEOUT }).toBe(true);
      // Its card (and the button that had focus) is gone, so Undo takes focus.
      await expect.poll(() => undo.evaluate((el) => el === document.activeElement), { timeout: STEP_TIMEOUT }).toBe(true);
      // Wait for the server to confirm (the card leaves the list) before checking and undoing.
      await expect.poll(() => cardOf(page, id).count(), { timeout: STEP_TIMEOUT }).toBe(0);
      // The notice keeps the card's place (second), and Undo keeps focus as the card leaves.
      await expect.poll(() => results(page).locator("ol > li:not([hidden])").nth(1).locator("[data-match-notice]").count()).toBe(1);
      expect(await undo.evaluate((el) => el === document.activeElement), "Undo keeps focus").toBe(true);
      await screenshot(page, "matches-demo-not-for-me");
      // Reported at the end, so that a finding here does not hide whether Undo works.
      axeFinding = await expectNoSeriousAxeViolations(page, "/matches with the Undo notice open").then(
        () => null,
        (error: unknown) => error,
      );

      await undo.click();
      await textOf(notice(page), STEP_TIMEOUT).toContain(`${name} is back in your suggestions.`);
      await expect.poll(() => cardOf(page, id).isVisible(), { timeout: STEP_TIMEOUT }).toBe(true);
      // Back where it was: second.
      expect((await readCards(page)).map((c) => c.id).indexOf(id)).toBe(1);
      // Focus goes back to the card's own "Not for me".
      await expect
        .poll(() => notForMe(cardOf(page, id), name).evaluate((el) => el === document.activeElement), {
          timeout: STEP_TIMEOUT,
        })
        .toBe(true);
    } finally {
      await apiCleanUp(page, id, "dismiss");
    }
    if (axeFinding) throw axeFinding;
  });

  it("keeps a dismissed person hidden after a reload until the dismissal is undone", { timeout: TEST_TIMEOUT }, async () => {
    const page = await demoPage();
    await openMatches(page);
    const cards = await expectCards(page, 3);
    const { id, name } = cards[2]!;
    try {
      await notForMe(cardOf(page, id), name).click();
      await textOf(notice(page), STEP_TIMEOUT).toContain(`${name} is hidden from your suggestions for 90 days.`);
      await expect.poll(() => cardOf(page, id).count(), { timeout: STEP_TIMEOUT }).toBe(0);

      await page.reload();
      await textOf(page.locator("main h1"), STEP_TIMEOUT).toBe("Matches");
      await expectCards(page, 1);
      expect(await cardOf(page, id).count(), `${name} stays hidden after a reload`).toBe(0);
      expect(await notice(page).count(), "no notice after a reload").toBe(0);
    } finally {
      await apiCleanUp(page, id, "dismiss");
    }
    await page.reload();
    await textOf(page.locator("main h1"), STEP_TIMEOUT).toBe("Matches");
    await expect.poll(() => cardOf(page, id).isVisible(), { timeout: STEP_TIMEOUT }).toBe(true);
  });

  it('on a phone, the "Not for me" notice takes the card\'s place and covers no other card', { timeout: TEST_TIMEOUT }, async () => {
    const page = await demoPage({ viewport: MOBILE });
    await openMatches(page);
    const cards = await expectCards(page, 3);
    const { id, name } = cards[0]!;
    try {
      const button = notForMe(cardOf(page, id), name);
      await button.scrollIntoViewIfNeeded();
      await button.click();
      await textOf(notice(page), STEP_TIMEOUT).toContain(`${name} is hidden from your suggestions for 90 days.`);
      await expect.poll(() => cardOf(page, id).count(), { timeout: STEP_TIMEOUT }).toBe(0);
      const undo = notice(page).getByRole("button", { name: actionName("Undo", `show ${name} again`) });
      await expect.poll(() => undo.evaluate((el) => el === document.activeElement), { timeout: STEP_TIMEOUT }).toBe(true);

      // Part of the page, not pinned over it: nothing it could cover while the person scrolls.
      const pinned = await notice(page).evaluate((el) => {
        for (let node: Element | null = el; node; node = node.parentElement) {
          if (["fixed", "sticky"].includes(getComputedStyle(node).position)) return true;
        }
        return false;
      });
      expect(pinned, "the notice is pinned to the screen").toBe(false);
      // Where the card was, in view, and overlapping no card.
      const box = (await notice(page).boundingBox())!;
      expect(box.y, "the notice is in view").toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, "the notice is in view").toBeLessThanOrEqual(MOBILE.height);
      for (const card of await visibleCards(page).all()) {
        const other = (await card.boundingBox())!;
        const overlap =
          box.y < other.y + other.height && other.y < box.y + box.height && box.x < other.x + other.width && other.x < box.x + box.width;
        expect(overlap, `the notice overlaps the card of ${await card.locator("h3 a").textContent()}`).toBe(false);
      }
      await page.screenshot({ path: `${SCREENSHOT_DIR}/matches-demo-not-for-me-390.png` });
      await expectNoSeriousAxeViolations(page, "/matches at 390 px with the Not-for-me notice");

      await undo.click();
      await textOf(notice(page), STEP_TIMEOUT).toContain(`${name} is back in your suggestions.`);
      await expect.poll(() => cardOf(page, id).isVisible(), { timeout: STEP_TIMEOUT }).toBe(true);
      expect((await readCards(page)).map((c) => c.id).indexOf(id), "back in first place").toBe(0);
    } finally {
      await apiCleanUp(page, id, "dismiss");
    }
  });

  it(
    "opens a person's page from a card: the same band and reasons, Save, Not for me, Ask to connect, and the way back to the filtered list",
    { timeout: TEST_TIMEOUT },
    async () => {
      const page = await demoPage();
      const list = "/matches?role=mentee&goal=tenure-promotion";
      await openMatches(page, "?role=mentee&goal=tenure-promotion");
      const [card] = await expectCards(page, 1);
      await cardOf(page, card!.id).locator("h3 a").click();
      await page.waitForURL((url) => url.pathname === `/people/${card!.id}`, { timeout: STEP_TIMEOUT });
      await textOf(page.locator("main h1"), STEP_TIMEOUT).toContain(card!.name);
      await waitForHydrationOf(page, "main section[aria-labelledby='person-fit'] button", STEP_TIMEOUT);

      const fit = page.locator("main section[aria-labelledby='person-fit']");
      await textOf(fit.locator("h2")).toBe("Why you might fit");
      // The same band and the same reasons, main marks included, as on the card.
      await textOf(fit).toContain(card!.band);
      expect(await reasonsIn(fit.locator("ul[aria-labelledby='person-fit']"))).toEqual(card!.reasons);
      const meanings: Record<string, string> = {
        "Strong match": "Among the best-fitting tenth",
        "Good match": "Fits better than most",
        "Fair match": "Works for both of you",
      };
      await textOf(fit).toContain(meanings[card!.band]!);
      expect(await fit.textContent()).not.toMatch(/%/);
      if (card!.caveat) await textOf(fit).toContain(card!.caveat);
      // What the viewer can do from here.
      expect(await fit.getByRole("button", { name: actionName("Ask to connect", card!.name) }).count()).toBe(1);
      expect(await saveButton(fit).count()).toBe(1);
      expect(await notForMe(fit, card!.name).count()).toBe(1);
      // Their zone by its friendly name, with their time now.
      await textOf(page.locator("main dd").filter({ hasText: card!.zone.replace(/^Time zone: /, "").split(" · ")[0]! })).toMatch(
        / · their time now (Mon|Tue|Wed|Thu|Fri|Sat|Sun) /,
      );

      await screenshot(page, "person-from-matches");
      await expectNoSeriousAxeViolations(page, `/people/${card!.id}`);
      await page.setViewportSize(MOBILE);
      await screenshot(page, "person-from-matches-390");
      await expectNoSeriousAxeViolations(page, `/people/${card!.id} at 390 px`);

      // Back to the list it came from, filters and all.
      const back = page.getByRole("link", { name: "Back to suggestions" });
      expect(await back.getAttribute("href")).toBe(list);
      await back.click();
      await page.waitForURL((url) => url.pathname === "/matches" && url.searchParams.get("goal") === "tenure-promotion", {
        timeout: STEP_TIMEOUT,
      });
      await expectCards(page, 1);
    },
  );

  it("filters by one of the demo's goals, keeps every card explained, and clears the filter", { timeout: TEST_TIMEOUT }, async () => {
    const page = await demoPage();
    await openMatches(page);
    const goalSelect = page.getByLabel("Goal", { exact: true });
    // The demo's own goals come first, in their own group.
    const own = await goalSelect
      .locator('optgroup[label="Your goals"] option')
      .evaluateAll((options) => options.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? "" })));
    expect(own.map((o) => o.value).sort()).toEqual([
      "research-publishing",
      "teaching-instruction",
      "tenure-promotion",
      "work-life-balance",
    ]);
    const goal = own.find((o) => o.value === "tenure-promotion")!;

    await goalSelect.selectOption(goal.value);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL((url) => url.searchParams.get("goal") === goal.value, { timeout: STEP_TIMEOUT });
    expect(new URL(page.url()).searchParams.get("role")).toBe("mentee");
    await expect.poll(() => goalSelect.inputValue(), { timeout: STEP_TIMEOUT }).toBe(goal.value);
    await textOf(results(page).getByRole("status"), STEP_TIMEOUT).toMatch(/^\d+ mentors? matching your filters, best match first$/);

    const cards = await expectCards(page, 1);
    expectExplained(cards);
    // Everyone left can help with the goal: where goal coverage is explained, it names it.
    for (const card of cards) {
      const coverage = card.reasons.find((r) => r.text.startsWith("Covers "));
      if (coverage) expect(coverage.text, `card of ${card.name}`).toContain(goal.label);
    }
    await screenshot(page, "matches-demo-goal-filter");

    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await page.waitForURL((url) => url.pathname === "/matches" && !url.searchParams.has("goal"), { timeout: STEP_TIMEOUT });
    await expect.poll(() => goalSelect.inputValue(), { timeout: STEP_TIMEOUT }).toBe("");
    await textOf(results(page).getByRole("status"), STEP_TIMEOUT).toMatch(/^\d+ mentors?, best match first$/);
    await expectCards(page, 3);
  });

  it(
    "offers only the ways of meeting the demo accepts; a hand-edited refused one explains the empty list",
    { timeout: TEST_TIMEOUT },
    async () => {
      const page = await demoPage();
      await openMatches(page);
      const formats = await page
        .getByLabel("Way of meeting", { exact: true })
        .locator("option")
        .evaluateAll((options) => options.map((o) => o.textContent?.trim() ?? ""));
      expect(formats[0]).toBe("Any way");
      expect(formats).toContain("Video call");
      expect(formats, "the demo said no to meeting in person").not.toContain("In person");

      // A bookmarked or hand-edited address with the refused format: nobody, and how to get out.
      await openMatches(page, "?role=mentee&format=inPerson");
      expect(await visibleCards(page).count()).toBe(0);
      await textOf(page.locator("main h2").filter({ hasText: "No mentors match these filters" })).toBe("No mentors match these filters");
      await textOf(page.locator("main")).toContain("No suggestion fits that way of meeting.");
      const clear = page.locator("main").getByRole("link", { name: "Clear filters" });
      expect(await clear.count()).toBeGreaterThanOrEqual(1);
      expect(await clear.last().getAttribute("href")).toBe("/matches?role=mentee");
      await screenshot(page, "matches-demo-refused-format");
      await expectNoSeriousAxeViolations(page, "/matches?format=inPerson (clear-filters empty state)");

      await clear.last().click();
      await page.waitForURL((url) => url.pathname === "/matches" && !url.searchParams.has("format"), { timeout: STEP_TIMEOUT });
      await expectCards(page, 3);
    },
  );
});

describe("someone without a profile", () => {
  it("is asked to finish their profile, with a link to the onboarding wizard", { timeout: TEST_TIMEOUT }, async () => {
    const page = await browsing.newPage();
    const person = { name: "Mira Matchless", email: uniqueEmail("matches"), password: "copper-meadow-lantern-58" };
    const since = new Date();
    await signUpViaUi(page, person);
    await confirmSignUp(page, await latestEmailLink(person.email, { since }), person.password);
    await waitForPath(page, "/onboarding/roles", STEP_TIMEOUT);

    await openMatches(page);
    await textOf(page.locator("main h2").filter({ hasText: "Finish your profile" })).toBe("Finish your profile to see matches");
    const link = page.locator("main").getByRole("link", { name: /^(Set up your profile|Continue setting up)$/ });
    expect(await link.getAttribute("href")).toBe("/onboarding");
    // Nothing to filter or switch between yet.
    expect(await roleTabs(page).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Apply filters" }).count()).toBe(0);
    expect(await visibleCards(page).count()).toBe(0);
    await screenshot(page, "matches-no-profile");
    await expectNoSeriousAxeViolations(page, "/matches (finish-your-profile empty state)");

    await link.click();
    await page.waitForURL((url) => url.pathname.startsWith("/onboarding"), { timeout: STEP_TIMEOUT });
    expect(pathOf(page)).toMatch(/^\/onboarding/);
  });
});
