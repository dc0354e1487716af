// Bands calibrated on the community's own pairs (issue 9, docs/decisions/0009): defaults before
// a first calibration, one background refresh when the stored one is stale (claimed atomically,
// so several instances never both run it, and never waited for by a request), "Strong" about
// the top tenth of each role's eligible pairs, and the same stored bands on lists and person pages.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => import("./support/fake-session"));

// A gate in front of the recalibration itself, so a test can hold a refresh mid-way and count
// how many ran; open by default, so everything else runs the real thing.
const gate = vi.hoisted(() => ({ open: Promise.resolve(), runs: 0 }));
vi.mock("@/lib/matches/calibrate-bands", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/matches/calibrate-bands")>();
  return {
    ...original,
    recalibrateBandsWith: async (...args: Parameters<typeof original.recalibrateBandsWith>) => {
      gate.runs++;
      await gate.open;
      return original.recalibrateBandsWith(...args);
    },
  };
});

import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { bandRefreshInFlight, forgetBandThresholds, getBandThresholds, recalibrateBands } from "@/lib/matches/band-calibration";
import {
  BAND_ROLES,
  MIN_CALIBRATION_VIEWERS,
  candidateShare,
  claimBandRecalibration,
  loadCommunity,
  suggestedIn,
  viewsIn,
} from "@/lib/matches/calibrate-bands";
import { getSuggestions } from "@/lib/matches/get-suggestions";
import { suggestionForPair } from "@/lib/matches/pair-suggestion";
import { DEFAULT_BAND_THRESHOLDS, SCORE_SCALE, scoreDistribution, type Role } from "@/lib/matching";
import { seedCommunity } from "../personas";

const HOUR_MS = 3600_000;
const rows = async () => new Map((await db.bandCalibration.findMany()).map((r) => [r.role, r]));
const makeStale = () => db.bandCalibration.updateMany({ data: { computedAt: new Date(Date.now() - 2 * HOUR_MS) } });
const actor = (id: string): CurrentUser => ({ id, role: "MEMBER" }) as CurrentUser;
function hold(): () => void {
  let release!: () => void;
  gate.open = new Promise<void>((resolve) => (release = resolve));
  return release;
}

// A test that fails while holding the gate must not hang the next one.
afterEach(() => {
  gate.open = Promise.resolve();
});

describe("the sample of a large community", () => {
  it("scores each viewer against an evenly spread share of the candidates, a different one for each", () => {
    const all = Array.from({ length: 1000 }, (_, i) => i);
    expect(candidateShare(all, 1000, 7)).toBe(all);
    const seen = new Array<number>(all.length).fill(0);
    for (let j = 0; j < 300; j++) {
      const share = candidateShare(all, 100, j);
      expect(new Set(share).size).toBe(100);
      for (const c of share) seen[c]!++;
    }
    // 300 viewers x 100 of 1,000 candidates: each candidate about 30 times, none left out.
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(25);
    expect(Math.max(...seen)).toBeLessThanOrEqual(35);
    expect(candidateShare(all, 100, 0)).not.toEqual(candidateShare(all, 100, 1));
  });
});

describe("a community too small to calibrate on", () => {
  beforeAll(async () => {
    await seedCommunity(db, 12);
  });

  it("gets the defaults at once, and a first refresh that leaves them in place", async () => {
    expect(await db.bandCalibration.count()).toBe(0);
    expect(await getBandThresholds("mentee")).toEqual(DEFAULT_BAND_THRESHOLDS);
    // Nothing was stored, so that read started one refresh (and did not wait for it).
    const running = bandRefreshInFlight();
    expect(running).toBeDefined();
    expect(await running).toBe(true);
    const stored = await rows();
    for (const role of BAND_ROLES) {
      // Fewer than MIN_CALIBRATION_VIEWERS people look in each role: defaults, stamped fresh.
      expect(stored.get(role), role).toMatchObject({ ...DEFAULT_BAND_THRESHOLDS, viewers: 0, pairs: 0 });
      expect(Date.now() - stored.get(role)!.computedAt.getTime()).toBeLessThan(60_000);
    }
    forgetBandThresholds();
    expect(await getBandThresholds("peer")).toEqual(DEFAULT_BAND_THRESHOLDS);
    // Fresh rows start no other refresh.
    expect(bandRefreshInFlight()).toBeUndefined();
  });
});

