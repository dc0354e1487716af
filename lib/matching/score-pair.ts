import { FORMAT_BIT, FORMAT_KEYS, SCORE_SCALE, SECTORS, SECTOR_BIT, SYNC_FORMAT_MASK } from "./constants";
import type { PairKind } from "./constraints";
import { holdsConsented, holdsShown, intersectCount, intersectList, prepareSide, type Side, type SideEnv } from "./prepare-side";
import { sharedWindowsFor, weeklySharedMinutes } from "./availability";
import { DEFAULT_WEIGHTS, normalizeWeights } from "./weights";
import type { AffinityDemand, ComponentFacts, ComponentName, ComponentResult, FormatKey, MatchProfile, Sector, Weights } from "./types";

// Soft score: a weighted sum of named components, each in [0, 1]. Values come from
// value-only functions shared by the hot path and the detailed path, so the score a
// person sees, the score in their explanation and the score the round optimises are the
// same number. Facts for explanations are computed separately, only for the top k.
//
// Orientation: for a mentorship `a` is the mentee and `b` the mentor whatever the
// viewer's role, so both people see the same score. For peers `a` is the viewer.

export const COMPONENTS: readonly ComponentName[] = [
  "goalCoverage",
  "formatFit",
  "timezoneOverlap",
  "careerStageFit",
  "sectorFit",
  "reciprocalLearning",
  "affinity",
  "institutionDiversity",
  "language",
  "mentorLoad",
  "responsiveness",
];
const C = {
  goalCoverage: 0,
  formatFit: 1,
  timezoneOverlap: 2,
  careerStageFit: 3,
  sectorFit: 4,
  reciprocalLearning: 5,
  affinity: 6,
  institutionDiversity: 7,
  language: 8,
  mentorLoad: 9,
  responsiveness: 10,
} as const satisfies Record<ComponentName, number>;
/** Length of a component value buffer (componentValues). */
export const N_COMPONENTS = COMPONENTS.length;

// ---- formulas shared by values and facts -------------------------------------------

export function coverageValue(count: number, total: number): number {
  return total > 0 ? Math.min(1, count / total) : 0;
}

// Preferred beats fine; an asynchronous-only best format counts half, because
// all-email pairings were the ones that fizzled.
const PAIR_FORMAT_VALUE = { both: 1, one: 0.6, neither: 0.35 } as const;
const ASYNC_FACTOR = 0.5;

export function formatValue(a: Side, b: Side): number {
  const shared = a.acceptMask & b.acceptMask;
  let best = 0;
  for (let i = 0; i < FORMAT_KEYS.length; i++) {
    const bit = 1 << i;
    if ((shared & bit) === 0) continue;
    const prefs = ((a.preferredMask & bit) !== 0 ? 1 : 0) + ((b.preferredMask & bit) !== 0 ? 1 : 0);
    let v = prefs === 2 ? PAIR_FORMAT_VALUE.both : prefs === 1 ? PAIR_FORMAT_VALUE.one : PAIR_FORMAT_VALUE.neither;
    if ((bit & SYNC_FORMAT_MASK) === 0) v *= ASYNC_FACTOR;
    if (v > best) best = v;
  }
  return best;
}

// Hours a week both are free for the time-overlap component to count in full: plenty to
// find an hour a month, and more hardly makes meeting easier.
export const FULL_OVERLAP_HOURS_PER_WEEK = 10;

/** Time-overlap value from the weekly shared minutes: min(1, hours / 10). */
export function overlapValue(weeklyMinutes: number): number {
  const v = weeklyMinutes / 60 / FULL_OVERLAP_HOURS_PER_WEEK;
  return v > 1 ? 1 : v;
}

