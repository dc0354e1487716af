import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import {
  DEFAULT_BAND_THRESHOLDS,
  createPairContext,
  scoreDistribution,
  thresholdsFromScores,
  type BandThresholds,
  type IdPair,
  type MatchProfile,
  type Role,
} from "@/lib/matching";
import { loadProfilesWhere } from "@/lib/matches/profile-rows";

// Band calibration: "Strong" means roughly the top tenth of the eligible pairs seen from that
// viewer role in this community, "Good" the next 30 %, "Fair" the rest (the rule and its reasons:
// docs/decisions/0009-honest-bands-and-availability.md). This file computes and stores the
// thresholds through any Prisma client, so the seed (its own client, outside Next) and the
// server's background refresh (lib/matches/band-calibration.ts, the app's client) run the same
// code. Nothing here decides when to run; band-calibration.ts does, with an atomic claim.

export const BAND_ROLES: readonly Role[] = ["mentee", "mentor", "peer"];

/** Viewers sampled per role: enough for a stable distribution, a bounded cost at any size. */
export const SAMPLE_VIEWERS = 300;
/**
 * Viewer-candidate pairs scored per role at most (about a second and a half of scoring). Past it,
 * each viewer is scored against an evenly spread share of the candidates, a different share for
 * each viewer: an unbiased sample of the eligible pairs, so the percentiles hold, at a cost that
 * stops growing with the community (10,000 profiles would otherwise mean 800,000 pairs a role).
 */
export const MAX_SCORED_PAIRS = 250_000;
/**
 * Below this, a role keeps the default thresholds: a handful of people says little about a
 * community, and their bands would swing with every newcomer.
 */
export const MIN_CALIBRATION_VIEWERS = 20;
export const MIN_CALIBRATION_PAIRS = 200;

export type RoleCalibration = BandThresholds & { viewers: number; pairs: number };
/** Per role: the thresholds computed, or null when the role had too few viewers or pairs (defaults apply). */
export type CalibrationResult = Record<Role, RoleCalibration | null>;

/** How long scoring runs before `pause` lets the event loop serve requests. */
const PAUSE_AFTER_MS = 15;
/** Below this many viewer-candidate pairs in a role, scoring takes a few milliseconds: no pause. */
const PAUSE_FROM_PAIRS = 100_000;

export type CalibrationOptions = {
  roles?: readonly Role[];
  /** Awaited between viewers once scoring has run PAUSE_AFTER_MS (large communities only), so a background run lets requests in. */
  pause?: () => Promise<void>;
  /** The moment scores are computed at (default now); tests and reports pin it. */
  at?: Date;
};

/** Who looks in a role: those a suggestions list would be shown to (a full or paused mentor sees none). */
export function viewsIn(p: MatchProfile, role: Role): boolean {
  if (role === "mentee") return p.seeksMentorship;
  if (role === "mentor") return p.offersMentorship && p.accepting && p.activeMentees < p.capacity;
  return p.openToPeer;
}

/** Who can be suggested in a role at all (the pure matcher applies every other hard constraint). */
export function suggestedIn(p: MatchProfile, role: Role): boolean {
  if (role === "mentee") return p.offersMentorship;
  if (role === "mentor") return p.seeksMentorship;
  return p.openToPeer;
}

/** Up to `n` items spread evenly over a list sorted by id: deterministic, and no corner of the id space favoured. */
export function spreadSample<T>(sorted: readonly T[], n: number): T[] {
  if (sorted.length <= n) return [...sorted];
  return Array.from({ length: n }, (_, j) => sorted[Math.floor((j * sorted.length) / n)]!);
}

/**
 * The `j`-th viewer's share of `all` candidates when each may score only `m` of them: every
 * (n / m)-th one from an offset that moves with `j` (golden-ratio steps), so together the viewers
 * cover the candidates evenly. All of them when m >= n.
 */
export function candidateShare<T>(all: readonly T[], m: number, j: number): readonly T[] {
  const n = all.length;
  if (m >= n) return all;
  const step = n / m;
  const offset = ((j * 0.6180339887498949) % 1) * step;
  return Array.from({ length: m }, (_, i) => all[Math.floor(offset + i * step) % n]!);
}

