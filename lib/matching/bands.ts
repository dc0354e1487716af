import { SCORE_SCALE } from "./constants";
import type { BandThresholds, ScoreBand } from "./types";

// Bands say where a pair stands among the community's own eligible pairs for that viewer
// role: "strong" is roughly the top tenth, "good" the next 30 %, "fair" the rest (every one
// of them still passed every hard constraint). The thresholds are computed from the score
// distribution (thresholdsFromScores) and stored per role by the server; these defaults are
// only used before a first calibration. They are the fixed thresholds used until issue 9
// (0.635 / 0.465, calibrated by hand on the demo community).
export const DEFAULT_BAND_THRESHOLDS: BandThresholds = Object.freeze({
  strongMin: Math.round(0.635 * SCORE_SCALE),
  goodMin: Math.round(0.465 * SCORE_SCALE),
});

/** Band of an integer score (SCORE_SCALE grid). */
export function scoreBand(scoreInt: number, thresholds: BandThresholds = DEFAULT_BAND_THRESHOLDS): ScoreBand {
  if (scoreInt >= thresholds.strongMin) return "strong";
  if (scoreInt >= thresholds.goodMin) return "good";
  return "fair";
}

/** Below 20 eligible pairs a distribution says too little to set bands by. */
export const MIN_CALIBRATION_SCORES = 20;

export const DEFAULT_BAND_SHARES = Object.freeze({ strong: 0.1, good: 0.4 });

/**
 * Thresholds from a score distribution: `strong` = the share of pairs at the top (default
 * the top tenth), `good` = the cumulative share that is good or better (default 40 %: the
 * next 30 %), fair = the rest. Each threshold is the lowest score inside its share, so
 * ties at a boundary go up (a few more than a tenth may be strong, never a score that
 * equals a strong one left out). null for fewer than MIN_CALIBRATION_SCORES scores.
 */
export function thresholdsFromScores(
  scores: ArrayLike<number>,
  shares: { strong: number; good: number } = DEFAULT_BAND_SHARES,
): BandThresholds | null {
  const n = scores.length;
  if (n < MIN_CALIBRATION_SCORES) return null;
  if (!(shares.strong > 0 && shares.strong <= shares.good && shares.good <= 1)) {
    throw new RangeError("Band shares must satisfy 0 < strong <= good <= 1");
  }
  const sorted = Float64Array.from(scores).sort();
  // n * share rounds up to a whole pair; the epsilon keeps 30 * 0.1 from becoming 4.
  const count = (share: number) => Math.min(n, Math.max(1, Math.ceil(n * share - 1e-9)));
  return { strongMin: sorted[n - count(shares.strong)]!, goodMin: sorted[n - count(shares.good)]! };
}

/** "strong" becomes "good"; other bands are unchanged. */
export function capBandAtGood(band: ScoreBand): ScoreBand {
  return band === "strong" ? "good" : band;
}
