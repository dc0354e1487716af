// npm run bench:suggestions [-- --sizes 10000,100000 --targets pglite,postgres --viewers 40]
//
// Suggestions for one mentee, end to end on a real database: the SQL pre-filter (loader),
// scoring and explanations, as GET /api/matches does on each page view. For each size it
// seeds a fresh database with the demo generator (community, mentorships and requests, so
// mentors carry real load, and the score bands calibrated as the seed does), then times getSuggestions for random mentees and prints p50 / p95
// in milliseconds and the load it ran against. A benchmark, not a test: it asserts nothing.
//
// Runs under the react-server condition so `server-only` imports resolve (see package.json).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createPrismaClient, type Db } from "../lib/db-client";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,100000" },
    targets: { type: "string", default: "pglite,postgres" },
    viewers: { type: "string", default: "40" },
    // Internal: one (size, target) measurement in its own process, so each gets its own client.
    child: { type: "string" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const targets = values.targets.split(",");
const viewers = Number(values.viewers);
const adminUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function prepare(url: string, count: number) {
  const env = { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" };
  const t0 = performance.now();
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed.ts", "--count", String(count)], { env, stdio: "ignore" });
  return performance.now() - t0;
}

const WARMUP_CALLS = 5;

async function measure(db: Db) {
  (globalThis as unknown as { __constellationDb?: Db }).__constellationDb = db;
  const { getSuggestions } = await import("../lib/matches/get-suggestions");
  const mentees = await db.profile.findMany({
    where: { seeksMentorship: true, onboardedAt: { not: null } },
    select: { userId: true },
    orderBy: { userId: "asc" },
  });
  // Deterministic sample spread over the population.
  const step = Math.max(1, Math.floor(mentees.length / viewers));
  const sample = mentees.filter((_, i) => i % step === 0).slice(0, viewers);
  // The first call fills the in-process profile cache (a cold start); report it apart. The next
  // few are still slow while V8 and the database warm up (JIT, plans, catalog caches): a few
  // viewers outside the sample take them, reported apart too, so the figures describe the page
  // views of a running server, as bench-suggest-pure's do.
  const c0 = performance.now();
  await getSuggestions({ id: sample[0]!.userId, role: "MEMBER" }, { role: "mentee" });
  const cold = performance.now() - c0;
  const inSample = new Set(sample.map((s) => s.userId));
  let warmup = 0;
  for (const viewer of mentees.filter((m) => !inSample.has(m.userId)).slice(0, WARMUP_CALLS)) {
    const w0 = performance.now();
    await getSuggestions({ id: viewer.userId, role: "MEMBER" }, { role: "mentee", limit: 10 });
    warmup = Math.max(warmup, performance.now() - w0);
  }
  const times: number[] = [];
  let candidates = 0;
  for (const viewer of sample) {
    const t0 = performance.now();
    const result = await getSuggestions({ id: viewer.userId, role: "MEMBER" }, { role: "mentee", limit: 10 });
    times.push(performance.now() - t0);
    candidates += result.suggestions.length;
  }
  times.sort((a, b) => a - b);
  return {
    cold,
    warmup,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1)!,
    viewers: sample.length,
    avgShown: candidates / sample.length,
  };
}

/** The relationships the measurement ran against, so a figure without real load cannot pass for one. */
async function loadSummary(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<{ mentors: number; full: number; ties: number; open: number; late: number; lapsed: number }[]>`
    WITH held AS (SELECT "mentorId" AS id, count(*)::int AS n FROM "Mentorship"
                  WHERE kind = 'MENTORSHIP' AND status IN ('ACTIVE', 'PAUSED') GROUP BY "mentorId")
    SELECT (SELECT count(*)::int FROM "Profile" WHERE "offersMentorship") AS mentors,
      (SELECT count(*)::int FROM "Profile" p JOIN held ON held.id = p."userId" WHERE held.n >= p."mentorCapacity") AS full,
      (SELECT count(*)::int FROM "Mentorship" WHERE status IN ('ACTIVE', 'PAUSED')) AS ties,
      (SELECT count(*)::int FROM "MentorshipRequest" WHERE status = 'OPEN') AS open,
      (SELECT count(*)::int FROM "MentorshipRequest" WHERE status = 'OPEN' AND "createdAt" < now() - interval '7 days') AS late,
      (SELECT count(*)::int FROM "Profile" WHERE "requestsExpired" > 0) AS lapsed`;
  const r = row!;
  // The seed calibrates the bands, so no background recalibration runs during the timing.
  const bands = await db.bandCalibration.findUnique({ where: { role: "mentee" } });
  const calibrated = bands?.viewers ? `bands calibrated on ${bands.viewers} mentees' ${bands.pairs} pairs` : "bands not calibrated";
  return `load: ${r.full}/${r.mentors} mentors full, ${r.ties} active or paused ties, ${r.open} open requests (${r.late} past the reminder), ${r.lapsed} people with lapsed requests; ${calibrated}`;
}

async function child(url: string) {
  const { db } = createPrismaClient(url);
  const profiles = await db.profile.count();
  const load = await loadSummary(db);
  const r = await measure(db);
  console.log(
    `profiles=${String(profiles).padStart(6)}  p50=${r.p50.toFixed(1)} ms  p95=${r.p95.toFixed(1)} ms  max=${r.max.toFixed(1)} ms  cold=${r.cold.toFixed(0)} ms  warm-up max=${r.warmup.toFixed(0)} ms  (viewers=${r.viewers}, shown=${r.avgShown.toFixed(1)}; ${load})`,
  );
  await db.$disconnect();
  // PGlite keeps the event loop alive after Prisma disconnects; this process is done.
  process.exit(0);
}

async function main() {
  if (values.child) return child(values.child);
  console.log(`bench-suggestions: sizes=${sizes.join(",")} targets=${targets.join(",")} viewers=${viewers}`);
  for (const size of sizes) {
    for (const target of targets) {
      let url: string;
      let cleanup: () => Promise<void>;
      if (target === "pglite") {
        const dir = mkdtempSync(path.join(tmpdir(), "bench-pglite-"));
        url = `file:${dir}`;
        cleanup = async () => rmSync(dir, { recursive: true, force: true });
      } else {
        const name = `bench_${size}_${Date.now()}`;
        const admin = new pg.Client({ connectionString: adminUrl });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        await admin.end();
        const u = new URL(adminUrl);
        u.pathname = `/${name}`;
        url = u.toString();
        cleanup = async () => {
          const a = new pg.Client({ connectionString: adminUrl });
          await a.connect();
          await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await a.end();
        };
      }
      try {
        const seedMs = prepare(url, size);
        const line = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, "--child", url, "--viewers", String(viewers)], {
          env: process.env,
          encoding: "utf8",
        }).trim();
        console.log(`${target.padEnd(8)} ${line}  (setup ${(seedMs / 1000).toFixed(0)} s)`);
      } finally {
        await cleanup();
      }
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