export function stageValue(menteeRank: number, mentorRank: number, kind: PairKind): number {
  if (menteeRank < 0 || mentorRank < 0) return 0;
  const d = mentorRank - menteeRank;
  if (kind === "peer") {
    const ad = d < 0 ? -d : d;
    return ad === 0 ? 1 : ad === 1 ? 0.6 : 0.2;
  }
  // A step or two ahead is the classic fit; same stage still helps (mid-career people
  // asked for lateral mentors); far ahead is fine; behind rarely is.
  if (d === 1) return 1;
  if (d === 2) return 0.9;
  if (d >= 3) return 0.7;
  if (d === 0) return 0.4;
  return 0.1;
}

const SECTOR_PART = 0.7;
const POSITION_PART = 0.3;

// Two shared "I'd like to learn that" topics are plenty for a two-way relationship.
const RECIPROCAL_SATURATION = 2;

export function loadValue(spareSlots: number, capacity: number, pressure: number): number {
  if (capacity <= 0 || spareSlots <= 0) return 0;
  const frac = Math.min(1, spareSlots / capacity);
  return pressure > 0 ? Math.pow(frac, 1 + pressure) : frac;
}

// ---- value-only path ----------------------------------------------------------------

function unionHits(
  aArr: readonly string[],
  aSet: Set<string> | null,
  b1: readonly string[],
  b1Set: Set<string> | null,
  b2: readonly string[],
  b2Set: Set<string> | null,
): number {
  // |a ∩ (b1 ∪ b2)| without building the union.
  let n = 0;
  if (b1Set !== null && b2Set !== null) {
    for (let i = 0; i < aArr.length; i++) {
      const x = aArr[i]!;
      if (b1Set.has(x) || b2Set.has(x)) n++;
    }
    return n;
  }
  if (aSet !== null) {
    for (let i = 0; i < b1.length; i++) if (aSet.has(b1[i]!)) n++;
    for (let i = 0; i < b2.length; i++) {
      const x = b2[i]!;
      if (aSet.has(x) && !(b1Set !== null ? b1Set.has(x) : b1.includes(x))) n++;
    }
    return n;
  }
  for (let i = 0; i < aArr.length; i++) {
    const x = aArr[i]!;
    if (b1.includes(x) || b2.includes(x)) n++;
  }
  return n;
}

function affinityValue(a: Side, b: Side): number {
  if (a.activePrefs === 0) return 0;
  const prefs = a.p.affinity;
  let met = 0;
  for (let i = 0; i < prefs.length; i++) {
    const pref = prefs[i]!;
    if (pref.preference === "SHARED") {
      if (holdsConsented(b, pref.attributeId)) met++;
    } else if (pref.preference === "DIFFERENT") {
      if (!holdsConsented(b, pref.attributeId)) met++;
    }
  }
  return met / a.activePrefs;
}

function languageShared(a: Side, b: Side): boolean {
  return intersectCount(a.p.languages, a.languagesSet, b.p.languages, b.languagesSet) > 0;
}

/** Fill `out` (length ≥ N_COMPONENTS, COMPONENTS order) with component values. No allocation. */
export function componentValues(a: Side, b: Side, kind: PairKind, out: Float64Array): void {
  const pa = a.p;
  const pb = b.p;
  const peer = kind === "peer";
  out[C.goalCoverage] = coverageValue(
    peer
      ? unionHits(pa.seeks, a.seeksSet, pb.offers, b.offersSet, pb.seeks, b.seeksSet)
      : intersectCount(pa.seeks, a.seeksSet, pb.offers, b.offersSet),
    pa.seeks.length,
  );
  out[C.formatFit] = formatValue(a, b);
  out[C.timezoneOverlap] =
    (a.acceptMask & b.acceptMask & SYNC_FORMAT_MASK) === 0
      ? 0
      : overlapValue(weeklySharedMinutes(a.offsetMin, a.availMask, b.offsetMin, b.availMask));
  out[C.careerStageFit] = stageValue(a.stageRank, b.stageRank, kind);
  out[C.sectorFit] =
    ((a.sectorMask & b.sectorMask) !== 0 ? SECTOR_PART : 0) +
    (pa.positionType !== null && pa.positionType === pb.positionType ? POSITION_PART : 0);
  const learned = peer
    ? unionHits(pa.offers, a.offersSet, pb.learns, b.learnsSet, pb.seeks, b.seeksSet)
    : intersectCount(pb.learns, b.learnsSet, pa.offers, a.offersSet);
  out[C.reciprocalLearning] = Math.min(1, learned / RECIPROCAL_SATURATION);
  out[C.affinity] = affinityValue(a, b);
  out[C.institutionDiversity] = pa.institutionKey !== null && pb.institutionKey !== null && pa.institutionKey !== pb.institutionKey ? 1 : 0;
  out[C.language] = languageShared(a, b) ? 1 : 0;
  out[C.mentorLoad] = peer ? 0 : loadValue(b.spareSlots, pb.capacity, b.pressure);
  out[C.responsiveness] = a.responsive * b.responsive;
}

