// Benchmark: a coordinator's round on a synthetic cohort (no database).
//   npx tsx scripts/bench-round.ts [mentees=5000] [mentors=1500] [seed=42]
// Prints wall time per phase, peak memory, and matched / floor / mean / total for both
// objectives and for greedy.
import { assignRound, buildRoundGraph, computeAffinityDemand, greedyRound, roundMetrics, type RoundMetrics } from "@/lib/matching";
import { syntheticCohort } from "@/tests/unit/matching/synthetic-profiles";

const [nArg, mArg, seedArg] = process.argv.slice(2);
const N = Number(nArg ?? 5000);
const M = Number(mArg ?? 1500);
const SEED = Number(seedArg ?? 42);
const AT = Date.UTC(2025, 2, 11, 15); // fixed instant: deterministic offsets

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sample, 5);
timer.unref();

const time = <T>(label: string, f: () => T): [T, number] => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const out = f();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  sample();
  // CPU time is shown too: on a shared machine wall time includes waiting for a core.
  console.log(
    `${label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms wall  ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(7)} ms cpu`,
  );
  return [out, ms];
};

const fmt = (m: RoundMetrics) =>
  `matched ${m.matched}/${m.mentees}  floor ${m.floor?.toFixed(6) ?? "-"}  mean ${m.mean?.toFixed(6) ?? "-"}  total ${m.total.toFixed(6)}`;

const { mentees, mentors } = syntheticCohort(SEED, N, M);
const totalCap = mentors.reduce((s, m) => s + m.capacity, 0);
console.log(`cohort: ${N} mentees x ${M} mentors, total capacity ${totalCap}, seed ${SEED}`);
console.log(`node ${process.version}, ${(await import("node:os")).cpus().length} cpus`);

const tStart = performance.now();
const [demand] = time("affinity demand", () => computeAffinityDemand(mentees, mentors));
const [graph, tGraph] = time("score all pairs (build graph)", () => buildRoundGraph(mentees, mentors, { at: AT, affinityDemand: demand }));
console.log(`eligible pairs: ${graph.targets.length} of ${N * M}`);
const [fair, tFair] = time("solve most-matched-then-fairest", () => assignRound(graph));
const [total, tTotal] = time("solve highest-total", () => assignRound(graph, { objective: "highest-total" }));
const [greedyMatch, tGreedy] = time("greedy", () => greedyRound(graph));
const greedy = roundMetrics(graph, greedyMatch);
const wall = performance.now() - tStart;
clearInterval(timer);
sample();

console.log("");
console.log(`fairest  : ${fmt(fair.metrics)}`);
console.log(`           stats ${JSON.stringify(fair.stats)}`);
console.log(`total    : ${fmt(total.metrics)}`);
console.log(`           stats ${JSON.stringify(total.stats)}`);
console.log(`greedy   : ${fmt(greedy)}`);
const unmatchedReasons = (m: RoundMetrics) =>
  m.unmatched.reduce<Record<string, number>>((acc, u) => ((acc[u.reason] = (acc[u.reason] ?? 0) + 1), acc), {});
console.log(`unmatched (fairest): ${JSON.stringify(unmatchedReasons(fair.metrics))}`);
console.log("");
console.log(`round wall time, graph + fairest : ${(tGraph + tFair).toFixed(0)} ms`);
console.log(`round wall time, graph + total   : ${(tGraph + tTotal).toFixed(0)} ms`);
console.log(`everything above (both + greedy) : ${wall.toFixed(0)} ms (greedy ${tGreedy.toFixed(0)} ms)`);
const ru = process.resourceUsage();
console.log(
  `peak RSS: sampled ${mb(peakRss)}, resourceUsage.maxRSS ${mb(ru.maxRSS * 1024)}; heapUsed now ${mb(process.memoryUsage().heapUsed)}`,
);
