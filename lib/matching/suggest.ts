import { capBandAtGood, DEFAULT_BAND_THRESHOLDS, scoreBand } from "./bands";
import { SCORE_SCALE } from "./constants";
import { EXCLUSION_CODES, indexPairContext, pairExclusion, type ExclusionCode, type PairKind } from "./constraints";
import { caveatText, explain, isLessExperiencedMentor } from "./explain";
import { EMPTY_PAIR_CONTEXT } from "./pair-context";
import { blankSide, fillLightSide, prepareSide, type Side } from "./prepare-side";
import { N_COMPONENTS, componentValues, effectiveWeights, scoreSides, sideEnv, weightedScoreInt } from "./score-pair";
import type {
  AffinityDemand,
  BandThresholds,
  ComponentResult,
  LabelLookup,
  MatchProfile,
  PairContext,
  Reason,
  Role,
  ScoreBand,
  Weights,
} from "./types";

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
  // Calibrated thresholds for the viewer's role (bands.ts); DEFAULT_BAND_THRESHOLDS if absent.
  bands?: BandThresholds;
}

export interface Suggestion {
  candidateId: string;
  score: number;
  scoreInt: number;
  band: ScoreBand;
  components: ComponentResult[];
  reasons: Reason[];
  // Set for a mentor earlier in their career than the mentee (never "strong" then): why
  // they might still help, in the viewer's words. null otherwise.
  caveat: string | null;
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

const BAND_ORDER: Readonly<Record<ScoreBand, number>> = { strong: 0, good: 1, fair: 2 };

type ScanInput = Omit<SuggestInput, "k" | "labels" | "bands">;

/**
 * The one loop over candidates shared by suggest() and scoreDistribution(): hard
 * constraints, then the integer score of every eligible candidate, handed to `visit`.
 * Allocation-free per candidate: one reused side and one reused value buffer.
 */
function scan(
  input: ScanInput,
  excluded: Int32Array | null,
  visit: (score: number, index: number) => void,
): { viewer: Side; kind: PairKind; env: ReturnType<typeof sideEnv>; ew: ReturnType<typeof effectiveWeights> } {
  const env = sideEnv({ at: input.at, affinityDemand: input.affinityDemand });
  const ew = effectiveWeights(input.weights);
  const kind: PairKind = input.role === "peer" ? "peer" : "mentorship";
  const w = kind === "peer" ? ew.peer : ew.mentorship;
  const viewer = prepareSide(input.viewer, env);
  const ctx = indexPairContext(input.context ?? EMPTY_PAIR_CONTEXT, input.viewer.id).get(input.viewer.id);
  const candidates = input.candidates;
  const viewerIsMentee = input.role !== "mentor";
  const light: Side = blankSide(input.viewer);
  const values = new Float64Array(N_COMPONENTS);
  for (let ci = 0; ci < candidates.length; ci++) {
    const cand = candidates[ci]!;
    fillLightSide(light, cand, env);
    const a = viewerIsMentee ? viewer : light;
    const b = viewerIsMentee ? light : viewer;
    const code = pairExclusion(a, b, kind, ctx === undefined ? undefined : ctx.get(cand.id));
    if (code !== null) {
      if (excluded !== null) excluded[CODE_INDEX[code]]!++;
      continue;
    }
    componentValues(a, b, kind, values);
    visit(weightedScoreInt(values, w), ci);
  }
  return { viewer, kind, env, ew };
}

/**
 * Top-k suggestions for one viewer: hard constraints, then the soft score, then full
 * components and reasons for the k winners only. Sorted by score, ties by id.
 */
export function suggest(input: SuggestInput): SuggestResult {
  const k = Math.max(0, Math.floor(input.k ?? DEFAULT_K));
  const role = input.role;
  const candidates = input.candidates;
  const viewerIsMentee = role !== "mentor";
  const excluded = new Int32Array(EXCLUSION_CODES.length);
  // A fixed-size sorted top-k buffer; most candidates never get into it.
  const topScore = new Int32Array(k);
  const topIdx = new Int32Array(k);
  let size = 0;

  const { viewer, kind, env, ew } = scan(input, excluded, (s, ci) => {
    if (k === 0) return;
    const id = candidates[ci]!.id;
    if (size === k) {
      const worst = topScore[k - 1]!;
      if (s < worst || (s === worst && id >= candidates[topIdx[k - 1]!]!.id)) return;
      size--;
    }
    let pos = size;
    while (pos > 0) {
      const ps = topScore[pos - 1]!;
      if (ps > s || (ps === s && candidates[topIdx[pos - 1]!]!.id < id)) break;
      topScore[pos] = ps;
      topIdx[pos] = topIdx[pos - 1]!;
      pos--;
    }
    topScore[pos] = s;
    topIdx[pos] = ci;
    size++;
  });

  const thresholds = input.bands ?? DEFAULT_BAND_THRESHOLDS;
  const suggestions: Suggestion[] = [];
  for (let i = 0; i < size; i++) {
    const cand = candidates[topIdx[i]!]!;
    // Same light-side path as the loop, so the detailed score is bit-identical.
    const side = fillLightSide(blankSide(cand), cand, env);
    const detail = viewerIsMentee ? scoreSides(viewer, side, kind, ew) : scoreSides(side, viewer, kind, ew);
    if (detail.scoreInt !== topScore[i]) throw new Error("matching: detailed score differs from ranking score");
    const components = role === "mentor" ? redactAffinity(detail.components) : detail.components;
    const band = scoreBand(detail.scoreInt, thresholds);
    suggestions.push({
      candidateId: cand.id,
      score: detail.scoreInt / SCORE_SCALE,
      scoreInt: detail.scoreInt,
      // A mentor earlier in their career than the mentee is never "strong" (issue 9).
      band: isLessExperiencedMentor(components, kind) ? capBandAtGood(band) : band,
      components,
      reasons: explain(components, { viewerRole: role, labels: input.labels }),
      caveat: caveatText(components, kind, role, input.labels),
    });
  }
  // A list reads best first: a capped pair (above) must not sit above a Strong one, so within the
  // top k the order is band first, then score (a stable sort: without caps nothing moves).
  suggestions.sort((x, y) => BAND_ORDER[x.band] - BAND_ORDER[y.band]);
  const excludedOut: Partial<Record<ExclusionCode, number>> = {};
  for (let i = 0; i < EXCLUSION_CODES.length; i++) if (excluded[i]! > 0) excludedOut[EXCLUSION_CODES[i]!] = excluded[i]!;
  return { suggestions, considered: candidates.length, excluded: excludedOut };
}

/**
 * Integer scores of every eligible candidate for this viewer (the same hard constraints and
 * score as suggest()), in candidate order: the distribution bands are calibrated on.
 */
export function scoreDistribution(input: ScanInput): Int32Array {
  const out = new Int32Array(input.candidates.length);
  let n = 0;
  scan(input, null, (s) => {
    out[n++] = s;
  });
  return out.slice(0, n);
}

// A mentor must not learn what a mentee asked for about identity: the affinity facts
// (even counts) are dropped from what the mentor's view carries.
function redactAffinity(components: ComponentResult[]): ComponentResult[] {
  return components.map((c) =>
    c.name === "affinity" ? { ...c, facts: { shownShared: [], preferencesSet: 0, redacted: true } } : c,
  ) as ComponentResult[];
}