// ---- weights per pair kind ------------------------------------------------------------

/** Normalised weights per pair kind; peers have no mentor load, so it is re-spread. */
export interface EffectiveWeights {
  mentorship: Float64Array;
  peer: Float64Array;
  normalized: Weights;
}

export function effectiveWeights(weights: Weights = DEFAULT_WEIGHTS): EffectiveWeights {
  const normalized = normalizeWeights(weights);
  const mentorship = new Float64Array(N_COMPONENTS);
  const peer = new Float64Array(N_COMPONENTS);
  for (let i = 0; i < N_COMPONENTS; i++) mentorship[i] = normalized[COMPONENTS[i]!];
  const rest = 1 - normalized.mentorLoad;
  for (let i = 0; i < N_COMPONENTS; i++) {
    const name = COMPONENTS[i]!;
    peer[i] = name === "mentorLoad" ? 0 : rest > 0 ? normalized[name] / rest : 0;
  }
  return { mentorship, peer, normalized };
}

/** Integer score on the SCORE_SCALE grid: what suggestions rank by and rounds optimise. */
export function weightedScoreInt(values: Float64Array, w: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < N_COMPONENTS; i++) sum += w[i]! * values[i]!;
  if (sum < 0) sum = 0;
  else if (sum > 1) sum = 1;
  return Math.round(sum * SCORE_SCALE);
}

// ---- facts (detail path, allocates) -------------------------------------------------

function formatsIn(mask: number): FormatKey[] {
  const out: FormatKey[] = [];
  for (const key of FORMAT_KEYS) if ((mask & FORMAT_BIT[key]) !== 0) out.push(key);
  return out;
}

function sectorsIn(mask: number): Sector[] {
  return SECTORS.filter((s) => (mask & SECTOR_BIT[s]) !== 0);
}

