// Issue 7, finding 6: nothing a member receives about another person may tell apart what that
// person keeps to "matching only". Each test proves a negative and checks its own positive
// control (the person concerned is in the answer, the shown attribute is named).
import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => import("./support/fake-session"));

import { GET as getMatches } from "@/app/api/matches/route";
import { PUT as putSection } from "@/app/api/profile/[section]/route";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { getSuggestions } from "@/lib/matches/get-suggestions";
import { matchLabels } from "@/lib/matches/labels";
import { loadCandidates, loadMatchProfile } from "@/lib/matches/load-profiles";
import { suggestionForPair } from "@/lib/matches/pair-suggestion";
import { suggest, type Reason } from "@/lib/matching";
import { saveProfileSection } from "@/lib/profiles/save-profile";
import { actAs } from "./support/fake-session";
import { MENTOR_ROLES, createMember, createUser } from "./support/people";

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
type Body = {
  suggestions: {
    person: { id: string };
    band: string;
    reasons: { component: string; text: string; main: boolean }[];
    caveat: string | null;
  }[];
};

async function matchesFor(user: CurrentUser, query = "?role=mentee&limit=50"): Promise<{ raw: string; body: Body }> {
  actAs(user);
  const response = await getMatches(new Request(`http://test/api/matches${query}`), ctx({}));
  expect(response.status).toBe(200);
  const raw = await response.text();
  return { raw, body: JSON.parse(raw) };
}
const entry = (body: Body, id: string) => body.suggestions.find((s) => s.person.id === id);

/**
 * The reasons as the matcher builds them, before they leave the server: with each one's internal
 * share of what reasons may speak for. Only words and a main mark reach a member, but a
 * matching-only attribute must not move even the share (a share that moved could one day move a
 * word or a mark), so the tests below compare these too.
 */
async function internalReasons(viewer: CurrentUser): Promise<Map<string, Reason[]>> {
  const me = (await loadMatchProfile(viewer.id))!;
  const candidates = await loadCandidates(me.match, "mentee");
  const { suggestions } = suggest({
    viewer: me.match,
    role: "mentee",
    candidates: candidates.map((c) => c.match),
    labels: await matchLabels(),
    k: 50,
  });
  return new Map(suggestions.map((s) => [s.candidateId, s.reasons]));
}
const ids = (body: Body) => body.suggestions.map((s) => s.person.id);

const MENTOR = {
  roles: MENTOR_ROLES,
  goals: { seeks: [], offers: [{ goalAreaId: "tenure-promotion" }, { goalAreaId: "research-publishing" }], learns: [] },
  background: { careerStage: "SENIOR" as const, institution: "Harbor City College" },
};
// Another time zone keeps shared hours small, so an identity reason has room among the first few.
const mentorWith = (name: string, identities: { attributeId: string; visibility: "PRIVATE" | "MATCHING" | "SHOWN" }[]) =>
  createMember(name, { ...MENTOR, timeZone: "Europe/London", identity: { identities, affinities: [] } });

let seeker: CurrentUser; // prefers shared caregiver and neurodivergent (holds both, matching only)
let shownOnly: CurrentUser; // shows caregiver
let shownAndHidden: CurrentUser; // shows caregiver, and keeps neurodivergent to matching only
let hiddenOnly: CurrentUser; // keeps caregiver to matching only
let plain: CurrentUser; // nothing at all

beforeAll(async () => {
  seeker = await createMember("Sol Seeker", {
    goals: { seeks: [{ goalAreaId: "tenure-promotion" }, { goalAreaId: "research-publishing" }] },
    identity: {
      identities: [
        { attributeId: "caregiver", visibility: "MATCHING" },
        { attributeId: "neurodivergent", visibility: "MATCHING" },
      ],
      affinities: [
        { attributeId: "caregiver", preference: "SHARED", required: false },
        { attributeId: "neurodivergent", preference: "SHARED", required: false },
      ],
    },
  });
  shownOnly = await mentorWith("Ada Shown", [{ attributeId: "caregiver", visibility: "SHOWN" }]);
  shownAndHidden = await mentorWith("Bea Both", [
    { attributeId: "caregiver", visibility: "SHOWN" },
    { attributeId: "neurodivergent", visibility: "MATCHING" },
  ]);
  hiddenOnly = await mentorWith("Cy Hidden", [{ attributeId: "caregiver", visibility: "MATCHING" }]);
  plain = await mentorWith("Dee Plain", []);
});

