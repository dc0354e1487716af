import { EXCLUSION_CODES, indexPairContext, pairExclusion, type ExclusionCode } from "./constraints";
import { EMPTY_PAIR_CONTEXT } from "./pair-context";
import { isConsented, prepareSide } from "./prepare-side";
import { N_COMPONENTS, componentValues, effectiveWeights, sideEnv, weightedScoreInt } from "./score-pair";
import type { AffinityDemand, MatchProfile, PairContext, Weights } from "./types";

// The round works on integers in typed arrays: eligible edges only (hard constraints
// already applied), each with its integer score on the SCORE_SCALE grid. People are
// sorted by id first, so the same cohort gives the same graph in any input order.
export interface RoundGraph {
  menteeIds: readonly string[];
  mentorIds: readonly string[];
  // Slots each mentor still has in this round (capacity - activeMentees, never < 0).
  capacity: Int32Array;
  // CSR by mentee: edges offsets[i]..offsets[i+1]-1, mentors ascending by index.
  offsets: Int32Array;
  targets: Int32Array;
  weights: Int32Array;
  // Per mentee, how many mentors each hard constraint excluded (n × EXCLUSION_CODES),
  // for "unmatched because ..." summaries. Absent for graphs built from raw edges.
  exclusions?: Int32Array;
}

export interface BuildRoundOptions {
  context?: PairContext;
  weights?: Weights;
  at?: number | Date;
  affinityDemand?: AffinityDemand;
}

function assertUnique(ids: readonly string[], what: string): void {
  for (let i = 1; i < ids.length; i++) {
    if (ids[i] === ids[i - 1]) throw new Error(`matching: duplicate ${what} id ${ids[i]}`);
  }
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

class GrowInt32 {
  data: Int32Array;
  length = 0;
  constructor(initial: number) {
    this.data = new Int32Array(Math.max(16, initial));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  trimmed(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Score every mentee × mentor pair with the suggestion scorer and keep eligible ones. */
export function buildRoundGraph(
  mentees: readonly MatchProfile[],
  mentors: readonly MatchProfile[],
  options: BuildRoundOptions = {},
): RoundGraph {
  const env = sideEnv(options);
  const w = effectiveWeights(options.weights).mentorship;
  const sortedMentees = [...mentees].sort(byId);
  const sortedMentors = [...mentors].sort(byId);
  const menteeIds = sortedMentees.map((p) => p.id);
  const mentorIds = sortedMentors.map((p) => p.id);
  assertUnique(menteeIds, "mentee");
  assertUnique(mentorIds, "mentor");
  const menteeSides = sortedMentees.map((p) => prepareSide(p, env));
  const mentorSides = sortedMentors.map((p) => prepareSide(p, env));
  const n = menteeSides.length;
  const m = mentorSides.length;
  const capacity = new Int32Array(m);
  for (let j = 0; j < m; j++) capacity[j] = mentorSides[j]!.p.accepting ? mentorSides[j]!.spareSlots : 0;
  const ctx = indexPairContext(options.context ?? EMPTY_PAIR_CONTEXT);
  const codeIndex = Object.fromEntries(EXCLUSION_CODES.map((c, i) => [c, i])) as Record<ExclusionCode, number>;
  const nCodes = EXCLUSION_CODES.length;
  const exclusions = new Int32Array(n * nCodes);
  const offsets = new Int32Array(n + 1);
  const targets = new GrowInt32(Math.min(n * m, 1 << 20));
  const weights = new GrowInt32(Math.min(n * m, 1 << 20));
  const values = new Float64Array(N_COMPONENTS);
  for (let i = 0; i < n; i++) {
    const a = menteeSides[i]!;
    const inner = ctx.get(a.p.id);
    for (let j = 0; j < m; j++) {
      const b = mentorSides[j]!;
      const code = pairExclusion(a, b, "mentorship", inner === undefined ? undefined : inner.get(b.p.id));
      if (code !== null) {
        exclusions[i * nCodes + codeIndex[code]]!++;
        continue;
      }
      componentValues(a, b, "mentorship", values);
      targets.push(j);
      weights.push(weightedScoreInt(values, w));
    }
    offsets[i + 1] = targets.length;
  }
  return { menteeIds, mentorIds, capacity, offsets, targets: targets.trimmed(), weights: weights.trimmed(), exclusions };
}

export interface RawRoundEdge {
  menteeId: string;
  mentorId: string;
  // Integer score; the round never looks at anything else.
  score: number;
}

/** Build a graph straight from integer-scored edges (tests, benchmarks, solvers). */
export function roundGraphFromEdges(input: {
  menteeIds: readonly string[];
  mentors: readonly { id: string; capacity: number }[];
  edges: readonly RawRoundEdge[];
}): RoundGraph {
  const menteeIds = [...input.menteeIds].sort();
  const mentorsSorted = [...input.mentors].sort(byId);
  const mentorIds = mentorsSorted.map((x) => x.id);
  assertUnique(menteeIds, "mentee");
  assertUnique(mentorIds, "mentor");
  const mi = new Map(menteeIds.map((id, i) => [id, i]));
  const mj = new Map(mentorIds.map((id, j) => [id, j]));
  const capacity = Int32Array.from(mentorsSorted, (x) => Math.max(0, Math.floor(x.capacity)));
  const byMentee: [number, number][][] = menteeIds.map(() => []);
  const seen = new Set<string>();
  for (const e of input.edges) {
    const i = mi.get(e.menteeId);
    const j = mj.get(e.mentorId);
    if (i === undefined || j === undefined) throw new Error(`matching: edge with unknown person ${e.menteeId}/${e.mentorId}`);
    if (!Number.isInteger(e.score) || e.score < 0) throw new Error("matching: edge scores must be non-negative integers");
    const key = `${i}:${j}`;
    if (seen.has(key)) throw new Error(`matching: duplicate edge ${e.menteeId}/${e.mentorId}`);
    seen.add(key);
    byMentee[i]!.push([j, e.score]);
  }
  const offsets = new Int32Array(menteeIds.length + 1);
  const targets: number[] = [];
  const weights: number[] = [];
  byMentee.forEach((list, i) => {
    list.sort((x, y) => x[0] - y[0]);
    for (const [j, s] of list) {
      targets.push(j);
      weights.push(s);
    }
    offsets[i + 1] = targets.length;
  });
  return { menteeIds, mentorIds, capacity, offsets, targets: Int32Array.from(targets), weights: Int32Array.from(weights) };
}

/**
 * Demand-to-supply ratio per identity attribute in a cohort: mentees preferring a
 * shared attribute, per accepting mentor with room who holds it with consent. Feed it
 * to scoring so that the few mentors with a scarce attribute are not flooded.
 */
export function computeAffinityDemand(mentees: readonly MatchProfile[], mentors: readonly MatchProfile[]): AffinityDemand {
  const demand = new Map<string, number>();
  for (const p of mentees) {
    for (const a of p.affinity) if (a.preference === "SHARED") demand.set(a.attributeId, (demand.get(a.attributeId) ?? 0) + 1);
  }
  const supply = new Map<string, number>();
  for (const p of mentors) {
    if (!p.accepting || p.capacity - p.activeMentees <= 0) continue;
    for (const a of p.identity) if (isConsented(a.visibility)) supply.set(a.attributeId, (supply.get(a.attributeId) ?? 0) + 1);
  }
  const out: Record<string, number> = {};
  for (const [attr, d] of demand) {
    const s = supply.get(attr) ?? 0;
    if (s > 0) out[attr] = d / s;
  }
  return out;
}