export function componentFacts(a: Side, b: Side, kind: PairKind): ComponentFacts {
  const pa = a.p;
  const pb = b.p;
  const peer = kind === "peer";
  const covered = peer ? intersectList(pa.seeks, [...pb.offers, ...pb.seeks]) : intersectList(pa.seeks, pb.offers);
  const fromOffers = peer ? intersectList(pa.seeks, pb.offers) : [...covered];
  const fromSeeks = peer ? covered.filter((g) => !fromOffers.includes(g)) : [];
  const topics = peer ? intersectList(pa.offers, [...pb.learns, ...pb.seeks]) : intersectList(pa.offers, pb.learns);
  const sync = (a.acceptMask & b.acceptMask & SYNC_FORMAT_MASK) !== 0;
  const zonesKnown = a.offsetMin === a.offsetMin && b.offsetMin === b.offsetMin;
  let relation: ComponentFacts["careerStageFit"]["relation"] = "unknown";
  if (a.stageRank >= 0 && b.stageRank >= 0) {
    const d = b.stageRank - a.stageRank;
    relation = d === 0 ? "same" : d < 0 ? "behind" : d >= 3 ? "far-ahead" : "ahead";
  }
  // Only attributes the other person chose to show appear, even internally: matching-only
  // matches (and every "prefer different" outcome, which would tell who holds an attribute by
  // its absence) count in the value above but leave no trace in the facts.
  const shownShared: string[] = [];
  for (const pref of pa.affinity) {
    if (pref.preference === "SHARED" && holdsShown(b, pref.attributeId) && !shownShared.includes(pref.attributeId)) {
      shownShared.push(pref.attributeId);
    }
  }
  return {
    goalCoverage: { covered, total: pa.seeks.length, fromOffers, fromSeeks },
    formatFit: {
      sharedPreferred: formatsIn(a.preferredMask & b.preferredMask),
      sharedAcceptable: formatsIn(a.acceptMask & b.acceptMask),
    },
    timezoneOverlap: {
      overlapHours: sync ? weeklySharedMinutes(a.offsetMin, a.availMask, b.offsetMin, b.availMask) / 60 : 0,
      synchronousShared: sync,
      zonesKnown,
      sharedA: sync ? sharedWindowsFor(a.offsetMin, a.availMask, b.offsetMin, b.availMask) : [],
      sharedB: sync ? sharedWindowsFor(b.offsetMin, b.availMask, a.offsetMin, a.availMask) : [],
    },
    careerStageFit: { seekerStage: pa.careerStage, partnerStage: pb.careerStage, relation },
    sectorFit: {
      sharedSectors: sectorsIn(a.sectorMask & b.sectorMask),
      samePositionType: pa.positionType !== null && pa.positionType === pb.positionType ? pa.positionType : null,
    },
    reciprocalLearning: { topics },
    affinity: { shownShared, preferencesSet: a.activePrefs, redacted: false },
    institutionDiversity: {
      outside: pa.institutionKey === null || pb.institutionKey === null ? null : pa.institutionKey !== pb.institutionKey,
    },
    language: { shared: intersectList(pa.languages, pb.languages) },
    mentorLoad: { spareSlots: b.spareSlots, capacity: pb.capacity, pressure: b.pressure, applicable: !peer },
    responsiveness: {},
  };
}

export interface PairScore {
  score: number;
  scoreInt: number;
  components: ComponentResult[];
}

/** Full detail for one pair of prepared sides (used for the top k and for tests). */
export function scoreSides(a: Side, b: Side, kind: PairKind, ew: EffectiveWeights, scratch?: Float64Array): PairScore {
  const values = scratch ?? new Float64Array(N_COMPONENTS);
  componentValues(a, b, kind, values);
  const w = kind === "peer" ? ew.peer : ew.mentorship;
  const scoreInt = weightedScoreInt(values, w);
  const facts = componentFacts(a, b, kind);
  const components = COMPONENTS.map((name, i) => ({
    name,
    value: values[i]!,
    weight: w[i]!,
    weighted: w[i]! * values[i]!,
    facts: facts[name],
  })) as ComponentResult[];
  return { score: scoreInt / SCORE_SCALE, scoreInt, components };
}

export interface ScoreOptions {
  weights?: Weights;
  // Reference instant for time-zone offsets (DST); defaults to now.
  at?: number | Date;
  affinityDemand?: AffinityDemand;
}

export function sideEnv(options: ScoreOptions = {}): SideEnv {
  const at = options.at === undefined ? Date.now() : typeof options.at === "number" ? options.at : options.at.getTime();
  return { atMs: at, affinityDemand: options.affinityDemand };
}

/** Score a mentorship (mentee, mentor) from raw profiles. Hard constraints are not checked. */
export function scorePair(mentee: MatchProfile, mentor: MatchProfile, options: ScoreOptions = {}): PairScore {
  const env = sideEnv(options);
  return scoreSides(prepareSide(mentee, env), prepareSide(mentor, env), "mentorship", effectiveWeights(options.weights));
}

/** Score a peer pair from the viewer's side. Hard constraints are not checked. */
export function scorePeers(viewer: MatchProfile, candidate: MatchProfile, options: ScoreOptions = {}): PairScore {
  const env = sideEnv(options);
  return scoreSides(prepareSide(viewer, env), prepareSide(candidate, env), "peer", effectiveWeights(options.weights));
}

export const COMPONENT_INDEX = C;
