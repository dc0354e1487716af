import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assertValidAssignment,
  assignRound,
  createPairContext,
  greedyRound,
  pairKey,
  roundGraphFromEdges,
  roundMetrics,
  runRound,
  type RoundGraph,
} from "@/lib/matching";
import { maxCardinalityMatching } from "@/lib/matching/max-cardinality";
import { maxWeightMaxCardinality } from "@/lib/matching/min-cost-assignment";
import { menteesArb, mentorsArb, mentee, mentor, rawRoundArb } from "./arbitraries";
import { bruteForce } from "./brute-force";

const AT = Date.UTC(2025, 0, 15, 12);

function graph(menteeIds: string[], mentors: [string, number][], edges: [string, string, number][]): RoundGraph {
  return roundGraphFromEdges({
    menteeIds,
    mentors: mentors.map(([id, capacity]) => ({ id, capacity })),
    edges: edges.map(([menteeId, mentorId, score]) => ({ menteeId, mentorId, score })),
  });
}

describe("assignRound: hand-made cases", () => {
  it("matches more mentees than greedy when greedy grabs the contested mentor", () => {
    // Greedy gives m1 to e1 (score 9) and leaves e2 with nothing; exact gives both.
    const g = graph(
      ["e1", "e2"],
      [
        ["m1", 1],
        ["m2", 1],
      ],
      [
        ["e1", "m1", 9],
        ["e1", "m2", 8],
        ["e2", "m1", 5],
      ],
    );
    expect(roundMetrics(g, greedyRound(g)).matched).toBe(1);
    for (const objective of ["highest-total", "most-matched-then-fairest"] as const) {
      const r = assignRound(g, { objective });
      expect(r.metrics.matched).toBe(2);
      expect(r.assignments.map((a) => `${a.menteeId}-${a.mentorId}`)).toEqual(["e1-m2", "e2-m1"]);
    }
  });

  it("prefers a higher floor over a higher total under most-matched-then-fairest", () => {
    // Assignment A: e1-m1 (10) + e2-m2 (1) = 11, floor 1. Assignment B: e1-m2 (5) + e2-m1 (5) = 10, floor 5.
    const g = graph(
      ["e1", "e2"],
      [
        ["m1", 1],
        ["m2", 1],
      ],
      [
        ["e1", "m1", 10],
        ["e1", "m2", 5],
        ["e2", "m1", 5],
        ["e2", "m2", 1],
      ],
    );
    const fair = assignRound(g);
    expect(fair.metrics.floorInt).toBe(5);
    expect(fair.metrics.totalInt).toBe(10);
    const total = assignRound(g, { objective: "highest-total" });
    expect(total.metrics.totalInt).toBe(11);
    expect(total.metrics.floorInt).toBe(1);
  });

  it("maximises the total at the floor, not just the floor", () => {
    const g = graph(
      ["e1", "e2", "e3"],
      [
        ["m1", 1],
        ["m2", 1],
        ["m3", 1],
      ],
      [
        ["e1", "m1", 4],
        ["e1", "m2", 9],
        ["e2", "m1", 9],
        ["e2", "m2", 4],
        ["e3", "m3", 4],
      ],
    );
    const r = assignRound(g);
    expect(r.metrics.floorInt).toBe(4);
    expect(r.metrics.totalInt).toBe(22);
  });

  it("respects capacities greater than one", () => {
    const g = graph(
      ["e1", "e2", "e3"],
      [["m1", 2]],
      [
        ["e1", "m1", 3],
        ["e2", "m1", 2],
        ["e3", "m1", 1],
      ],
    );
    const r = assignRound(g, { objective: "highest-total" });
    expect(r.metrics.matched).toBe(2);
    expect(r.metrics.totalInt).toBe(5);
    expect(r.metrics.unmatched).toEqual([{ menteeId: "e3", reason: "CAPACITY_TAKEN", eligibleMentors: 1 }]);
  });

  it("lists a mentee with no eligible mentor with that reason", () => {
    const g = graph(["e1", "e2"], [["m1", 1]], [["e1", "m1", 3]]);
    const r = assignRound(g);
    expect(r.metrics.unmatched).toEqual([{ menteeId: "e2", reason: "NO_ELIGIBLE_MENTOR", eligibleMentors: 0 }]);
  });

  it("handles empty cohorts", () => {
    const g = graph([], [], []);
    expect(assignRound(g).metrics).toMatchObject({ matched: 0, floor: null, total: 0 });
    const g2 = graph(["e1"], [["m1", 0]], [["e1", "m1", 5]]);
    expect(assignRound(g2).metrics.matched).toBe(0);
  });

  it("is deterministic and independent of input order", () => {
    const edges: [string, string, number][] = [
      ["e1", "m1", 5],
      ["e1", "m2", 5],
      ["e2", "m1", 5],
      ["e2", "m2", 5],
      ["e3", "m1", 5],
    ];
    const a = assignRound(
      graph(
        ["e1", "e2", "e3"],
        [
          ["m1", 1],
          ["m2", 1],
        ],
        edges,
      ),
    );
    const b = assignRound(
      graph(
        ["e3", "e2", "e1"],
        [
          ["m2", 1],
          ["m1", 1],
        ],
        [...edges].reverse(),
      ),
    );
    expect(a.assignments).toEqual(b.assignments);
  });

  it("certifies optimality over all edges even when the sparse set misses the answer", () => {
    // With sparseK = 1 and no mentor extras each mentee only sees its favourite mentor
    // at first; duality must pull in the rest.
    const edges: [string, string, number][] = [];
    const ids = ["e1", "e2", "e3", "e4"];
    ids.forEach((e, i) => ["m1", "m2", "m3", "m4"].forEach((m, j) => edges.push([e, m, j === 0 ? 100 : 10 * (i + j)])));
    const g = graph(
      ids,
      [
        ["m1", 1],
        ["m2", 1],
        ["m3", 1],
        ["m4", 1],
      ],
      edges,
    );
    const res = maxWeightMaxCardinality(g, Number.NEGATIVE_INFINITY, { sparseK: 1, mentorExtra: 0 });
    expect(res.stats.iterations).toBeGreaterThan(1);
    expect(res.size).toBe(4);
    expect(res.total).toBe(bruteForce(g).highestTotal.total);
  });
});

