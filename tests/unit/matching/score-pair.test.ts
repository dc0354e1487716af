import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COMPONENTS,
  DEFAULT_WEIGHTS,
  scorePair,
  scorePeers,
  zoneOffsetMinutes,
  type ComponentName,
  type ComponentResult,
  type PairScore,
} from "@/lib/matching";
import { makeProfile, mentee, mentor, profileBodyArb } from "./arbitraries";

const JAN = Date.UTC(2025, 0, 15, 12); // northern winter
const JUL = Date.UTC(2025, 6, 15, 12); // northern summer
const get = (s: PairScore, name: ComponentName) => s.components.find((c) => c.name === name)! as ComponentResult;
const score = (e = mentee("e1"), m = mentor("m1")) => scorePair(e, m, { at: JAN });

describe("goalCoverage", () => {
  it("is the share of the mentee's goals the mentor offers, with the covered ids", () => {
    const s = score(mentee("e1", { seeks: ["g1", "g2", "g3", "g4"] }), mentor("m1", { offers: ["g3", "g1", "g9"] }));
    expect(get(s, "goalCoverage").value).toBe(0.5);
    expect(get(s, "goalCoverage").facts).toEqual({ covered: ["g1", "g3"], total: 4, fromOffers: ["g1", "g3"], fromSeeks: [] });
  });
  it("is 0 without goals", () => {
    expect(get(score(mentee("e1"), mentor("m1", { offers: ["g1"] })), "goalCoverage").value).toBe(0);
  });
});

describe("formatFit", () => {
  const no = { video: "NO", phone: "NO", inPerson: "NO", email: "NO", asyncChat: "NO" } as const;
  const fit = (a: Partial<typeof no>, b: Partial<typeof no>) =>
    get(score(mentee("e1", { formats: { ...no, ...a } as never }), mentor("m1", { formats: { ...no, ...b } as never })), "formatFit");
  it("ranks both-preferred over one-preferred over both-fine", () => {
    const both = fit({ video: "PREFERRED" as never }, { video: "PREFERRED" as never }).value;
    const one = fit({ video: "PREFERRED" as never }, { video: "FINE" as never }).value;
    const fine = fit({ video: "FINE" as never }, { video: "FINE" as never }).value;
    expect(both).toBe(1);
    expect(both).toBeGreaterThan(one);
    expect(one).toBeGreaterThan(fine);
  });
  it("counts an email-only pairing half", () => {
    expect(fit({ email: "PREFERRED" as never }, { email: "PREFERRED" as never }).value).toBe(0.5);
  });
  it("lists shared preferred and acceptable formats", () => {
    const f = fit({ video: "PREFERRED" as never, phone: "FINE" as never }, { video: "PREFERRED" as never, phone: "PREFERRED" as never });
    expect(f.facts).toEqual({ sharedPreferred: ["video"], sharedAcceptable: ["video", "phone"] });
  });
});

