// npm run report:bands [-- --recalibrate]
//
// How the score bands fall in the current database (DATABASE_URL, default the embedded one), per
// viewer role: how many Strong / Good / Fair pairs, and what share, over every viewer's top 10
// (what their suggestions list shows first) and over all their eligible pairs, with the fixed
// thresholds used until issue 9 ("before") and with the community's calibration ("after", as
// stored by the seed or the server's background refresh; --recalibrate computes and stores it
// first). Every viewer of each role is counted, not a sample. A report, not a test: it asserts
// nothing. The rule is in docs/decisions/0009-honest-bands-and-availability.md.
//
// Top 10 bands come from the matcher itself (so a mentor earlier in their career than the mentee
// is capped at Good there); the all-pairs counts apply the thresholds to the raw scores.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db-client";
import {
  DEFAULT_BAND_THRESHOLDS,
  SCORE_SCALE,
  scoreBand,
  scoreDistribution,
  suggest,
  type BandThresholds,
  type Role,
  type ScoreBand,
} from "../lib/matching";
import {
  BAND_ROLES,
  computeBandCalibration,
  loadCommunity,
  loadViewerPairContext,
  recalibrateBandsWith,
  suggestedIn,
  viewsIn,
} from "../lib/matches/calibrate-bands";

for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);

const { values } = parseArgs({ options: { recalibrate: { type: "boolean", default: false } } });

type Counts = Record<ScoreBand, number>;
const zero = (): Counts => ({ strong: 0, good: 0, fair: 0 });

const fmt = (t: BandThresholds) => `Strong ≥ ${(t.strongMin / SCORE_SCALE).toFixed(3)}, Good ≥ ${(t.goodMin / SCORE_SCALE).toFixed(3)}`;
function row(label: string, c: Counts): string {
  const total = c.strong + c.good + c.fair;
  const pct = (n: number) => (total ? `${((100 * n) / total).toFixed(1)}%` : "-").padStart(6);
  const cell = (n: number) => `${String(n).padStart(8)} ${pct(n)}`;
  return `  ${label.padEnd(30)}${cell(c.strong)}  ${cell(c.good)}  ${cell(c.fair)}  ${String(total).padStart(9)}`;
}

async function main() {
  const { db } = createPrismaClient(process.env.DATABASE_URL);
  if (values.recalibrate) await recalibrateBandsWith(db);
  const stored = new Map((await db.bandCalibration.findMany()).map((r) => [r.role, r]));
  const community = await loadCommunity(db);
  const at = new Date();
  // Only to say what a role would get when nothing is stored yet (not written).
  const fallback = stored.size ? null : await computeBandCalibration(db, { at });

  console.log(`Band shares in ${process.env.DATABASE_URL ?? "the embedded database"}: ${community.length} finished profiles`);
  console.log(`Before: the fixed thresholds (${fmt(DEFAULT_BAND_THRESHOLDS)}).`);
  for (const role of BAND_ROLES) {
    const viewers = community.filter((p) => viewsIn(p, role));
    const candidates = community.filter((p) => suggestedIn(p, role));
    const s = stored.get(role);
    const computed = fallback?.[role];
    const after: BandThresholds = s ?? computed ?? DEFAULT_BAND_THRESHOLDS;
    const source = s
      ? s.viewers > 0
        ? `calibrated ${s.computedAt.toISOString()} on ${s.viewers} viewers' ${s.pairs} eligible pairs`
        : "defaults (too few people to calibrate on)"
      : computed
        ? `not stored yet; computed now on ${computed.viewers} viewers' ${computed.pairs} pairs`
        : "defaults (nothing stored, too few people to calibrate on)";
    const context = await loadViewerPairContext(
      db,
      viewers.map((v) => v.id),
    );
    const top = { before: zero(), after: zero() };
    const all = { before: zero(), after: zero() };
    let listed = 0;
    for (const viewer of viewers) {
      for (const [key, bands] of [
        ["before", DEFAULT_BAND_THRESHOLDS],
        ["after", after],
      ] as const) {
        for (const sug of suggest({ viewer, role, candidates, context, bands, k: 10, at }).suggestions) top[key][sug.band]++;
      }
      const scores = scoreDistribution({ viewer, role, candidates, context, at });
      listed += scores.length;
      for (const score of scores) {
        all.before[scoreBand(score, DEFAULT_BAND_THRESHOLDS)]++;
        all.after[scoreBand(score, after)]++;
      }
    }
    console.log(`\n${roleTitle(role)}: ${viewers.length} viewers, ${listed} eligible pairs. After: ${fmt(after)} (${source}).`);
    console.log(`  ${"".padEnd(30)}${"Strong".padStart(15)}  ${"Good".padStart(15)}  ${"Fair".padStart(15)}  ${"pairs".padStart(9)}`);
    console.log(row("top 10, before", top.before));
    console.log(row("top 10, after", top.after));
    console.log(row("all eligible pairs, before", all.before));
    console.log(row("all eligible pairs, after", all.after));
  }
  await db.$disconnect();
}

function roleTitle(role: Role): string {
  return { mentee: "Mentees looking for mentors", mentor: "Mentors looking at mentees", peer: "Peers looking for peers" }[role];
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  // PGlite keeps the event loop alive after Prisma disconnects.
  .finally(() => process.exit());
