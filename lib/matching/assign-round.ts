import { maxCardinalityMatching, type Matching } from "./max-cardinality";
import { maxWeightMaxCardinality, type MinCostOptions } from "./min-cost-assignment";
import { assignmentsOf, roundMetrics, type RoundAssignment, type RoundMetrics } from "./round-metrics";
import { buildRoundGraph, type BuildRoundOptions, type RoundGraph } from "./round-graph";
import type { MatchProfile } from "./types";

// A coordinator's round: an exact assignment of a cohort's mentees to mentors. It only
// proposes; every pair still needs both people's yes.
//
// "most-matched-then-fairest" (default): match as many mentees as possible; among
// those assignments maximise the lowest pair score (the floor); then maximise the total
// among assignments with that count and floor.
// "highest-total": among maximum-count assignments, maximise the total score.
//
// Scores are integers (score × 1e6), so "maximise" is exact, never approximately so.
export type RoundObjective = "most-matched-then-fairest" | "highest-total";

export interface RoundResult {
  objective: RoundObjective;
  assignments: RoundAssignment[];
  metrics: RoundMetrics;
  // Mentor index per mentee in graph order (-1 = unmatched), for callers that keep
  // working with the graph.
  matchOf: Int32Array;
  stats: {
    maxMatchable: number;
    floorSearchSteps: number;
    solverIterations: number;
    sparseEdges: number;
    violationsAdded: number;
  };
}

export interface AssignRoundOptions extends MinCostOptions {
  objective?: RoundObjective;
}

export function assignRound(g: RoundGraph, options: AssignRoundOptions = {}): RoundResult {
  const objective = options.objective ?? "most-matched-then-fairest";
  let threshold = Number.NEGATIVE_INFINITY;
  let steps = 0;
  let maxMatchable = -1;
  if (objective === "most-matched-then-fairest") {
    const best = maxCardinalityMatching(g, threshold);
    maxMatchable = best.size;
    if (best.size > 0) {
      const found = bestFloor(g, best.size);
      threshold = found.floor;
      steps = found.steps;
    }
  }
  const solved = maxWeightMaxCardinality(g, threshold, options);
  if (maxMatchable >= 0 && solved.size !== maxMatchable) {
    throw new Error("matching: floor-restricted solve lost cardinality (internal invariant)");
  }
  return {
    objective,
    assignments: assignmentsOf(g, solved.matchOf),
    metrics: roundMetrics(g, solved.matchOf),
    matchOf: solved.matchOf,
    stats: {
      maxMatchable: solved.size,
      floorSearchSteps: steps,
      solverIterations: solved.stats.iterations,
      sparseEdges: solved.stats.sparseEdges,
      violationsAdded: solved.stats.violationsAdded,
    },
  };
}

/**
 * Largest threshold t such that `count` mentees can still be matched using only pairs
 * scoring >= t. Feasibility is monotone in t, so a binary search over integer scores
 * finds it exactly; the answer is always some pair's score.
 */
export function bestFloor(g: RoundGraph, count: number): { floor: number; steps: number } {
  const n = g.menteeIds.length;
  const { offsets, weights } = g;
  // Upper bound: at least `count` mentees need a pair >= t.
  const bestPerMentee: number[] = [];
  let minW = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    let best = -1;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const w = weights[e]!;
      if (w > best) best = w;
      if (w < minW) minW = w;
    }
    if (best >= 0) bestPerMentee.push(best);
  }
  bestPerMentee.sort((a, b) => b - a);
  let lo = minW; // feasible: every edge allowed
  let hi = bestPerMentee[count - 1]! + 1; // infeasible
  // Warm start: a valid matching for the current (infeasible) hi is valid at any lower t.
  let warm: Matching | undefined;
  let steps = 0;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    steps++;
    const res = maxCardinalityMatching(g, mid, warm, count);
    if (res.size >= count) lo = mid;
    else {
      hi = mid;
      warm = res;
    }
  }
  return { floor: lo, steps };
}

/** Build the graph from profiles with the suggestion scorer, then solve. */
export function runRound(
  mentees: readonly MatchProfile[],
  mentors: readonly MatchProfile[],
  options: BuildRoundOptions & AssignRoundOptions = {},
): RoundResult & { graph: RoundGraph } {
  const graph = buildRoundGraph(mentees, mentors, options);
  return { ...assignRound(graph, options), graph };
}
