import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_BAND_THRESHOLDS,
  explain,
  MAIN_SHARE,
  MAX_REASONS,
  scoreBand,
  scoreDistribution,
  scorePair,
  scorePeers,
  suggest,
  thresholdsFromScores,
  type ComponentResult,
  type MatchProfile,
  type Reason,
  type Role,
} from "@/lib/matching";
import { coverage, listText } from "@/lib/matching/explain";
import { ATTRS, makeProfile, mentee, mentor, profileBodyArb } from "./arbitraries";

const AT = Date.UTC(2025, 0, 15, 12);
const labels = {
  goals: { g1: "tenure and promotion", g2: "grant writing", g3: "management", g4: "job search", g5: "digital preservation" },
  attributes: { a1: "first-generation", a2: "LGBTQ+", a3: "caregiver" },
};

const richMentee = mentee("e1", {
  seeks: ["g1", "g2", "g3", "g4"],
  offers: ["g5"],
  careerStage: "EARLY_CAREER",
  institutionKey: "u1",
  formats: { video: "PREFERRED", phone: "FINE", inPerson: "NO", email: "FINE", asyncChat: "NO" },
  affinity: [{ attributeId: "a1", preference: "SHARED", required: false }],
});
const richMentor = (visibility: "SHOWN" | "MATCHING" | "PRIVATE") =>
  mentor("m1", {
    offers: ["g1", "g2", "g3"],
    learns: ["g5"],
    careerStage: "MID_CAREER",
    institutionKey: "u2",
    timeZone: "America/Chicago",
    formats: { video: "PREFERRED", phone: "PREFERRED", inPerson: "NO", email: "NO", asyncChat: "NO" },
    identity: [{ attributeId: "a1", visibility }],
  });

describe("listText", () => {
  it("names every item up to the limit, and one more rather than 'and 1 more'", () => {
    expect(listText(["video", "phone"])).toBe("video and phone");
    expect(listText(["a", "b", "c", "d"])).toBe("a, b, c and d");
    expect(listText(["a", "b", "c", "d", "e"])).toBe("a, b, c and 2 more");
  });
  it("separates labels that contain 'and' with semicolons", () => {
    expect(listText(["Research and publishing", "Tenure and promotion"])).toBe("Research and publishing; Tenure and promotion");
    expect(listText(["A and B", "C", "D", "E", "F"])).toBe("A and B; C; D; and 2 more");
  });
});