describe("timezoneOverlap", () => {
  it("computes offsets with Intl, DST included", () => {
    expect(zoneOffsetMinutes("America/New_York", JAN)).toBe(-300);
    expect(zoneOffsetMinutes("America/New_York", JUL)).toBe(-240);
    expect(zoneOffsetMinutes("Asia/Kolkata", JAN)).toBe(330);
    expect(Number.isNaN(zoneOffsetMinutes("Not/AZone", JAN))).toBe(true);
  });
  it("is weekly shared free hours / 10, capped at 1, and 0 when no synchronous format is shared", () => {
    // New York evenings (18-21) meet Tokyo's next weekday mornings (8-11; free from 9): 2 h on
    // Tuesday to Friday in Tokyo; New York's Friday evening is Tokyo's Saturday.
    const s = score(
      mentee("e1", { timeZone: "America/New_York", availability: ["WEEKDAY_EVENING"] }),
      mentor("m1", { timeZone: "Asia/Tokyo", availability: ["WEEKDAY_DAYTIME"] }),
    );
    expect(get(s, "timezoneOverlap").value).toBeCloseTo(0.8, 12);
    expect(get(s, "timezoneOverlap").facts).toEqual({
      overlapHours: 8,
      synchronousShared: true,
      zonesKnown: true,
      sharedA: [{ window: "WEEKDAY_EVENING", fromMin: 19 * 60, toMin: 21 * 60 }],
      sharedB: [{ window: "WEEKDAY_DAYTIME", fromMin: 9 * 60, toMin: 11 * 60 }],
    });
    // Same zone, weekday daytime: 40 h a week, far past the cap.
    const same = score(mentee("e1"), mentor("m1"));
    expect(get(same, "timezoneOverlap").value).toBe(1);
    expect(get(same, "timezoneOverlap").facts).toMatchObject({ overlapHours: 40 });
    const asyncOnly = { video: "NO", phone: "NO", inPerson: "NO", email: "PREFERRED", asyncChat: "FINE" } as const;
    const s2 = score(mentee("e1", { formats: asyncOnly }), mentor("m1", { formats: asyncOnly }));
    expect(get(s2, "timezoneOverlap").value).toBe(0);
    expect(get(s2, "timezoneOverlap").facts).toMatchObject({ synchronousShared: false, overlapHours: 0, sharedA: [], sharedB: [] });
  });
  it("is 0 for evening-only and daytime-only people in the same zone, or without any window", () => {
    const s = score(mentee("e1", { availability: ["WEEKDAY_EVENING"] }), mentor("m1", { availability: ["WEEKDAY_DAYTIME"] }));
    expect(get(s, "timezoneOverlap").value).toBe(0);
    expect(get(s, "timezoneOverlap").facts).toMatchObject({ overlapHours: 0, sharedA: [], sharedB: [] });
    expect(get(score(mentee("e1", { availability: [] }), mentor("m1")), "timezoneOverlap").value).toBe(0);
  });
  it("treats an unknown zone as no overlap rather than failing", () => {
    const s = score(mentee("e1", { timeZone: "Mars/Olympus" }), mentor("m1"));
    expect(get(s, "timezoneOverlap").value).toBe(0);
    expect(get(s, "timezoneOverlap").facts).toMatchObject({ zonesKnown: false });
  });
});

describe("careerStageFit", () => {
  const stage = (e: string | null, m: string | null) =>
    get(score(mentee("e1", { careerStage: e as never }), mentor("m1", { careerStage: m as never })), "careerStageFit");
  it("favours a mentor a step ahead, then same stage, then behind", () => {
    const ahead = stage("EARLY_CAREER", "MID_CAREER").value;
    const same = stage("MID_CAREER", "MID_CAREER").value;
    const behind = stage("SENIOR", "EARLY_CAREER").value;
    expect(ahead).toBe(1);
    expect(ahead).toBeGreaterThan(same);
    expect(same).toBeGreaterThan(behind);
    expect(stage("EARLY_CAREER", "MID_CAREER").facts).toMatchObject({ relation: "ahead" });
    expect(stage("LIS_STUDENT", "RETIRED").facts).toMatchObject({ relation: "far-ahead" });
    expect(stage(null, "SENIOR").value).toBe(0);
  });
  it("favours similar stages for peers", () => {
    const peer = (a: string, b: string) =>
      get(
        scorePeers(
          makeProfile({ id: "p1", openToPeer: true, careerStage: a as never }),
          makeProfile({ id: "p2", openToPeer: true, careerStage: b as never }),
          { at: JAN },
        ),
        "careerStageFit",
      ).value;
    expect(peer("MID_CAREER", "MID_CAREER")).toBe(1);
    expect(peer("MID_CAREER", "SENIOR")).toBeLessThan(1);
    expect(peer("LIS_STUDENT", "SENIOR")).toBeLessThan(peer("MID_CAREER", "SENIOR"));
  });
});

