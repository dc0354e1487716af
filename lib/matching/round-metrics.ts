import { EXCLUSION_CODES, type ExclusionCode } from "./constraints";
import { SCORE_SCALE } from "./constants";
import { edgeWeight } from "./min-cost-assignment";
import type { RoundGraph } from "./round-graph";

export type UnmatchedReason = "NO_ELIGIBLE_MENTOR" | "CAPACITY_TAKEN";

export interface UnmatchedMentee {
  menteeId: string;
  // NO_ELIGIBLE_MENTOR: every mentor was excluded by a hard constraint (see excludedBy).
  // CAPACITY_TAKEN: eligible mentors exist, but a maximum matching needs all of their
  // slots for other mentees.
  reason: UnmatchedReason;
  eligibleMentors: number;
  excludedBy?: Partial<Record<ExclusionCode, number>>;
}

export interface RoundAssignment {
  menteeId: string;
  mentorId: string;
  scoreInt: number;
  score: number;
}

export interface RoundMetrics {
  mentees: number;
  mentors: number;
  matched: number;
  // Lowest pair score among assignments (the fairness floor); null if nobody matched.
  floor: number | null;
  floorInt: number | null;
  mean: number | null;
  total: number;
  totalInt: number;
  unmatched: UnmatchedMentee[];
}

/** Metrics for any assignment (solver or greedy) given as mentor index per mentee. */
export function roundMetrics(g: RoundGraph, matchOf: Int32Array): RoundMetrics {
  const n = g.menteeIds.length;
  let matched = 0;
  let totalInt = 0;
  let floorInt = Number.POSITIVE_INFINITY;
  const unmatched: UnmatchedMentee[] = [];
  const nCodes = EXCLUSION_CODES.length;
  for (let i = 0; i < n; i++) {
    const j = matchOf[i]!;
    if (j >= 0) {
      const w = edgeWeight(g, i, j);
      if (w < 0) throw new Error(`matching: assignment uses an ineligible pair (${g.menteeIds[i]}, ${g.mentorIds[j]})`);
      matched++;
      totalInt += w;
      if (w < floorInt) floorInt = w;
      continue;
    }
    const degree = g.offsets[i + 1]! - g.offsets[i]!;
    const entry: UnmatchedMentee = {
      menteeId: g.menteeIds[i]!,
      reason: degree === 0 ? "NO_ELIGIBLE_MENTOR" : "CAPACITY_TAKEN",
      eligibleMentors: degree,
    };
    if (g.exclusions) {
      const by: Partial<Record<ExclusionCode, number>> = {};
      for (let c = 0; c < nCodes; c++) {
        const count = g.exclusions[i * nCodes + c]!;
        if (count > 0) by[EXCLUSION_CODES[c]!] = count;
      }
      entry.excludedBy = by;
    }
    unmatched.push(entry);
  }
  return {
    mentees: n,
    mentors: g.mentorIds.length,
    matched,
    floor: matched > 0 ? floorInt / SCORE_SCALE : null,
    floorInt: matched > 0 ? floorInt : null,
    mean: matched > 0 ? totalInt / matched / SCORE_SCALE : null,
    total: totalInt / SCORE_SCALE,
    totalInt,
    unmatched,
  };
}

export function assignmentsOf(g: RoundGraph, matchOf: Int32Array): RoundAssignment[] {
  const out: RoundAssignment[] = [];
  for (let i = 0; i < g.menteeIds.length; i++) {
    const j = matchOf[i]!;
    if (j < 0) continue;
    const w = edgeWeight(g, i, j);
    out.push({ menteeId: g.menteeIds[i]!, mentorId: g.mentorIds[j]!, scoreInt: w, score: w / SCORE_SCALE });
  }
  return out;
}

/** Throws if an assignment exceeds a capacity or uses an ineligible pair. */
export function assertValidAssignment(g: RoundGraph, matchOf: Int32Array): void {
  const load = new Int32Array(g.mentorIds.length);
  for (let i = 0; i < matchOf.length; i++) {
    const j = matchOf[i]!;
    if (j < 0) continue;
    if (edgeWeight(g, i, j) < 0) throw new Error("matching: ineligible pair assigned");
    if (++load[j]! > g.capacity[j]!) throw new Error("matching: capacity exceeded");
  }
}
