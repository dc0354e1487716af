import { availabilityMask } from "./availability";
import { FORMAT_BIT, SECTOR_BIT, STAGE_RANK } from "./constants";
import { responsivenessFactor } from "./responsiveness";
import { zoneOffsetMinutes } from "./time-zones";
import type { AffinityDemand, AffinityPreference, FormatKey, MatchProfile } from "./types";

// A profile plus the derived numbers scoring needs. The viewer (and, in a round, every
// person) gets Sets for O(1) membership; a suggestion candidate is filled into one
// reused object without Sets, so scoring 100,000 candidates allocates nothing per
// candidate. Intersections always iterate the array of one side against the Set of the
// other, so at least one side of every pair must be prepared with sets.
export interface Side {
  p: MatchProfile;
  seeksSet: Set<string> | null;
  offersSet: Set<string> | null;
  learnsSet: Set<string> | null;
  languagesSet: Set<string> | null;
  // Identity attributes the person consented to use (MATCHING or SHOWN).
  consentedSet: Set<string> | null;
  acceptMask: number;
  preferredMask: number;
  sectorMask: number;
  stageRank: number;
  offsetMin: number;
  // Availability windows as bits (availability.ts); 0 = none known.
  availMask: number;
  // Preferences with SHARED or DIFFERENT that count for the score (required or not).
  activePrefs: number;
  hasRequired: boolean;
  // Mentor-side load facts, precomputed because they do not depend on the pair.
  spareSlots: number;
  pressure: number;
  // The person's own responsiveness factor in (0, 1] (responsiveness.ts).
  responsive: number;
}

export interface SideEnv {
  atMs: number;
  affinityDemand: AffinityDemand | undefined;
}

export function isConsented(visibility: string): boolean {
  return visibility === "MATCHING" || visibility === "SHOWN";
}

function isActivePref(a: AffinityPreference): boolean {
  return a.preference === "SHARED" || a.preference === "DIFFERENT";
}

// A person holding a rare, in-demand attribute fills up faster than anyone else; the
// pressure exponent makes their load score fall faster as they fill (spare^(1+p)).
const MAX_PRESSURE = 4;

function fillCommon(side: Side, p: MatchProfile, env: SideEnv): void {
  side.p = p;
  let accept = 0;
  let preferred = 0;
  const f = p.formats;
  for (const key in FORMAT_BIT) {
    const pref = f[key as FormatKey];
    const bit = FORMAT_BIT[key as FormatKey];
    if (pref === "PREFERRED") {
      accept |= bit;
      preferred |= bit;
    } else if (pref === "FINE") accept |= bit;
  }
  side.acceptMask = accept;
  side.preferredMask = preferred;
  let sectors = 0;
  for (let i = 0; i < p.sectors.length; i++) sectors |= SECTOR_BIT[p.sectors[i]!] ?? 0;
  side.sectorMask = sectors;
  side.stageRank = p.careerStage === null ? -1 : (STAGE_RANK[p.careerStage] ?? -1);
  side.offsetMin = zoneOffsetMinutes(p.timeZone, env.atMs);
  side.availMask = availabilityMask(p.availability);
  let active = 0;
  let required = false;
  for (let i = 0; i < p.affinity.length; i++) {
    const a = p.affinity[i]!;
    if (!isActivePref(a)) continue;
    active++;
    if (a.required) required = true;
  }
  side.activePrefs = active;
  side.hasRequired = required;
  const cap = p.capacity > 0 ? p.capacity : 0;
  side.spareSlots = Math.max(0, cap - Math.max(0, p.activeMentees));
  let pressure = 0;
  const demand = env.affinityDemand;
  if (demand !== undefined) {
    for (let i = 0; i < p.identity.length; i++) {
      const attr = p.identity[i]!;
      if (!isConsented(attr.visibility)) continue;
      const ratio = demand[attr.attributeId];
      if (ratio !== undefined && ratio > 1) {
        const q = ratio - 1;
        if (q > pressure) pressure = q;
      }
    }
  }
  side.pressure = pressure > MAX_PRESSURE ? MAX_PRESSURE : pressure;
  side.responsive = responsivenessFactor(p.unanswered);
}

export function prepareSide(p: MatchProfile, env: SideEnv): Side {
  const consented = new Set<string>();
  for (const attr of p.identity) if (isConsented(attr.visibility)) consented.add(attr.attributeId);
  const side = blankSide(p);
  side.seeksSet = new Set(p.seeks);
  side.offersSet = new Set(p.offers);
  side.learnsSet = new Set(p.learns);
  side.languagesSet = new Set(p.languages);
  side.consentedSet = consented;
  fillCommon(side, p, env);
  return side;
}

/** Refill a reusable light side (no Sets) for a candidate; returns the same object. */
export function fillLightSide(side: Side, p: MatchProfile, env: SideEnv): Side {
  fillCommon(side, p, env);
  return side;
}

export function blankSide(p: MatchProfile): Side {
  return {
    p,
    seeksSet: null,
    offersSet: null,
    learnsSet: null,
    languagesSet: null,
    consentedSet: null,
    acceptMask: 0,
    preferredMask: 0,
    sectorMask: 0,
    stageRank: -1,
    offsetMin: Number.NaN,
    availMask: 0,
    activePrefs: 0,
    hasRequired: false,
    spareSlots: 0,
    pressure: 0,
    responsive: 1,
  };
}

/** Does `side` hold `attributeId` with consent (MATCHING or SHOWN)? */
export function holdsConsented(side: Side, attributeId: string): boolean {
  if (side.consentedSet !== null) return side.consentedSet.has(attributeId);
  const identity = side.p.identity;
  for (let i = 0; i < identity.length; i++) {
    const a = identity[i]!;
    if (a.attributeId === attributeId && isConsented(a.visibility)) return true;
  }
  return false;
}

export function holdsShown(side: Side, attributeId: string): boolean {
  const identity = side.p.identity;
  for (let i = 0; i < identity.length; i++) {
    const a = identity[i]!;
    if (a.attributeId === attributeId && a.visibility === "SHOWN") return true;
  }
  return false;
}

/** |a ∩ b| using whichever side has a Set (arrays are assumed duplicate-free). */
export function intersectCount(
  aArr: readonly string[],
  aSet: Set<string> | null,
  bArr: readonly string[],
  bSet: Set<string> | null,
): number {
  let n = 0;
  if (bSet !== null) {
    for (let i = 0; i < aArr.length; i++) if (bSet.has(aArr[i]!)) n++;
  } else if (aSet !== null) {
    for (let i = 0; i < bArr.length; i++) if (aSet.has(bArr[i]!)) n++;
  } else {
    for (let i = 0; i < aArr.length; i++) if (bArr.includes(aArr[i]!)) n++;
  }
  return n;
}

/** Items of `aArr` (in its order, deduplicated) that are in b. Allocates: detail only. */
export function intersectList(aArr: readonly string[], bArr: readonly string[]): string[] {
  const b = new Set(bArr);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of aArr)
    if (b.has(x) && !seen.has(x)) {
      seen.add(x);
      out.push(x);
    }
  return out;
}