describe("sectorFit", () => {
  it("rewards a shared sector and the same position type", () => {
    const s = score(
      mentee("e1", { sectors: ["ACADEMIC", "ARCHIVES"], positionType: "STAFF" }),
      mentor("m1", { sectors: ["ARCHIVES"], positionType: "STAFF" }),
    );
    expect(get(s, "sectorFit").value).toBe(1);
    expect(get(s, "sectorFit").facts).toEqual({ sharedSectors: ["ARCHIVES"], samePositionType: "STAFF" });
    const s2 = score(
      mentee("e1", { sectors: ["PUBLIC"], positionType: "STAFF" }),
      mentor("m1", { sectors: ["PUBLIC"], positionType: "LIBRARIAN" }),
    );
    expect(get(s2, "sectorFit").value).toBeCloseTo(0.7, 12);
  });
});

describe("reciprocalLearning", () => {
  it("counts what the mentor wants to learn that the mentee offers", () => {
    const s = score(mentee("e1", { offers: ["g5", "g6"] }), mentor("m1", { learns: ["g6", "g7"] }));
    expect(get(s, "reciprocalLearning").value).toBe(0.5);
    expect(get(s, "reciprocalLearning").facts).toEqual({ topics: ["g6"] });
    expect(get(score(mentee("e1", { offers: ["g6"] }), mentor("m1")), "reciprocalLearning").value).toBe(0);
  });
});

describe("affinity", () => {
  const withPrefs = mentee("e1", {
    affinity: [
      { attributeId: "a1", preference: "SHARED", required: false },
      { attributeId: "a2", preference: "DIFFERENT", required: false },
      { attributeId: "a3", preference: "NONE", required: false },
    ],
  });
  it("honours SHARED and DIFFERENT, using consented attributes only", () => {
    const m = mentor("m1", { identity: [{ attributeId: "a1", visibility: "SHOWN" }] });
    expect(get(score(withPrefs, m), "affinity").value).toBe(1);
    const hidden = mentor("m1", {
      identity: [
        { attributeId: "a1", visibility: "MATCHING" },
        { attributeId: "a2", visibility: "MATCHING" },
      ],
    });
    expect(get(score(withPrefs, hidden), "affinity").value).toBe(0.5);
    const priv = mentor("m1", { identity: [{ attributeId: "a1", visibility: "PRIVATE" }] });
    expect(get(score(withPrefs, priv), "affinity").value).toBe(0.5); // a1 unusable; a2 "different" holds
  });
  it("names only SHOWN attributes in its facts", () => {
    const m = mentor("m1", { identity: [{ attributeId: "a1", visibility: "MATCHING" }] });
    const facts = get(score(withPrefs, m), "affinity").facts;
    // Neither named nor counted: the facts are the same as for someone without it.
    expect(facts).toEqual({ shownShared: [], preferencesSet: 2, redacted: false });
    expect(get(score(withPrefs, mentor("m1")), "affinity").facts).toEqual(facts);
    const shown = get(score(withPrefs, mentor("m1", { identity: [{ attributeId: "a1", visibility: "SHOWN" }] })), "affinity").facts;
    expect(shown).toEqual({ shownShared: ["a1"], preferencesSet: 2, redacted: false });
  });
  it("is 0 when the mentee set no preference", () => {
    expect(get(score(mentee("e1"), mentor("m1", { identity: [{ attributeId: "a1", visibility: "SHOWN" }] })), "affinity").value).toBe(0);
  });
});

describe("institutionDiversity and language", () => {
  it("rewards another institution and a shared language", () => {
    const s = score(
      mentee("e1", { institutionKey: "u1", languages: ["es", "en"] }),
      mentor("m1", { institutionKey: "u2", languages: ["es"] }),
    );
    expect(get(s, "institutionDiversity").value).toBe(1);
    expect(get(s, "language").value).toBe(1);
    expect(get(s, "language").facts).toEqual({ shared: ["es"] });
    const s2 = score(mentee("e1", { institutionKey: "u1", languages: ["fr"] }), mentor("m1", { institutionKey: "u1", languages: ["en"] }));
    expect(get(s2, "institutionDiversity").value).toBe(0);
    expect(get(s2, "language").value).toBe(0);
    expect(
      get(score(mentee("e1", { institutionKey: null }), mentor("m1", { institutionKey: "u1" })), "institutionDiversity").facts,
    ).toEqual({
      outside: null,
    });
  });
});

