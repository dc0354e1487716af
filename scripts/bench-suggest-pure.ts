// Suggestions for one person among N synthetic candidates, pure scoring only (no DB).
//   npx tsx scripts/bench-suggest-pure.ts [runs=50]
// Prints p50 / p95 ms per call at 10,000 and 100,000 candidates, for a mentee viewer
// and a mentor viewer; then the same for scoreDistribution (every eligible score, what band
// calibration runs for a sample of viewers per role).
import { scoreDistribution, suggest, type MatchProfile, type Role } from "@/lib/matching";
import { mulberry32, syntheticProfile } from "@/tests/unit/matching/synthetic-profiles";

const RUNS = Number(process.argv[2] ?? 50);
const AT = Date.UTC(2025, 2, 11, 15);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

for (const size of [10_000, 100_000]) {
  const rnd = mulberry32(7);
  const community: MatchProfile[] = Array.from({ length: size }, (_, i) => syntheticProfile(rnd, `p-${i}`, "any"));
  const viewers: [Role, MatchProfile[]][] = [
    ["mentee", community.filter((p) => p.seeksMentorship).slice(0, RUNS)],
    ["mentor", community.filter((p) => p.offersMentorship).slice(0, RUNS)],
  ];
  for (const [role, people] of viewers) {
    // Warm-up (JIT, time-zone caches) is excluded from the figures.
    for (let w = 0; w < 5; w++) suggest({ viewer: people[w]!, role, candidates: community, k: 10, at: AT });
    const times: number[] = [];
    let shown = 0;
    for (const viewer of people) {
      const t0 = performance.now();
      const r = suggest({ viewer, role, candidates: community, k: 10, at: AT });
      times.push(performance.now() - t0);
      shown += r.suggestions.length;
    }
    times.sort((a, b) => a - b);
    console.log(
      `${String(size).padStart(7)} candidates, viewer ${role.padEnd(6)}: p50 ${percentile(times, 50).toFixed(2)} ms  p95 ${percentile(times, 95).toFixed(2)} ms  max ${times[times.length - 1]!.toFixed(2)} ms  (${RUNS} viewers, avg ${(shown / RUNS).toFixed(1)} suggestions)`,
    );
  }
  for (const [role, people] of viewers) {
    const times: number[] = [];
    let eligible = 0;
    for (const viewer of people) {
      const t0 = performance.now();
      eligible += scoreDistribution({ viewer, role, candidates: community, at: AT }).length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${String(size).padStart(7)} candidates, distribution ${role.padEnd(6)}: p50 ${percentile(times, 50).toFixed(2)} ms  p95 ${percentile(times, 95).toFixed(2)} ms  (avg ${(eligible / RUNS).toFixed(0)} eligible)`,
    );
  }
}