describe("reasons", () => {
  it("read exactly the same with and without a matching-only attribute on the other side", async () => {
    const { raw, body } = await matchesFor(seeker);
    for (const person of [shownOnly, shownAndHidden, hiddenOnly, plain]) expect(ids(body)).toContain(person.id);

    // The extra matching-only attribute changes nothing a member receives: same texts, order, main marks.
    expect(entry(body, shownAndHidden.id)!.reasons).toEqual(entry(body, shownOnly.id)!.reasons);
    // Held only for matching, it is not even hinted at: the reasons equal those of someone without it.
    expect(entry(body, hiddenOnly.id)!.reasons).toEqual(entry(body, plain.id)!.reasons);
    // Nor inside the server: the same reasons with the same internal shares.
    const internal = await internalReasons(seeker);
    expect(internal.get(shownAndHidden.id)).toEqual(internal.get(shownOnly.id));
    expect(internal.get(hiddenOnly.id)).toEqual(internal.get(plain.id));
    // Positive control: the comparison does see shares (reasons with the same words differ here).
    expect(internal.get(shownOnly.id)!.map((r) => r.share)).not.toEqual(internal.get(plain.id)!.map((r) => r.share));
    // The old wording counted what it could not name.
    expect(raw).not.toMatch(/more preference|identity preference|Neurodivergent|neurodivergent/);
  });

  it("name an attribute the other person shows, and never one they keep to matching only", async () => {
    // One preference, so its reason is among the first few (positive control for the test above).
    const single = await createMember("Uma Single", {
      goals: { seeks: [{ goalAreaId: "tenure-promotion" }, { goalAreaId: "research-publishing" }] },
      identity: {
        identities: [{ attributeId: "caregiver", visibility: "MATCHING" }],
        affinities: [{ attributeId: "caregiver", preference: "SHARED", required: false }],
      },
    });
    const { body } = await matchesFor(single);
    const texts = (id: string) => entry(body, id)!.reasons.map((r) => r.text);
    expect(texts(shownOnly.id)).toContain("Shares what you asked for: Caregiver");
    expect(texts(shownAndHidden.id)).toContain("Shares what you asked for: Caregiver");
    expect(entry(body, hiddenOnly.id)!.reasons).toEqual(entry(body, plain.id)!.reasons);
    const internal = await internalReasons(single);
    expect(internal.get(hiddenOnly.id)).toEqual(internal.get(plain.id));
    expect(texts(hiddenOnly.id).join(" ")).not.toMatch(/Caregiver|preference/);
  });

  it("still let matching-only attributes move people in the ranking, silently", async () => {
    const { body } = await matchesFor(seeker);
    const order = ids(body);
    expect(order.indexOf(shownAndHidden.id)).toBeLessThan(order.indexOf(shownOnly.id));
    expect(order.indexOf(hiddenOnly.id)).toBeLessThan(order.indexOf(plain.id));
  });
});

