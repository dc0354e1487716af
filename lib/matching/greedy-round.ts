import type { RoundGraph } from "./round-graph";

/**
 * The obvious heuristic, kept only as a baseline for benchmarks and property tests:
 * take pairs from the highest score down (ties: mentee, then mentor, by id order) while
 * both sides have room. It can leave mentees unmatched that an exact round would match.
 */
export function greedyRound(g: RoundGraph): Int32Array {
  const n = g.menteeIds.length;
  const { offsets, targets, weights, capacity } = g;
  const E = targets.length;
  let maxW = 0;
  for (let e = 0; e < E; e++) if (weights[e]! > maxW) maxW = weights[e]!;
  // One numeric key per edge, sorted natively: (maxW - w) * E + edgeIndex stays below
  // 2^53 for any realistic cohort and keeps the sort allocation-light.
  const keys = new Float64Array(E);
  for (let e = 0; e < E; e++) keys[e] = (maxW - weights[e]!) * E + e;
  keys.sort();
  const menteeOf = new Int32Array(E);
  for (let i = 0; i < n; i++) for (let e = offsets[i]!; e < offsets[i + 1]!; e++) menteeOf[e] = i;
  const matchOf = new Int32Array(n).fill(-1);
  const load = new Int32Array(g.mentorIds.length);
  for (let k = 0; k < E; k++) {
    const e = keys[k]! % E;
    const i = menteeOf[e]!;
    if (matchOf[i]! >= 0) continue;
    const j = targets[e]!;
    if (load[j]! >= capacity[j]!) continue;
    matchOf[i] = j;
    load[j]!++;
  }
  return matchOf;
}
