import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, normalizeWeights, ProgramWeightsInput, resolveWeights } from "@/lib/matching";
import { MAX_WEIGHT } from "@/lib/matching/weights";

describe("weights", () => {
  it("defaults sum to 1", () => {
    expect(Object.values(DEFAULT_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it("normalises to sum 1 and rejects negative or all-zero weights", () => {
    const w = normalizeWeights({ ...DEFAULT_WEIGHTS, goalCoverage: 1.3 });
    expect(Object.values(w).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(w.goalCoverage).toBeCloseTo(1.3 / 2, 12);
    expect(() => normalizeWeights({ ...DEFAULT_WEIGHTS, language: -0.1 })).toThrow(RangeError);
    const zero = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0])) as typeof DEFAULT_WEIGHTS;
    expect(() => normalizeWeights(zero)).toThrow(RangeError);
  });
  it("validates a program's override", () => {
    expect(ProgramWeightsInput.safeParse({ affinity: 0.3 }).success).toBe(true);
    expect(ProgramWeightsInput.safeParse({ affinity: -1 }).success).toBe(false);
    expect(ProgramWeightsInput.safeParse({ nonsense: 1 }).success).toBe(false);
    const allZero = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0]));
    expect(ProgramWeightsInput.safeParse(allZero).success).toBe(false);
    const r = resolveWeights({ affinity: 0 });
    expect(r.affinity).toBe(0);
    expect(r.goalCoverage).toBeCloseTo(0.3 / 0.9, 12);
  });
  it("bounds every weight, so no override can sum to Infinity (1e308 each used to be a 500)", () => {
    const all = (v: number) => Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, v]));
    expect(() => normalizeWeights({ ...DEFAULT_WEIGHTS, ...all(1e308) })).toThrow(RangeError);
    for (const bad of [1e308, MAX_WEIGHT + 1, Infinity, -Infinity, NaN, -1, "1", "NaN", null]) {
      const parsed = ProgramWeightsInput.safeParse({ goalCoverage: bad });
      expect(parsed.success, String(bad)).toBe(false);
      expect(parsed.error!.issues[0]!.path).toEqual(["goalCoverage"]);
    }
    const max = resolveWeights(all(MAX_WEIGHT));
    expect(Object.values(max).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