describe("what leaves the server", () => {
  // A reason's share is internal too: a number beside a reason reads as a match rate, and it is
  // finer than anything a member needs (issue 9).
  const FORBIDDEN_KEYS = ["score", "scoreInt", "components", "value", "weight", "weighted", "facts", "identity", "affinity", "share"];
  const keysOf = (value: unknown, into = new Set<string>()): Set<string> => {
    if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
    else if (value && typeof value === "object") {
      for (const [key, v] of Object.entries(value)) {
        into.add(key);
        keysOf(v, into);
      }
    }
    return into;
  };

  it("is the band and the reasons, never a raw score or component values", async () => {
    const { raw, body } = await matchesFor(seeker);
    expect(body.suggestions.length).toBeGreaterThan(3);
    const keys = keysOf(body);
    for (const key of FORBIDDEN_KEYS) expect(keys.has(key), `key "${key}" in /api/matches`).toBe(false);
    expect(raw).not.toMatch(/"score"/);
    for (const s of body.suggestions) {
      expect(["strong", "good", "fair"]).toContain(s.band);
      // Words only: no share or rate in a reason (no "32% of the match", no "0.32"); clock times
      // such as "6 to 9 pm" are words about the week, not about the match.
      for (const r of s.reasons) expect(r.text).not.toMatch(/%|\d\.\d|percent|score/i);
    }
  });

  it("is the same for the one-pair check", async () => {
    const pair = await suggestionForPair(seeker, shownAndHidden.id);
    expect(pair).not.toBeNull();
    const keys = keysOf(pair);
    for (const key of FORBIDDEN_KEYS) expect(keys.has(key), `key "${key}" in a pair suggestion`).toBe(false);
  });
});

describe("a required preference", () => {
  it("is met only by an attribute the other person shows; matching-only never decides who appears", async () => {
    const onlyShared = await createMember("Rae Required", {
      goals: { seeks: [{ goalAreaId: "tenure-promotion" }] },
      identity: {
        identities: [{ attributeId: "caregiver", visibility: "MATCHING" }],
        affinities: [{ attributeId: "caregiver", preference: "SHARED", required: true }],
      },
    });
    const shared = ids((await matchesFor(onlyShared)).body);
    expect(shared).toContain(shownOnly.id);
    expect(shared).toContain(shownAndHidden.id);
    expect(shared).not.toContain(hiddenOnly.id);
    expect(shared).not.toContain(plain.id);

    const onlyDifferent = await createMember("Dev Different", {
      goals: { seeks: [{ goalAreaId: "tenure-promotion" }] },
      identity: { identities: [], affinities: [{ attributeId: "caregiver", preference: "DIFFERENT", required: true }] },
    });
    const different = ids((await matchesFor(onlyDifferent)).body);
    // Keeping caregiver to matching only must not get anyone left out, or the list would name them.
    expect(different).toContain(hiddenOnly.id);
    expect(different).toContain(plain.id);
    expect(different).not.toContain(shownOnly.id);
    // Ranked below the plain mentor, since the difference still counts for the score.
    expect(different.indexOf(plain.id)).toBeLessThan(different.indexOf(hiddenOnly.id));
  });
});

describe('"prefer someone who shares this"', () => {
  const identity = (visibility: "PRIVATE" | "MATCHING" | "SHOWN" | null, required = false) => ({
    identities: visibility ? [{ attributeId: "lgbtq", visibility }] : [],
    affinities: [{ attributeId: "lgbtq", preference: "SHARED", required }],
  });
  const put = (body: unknown) =>
    putSection(
      new Request("http://test/api/profile/identity", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      ctx({ section: "identity" }),
    );

  it("is refused with a 400 naming the field unless one holds the attribute for matching, and nothing is stored", async () => {
    const user = await createMember("Pat Prober", { goals: { seeks: [{ goalAreaId: "tenure-promotion" }] } });
    const before = ids((await matchesFor(user)).body);
    actAs(user);
    for (const [visibility, required] of [
      [null, false],
      [null, true],
      ["PRIVATE", false],
    ] as const) {
      const response = await put(identity(visibility, required));
      expect(response.status).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe("VALIDATION");
      expect(error.fields["affinities.0.preference"]).toEqual([expect.stringMatching(/This describes me/)]);
    }
    expect(await db.profileAffinity.count({ where: { profileId: user.id } })).toBe(0);
    expect(await db.matchingAffinity.count({ where: { profileId: user.id } })).toBe(0);
    // The list did not narrow to the people who hold it.
    expect(ids((await matchesFor(user)).body)).toEqual(before);

    // The same service the pages use refuses it too.
    const refused = await saveProfileSection(user, "identity", identity(null)).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code === "VALIDATION" && refused.fields?.["affinities.0.preference"]).toBeTruthy();

    // Holding it for matching (or shown) makes it valid; "prefer different" never needs it.
    actAs(user);
    expect((await put(identity("MATCHING"))).status).toBe(200);
    expect((await put(identity("SHOWN", true))).status).toBe(200);
    expect((await put({ identities: [], affinities: [{ attributeId: "lgbtq", preference: "DIFFERENT", required: true }] })).status).toBe(
      200,
    );
  });
});

