import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createPairContext,
  explain,
  ProgramWeightsInput,
  resolveWeights,
  runRound,
  scorePair,
  scorePeers,
  suggest,
  type ComponentResult,
  type MatchProfile,
  type Role,
} from "@/lib/matching";
import { responsivenessFactor } from "@/lib/matching/responsiveness";
import { makeProfile, mentee, mentor, profileBodyArb } from "./arbitraries";

// Responsiveness: requests a person let lapse, or leaves unanswered past the reminder, lower
// their place as a candidate. A private signal: it moves the score and is never explained.

const AT = Date.UTC(2025, 0, 15, 12);
const get = (components: readonly ComponentResult[]) => components.find((c) => c.name === "responsiveness")!;
const ROLES: Role[] = ["mentee", "mentor", "peer"];

describe("responsiveness", () => {
  it("is 1 for someone who answers, halves with the first lapse, then falls gently", () => {
    expect(responsivenessFactor(0)).toBe(1);
    expect(responsivenessFactor(1)).toBe(0.5);
    expect(responsivenessFactor(3)).toBe(0.25);
    expect(responsivenessFactor(-2)).toBe(1);
    for (let n = 0; n < 20; n++) expect(responsivenessFactor(n + 1)).toBeLessThan(responsivenessFactor(n));
  });

  it("is the product of both people's factors, the same number from either side, with no facts", () => {
    const e = mentee("e1", { seeks: ["g1"], unanswered: 1 });
    const m = mentor("m1", { offers: ["g1"], unanswered: 3 });
    const c = get(scorePair(e, m, { at: AT }).components);
    expect(c.value).toBe(0.5 * 0.25);
    expect(c.weighted).toBeGreaterThan(0);
    expect(c.facts).toEqual({});
    const p1 = makeProfile({ id: "p1", openToPeer: true, unanswered: 2 });
    const p2 = makeProfile({ id: "p2", openToPeer: true });
    expect(scorePeers(p1, p2, { at: AT }).score).toBe(scorePeers(p2, p1, { at: AT }).score);
    expect(get(scorePeers(p1, p2, { at: AT }).components).value).toBeCloseTo(1 / 3, 12);
  });

  it("moves a mentor who lets requests lapse below an otherwise identical one", () => {
    const viewer = mentee("v", { seeks: ["g1", "g2"] });
    // "m-a" would win the id tie-break; one lapsed request puts it second.
    const lapsed = mentor("m-a", { offers: ["g1", "g2"], unanswered: 1 });
    const answers = mentor("m-b", { offers: ["g1", "g2"] });
    const order = (v: MatchProfile) => suggest({ viewer: v, role: "mentee", candidates: [lapsed, answers], at: AT });
    const r = order(viewer);
    expect(r.suggestions.map((s) => s.candidateId)).toEqual(["m-b", "m-a"]);
    // Lower, not gone: still suggested, and by a small margin.
    expect(r.suggestions[0]!.score - r.suggestions[1]!.score).toBeLessThanOrEqual(0.05);
    // The viewer's own count is the same for every candidate and never changes the order.
    const unreliableViewer = order({ ...viewer, unanswered: 5 });
    expect(unreliableViewer.suggestions.map((s) => s.candidateId)).toEqual(["m-b", "m-a"]);
  });

  it("does the same for mentees a mentor looks at, and for peers", () => {
    const m = mentor("m", { offers: ["g1"] });
    const mentees = [mentee("e-a", { seeks: ["g1"], unanswered: 2 }), mentee("e-b", { seeks: ["g1"] })];
    expect(suggest({ viewer: m, role: "mentor", candidates: mentees, at: AT }).suggestions.map((s) => s.candidateId)).toEqual([
      "e-b",
      "e-a",
    ]);
    const peer = (id: string, unanswered = 0) => makeProfile({ id, openToPeer: true, seeks: ["g1"], offers: ["g1"], unanswered });
    const peers = suggest({ viewer: peer("p0"), role: "peer", candidates: [peer("p-a", 1), peer("p-b")], at: AT });
    expect(peers.suggestions.map((s) => s.candidateId)).toEqual(["p-b", "p-a"]);
  });

  it("steers a round toward the mentor who answers when all else is equal", () => {
    const e = mentee("e1", { seeks: ["g1"] });
    const r = runRound(
      [e],
      [mentor("m-a", { offers: ["g1"], capacity: 1, unanswered: 2 }), mentor("m-b", { offers: ["g1"], capacity: 1 })],
      {
        at: AT,
        objective: "highest-total",
      },
    );
    expect(r.assignments.map((a) => a.mentorId)).toEqual(["m-b"]);
  });

  it("is a program weight like any other, bounded the same way, and 0 switches it off", () => {
    expect(ProgramWeightsInput.safeParse({ responsiveness: 0.2 }).success).toBe(true);
    for (const bad of [-1, 1e308, Number.NaN, "0.1"]) {
      const parsed = ProgramWeightsInput.safeParse({ responsiveness: bad });
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0]!.path).toEqual(["responsiveness"]);
    }
    const off = resolveWeights({ responsiveness: 0 });
    const e = mentee("e1", { seeks: ["g1"] });
    const m = mentor("m1", { offers: ["g1"] });
    expect(scorePair(e, { ...m, unanswered: 4 }, { at: AT, weights: off }).scoreInt).toBe(
      scorePair(e, m, { at: AT, weights: off }).scoreInt,
    );
    expect(scorePair(e, { ...m, unanswered: 4 }, { at: AT }).scoreInt).toBeLessThan(scorePair(e, m, { at: AT }).scoreInt);
  });
});

