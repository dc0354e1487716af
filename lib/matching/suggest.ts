import { SCORE_SCALE } from "./constants";
import { EXCLUSION_CODES, indexPairContext, pairExclusion, type ExclusionCode, type PairKind } from "./constraints";
import { explain, scoreBand } from "./explain";
import { EMPTY_PAIR_CONTEXT } from "./pair-context";
import { blankSide, fillLightSide, prepareSide, type Side } from "./prepare-side";
import { N_COMPONENTS, componentValues, effectiveWeights, scoreSides, sideEnv, weightedScoreInt } from "./score-pair";
import type { AffinityDemand, ComponentResult, LabelLookup, MatchProfile, PairContext, Reason, Role, ScoreBand, Weights } from "./types";

export interface SuggestInput {
  viewer: MatchProfile;
  // The role the viewer is looking in: "mentee" sees mentors, "mentor" sees mentees,
  // "peer" sees peers.
  role: Role;
  candidates: readonly MatchProfile[];
  context?: PairContext;
  weights?: Weights;
  labels?: LabelLookup;
  k?: number;
  at?: number | Date;
  affinityDemand?: AffinityDemand;
}

export interface Suggestion {
  candidateId: string;
  score: number;
  scoreInt: number;
  band: ScoreBand;
  components: ComponentResult[];
  reasons: Reason[];
}

export interface SuggestResult {
  suggestions: Suggestion[];
  considered: number;
  // How many candidates each hard constraint removed, so an empty state can say what
  // would help ("widen your formats") without naming anyone.
  excluded: Partial<Record<ExclusionCode, number>>;
}

const CODE_INDEX = Object.fromEntries(EXCLUSION_CODES.map((c, i) => [c, i])) as Record<ExclusionCode, number>;

export const DEFAULT_K = 10;

/**
 * Top-k suggestions for one viewer: hard constraints, then the soft score, then full
 * components and reasons for the k winners only. Sorted by score, ties by id.
 */
export function suggest(input: SuggestInput): SuggestResult {
  const k = Math.max(0, Math.floor(input.k ?? DEFAULT_K));
  const env = sideEnv({ at: input.at, affinityDemand: input.affinityDemand });
  const ew = effectiveWeights(input.weights);
  const role = input.role;
  const kind: PairKind = role === "peer" ? "peer" : "mentorship";
  const w = kind === "peer" ? ew.peer : ew.mentorship;
  const viewer = prepareSide(input.viewer, env);
  const ctx = indexPairContext(input.context ?? EMPTY_PAIR_CONTEXT, input.viewer.id).get(input.viewer.id);
  const candidates = input.candidates;
  const viewerIsMentee = role !== "mentor";

  // Everything below is allocation-free per candidate: one reused side, one reused
  // value buffer, and a fixed-size sorted top-k buffer.
  const light: Side = blankSide(input.viewer);
  const values = new Float64Array(N_COMPONENTS);
  const excluded = new Int32Array(EXCLUSION_CODES.length);
  const topScore = new Int32Array(k);
  const topIdx = new Int32Array(k);
  let size = 0;

  for (let ci = 0; ci < candidates.length; ci++) {
    const cand = candidates[ci]!;
    fillLightSide(light, cand, env);
    const a = viewerIsMentee ? viewer : light;
    const b = viewerIsMentee ? light : viewer;
    const code = pairExclusion(a, b, kind, ctx === undefined ? undefined : ctx.get(cand.id));
    if (code !== null) {
      excluded[CODE_INDEX[code]]!++;
      continue;
    }
    if (k === 0) continue;
    componentValues(a, b, kind, values);
    const s = weightedScoreInt(values, w);
    if (size === k) {
      const worst = topScore[k - 1]!;
      if (s < worst || (s === worst && cand.id >= candidates[topIdx[k - 1]!]!.id)) continue;
      size--;
    }
    // Insertion into the sorted buffer: k is small, and most candidates never get here.
    let pos = size;
    while (pos > 0) {
      const ps = topScore[pos - 1]!;
      if (ps > s || (ps === s && candidates[topIdx[pos - 1]!]!.id < cand.id)) break;
      topScore[pos] = ps;
      topIdx[pos] = topIdx[pos - 1]!;
      pos--;
    }
    topScore[pos] = s;
    topIdx[pos] = ci;
    size++;
  }

  const suggestions: Suggestion[] = [];
  for (let i = 0; i < size; i++) {
    const cand = candidates[topIdx[i]!]!;
    // Same light-side path as the loop, so the detailed score is bit-identical.
    const side = fillLightSide(blankSide(cand), cand, env);
    const detail = viewerIsMentee ? scoreSides(viewer, side, kind, ew) : scoreSides(side, viewer, kind, ew);
    if (detail.scoreInt !== topScore[i]) throw new Error("matching: detailed score differs from ranking score");
    const components = role === "mentor" ? redactAffinity(detail.components) : detail.components;
    suggestions.push({
      candidateId: cand.id,
      score: detail.scoreInt / SCORE_SCALE,
      scoreInt: detail.scoreInt,
      band: scoreBand(detail.scoreInt / SCORE_SCALE),
      components,
      reasons: explain(components, { viewerRole: role, labels: input.labels }),
    });
  }
  const excludedOut: Partial<Record<ExclusionCode, number>> = {};
  for (let i = 0; i < EXCLUSION_CODES.length; i++) if (excluded[i]! > 0) excludedOut[EXCLUSION_CODES[i]!] = excluded[i]!;
  return { suggestions, considered: candidates.length, excluded: excludedOut };
}

// A mentor must not learn what a mentee asked for about identity: the affinity facts
// (even counts) are dropped from what the mentor's view carries.
function redactAffinity(components: ComponentResult[]): ComponentResult[] {
  return components.map((c) =>
    c.name === "affinity" ? { ...c, facts: { shownShared: [], preferencesSet: 0, redacted: true } } : c,
  ) as ComponentResult[];
}