describe("suggestionForPair", () => {
  it("gives the same band and reasons as the list, for that one pair", async () => {
    const { body } = await matchesFor(seeker);
    for (const person of [shownOnly, shownAndHidden, hiddenOnly, plain]) {
      const listed = entry(body, person.id)!;
      expect(await suggestionForPair(seeker, person.id)).toEqual({
        role: "mentee",
        band: listed.band,
        reasons: listed.reasons,
        caveat: listed.caveat,
      });
    }
    // The other way round: the mentor sees the seeker as a mentee, with no word about identity.
    const back = await suggestionForPair(shownOnly, seeker.id);
    expect(back?.role).toBe("mentor");
    expect(JSON.stringify(back)).not.toMatch(/caregiver|neurodivergent|affinity/i);
  });

  it("is null for oneself, unknown or unfinished people, a role mismatch, a block either way and a dismissal", async () => {
    expect(await suggestionForPair(seeker, seeker.id)).toBeNull();
    expect(await suggestionForPair(seeker, "no-such-person")).toBeNull();
    const unfinished = await createUser();
    expect(await suggestionForPair(seeker, unfinished.id)).toBeNull();
    // Mentors are never suggested to mentors.
    expect(await suggestionForPair(shownOnly, plain.id)).toBeNull();
    // Only the role asked for.
    expect(await suggestionForPair(seeker, plain.id, "peer")).toBeNull();

    const blocked = await mentorWith("Bo Blocked", []);
    const blocker = await mentorWith("Bi Blocker", []);
    const dismissed = await mentorWith("Di Dismissed", []);
    for (const person of [blocked, blocker, dismissed]) expect(await suggestionForPair(seeker, person.id)).not.toBeNull();
    await db.block.createMany({
      data: [
        { blockerId: seeker.id, blockedId: blocked.id },
        { blockerId: blocker.id, blockedId: seeker.id },
      ],
    });
    await db.matchDismissal.create({
      data: { userId: seeker.id, candidateId: dismissed.id, hiddenUntil: new Date(Date.now() + 86_400_000) },
    });
    for (const person of [blocked, blocker, dismissed]) expect(await suggestionForPair(seeker, person.id)).toBeNull();
    // A paused mentor is not a suggestion either.
    await saveProfileSection(plain, "roles", { ...MENTOR_ROLES, acceptingRequests: false });
    expect(await suggestionForPair(seeker, plain.id)).toBeNull();
    await saveProfileSection(plain, "roles", MENTOR_ROLES);
    expect(await suggestionForPair(seeker, plain.id)).not.toBeNull();
  });

  it("agrees with the list on who is eligible, for every pair in a small community", async () => {
    const people = [seeker, shownOnly, shownAndHidden, hiddenOnly, plain];
    for (const viewer of people) {
      const list = await getSuggestions(viewer, { limit: 50 });
      const listed = new Set(list.suggestions.map((s) => s.person.id));
      for (const other of people) {
        const pair = await suggestionForPair(viewer, other.id, list.role ?? undefined);
        expect(pair !== null, `${viewer.name} → ${other.name}`).toBe(listed.has(other.id));
      }
    }
  });
});