/** Every finished profile as the matcher sees it, sorted by id. */
export async function loadCommunity(client: Db): Promise<MatchProfile[]> {
  const all = await loadProfilesWhere(client, Prisma.sql`TRUE`);
  return all.map((p) => p.match).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Blocks, live dismissals and engaged pairs (an open request either way, an active or paused tie)
 * that involve any of these viewers, as the pure matcher's pair context: the same pairs the
 * suggestions loader leaves out in SQL.
 */
export async function loadViewerPairContext(client: Db, viewerIds: string[]) {
  if (!viewerIds.length) return createPairContext();
  const [blocks, dismissals, requests, ties] = await Promise.all([
    client.block.findMany({
      where: { OR: [{ blockerId: { in: viewerIds } }, { blockedId: { in: viewerIds } }] },
      select: { blockerId: true, blockedId: true },
    }),
    client.matchDismissal.findMany({
      where: { userId: { in: viewerIds }, hiddenUntil: { gt: new Date() } },
      select: { userId: true, candidateId: true },
    }),
    client.mentorshipRequest.findMany({
      where: { status: "OPEN", OR: [{ requesterId: { in: viewerIds } }, { recipientId: { in: viewerIds } }] },
      select: { requesterId: true, recipientId: true },
    }),
    client.mentorship.findMany({
      where: { status: { in: ["ACTIVE", "PAUSED"] }, OR: [{ mentorId: { in: viewerIds } }, { menteeId: { in: viewerIds } }] },
      select: { mentorId: true, menteeId: true },
    }),
  ]);
  return createPairContext({
    blocked: blocks.map((b): IdPair => [b.blockerId, b.blockedId]),
    dismissed: dismissals.map((d): IdPair => [d.userId, d.candidateId]),
    engaged: [...requests.map((r): IdPair => [r.requesterId, r.recipientId]), ...ties.map((t): IdPair => [t.mentorId, t.menteeId])],
  });
}

/**
 * The thresholds each role's pairs call for, without storing them: up to SAMPLE_VIEWERS viewers
 * per role (spread over the ids), the scores of every candidate eligible for each (the same hard
 * constraints as their suggestions; a spread share of the candidates past MAX_SCORED_PAIRS),
 * pooled, then cut at the top tenth and the top 40 %.
 */
export async function computeBandCalibration(client: Db, options: CalibrationOptions = {}): Promise<CalibrationResult> {
  const roles = options.roles ?? BAND_ROLES;
  const community = await loadCommunity(client);
  const result: CalibrationResult = { mentee: null, mentor: null, peer: null };
  for (const role of roles) {
    const viewers = spreadSample(
      community.filter((p) => viewsIn(p, role)),
      SAMPLE_VIEWERS,
    );
    const candidates = community.filter((p) => suggestedIn(p, role));
    const context = await loadViewerPairContext(
      client,
      viewers.map((v) => v.id),
    );
    const pooled: Int32Array[] = [];
    let pairs = 0;
    // Pausing costs a turn of the event loop each time; only a large community needs it.
    const pauses = options.pause && viewers.length * candidates.length >= PAUSE_FROM_PAIRS ? options.pause : null;
    const perViewer = Math.max(1, Math.floor(MAX_SCORED_PAIRS / Math.max(1, viewers.length)));
    let busy = 0;
    for (const [j, viewer] of viewers.entries()) {
      const started = performance.now();
      const scores = scoreDistribution({ viewer, role, candidates: candidateShare(candidates, perViewer, j), context, at: options.at });
      busy += performance.now() - started;
      pooled.push(scores);
      pairs += scores.length;
      if (pauses && busy >= PAUSE_AFTER_MS) {
        await pauses();
        busy = 0;
      }
    }
    if (viewers.length < MIN_CALIBRATION_VIEWERS || pairs < MIN_CALIBRATION_PAIRS) continue;
    const all = new Int32Array(pairs);
    let offset = 0;
    for (const scores of pooled) all.set(scores, (offset += scores.length) - scores.length);
    const thresholds = thresholdsFromScores(all);
    if (thresholds) result[role] = { ...thresholds, viewers: viewers.length, pairs };
  }
  return result;
}

/** Stores a calibration: computed roles get their thresholds, the others the defaults again. */
export async function writeBandCalibration(client: Db, result: CalibrationResult, roles: readonly Role[] = BAND_ROLES): Promise<void> {
  const computedAt = new Date();
  for (const role of roles) {
    const row = result[role] ?? { ...DEFAULT_BAND_THRESHOLDS, viewers: 0, pairs: 0 };
    const data = { strongMin: row.strongMin, goodMin: row.goodMin, viewers: row.viewers, pairs: row.pairs, computedAt };
    await client.bandCalibration.upsert({ where: { role }, create: { role, ...data }, update: data });
  }
}

/** Computes and stores the thresholds for every role now (the seed; a background refresh claims first). */
export async function recalibrateBandsWith(client: Db, options: CalibrationOptions = {}): Promise<CalibrationResult> {
  const result = await computeBandCalibration(client, options);
  await writeBandCalibration(client, result, options.roles);
  return result;
}

/**
 * Claims the roles whose calibration is missing or older than `staleBefore`, atomically: one
 * statement inserts a placeholder row (default thresholds, zero viewers) for a missing role and
 * moves `computedAt` of a stale one to now, and returns only the rows it inserted or moved.
 * PostgreSQL locks each row for the statement, so when several instances claim at once each
 * role goes to exactly one of them; the others see a fresh row and get nothing back. A
 * claimer that dies mid-way leaves the old thresholds in place until the next period.
 */
export async function claimBandRecalibration(client: Db, staleBefore: Date): Promise<Role[]> {
  const now = new Date();
  const rows = BAND_ROLES.map(
    (role) => Prisma.sql`(${role}, ${DEFAULT_BAND_THRESHOLDS.strongMin}, ${DEFAULT_BAND_THRESHOLDS.goodMin}, 0, 0, ${now})`,
  );
  const claimed = await client.$queryRaw<{ role: string }[]>`
    INSERT INTO "BandCalibration" ("role", "strongMin", "goodMin", "viewers", "pairs", "computedAt")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("role") DO UPDATE SET "computedAt" = EXCLUDED."computedAt"
    WHERE "BandCalibration"."computedAt" < ${staleBefore}
    RETURNING "role"`;
  return BAND_ROLES.filter((role) => claimed.some((c) => c.role === role));
}