describe("mentorLoad", () => {
  it("is the spare share of capacity", () => {
    expect(get(score(mentee("e1"), mentor("m1", { capacity: 4, activeMentees: 1 })), "mentorLoad").value).toBe(0.75);
    expect(get(score(mentee("e1"), mentor("m1", { capacity: 4, activeMentees: 0 })), "mentorLoad").value).toBe(1);
  });
  it("falls faster for a mentor holding a scarce, in-demand attribute as they fill", () => {
    const holder = mentor("m1", { capacity: 4, activeMentees: 2, identity: [{ attributeId: "a1", visibility: "MATCHING" }] });
    const plain = get(scorePair(mentee("e1"), holder, { at: JAN }), "mentorLoad").value;
    const scarce = get(scorePair(mentee("e1"), holder, { at: JAN, affinityDemand: { a1: 3 } }), "mentorLoad");
    expect(plain).toBe(0.5);
    expect(scarce.value).toBe(0.125); // 0.5^(1 + (3 - 1))
    expect(scarce.facts).toMatchObject({ pressure: 2 });
    // An empty mentor is not penalised; a private attribute creates no pressure.
    const empty = { ...holder, activeMentees: 0 };
    expect(get(scorePair(mentee("e1"), empty, { at: JAN, affinityDemand: { a1: 3 } }), "mentorLoad").value).toBe(1);
    const priv = { ...holder, identity: [{ attributeId: "a1", visibility: "PRIVATE" as const }] };
    expect(get(scorePair(mentee("e1"), priv, { at: JAN, affinityDemand: { a1: 3 } }), "mentorLoad").value).toBe(0.5);
  });
  it("does not apply to peers, whose weights are re-spread", () => {
    const s = scorePeers(makeProfile({ id: "p1", openToPeer: true }), makeProfile({ id: "p2", openToPeer: true }), { at: JAN });
    expect(get(s, "mentorLoad").weight).toBe(0);
    expect(s.components.reduce((t, c) => t + c.weight, 0)).toBeCloseTo(1, 12);
  });
});

describe("the score", () => {
  it("is the weighted sum of components, on the 1e-6 grid, in [0, 1]", () => {
    fc.assert(
      fc.property(profileBodyArb, profileBodyArb, (a, b) => {
        const s = scorePair({ ...a, id: "a", seeksMentorship: true }, { ...b, id: "b", offersMentorship: true }, { at: JAN });
        const sum = s.components.reduce((t, c) => t + c.weighted, 0);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(1);
        expect(Math.abs(s.score - sum)).toBeLessThanOrEqual(5e-7);
        expect(s.scoreInt).toBe(Math.round(s.score * 1e6));
        for (const c of s.components) {
          expect(c.value).toBeGreaterThanOrEqual(0);
          expect(c.value).toBeLessThanOrEqual(1);
        }
        expect(s.components.map((c) => c.name)).toEqual(COMPONENTS);
      }),
      { numRuns: 300 },
    );
  });
  it("reaches 1 for a perfect pair and uses the default weights", () => {
    const e = mentee("e1", {
      seeks: ["g1"],
      offers: ["g2"],
      careerStage: "EARLY_CAREER",
      sectors: ["PUBLIC"],
      positionType: "STAFF",
      institutionKey: "u1",
      formats: { video: "PREFERRED", phone: "NO", inPerson: "NO", email: "NO", asyncChat: "NO" },
      affinity: [{ attributeId: "a1", preference: "SHARED", required: false }],
    });
    const m = mentor("m1", {
      offers: ["g1"],
      learns: ["g2", "g2b"],
      careerStage: "MID_CAREER",
      sectors: ["PUBLIC"],
      positionType: "STAFF",
      institutionKey: "u2",
      formats: { video: "PREFERRED", phone: "NO", inPerson: "NO", email: "NO", asyncChat: "NO" },
      identity: [{ attributeId: "a1", visibility: "SHOWN" }],
    });
    const s = score(e, m);
    expect(get(s, "reciprocalLearning").value).toBe(0.5);
    expect(s.score).toBeCloseTo(1 - DEFAULT_WEIGHTS.reciprocalLearning / 2, 6);
  });
});
