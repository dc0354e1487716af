import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explain, MAX_REASONS, scoreBand, scorePair, scorePeers, suggest, type MatchProfile } from "@/lib/matching";
import { listText } from "@/lib/matching/explain";
import { ATTRS, mentee, mentor, profileBodyArb } from "./arbitraries";

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
    for (let i = 1; i < reasons.length; i++) expect(reasons[i - 1]!.share).toBeGreaterThanOrEqual(reasons[i]!.share);
    const all = s.components.map((c) => explain([c], { viewerRole: "mentee", labels })[0]?.text);
    expect(all).toContain("You both prefer video");
    expect(all).toContain("7 h of shared working hours");
    expect(all).toContain("Outside your institution");
    expect(all).toContain("Wants to learn what you know about digital preservation");
    expect(all).toContain("Shares what you asked for: first-generation");
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
      { component: "affinity", share: 1, text: "Shares what you asked for: first-generation" },
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

  it("bands scores", () => {
    expect(scoreBand(0.635)).toBe("strong");
    expect(scoreBand(0.634)).toBe("good");
    expect(scoreBand(0.465)).toBe("good");
    expect(scoreBand(0.464)).toBe("fair");
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
    expect(r.suggestions[0]!.reasons[0]!.text).toBe("Can work with you on your goal: g1");
  });
});