describe("explain", () => {
  it("writes plain reasons from contributing components, sorted by share", () => {
    const s = scorePair(richMentee, richMentor("SHOWN"), { at: AT });
    const reasons = explain(s.components, { viewerRole: "mentee", labels });
    expect(reasons.length).toBeGreaterThanOrEqual(2);
    expect(reasons.length).toBeLessThanOrEqual(MAX_REASONS);
    expect(reasons[0]!.text).toBe("Covers 3 of your 4 goals: tenure and promotion; grant writing; management");
    expect(reasons[0]!.main).toBe(true);
    for (let i = 1; i < reasons.length; i++) expect(reasons[i - 1]!.share).toBeGreaterThanOrEqual(reasons[i]!.share);
    const all = s.components.map((c) => explain([c], { viewerRole: "mentee", labels })[0]?.text);
    expect(all).toContain("You both prefer video");
    // Chicago's 9 to 5 is 10 to 6 in New York.
    expect(all).toContain("You are both free on weekdays during the day (10 am to 5 pm your time)");
    expect(all).toContain("Outside your institution");
    expect(all).toContain("Wants to learn digital preservation, which you know");
    expect(all).toContain("Shares what you asked for: first-generation");
    expect(JSON.stringify(all)).not.toMatch(/%|\d+\.\d/);
  });

  it("gives each reason its component's share of the explainable score", () => {
    const s = scorePair(richMentee, richMentor("SHOWN"), { at: AT });
    // Responsiveness counts for the score but is never explained, so shares leave it out.
    const total = s.components.reduce((t, c) => t + (c.name === "responsiveness" ? 0 : c.weighted), 0);
    for (const r of explain(s.components, { viewerRole: "mentee", labels })) {
      const c = s.components.find((x) => x.name === r.component)!;
      expect(c.weighted).toBeGreaterThan(0);
      expect(r.share).toBeCloseTo(c.weighted / total, 12);
    }
  });

  it("never names, counts or hints at an attribute the mentor keeps to matching only", () => {
    const s = scorePair(richMentee, richMentor("MATCHING"), { at: AT });
    const affinity = s.components.find((c) => c.name === "affinity")!;
    // It counts for the score...
    expect(affinity.weighted).toBeGreaterThan(0);
    expect(s.score).toBeGreaterThan(scorePair(richMentee, richMentor("PRIVATE"), { at: AT }).score);
    // ...but no reason speaks for it, and the reasons are exactly those for a mentor without it.
    expect(explain([affinity], { viewerRole: "mentee", labels })).toEqual([]);
    const withIt = explain(s.components, { viewerRole: "mentee", labels });
    const without = explain(scorePair(richMentee, richMentor("PRIVATE"), { at: AT }).components, { viewerRole: "mentee", labels });
    expect(withIt).toEqual(without);
    // PRIVATE: not used at all.
    const p = scorePair(richMentee, richMentor("PRIVATE"), { at: AT });
    expect(p.components.find((c) => c.name === "affinity")!.weighted).toBe(0);
  });

  it("names a shown attribute without counting matching-only ones beside it", () => {
    const seeker = {
      ...richMentee,
      affinity: [...richMentee.affinity, { attributeId: "a3", preference: "SHARED" as const, required: false }],
    };
    const shownOnly = richMentor("SHOWN");
    const alsoHidden = { ...shownOnly, identity: [...shownOnly.identity, { attributeId: "a3", visibility: "MATCHING" as const }] };
    const reasons = (mentor: MatchProfile, only?: "affinity") =>
      explain(
        scorePair(seeker, mentor, { at: AT }).components.filter((c) => !only || c.name === only),
        { viewerRole: "mentee", labels },
      );
    expect(reasons(shownOnly, "affinity")).toEqual([
      { component: "affinity", share: 1, text: "Shares what you asked for: first-generation", main: true },
    ]);
    // Same texts, same order, same shares: the matching-only caregiver leaves no trace.
    expect(reasons(alsoHidden, "affinity")).toEqual(reasons(shownOnly, "affinity"));
    expect(reasons(alsoHidden)).toEqual(reasons(shownOnly));
    expect(JSON.stringify(reasons(alsoHidden))).not.toMatch(/caregiver|more|preference/);
  });

  it("property: reasons are identical with and without the other person's matching-only attributes", () => {
    const bare = (p: MatchProfile): MatchProfile => ({ ...p, identity: p.identity.filter((i) => i.visibility !== "MATCHING") });
    fc.assert(
      fc.property(
        profileBodyArb,
        profileBodyArb,
        fc.constantFrom("mentee" as const, "mentor" as const, "peer" as const),
        fc.option(fc.dictionary(fc.constantFrom(...ATTRS), fc.double({ min: 0, max: 4, noNaN: true })), { nil: undefined }),
        (x, y, role, affinityDemand) => {
          const e: MatchProfile = { ...x, id: "e", seeksMentorship: true, openToPeer: true };
          const m: MatchProfile = { ...y, id: "m", offersMentorship: true, openToPeer: true };
          const options = { at: AT, affinityDemand };
          // The viewer's reasons, scored exactly as suggest() orients the pair.
          const reasonsFor = (mentee: MatchProfile, mentor: MatchProfile) => {
            const s = role === "peer" ? scorePeers(mentee, mentor, options) : scorePair(mentee, mentor, options);
            const components =
              role === "mentor"
                ? s.components.map((c) =>
                    c.name === "affinity" ? { ...c, facts: { shownShared: [], preferencesSet: 0, redacted: true } } : c,
                  )
                : s.components;
            return explain(components, { viewerRole: role, labels });
          };
          // Whoever is "the other person" for this viewer: the mentor for a mentee or peer viewer, the mentee for a mentor.
          if (role === "mentor") expect(reasonsFor(bare(e), m)).toEqual(reasonsFor(e, m));
          else expect(reasonsFor(e, bare(m))).toEqual(reasonsFor(e, m));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("property: through suggest, the other person's matching-only attributes change no reason, main flag or caveat", () => {
    const bare = (p: MatchProfile): MatchProfile => ({ ...p, identity: p.identity.filter((i) => i.visibility !== "MATCHING") });
    fc.assert(
      fc.property(
        profileBodyArb,
        profileBodyArb,
        fc.constantFrom<Role>("mentee", "mentor", "peer"),
        fc.option(fc.dictionary(fc.constantFrom(...ATTRS), fc.double({ min: 0, max: 4, noNaN: true })), { nil: undefined }),
        (x, y, role, affinityDemand) => {
          const viewer: MatchProfile = {
            ...x,
            id: "v",
            seeksMentorship: true,
            offersMentorship: true,
            openToPeer: true,
            accepting: true,
            capacity: 5,
            activeMentees: 0,
          };
          const other: MatchProfile = {
            ...y,
            id: "o",
            seeksMentorship: true,
            offersMentorship: true,
            openToPeer: true,
            accepting: true,
            capacity: 5,
            activeMentees: 0,
          };
          const seen = (o: MatchProfile) =>
            suggest({ viewer, role, candidates: [o], labels, at: AT, affinityDemand }).suggestions.map((s) => ({
              reasons: s.reasons,
              caveat: s.caveat,
            }));
          // Required preferences decide by shown attributes only, so both are eligible or neither.
          expect(seen(bare(other))).toEqual(seen(other));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("property: reasons come only from contributing components and never name a non-SHOWN attribute", () => {
    fc.assert(
      fc.property(profileBodyArb, profileBodyArb, fc.constantFrom("mentee" as const, "mentor" as const), (a, b, role) => {
        const e: MatchProfile = { ...a, id: "e", seeksMentorship: true };
        const m: MatchProfile = { ...b, id: "m", offersMentorship: true };
        const s = scorePair(e, m, { at: AT });
        const reasons = explain(s.components, { viewerRole: role, labels });
        expect(reasons.length).toBeLessThanOrEqual(MAX_REASONS);
        const shown = new Set(m.identity.filter((x) => x.visibility === "SHOWN").map((x) => x.attributeId));
        for (const r of reasons) {
          expect(s.components.find((c) => c.name === r.component)!.weighted).toBeGreaterThan(0);
          for (const attr of ATTRS) {
            const label = labels.attributes[attr as keyof typeof labels.attributes];
            if (!shown.has(attr) || role === "mentor") expect(r.text).not.toContain(label);
          }
        }
        // The mentor never sees anything about the mentee's identity preferences.
        if (role === "mentor") expect(reasons.some((r) => r.component === "affinity")).toBe(false);
        // The facts never carry an attribute the mentor did not show.
        const facts = JSON.stringify(s.components.find((c) => c.name === "affinity")!.facts);
        for (const attr of ATTRS) if (!shown.has(attr)) expect(facts).not.toContain(`"${attr}"`);
      }),
      { numRuns: 400 },
    );
  });

  it("marks the first reason and any carrying a large part of the score as main", () => {
    fc.assert(
      fc.property(profileBodyArb, profileBodyArb, fc.constantFrom<Role>("mentee", "mentor", "peer"), (a, b, role) => {
        const e: MatchProfile = { ...a, id: "e", seeksMentorship: true };
        const m: MatchProfile = { ...b, id: "m", offersMentorship: true };
        const s = role === "peer" ? scorePeers(e, m, { at: AT }) : scorePair(e, m, { at: AT });
        const reasons = explain(s.components, { viewerRole: role, labels });
        reasons.forEach((r, i) => expect(r.main).toBe(i === 0 || r.share >= MAIN_SHARE));
      }),
      { numRuns: 300 },
    );
  });
});

describe("suggest", () => {
  const viewer = mentee("v", { seeks: ["g1", "g2"], institutionKey: "u1", preferOutsideInstitution: true });
  const cands = [
    mentor("m-great", { offers: ["g1", "g2"], institutionKey: "u2" }),
    mentor("m-half", { offers: ["g1"], institutionKey: "u2" }),
    mentor("m-same-inst", { offers: ["g1", "g2"], institutionKey: "u1" }),
    mentor("m-full", { offers: ["g1", "g2"], capacity: 1, activeMentees: 1 }),
    mentor("m-tie-b", { offers: ["g2"], institutionKey: "u2" }),
    mentor("m-tie-a", { offers: ["g2"], institutionKey: "u2" }),
    mentee("someone-else"),
  ];

  it("returns the top k by score, ties by id, excluding hard-constraint failures", () => {
    const r = suggest({ viewer, role: "mentee", candidates: cands, k: 4, labels, at: AT });
    expect(r.suggestions.map((s) => s.candidateId)).toEqual(["m-great", "m-half", "m-tie-a", "m-tie-b"]);
    expect(r.excluded).toEqual({ OWN_INSTITUTION: 1, MENTOR_AT_CAPACITY: 1, ROLE_MISMATCH: 1 });
    for (const s of r.suggestions) {
      expect(s.score).toBe(
        scorePair(
          viewer,
          cands.find((c) => c.id === s.candidateId)!,
          { at: AT },
        ).score,
      );
      expect(s.reasons.length).toBeGreaterThanOrEqual(2);
      expect(["strong", "good", "fair"]).toContain(s.band);
    }
    expect(suggest({ viewer, role: "mentee", candidates: cands, k: 2, at: AT }).suggestions.map((s) => s.candidateId)).toEqual([
      "m-great",
      "m-half",
    ]);
  });

  it("shows a mentor the same score, phrased for them, without the mentee's identity preferences", () => {
    const m = richMentor("SHOWN");
    const r = suggest({ viewer: m, role: "mentor", candidates: [richMentee], labels, at: AT });
    const s = r.suggestions[0]!;
    expect(s.score).toBe(scorePair(richMentee, m, { at: AT }).score);
    expect(s.reasons[0]!.text).toBe("You can help with 3 of their 4 goals: tenure and promotion; grant writing; management");
    expect(s.components.find((c) => c.name === "affinity")!.facts).toMatchObject({ redacted: true, shownShared: [] });
    expect(JSON.stringify(s.reasons)).not.toContain("first-generation");
  });

  it("drops blocked and dismissed candidates given by the caller", () => {
    const r = suggest({
      viewer,
      role: "mentee",
      candidates: cands,
      context: { blocked: new Set(["m-great\u0000v"]), engaged: new Set(), dismissed: new Set(["m-half\u0000v"]) },
      at: AT,
    });
    const ids = r.suggestions.map((s) => s.candidateId);
    expect(ids).not.toContain("m-great");
    expect(ids).not.toContain("m-half");
    expect(r.excluded).toMatchObject({ BLOCKED: 1, DISMISSED: 1 });
  });

  it("suggests peers to peers", () => {
    const p = (id: string, o: Partial<MatchProfile> = {}) => mentee(id, { openToPeer: true, ...o });
    const r = suggest({
      viewer: p("p0", { seeks: ["g1"] }),
      role: "peer",
      candidates: [p("p1", { seeks: ["g1"] }), p("p2", { openToPeer: false })],
      at: AT,
    });
    expect(r.suggestions.map((s) => s.candidateId)).toEqual(["p1"]);
    // Both want g1 and neither offers it: they explore it together, nobody "covers" it.
    expect(r.suggestions[0]!.reasons[0]!.text).toBe("Also wants to explore g1");
  });
});

// The viewer's reasons for one pair, oriented as suggest() orients it.
function reasonsOf(role: Role, viewer: MatchProfile, other: MatchProfile): Reason[] {
  const r = suggest({ viewer, role, candidates: [other], labels, at: AT });
  expect(r.suggestions).toHaveLength(1);
  return r.suggestions[0]!.reasons;
}
const textOf = (role: Role, viewer: MatchProfile, other: MatchProfile, component: ComponentResult["name"]) =>
  reasonsOf(role, viewer, other).find((r) => r.component === component)?.text ??
  // Not among the shown reasons: word that component alone.
  explain(
    (role === "peer"
      ? scorePeers(viewer, other, { at: AT })
      : role === "mentor"
        ? scorePair(other, viewer, { at: AT })
        : scorePair(viewer, other, { at: AT })
    ).components.filter((c) => c.name === component),
    { viewerRole: role, labels },
  )[0]?.text;

describe("wording", () => {
  it("counts goals the way people do: your goal, both, all n, n of m; never 'all 2'", () => {
    expect(coverage(1, 1, "your")).toBe("your goal");
    expect(coverage(2, 2, "your")).toBe("both of your goals");
    expect(coverage(3, 3, "their")).toBe("all 3 of their goals");
    expect(coverage(1, 2, "your")).toBe("1 of your 2 goals");
    const e = mentee("e", { seeks: ["g2", "g3"] });
    const m = mentor("m", { offers: ["g2", "g3"] });
    expect(textOf("mentee", e, m, "goalCoverage")).toBe("Covers both of your goals: grant writing and management");
    expect(textOf("mentor", m, e, "goalCoverage")).toBe("You can help with both of their goals: grant writing and management");
  });

  it("says who helps whom between peers", () => {
    const p = (id: string, o: Partial<MatchProfile>) => makeProfile({ id, openToPeer: true, ...o });
    const viewer = p("p0", { seeks: ["g1", "g2", "g3", "g4"] });
    expect(textOf("peer", viewer, p("p1", { offers: ["g2", "g4"] }), "goalCoverage")).toBe(
      "Could help you with 2 of your 4 goals: grant writing and job search",
    );
    expect(textOf("peer", viewer, p("p2", { seeks: ["g3"] }), "goalCoverage")).toBe("Also wants to explore management");
    expect(textOf("peer", viewer, p("p3", { offers: ["g1"], seeks: ["g1", "g3"] }), "goalCoverage")).toBe(
      "Could help you with tenure and promotion, and also wants to explore management",
    );
    const facts = scorePeers(viewer, p("p3", { offers: ["g1"], seeks: ["g1", "g3"] }), { at: AT }).components[0]!.facts;
    expect(facts).toEqual({ covered: ["g1", "g3"], total: 4, fromOffers: ["g1"], fromSeeks: ["g3"] });
    expect(JSON.stringify(reasonsOf("peer", viewer, p("p1", { offers: ["g1", "g2"] })))).not.toContain("Can work with you");
  });

  it("words reciprocal learning for each side: the mentor learns from the mentee, a peer from the viewer", () => {
    const e = mentee("e", { seeks: ["g1"], offers: ["g5"] });
    const m = mentor("m", { offers: ["g1"], learns: ["g5"] });
    expect(textOf("mentee", e, m, "reciprocalLearning")).toBe("Wants to learn digital preservation, which you know");
    expect(textOf("mentor", m, e, "reciprocalLearning")).toBe("Could also show you digital preservation");
    const p0 = makeProfile({ id: "p0", openToPeer: true, offers: ["g5"] });
    const p1 = makeProfile({ id: "p1", openToPeer: true, seeks: ["g5"] });
    expect(textOf("peer", p0, p1, "reciprocalLearning")).toBe("You could help them with digital preservation");
    // Nothing the mentee offers that the mentor wants to learn: no such reason.
    expect(textOf("mentor", { ...m, learns: ["g6"] }, e, "reciprocalLearning")).toBeUndefined();
  });

  it("always names what one side could teach the other, even when it is a small part of the match", () => {
    // A full card (goals, formats, hours, stage, sector, language...) with one shared topic.
    const e = mentee("e", {
      seeks: ["g1", "g2", "g3"],
      offers: ["g5"],
      careerStage: "EARLY_CAREER",
      sectors: ["PUBLIC"],
      institutionKey: "u1",
      formats: { video: "PREFERRED", phone: "PREFERRED", inPerson: "NO", email: "FINE", asyncChat: "NO" },
    });
    const m = mentor("m", {
      offers: ["g1", "g2", "g3"],
      learns: ["g5"],
      careerStage: "MID_CAREER",
      sectors: ["PUBLIC"],
      institutionKey: "u2",
      formats: { video: "PREFERRED", phone: "PREFERRED", inPerson: "NO", email: "FINE", asyncChat: "NO" },
    });
    for (const [role, viewer, other] of [
      ["mentee", e, m],
      ["mentor", m, e],
    ] as const) {
      const reasons = reasonsOf(role, viewer, other);
      expect(reasons.length).toBeLessThanOrEqual(MAX_REASONS);
      const mutual = reasons.find((r) => r.component === "reciprocalLearning");
      expect(mutual?.text).toMatch(/digital preservation/);
      // Small enough that it would not have earned a place by its share alone.
      expect(mutual!.share).toBeLessThan(0.08);
      expect(mutual!.main).toBe(false);
    }
  });

  it("words career stages naturally, retired included", () => {
    const stage = (role: Role, seeker: MatchProfile["careerStage"], partner: MatchProfile["careerStage"]) =>
      role === "mentor"
        ? textOf("mentor", mentor("m", { careerStage: partner }), mentee("e", { careerStage: seeker }), "careerStageFit")
        : textOf(
            role,
            mentee("e", { careerStage: seeker, openToPeer: true }),
            mentor("m", { careerStage: partner, openToPeer: true }),
            "careerStageFit",
          );
    expect(stage("mentee", "SENIOR", "RETIRED")).toBe("Retired, with a whole career to draw on");
    expect(stage("mentee", "LIS_STUDENT", "RETIRED")).toBe("Retired, with a whole career to draw on");
    expect(stage("mentee", "EARLY_CAREER", "MID_CAREER")).toBe("A step ahead of you in their career (mid-career)");
    expect(stage("mentee", "EARLY_CAREER", "SENIOR")).toBe("Further along in their career (senior)");
    expect(stage("mentee", "LIS_STUDENT", "SENIOR")).toBe("Senior, with long experience to draw on");
    expect(stage("mentee", "SENIOR", "MID_CAREER")).toBe("Earlier in their career than you (mid-career)");
    expect(stage("mentor", "EARLY_CAREER", "SENIOR")).toBe("Earlier in their career (early career), where your experience helps");
    expect(stage("mentor", "RETIRED", "SENIOR")).toBe("Retired, with a whole career to draw on");
    expect(stage("peer", "MID_CAREER", "SENIOR")).toBe("At a nearby career stage (senior)");
    expect(stage("peer", "EARLY_CAREER", "RETIRED")).toBe("Retired, with a whole career to draw on");
    expect(stage("peer", "SENIOR", "LIS_STUDENT")).toBe("Earlier in their career (LIS student)");
    for (const role of ["mentee", "mentor", "peer"] as const)
      for (const a of ["LIS_STUDENT", "EARLY_CAREER", "MID_CAREER", "SENIOR", "RETIRED"] as const)
        for (const b of ["LIS_STUDENT", "EARLY_CAREER", "MID_CAREER", "SENIOR", "RETIRED"] as const)
          expect(stage(role, a, b) ?? "").not.toMatch(/: retired|ahead of you in their career: /);
  });
});

describe("bands", () => {
  it("bands integer scores with the default or given thresholds", () => {
    expect(DEFAULT_BAND_THRESHOLDS).toEqual({ strongMin: 635_000, goodMin: 465_000 });
    expect(scoreBand(635_000)).toBe("strong");
    expect(scoreBand(634_999)).toBe("good");
    expect(scoreBand(465_000)).toBe("good");
    expect(scoreBand(464_999)).toBe("fair");
    expect(scoreBand(500_000, { strongMin: 500_000, goodMin: 300_000 })).toBe("strong");
    expect(scoreBand(299_999, { strongMin: 500_000, goodMin: 300_000 })).toBe("fair");
  });

  it("suggest uses the thresholds it is given", () => {
    const e = mentee("e", { seeks: ["g1"] });
    const cands = [mentor("m1", { offers: ["g1"] }), mentor("m2")];
    const scores = suggest({ viewer: e, role: "mentee", candidates: cands, at: AT }).suggestions.map((s) => s.scoreInt);
    const bands = { strongMin: scores[0]!, goodMin: scores[1]! + 1 };
    expect(suggest({ viewer: e, role: "mentee", candidates: cands, at: AT, bands }).suggestions.map((s) => s.band)).toEqual([
      "strong",
      "fair",
    ]);
  });

  it("thresholdsFromScores: the top tenth strong, the next 30 % good, the rest fair", () => {
    const scores = Array.from({ length: 100 }, (_, i) => (i + 1) * 1000);
    const t = thresholdsFromScores(scores)!;
    expect(t).toEqual({ strongMin: 91_000, goodMin: 61_000 });
    const bands = scores.map((s) => scoreBand(s, t));
    expect(bands.filter((b) => b === "strong")).toHaveLength(10);
    expect(bands.filter((b) => b === "good")).toHaveLength(30);
    expect(bands.filter((b) => b === "fair")).toHaveLength(60);
    // 30 × 0.1 is 3 pairs, not 4 (floating point).
    expect(thresholdsFromScores(Array.from({ length: 30 }, (_, i) => i))).toEqual({ strongMin: 27, goodMin: 18 });
    expect(thresholdsFromScores(scores, { strong: 0.2, good: 0.5 })).toEqual({ strongMin: 81_000, goodMin: 51_000 });
    expect(thresholdsFromScores(scores.slice(0, 19))).toBeNull();
    expect(() => thresholdsFromScores(scores, { strong: 0.5, good: 0.2 })).toThrow(RangeError);
  });

  it("property: ties at a boundary go up, and shares are met as closely as ties allow", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 20, maxLength: 300 }), (scores) => {
        const t = thresholdsFromScores(scores)!;
        const n = scores.length;
        const strong = scores.filter((s) => s >= t.strongMin).length;
        const goodOrBetter = scores.filter((s) => s >= t.goodMin).length;
        expect(strong).toBeGreaterThanOrEqual(Math.ceil(n * 0.1 - 1e-9));
        expect(goodOrBetter).toBeGreaterThanOrEqual(Math.ceil(n * 0.4 - 1e-9));
        // Everything above a threshold is in; one step higher would be too few.
        expect(scores.filter((s) => s > t.strongMin).length).toBeLessThan(Math.ceil(n * 0.1 - 1e-9));
        expect(scores.filter((s) => s > t.goodMin).length).toBeLessThan(Math.ceil(n * 0.4 - 1e-9));
        expect(t.goodMin).toBeLessThanOrEqual(t.strongMin);
      }),
      { numRuns: 300 },
    );
  });

  it("property: scoreDistribution is the scores of exactly the eligible candidates suggest ranks", () => {
    fc.assert(
      fc.property(
        profileBodyArb,
        fc.array(profileBodyArb, { maxLength: 25 }),
        fc.constantFrom<Role>("mentee", "mentor", "peer"),
        (v, bodies, role) => {
          const viewer: MatchProfile = { ...v, id: "v" };
          const candidates = bodies.map((b, i): MatchProfile => ({ ...b, id: `c${String(i).padStart(2, "0")}` }));
          const input = { viewer, role, candidates, at: AT };
          const dist = [...scoreDistribution(input)];
          const all = suggest({ ...input, k: candidates.length });
          expect(dist.sort((x, y) => x - y)).toEqual(all.suggestions.map((s) => s.scoreInt).sort((x, y) => x - y));
          const excluded = Object.values(all.excluded).reduce((t, x) => t + x, 0);
          expect(dist).toHaveLength(candidates.length - excluded);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("a mentor earlier in their career than the mentee", () => {
  const senior = mentee("e", { seeks: ["g2", "g3"], careerStage: "SENIOR" });
  const early = mentor("m", { offers: ["g2", "g3"], careerStage: "EARLY_CAREER" });
  const everyoneStrong = { strongMin: 0, goodMin: 0 };

  it("is never strong, and the card says why they might still help, in each viewer's words", () => {
    const forMentee = suggest({ viewer: senior, role: "mentee", candidates: [early], labels, at: AT, bands: everyoneStrong })
      .suggestions[0]!;
    expect(forMentee.band).toBe("good");
    expect(forMentee.caveat).toBe(
      "Earlier in their career than you, so less of a guide for career advice, but they know about: grant writing and management",
    );
    const forMentor = suggest({ viewer: early, role: "mentor", candidates: [senior], labels, at: AT, bands: everyoneStrong })
      .suggestions[0]!;
    expect(forMentor.band).toBe("good");
    expect(forMentor.caveat).toBe("Further along in their career than you, but you could still help with: grant writing and management");
    // A fair pair stays fair.
    const strict = { strongMin: 1_000_000, goodMin: 1_000_000 };
    expect(suggest({ viewer: senior, role: "mentee", candidates: [early], at: AT, bands: strict }).suggestions[0]!.band).toBe("fair");
  });

  it("never sits above a Strong suggestion, even with the higher score", () => {
    // A senior mentor covering only one goal scores lower than the early-career one covering both.
    const seniorMentor = mentor("m2", { offers: ["g2"], careerStage: "RETIRED" });
    const bands = { strongMin: 0, goodMin: 0 };
    const byScore = [early, seniorMentor].map((m) => scorePair(senior, m, { at: AT }).scoreInt);
    expect(byScore[0]).toBeGreaterThan(byScore[1]!);
    const list = suggest({ viewer: senior, role: "mentee", candidates: [early, seniorMentor], at: AT, bands }).suggestions;
    expect(list.map((s) => [s.candidateId, s.band])).toEqual([
      ["m2", "strong"],
      ["m", "good"],
    ]);
  });

  it("leaves other pairs alone: same stage, a stage unknown, and peers", () => {
    const bands = everyoneStrong;
    const one = (viewer: MatchProfile, role: Role, other: MatchProfile) =>
      suggest({ viewer, role, candidates: [other], at: AT, bands }).suggestions[0]!;
    for (const [viewer, other] of [
      [senior, { ...early, careerStage: "SENIOR" as const }],
      [senior, { ...early, careerStage: "RETIRED" as const }],
      [senior, { ...early, careerStage: null }],
      [{ ...senior, careerStage: null }, early],
    ] as const) {
      const s = one(viewer, "mentee", other);
      expect([s.band, s.caveat]).toEqual(["strong", null]);
    }
    const peerA = { ...senior, openToPeer: true };
    const peerB = { ...early, openToPeer: true };
    expect([one(peerA, "peer", peerB).band, one(peerA, "peer", peerB).caveat]).toEqual(["strong", null]);
  });
});
