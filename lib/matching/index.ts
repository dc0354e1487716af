// Public API of the pure matching engine (no Prisma, no Next). The loader that fetches
// candidates and pair context from the database lives outside this folder.
export * from "./types";
export { SCORE_SCALE, FORMAT_KEYS, SECTORS, STAGE_LABEL, SECTOR_LABEL, FORMAT_LABEL } from "./constants";
export { pairKey, createPairContext, EMPTY_PAIR_CONTEXT, type IdPair } from "./pair-context";
export { checkHardConstraints, indexPairContext, EXCLUSION_CODES, type ExclusionCode, type PairKind } from "./constraints";
export { scorePair, scorePeers, COMPONENTS, effectiveWeights, type PairScore, type ScoreOptions } from "./score-pair";
export { DEFAULT_WEIGHTS, ProgramWeightsInput, normalizeWeights, resolveWeights } from "./weights";
export { explain, caveatText, MAX_REASONS, MAIN_SHARE, type ExplainOptions } from "./explain";
export { scoreBand, thresholdsFromScores, DEFAULT_BAND_THRESHOLDS, DEFAULT_BAND_SHARES, MIN_CALIBRATION_SCORES } from "./bands";
export { suggest, scoreDistribution, DEFAULT_K, type SuggestInput, type Suggestion, type SuggestResult } from "./suggest";
export {
  buildRoundGraph,
  roundGraphFromEdges,
  computeAffinityDemand,
  type RoundGraph,
  type BuildRoundOptions,
  type RawRoundEdge,
} from "./round-graph";
export { assignRound, runRound, bestFloor, type RoundObjective, type RoundResult, type AssignRoundOptions } from "./assign-round";
export { greedyRound } from "./greedy-round";
export {
  roundMetrics,
  assignmentsOf,
  assertValidAssignment,
  type RoundMetrics,
  type RoundAssignment,
  type UnmatchedMentee,
  type UnmatchedReason,
} from "./round-metrics";
export { zoneOffsetMinutes } from "./time-zones";
export {
  AVAILABILITY_WINDOWS,
  AVAILABILITY_VALUES,
  WINDOW_SPANS,
  availabilityMask,
  weeklySharedMinutes,
  sharedWindowsFor,
  sharedAvailability,
  sharedWindowText,
  stretchText,
  type AvailabilityOf,
  type SharedInterval,
  type WindowSpan,
} from "./availability";
