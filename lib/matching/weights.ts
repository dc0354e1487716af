import { z } from "zod";
import type { ComponentName, Weights } from "./types";

// Goals are the spine of matching (judge success by the mentee's goals), so goal
// coverage carries the most weight; format and hours decide whether people actually
// meet; the rest refine. Responsiveness (requests someone let lapse) is small on purpose:
// it moves an unresponsive person down a few places, never off the list. Sums to 1.
export const DEFAULT_WEIGHTS: Weights = Object.freeze({
  goalCoverage: 0.3,
  formatFit: 0.1,
  timezoneOverlap: 0.1,
  careerStageFit: 0.09,
  sectorFit: 0.06,
  reciprocalLearning: 0.07,
  affinity: 0.1,
  institutionDiversity: 0.05,
  language: 0.04,
  mentorLoad: 0.05,
  responsiveness: 0.04,
});

/**
 * Weights are relative, so no program needs more than a few orders of magnitude between them.
 * The cap keeps every sum finite: ten weights of 1e308 used to add up to Infinity and fail
 * normalisation with a 500.
 */
export const MAX_WEIGHT = 1000;

const weight = z
  .number({ error: `Use a number from 0 to ${MAX_WEIGHT}.` })
  .finite({ error: `Use a number from 0 to ${MAX_WEIGHT}.` })
  .min(0, { error: "A weight can't be negative." })
  .max(MAX_WEIGHT, { error: `Use a number from 0 to ${MAX_WEIGHT}.` });

/**
 * A program's stored override: any subset of components, merged over the defaults.
 * The merged set must keep at least one positive weight, or nothing could be ranked.
 */
export const ProgramWeightsInput = z
  .object({
    goalCoverage: weight,
    formatFit: weight,
    timezoneOverlap: weight,
    careerStageFit: weight,
    sectorFit: weight,
    reciprocalLearning: weight,
    affinity: weight,
    institutionDiversity: weight,
    language: weight,
    mentorLoad: weight,
    responsiveness: weight,
  } satisfies Record<ComponentName, typeof weight>)
  .partial()
  .strict()
  .refine((w) => sumOf({ ...DEFAULT_WEIGHTS, ...w }) > 0, {
    message: "At least one weight must be above zero.",
  });
export type ProgramWeightsInput = z.infer<typeof ProgramWeightsInput>;

function sumOf(w: Weights): number {
  let s = 0;
  for (const k in w) s += w[k as ComponentName];
  return s;
}

/** Scale weights to sum to 1 so scores stay in [0, 1] whatever a program stored. */
export function normalizeWeights(w: Weights): Weights {
  let sum = 0;
  for (const k in DEFAULT_WEIGHTS) {
    const v = w[k as ComponentName];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new RangeError(`Weight ${k} must be a finite non-negative number`);
    }
    sum += v;
  }
  if (!(sum > 0)) throw new RangeError("At least one weight must be above zero");
  // Each weight may be finite and their sum still overflow; every weight would then become 0.
  if (!Number.isFinite(sum)) throw new RangeError("Weights must add up to a finite number");
  const out = {} as Record<ComponentName, number>;
  for (const k in DEFAULT_WEIGHTS) out[k as ComponentName] = w[k as ComponentName] / sum;
  return out;
}

/** Validate a program's override and return normalised weights. Throws ZodError. */
export function resolveWeights(override: unknown): Weights {
  if (override === undefined || override === null) return normalizeWeights(DEFAULT_WEIGHTS);
  const parsed = ProgramWeightsInput.parse(override);
  return normalizeWeights({ ...DEFAULT_WEIGHTS, ...parsed });
}