describe("a community of a few hundred", () => {
  let mentee: string;
  beforeAll(async () => {
    const ids = await seedCommunity(db, 260);
    await recalibrateBands();
    const community = await loadCommunity(db);
    mentee = community.find((p) => ids.includes(p.id) && p.seeksMentorship && p.seeks.length >= 2)!.id;
  });

  it('calls "Strong" about the top tenth of each role\'s eligible pairs, and "Good" the next 30 %', async () => {
    const stored = await rows();
    const community = await loadCommunity(db);
    for (const role of BAND_ROLES) {
      const row = stored.get(role)!;
      const viewers = community.filter((p) => viewsIn(p, role));
      const candidates = community.filter((p) => suggestedIn(p, role));
      // Under 300 viewers, the sample is everyone who looks in the role.
      expect(row.viewers, role).toBe(viewers.length);
      expect(row.viewers).toBeGreaterThanOrEqual(MIN_CALIBRATION_VIEWERS);
      let strong = 0;
      let good = 0;
      let pairs = 0;
      for (const viewer of viewers) {
        for (const score of scoreDistribution({ viewer, role, candidates })) {
          pairs++;
          if (score >= row.strongMin) strong++;
          else if (score >= row.goodMin) good++;
        }
      }
      expect(pairs, role).toBe(row.pairs);
      // Ties at a boundary go up, so a little over a tenth; never under.
      expect(strong / pairs, `${role}: Strong share`).toBeGreaterThanOrEqual(0.1);
      expect(strong / pairs, `${role}: Strong share`).toBeLessThan(0.13);
      expect((strong + good) / pairs, `${role}: Good or better`).toBeGreaterThanOrEqual(0.4);
      expect((strong + good) / pairs, `${role}: Good or better`).toBeLessThan(0.44);
      // And not the fixed thresholds by accident.
      expect(row).not.toMatchObject(DEFAULT_BAND_THRESHOLDS);
    }
  });

  it("gives lists and the one-pair check the stored bands", async () => {
    const at = async (strongMin: number, goodMin: number) => {
      await db.bandCalibration.update({ where: { role: "mentee" }, data: { strongMin, goodMin, computedAt: new Date() } });
      forgetBandThresholds();
      const list = await getSuggestions(actor(mentee), { role: "mentee" });
      expect(list.suggestions.length).toBeGreaterThan(3);
      for (const s of list.suggestions) {
        const pair = await suggestionForPair(actor(mentee), s.person.id, "mentee");
        expect(pair, s.person.id).toEqual({ role: "mentee", band: s.band, reasons: s.reasons, caveat: s.caveat });
      }
      return list.suggestions;
    };
    // Everyone clears the bar: Strong, except a mentor earlier in their career than the mentee
    // (capped at Good, with a caveat saying why they might still help).
    for (const s of await at(0, 0)) expect(s.band).toBe(s.caveat ? "good" : "strong");
    // Nobody does: Fair.
    for (const s of await at(SCORE_SCALE + 1, SCORE_SCALE + 1)) expect(s.band).toBe("fair");
    await recalibrateBands();
  });

  it("refreshes a stale calibration once, in the background: requests go on with the stored bands meanwhile", async () => {
    const before = await rows();
    await makeStale();
    forgetBandThresholds();
    gate.runs = 0;
    const release = hold();
    // The refresh starts and stops at the gate, after its claim; the request does not wait for it.
    const list = await getSuggestions(actor(mentee), { role: "mentee" });
    expect(list.suggestions.length).toBeGreaterThan(0);
    const running = bandRefreshInFlight();
    expect(running).toBeDefined();
    expect(await getBandThresholds("mentee")).toEqual({
      strongMin: before.get("mentee")!.strongMin,
      goodMin: before.get("mentee")!.goodMin,
    });
    // The claim runs in the background: wait until the refresh has reached the gate (after its
    // claim), or the stamps below could be read before the claim's statement finished.
    await vi.waitFor(() => expect(gate.runs).toBe(1), { timeout: 10_000 });
    // The claim moved every row's stamp, so another instance reading now would leave it alone.
    for (const role of BAND_ROLES) expect(Date.now() - (await rows()).get(role)!.computedAt.getTime()).toBeLessThan(60_000);
    expect(await claimBandRecalibration(db, new Date(Date.now() - HOUR_MS))).toEqual([]);
    release();
    expect(await running).toBe(true);
    expect(gate.runs).toBe(1);
    // The same community gives the same thresholds, now stored afresh.
    const after = await rows();
    for (const role of BAND_ROLES) {
      expect(after.get(role)).toMatchObject({ strongMin: before.get(role)!.strongMin, goodMin: before.get(role)!.goodMin });
    }
    // Fresh: the next requests start nothing.
    forgetBandThresholds();
    await getSuggestions(actor(mentee), { role: "mentee" });
    expect(bandRefreshInFlight()).toBeUndefined();
  });

  it("lets exactly one of several claimers at once take each stale or missing role", async () => {
    await makeStale();
    const staleBefore = new Date(Date.now() - HOUR_MS);
    // On PostgreSQL these are concurrent statements on separate connections.
    const claims = await Promise.all([1, 2, 3, 4].map(() => claimBandRecalibration(db, staleBefore)));
    expect(claims.filter((c) => c.length > 0)).toEqual([["mentee", "mentor", "peer"]]);
    expect(await claimBandRecalibration(db, staleBefore)).toEqual([]);

    await db.bandCalibration.delete({ where: { role: "peer" } });
    const again = await Promise.all([1, 2, 3].map(() => claimBandRecalibration(db, staleBefore)));
    expect(again.filter((c) => c.length > 0)).toEqual([["peer"] satisfies Role[]]);
    await recalibrateBands();
  });

  it("runs one refresh when two instances find the calibration stale at the same moment", async () => {
    // Two copies of the server module, each with its own memory and in-flight guard (as two
    // processes would have), sharing the database.
    vi.resetModules();
    const one = await import("@/lib/matches/band-calibration");
    vi.resetModules();
    const two = await import("@/lib/matches/band-calibration");
    expect(one.refreshBandsInBackground).not.toBe(two.refreshBandsInBackground);
    await makeStale();
    gate.runs = 0;
    const ran = await Promise.all([one.refreshBandsInBackground(), two.refreshBandsInBackground()]);
    expect(ran.filter(Boolean)).toHaveLength(1);
    expect(gate.runs).toBe(1);
    expect([...(await rows()).values()].every((r) => r.viewers >= MIN_CALIBRATION_VIEWERS)).toBe(true);
  });
});
