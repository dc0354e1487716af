// Optimality check of the round against an independent LP solver (HiGHS, via `highs`).
//   npx tsx scripts/bench-optimality.ts [instances=12]
// The capacitated assignment LP (x_e in [0,1], one mentor per mentee, sum per mentor
// <= capacity) has a totally unimodular constraint matrix, so its optimum is integral
// and equals the best assignment. For each instance:
//   - highest-total: LP max count K, then LP max total with count = K  == ours?
//   - fairest: LP with count = K using only pairs >= (our floor's next higher score)
//     must be infeasible (no better floor), and LP max total with count = K using
//     pairs >= our floor must equal our total.
//   - both objectives vs greedy on matched / floor / total.
import { assignRound, buildRoundGraph, greedyRound, roundGraphFromEdges, roundMetrics, type RoundGraph } from "@/lib/matching";
import { mulberry32, syntheticCohort } from "@/tests/unit/matching/synthetic-profiles";

const INSTANCES = Number(process.argv[2] ?? 12);
const highs = await (await import("highs")).default();

function lp(g: RoundGraph, opts: { minW: number; objective: "count" | "total"; count?: number }): { status: string; value: number } {
  const vars: string[] = [];
  const w: number[] = [];
  const byMentor: string[][] = g.mentorIds.map(() => []);
  const rows: string[] = [];
  for (let i = 0; i < g.menteeIds.length; i++) {
    const mine: string[] = [];
    for (let e = g.offsets[i]!; e < g.offsets[i + 1]!; e++) {
      if (g.weights[e]! < opts.minW) continue;
      const name = `x${e}`;
      vars.push(name);
      w.push(g.weights[e]!);
      mine.push(name);
      byMentor[g.targets[e]!]!.push(name);
    }
    if (mine.length) rows.push(`e${i}: ${chunk(mine.map((v) => `+ ${v}`))} <= 1`);
  }
  byMentor.forEach((list, j) => list.length && rows.push(`m${j}: ${chunk(list.map((v) => `+ ${v}`))} <= ${g.capacity[j]}`));
  if (vars.length === 0) return { status: opts.count ? "Infeasible" : "Optimal", value: 0 };
  if (opts.count !== undefined) rows.push(`card: ${chunk(vars.map((v) => `+ ${v}`))} = ${opts.count}`);
  const obj = opts.objective === "count" ? vars.map((v) => `+ ${v}`) : vars.map((v, k) => `+ ${w[k]} ${v}`);
  const text = [
    "Maximize",
    ` obj: ${chunk(obj)}`,
    "Subject To",
    ...rows.map((r) => ` ${r}`),
    "Bounds",
    ...vars.map((v) => ` 0 <= ${v} <= 1`),
    "End",
  ].join("\n");
  const res = highs.solve(text, { output_flag: false });
  return { status: res.Status, value: res.Status === "Optimal" ? res.ObjectiveValue : Number.NaN };
}

function chunk(terms: string[]): string {
  const lines: string[] = [];
  for (let k = 0; k < terms.length; k += 8) lines.push(terms.slice(k, k + 8).join(" "));
  return lines.join("\n   ");
}

function nextHigher(g: RoundGraph, t: number): number | null {
  let best: number | null = null;
  for (const w of g.weights) if (w > t && (best === null || w < best)) best = w;
  return best;
}

function randomGraph(seed: number, n: number, m: number): RoundGraph {
  const rnd = mulberry32(seed);
  const edges = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++)
      if (rnd() < 0.35) edges.push({ menteeId: `e${i}`, mentorId: `m${j}`, score: Math.floor(rnd() * 50) * 20_000 });
  return roundGraphFromEdges({
    menteeIds: Array.from({ length: n }, (_, i) => `e${i}`),
    mentors: Array.from({ length: m }, (_, j) => ({ id: `m${j}`, capacity: 1 + Math.floor(rnd() * 5) })),
    edges,
  });
}

let failures = 0;
const f6 = (x: number | null) => (x === null ? "-" : (x / 1e6).toFixed(6));
console.log(
  "instance                 n x m     K | total ours = LP        | floor ours (next: LP)       | fair total = LP     | greedy matched/floor/total",
);
for (let k = 0; k < INSTANCES; k++) {
  let g: RoundGraph;
  let label: string;
  if (k % 2 === 0) {
    const n = 60 + 20 * k;
    const m = 20 + 5 * k;
    const { mentees, mentors } = syntheticCohort(1000 + k, n, m);
    g = buildRoundGraph(mentees, mentors, { at: Date.UTC(2025, 2, 11, 15) });
    label = `profiles seed ${1000 + k}`;
  } else {
    const n = 40 + 15 * k;
    const m = 12 + 3 * k;
    g = randomGraph(2000 + k, n, m);
    label = `random seed ${2000 + k}`;
  }
  const total = assignRound(g, { objective: "highest-total" }).metrics;
  const fair = assignRound(g).metrics;
  const greedy = roundMetrics(g, greedyRound(g));
  const K = lp(g, { minW: -1, objective: "count" }).value;
  const lpTotal = lp(g, { minW: -1, objective: "total", count: Math.round(K) }).value;
  const next = fair.floorInt === null ? null : nextHigher(g, fair.floorInt);
  const above = next === null ? { status: "Infeasible" } : lp(g, { minW: next, objective: "count", count: fair.matched });
  const lpFairTotal = fair.floorInt === null ? 0 : lp(g, { minW: fair.floorInt, objective: "total", count: fair.matched }).value;
  const okCount = Math.round(K) === total.matched && total.matched === fair.matched;
  const okTotal = Math.round(lpTotal) === total.totalInt;
  const okFloor = above.status !== "Optimal";
  const okFairTotal = Math.round(lpFairTotal) === fair.totalInt;
  if (!(okCount && okTotal && okFloor && okFairTotal)) failures++;
  console.log(
    `${label.padEnd(22)} ${String(g.menteeIds.length).padStart(4)}x${String(g.mentorIds.length).padEnd(4)} ${String(total.matched).padStart(4)} | ` +
      `${f6(total.totalInt)} = ${f6(Math.round(lpTotal))} gap ${((lpTotal - total.totalInt) / 1e6).toFixed(6)} ${okTotal ? "ok" : "FAIL"} | ` +
      `${f6(fair.floorInt)} (>= ${f6(next)}: ${above.status}) ${okFloor ? "ok" : "FAIL"} | ` +
      `${f6(fair.totalInt)} = ${f6(Math.round(lpFairTotal))} ${okFairTotal ? "ok" : "FAIL"} | ` +
      `${greedy.matched}/${f6(greedy.floorInt)}/${f6(greedy.totalInt)}  vs fair ${fair.matched}/${f6(fair.floorInt)}/${f6(fair.totalInt)}  total ${total.matched}/${f6(total.floorInt)}/${f6(total.totalInt)}`,
  );
}
console.log(failures === 0 ? `\nall ${INSTANCES} instances: zero optimality gap` : `\n${failures} instance(s) FAILED`);
process.exitCode = failures === 0 ? 0 : 1;