describe("assignRound: exact against brute force on tiny instances", () => {
  const check = (maxWeight: number, sparseK?: number) =>
    fc.assert(
      fc.property(rawRoundArb(6, 4, maxWeight), (input) => {
        const g = roundGraphFromEdges(input);
        const oracle = bruteForce(g);
        const opts = sparseK === undefined ? {} : { sparseK, mentorExtra: 0 };
        const fair = assignRound(g, { ...opts, objective: "most-matched-then-fairest" });
        const total = assignRound(g, { ...opts, objective: "highest-total" });
        assertValidAssignment(g, fair.matchOf);
        assertValidAssignment(g, total.matchOf);
        expect(fair.metrics.matched).toBe(oracle.fairest.matched);
        expect(fair.metrics.floorInt).toBe(oracle.fairest.floor);
        expect(fair.metrics.totalInt).toBe(oracle.fairest.total);
        expect(total.metrics.matched).toBe(oracle.highestTotal.matched);
        expect(total.metrics.totalInt).toBe(oracle.highestTotal.total);
      }),
      { numRuns: 400 },
    );
  it("with many ties (scores 0..3)", () => check(3));
  it("with distinct-ish scores (0..1e6)", () => check(1_000_000));
  it("with a deliberately tiny sparse set (duality loop does the work)", () => check(20, 1));
});