describe("responsiveness is never explained", () => {
  it("gives no reason for anyone, in any role, even when it is all the score has", () => {
    const s = scorePair(mentee("e1"), mentor("m1"), { at: AT });
    for (const role of ROLES) {
      expect(explain([get(s.components)], { viewerRole: role })).toEqual([]);
      expect(explain(s.components, { viewerRole: role }).map((r) => r.component)).not.toContain("responsiveness");
    }
  });

  it("property: reasons (which, their order, words and shares) are identical whatever either person's count", () => {
    fc.assert(
      fc.property(
        profileBodyArb,
        profileBodyArb,
        fc.constantFrom(...ROLES),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        (x, y, role, ne, nm) => {
          const e: MatchProfile = { ...x, id: "e", seeksMentorship: true, openToPeer: true };
          const m: MatchProfile = { ...y, id: "m", offersMentorship: true, openToPeer: true };
          const reasons = (a: MatchProfile, b: MatchProfile) =>
            explain((role === "peer" ? scorePeers(a, b, { at: AT }) : scorePair(a, b, { at: AT })).components, { viewerRole: role });
          const plain = reasons({ ...e, unanswered: 0 }, { ...m, unanswered: 0 });
          const counted = reasons({ ...e, unanswered: ne }, { ...m, unanswered: nm });
          expect(counted).toEqual(plain);
          const words = JSON.stringify(counted).toLowerCase();
          for (const w of ["respons", "answer", "request", "lapse", "expire", "reliab"]) expect(words).not.toContain(w);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("leaves no trace in what suggest() returns beyond the score", () => {
    const viewer = mentee("v", { seeks: ["g1"] });
    const r = suggest({ viewer, role: "mentee", candidates: [mentor("m1", { offers: ["g1"], unanswered: 3 })], at: AT });
    const s = r.suggestions[0]!;
    expect(s.reasons.map((x) => x.component)).not.toContain("responsiveness");
    expect(get(s.components).facts).toEqual({});
  });
});

describe("mentor load and engaged pairs in a round", () => {
  it("gives a full mentor no mentee and says why; a free slot is used", () => {
    const e = mentee("e1", { seeks: ["g1"] });
    const full = mentor("m-full", { offers: ["g1"], capacity: 2, activeMentees: 2 });
    const r = runRound([e], [full], { at: AT });
    expect(r.assignments).toEqual([]);
    expect(r.metrics.unmatched[0]!.excludedBy).toEqual({ MENTOR_AT_CAPACITY: 1 });
    expect(runRound([e], [{ ...full, activeMentees: 1 }], { at: AT }).assignments).toHaveLength(1);
  });

  it("never proposes a pair that is already engaged", () => {
    const e = mentee("e1", { seeks: ["g1"] });
    const m = mentor("m1", { offers: ["g1"] });
    const r = runRound([e], [m], { at: AT, context: createPairContext({ engaged: [["m1", "e1"]] }) });
    expect(r.assignments).toEqual([]);
    expect(r.metrics.unmatched[0]!.excludedBy).toEqual({ ENGAGED: 1 });
  });
});
