import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DEFAULT_BAND_THRESHOLDS, type BandThresholds, type Role } from "@/lib/matching";
import { BAND_ROLES, claimBandRecalibration, recalibrateBandsWith, type CalibrationResult } from "@/lib/matches/calibrate-bands";

// The bands every suggestion uses (lists, the person page, a request's page), calibrated on the
// community's own scores (calibrate-bands.ts) and refreshed lazily: a request reads the stored
// thresholds from memory (re-read from the database at most once a minute) and, when they are
// missing or older than BAND_RECALIBRATE_MINUTES, starts one refresh in the background and goes
// on with what it has (the defaults before a first calibration). A refresh claims its roles in
// the database first, so of several instances (or several requests of one) only one runs it.
// The next issue moves the schedule onto the job queue.

const READ_TTL_MS = 60_000;

type Stored = { thresholds: Map<string, BandThresholds & { computedAt: Date }>; at: number };
// Per database client, like the profile cache: tests and scripts install their own.
const stored = new WeakMap<object, { at: number; rows: Promise<Stored> }>();
const inFlight = new WeakMap<object, Promise<boolean>>();

const staleBefore = () => new Date(Date.now() - env.BAND_RECALIBRATE_MINUTES * 60_000);

function readStored(): Promise<Stored> {
  const cached = stored.get(db);
  if (cached && Date.now() - cached.at <= READ_TTL_MS) return cached.rows;
  const rows = db.bandCalibration.findMany().then((list) => {
    const thresholds = new Map(list.map((r) => [r.role, { strongMin: r.strongMin, goodMin: r.goodMin, computedAt: r.computedAt }]));
    const limit = staleBefore();
    const fresh = (role: Role) => (thresholds.get(role)?.computedAt.getTime() ?? 0) >= limit.getTime();
    if (!BAND_ROLES.every(fresh)) void refreshBandsInBackground();
    return { thresholds, at: Date.now() };
  });
  stored.set(db, { at: Date.now(), rows });
  rows.catch(() => stored.delete(db));
  return rows;
}

/**
 * The band thresholds for a viewer role: the community's calibration, or the defaults before
 * there is one. Never waits for a recalibration.
 */
export async function getBandThresholds(role: Role): Promise<BandThresholds> {
  const row = (await readStored()).thresholds.get(role);
  return row ? { strongMin: row.strongMin, goodMin: row.goodMin } : DEFAULT_BAND_THRESHOLDS;
}

/**
 * Recalibrates the roles this instance can claim (missing or stale ones), unless a refresh is
 * already running here. Resolves to whether this instance ran one; errors are logged, never
 * thrown, since nobody waits for it. Between viewers it yields to the event loop, so requests
 * keep being served while it scores.
 */
export function refreshBandsInBackground(): Promise<boolean> {
  const running = inFlight.get(db);
  if (running) return running;
  const client = db;
  const run = (async () => {
    const roles = await claimBandRecalibration(client, staleBefore());
    if (!roles.length) return false;
    await recalibrateBandsWith(client, { roles, pause: () => new Promise((resolve) => setImmediate(resolve)) });
    stored.delete(client);
    return true;
  })()
    .catch((error: unknown) => {
      console.error("Band recalibration failed; the previous thresholds stay in use.", error);
      return false;
    })
    .finally(() => inFlight.delete(client));
  inFlight.set(client, run);
  return run;
}

/** The refresh running in this instance, if any (tests wait for it). */
export function bandRefreshInFlight(): Promise<boolean> | undefined {
  return inFlight.get(db);
}

/** Computes and stores every role's thresholds now, unconditionally (the seed, an admin tool). */
export async function recalibrateBands(): Promise<CalibrationResult> {
  const result = await recalibrateBandsWith(db);
  stored.delete(db);
  return result;
}

/** Drops the in-memory copy, so the next request reads the stored thresholds again. */
export function forgetBandThresholds(): void {
  stored.delete(db);
}