describe("maxCardinalityMatching", () => {
  it("finds the maximum count, with or without a warm start", () => {
    fc.assert(
      fc.property(rawRoundArb(6, 4, 5), fc.integer({ min: 0, max: 5 }), (input, t) => {
        const g = roundGraphFromEdges(input);
        const restricted = roundGraphFromEdges({ ...input, edges: input.edges.filter((e) => e.score >= t) });
        const expected = bruteForce(restricted).highestTotal.matched;
        const cold = maxCardinalityMatching(g, t);
        expect(cold.size).toBe(expected);
        assertValidAssignment(restricted, cold.matchOf);
        const warm = maxCardinalityMatching(g, t + 1);
        expect(maxCardinalityMatching(g, t, warm).size).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe("runRound on profiles: properties", () => {
  const cohort = fc
    .tuple(menteesArb(10), mentorsArb(6), fc.array(fc.tuple(fc.nat(9), fc.nat(5)), { maxLength: 8 }))
    .map(([mentees, mentors, blockIdx]) => {
      const blocked = blockIdx
        .filter(([i, j]) => i < mentees.length && j < mentors.length)
        .map(([i, j]) => [mentees[i]!.id, mentors[j]!.id] as [string, string]);
      return { mentees, mentors, blocked };
    });

  it("never exceeds a capacity, never pairs a blocked or excluded pair, and beats greedy", () => {
    fc.assert(
      fc.property(cohort, ({ mentees, mentors, blocked }) => {
        const context = createPairContext({ blocked });
        const fair = runRound(mentees, mentors, { context, at: AT });
        const total = runRound(mentees, mentors, { context, at: AT, objective: "highest-total" });
        const g = fair.graph;
        const greedy = roundMetrics(g, greedyRound(g));
        const blockedKeys = new Set(blocked.map(([a, b]) => pairKey(a, b)));
        const byId = new Map(mentors.map((m) => [m.id, m]));
        const menteeById = new Map(mentees.map((m) => [m.id, m]));
        for (const r of [fair, total]) {
          const load = new Map<string, number>();
          for (const a of r.assignments) {
            const m = byId.get(a.mentorId)!;
            const e = menteeById.get(a.menteeId)!;
            load.set(a.mentorId, (load.get(a.mentorId) ?? 0) + 1);
            expect(load.get(a.mentorId)!).toBeLessThanOrEqual(m.capacity - m.activeMentees);
            expect(m.accepting).toBe(true);
            expect(blockedKeys.has(pairKey(a.menteeId, a.mentorId))).toBe(false);
            if (e.preferOutsideInstitution && e.institutionKey !== null) expect(m.institutionKey).not.toBe(e.institutionKey);
          }
          expect(r.metrics.matched).toBeGreaterThanOrEqual(greedy.matched);
        }
        // Fairest: a floor comparison is only meaningful at equal counts; when greedy
        // matched fewer it simply lost on the first criterion.
        if (fair.metrics.matched === greedy.matched && greedy.matched > 0)
          expect(fair.metrics.floorInt!).toBeGreaterThanOrEqual(greedy.floorInt!);
        if (total.metrics.matched === greedy.matched) expect(total.metrics.totalInt).toBeGreaterThanOrEqual(greedy.totalInt);
        // Both objectives match the same count; each wins on its own criterion.
        expect(fair.metrics.matched).toBe(total.metrics.matched);
        if (fair.metrics.matched > 0) expect(fair.metrics.floorInt!).toBeGreaterThanOrEqual(total.metrics.floorInt!);
        expect(total.metrics.totalInt).toBeGreaterThanOrEqual(fair.metrics.totalInt);
      }),
      { numRuns: 200 },
    );
  });

  it("scores round pairs exactly like suggestions (same integer grid)", () => {
    const e = mentee("e1", { seeks: ["g1"] });
    const m = mentor("m1", { offers: ["g1"] });
    const r = runRound([e], [m], { at: AT });
    expect(r.assignments).toHaveLength(1);
    expect(Number.isInteger(r.assignments[0]!.scoreInt)).toBe(true);
    expect(r.assignments[0]!.score).toBe(r.assignments[0]!.scoreInt / 1e6);
  });

  it("reports which constraints left a mentee without any mentor", () => {
    const e = mentee("e1", { institutionKey: "u1", preferOutsideInstitution: true });
    const m1 = mentor("m1", { institutionKey: "u1" });
    const m2 = mentor("m2", { accepting: false });
    const r = runRound([e], [m1, m2], { at: AT });
    expect(r.metrics.unmatched).toEqual([
      { menteeId: "e1", reason: "NO_ELIGIBLE_MENTOR", eligibleMentors: 0, excludedBy: { OWN_INSTITUTION: 1, MENTOR_PAUSED: 1 } },
    ]);
  });
});
