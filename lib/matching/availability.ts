import { zoneOffsetMinutes } from "./time-zones";
import type { AvailabilityWindow, SharedWindow } from "./types";

// Rough weekly availability, each person in their own local time: public-desk staff do not
// work 9 to 5, so shared hours come from what people say, not from an assumed workday.
// Pure and client-safe (the onboarding form shows the same labels and hours).
//
// Hot path: the time-overlap component needs only "how many hours a week are both free",
// which depends on the offset difference and the two window sets alone, so it is computed
// once per (offset difference, windows of a, windows of b) and cached. Offsets come from
// Intl at the reference instant (time-zones.ts), so DST is the zone database's business.

export type { AvailabilityWindow, SharedWindow } from "./types";

export const AVAILABILITY_WINDOWS = [
  { value: "WEEKDAY_DAYTIME", label: "Weekday daytime", hours: "9 am to 5 pm", phrase: "weekdays during the day" },
  { value: "WEEKDAY_EVENING", label: "Weekday evenings", hours: "6 to 9 pm", phrase: "weekday evenings" },
  { value: "WEEKEND", label: "Weekends", hours: "10 am to 5 pm", phrase: "weekends" },
] as const satisfies readonly { value: AvailabilityWindow; label: string; hours: string; phrase: string }[];

export const AVAILABILITY_VALUES: readonly AvailabilityWindow[] = AVAILABILITY_WINDOWS.map((w) => w.value);

/** Where a window sits in its owner's week: days 0 = Monday .. 6 = Sunday, minutes of the local day. */
export interface WindowSpan {
  firstDay: number;
  lastDay: number;
  startMin: number;
  endMin: number;
}

export const WINDOW_SPANS: Readonly<Record<AvailabilityWindow, WindowSpan>> = {
  WEEKDAY_DAYTIME: { firstDay: 0, lastDay: 4, startMin: 9 * 60, endMin: 17 * 60 },
  WEEKDAY_EVENING: { firstDay: 0, lastDay: 4, startMin: 18 * 60, endMin: 21 * 60 },
  WEEKEND: { firstDay: 5, lastDay: 6, startMin: 10 * 60, endMin: 17 * 60 },
};

export const WINDOW_BIT: Readonly<Record<AvailabilityWindow, number>> = { WEEKDAY_DAYTIME: 1, WEEKDAY_EVENING: 2, WEEKEND: 4 };
const N_MASKS = 8;

const DAY_MIN = 24 * 60;
const WEEK_MIN = 7 * DAY_MIN;

/** Bit set of a list of windows; unknown values are ignored. */
export function availabilityMask(windows: readonly AvailabilityWindow[]): number {
  let mask = 0;
  for (let i = 0; i < windows.length; i++) mask |= WINDOW_BIT[windows[i]!] ?? 0;
  return mask;
}

// Weekly intervals of every window set, in minutes from the owner's Monday 00:00, as flat
// (start, end, window index) triples sorted by start.
const INTERVALS: readonly Int32Array[] = Array.from({ length: N_MASKS }, (_, mask) => {
  const out: number[][] = [];
  AVAILABILITY_WINDOWS.forEach((w, wi) => {
    if ((mask & WINDOW_BIT[w.value]) === 0) return;
    const s = WINDOW_SPANS[w.value];
    for (let d = s.firstDay; d <= s.lastDay; d++) out.push([d * DAY_MIN + s.startMin, d * DAY_MIN + s.endMin, wi]);
  });
  out.sort((x, y) => x[0]! - y[0]!);
  return Int32Array.from(out.flat());
});

function computeWeeklyOverlap(diff: number, maskA: number, maskB: number): number {
  // b's intervals moved into a's local week: a's local time = b's local time + diff. A week
  // is longer than any offset difference, so b's week before and after covers every wrap.
  const ia = INTERVALS[maskA]!;
  const ib = INTERVALS[maskB]!;
  let total = 0;
  for (let i = 0; i < ia.length; i += 3) {
    const a0 = ia[i]!;
    const a1 = ia[i + 1]!;
    for (let j = 0; j < ib.length; j += 3) {
      for (let k = -1; k <= 1; k++) {
        const shift = diff + k * WEEK_MIN;
        const lo = a0 > ib[j]! + shift ? a0 : ib[j]! + shift;
        const hi = a1 < ib[j + 1]! + shift ? a1 : ib[j + 1]! + shift;
        if (hi > lo) total += hi - lo;
      }
    }
  }
  return total;
}

const overlapCache = new Map<number, number>();

/**
 * Minutes a week both people are free, from their UTC offsets (minutes, east positive) and
 * window masks. 0 when an offset is unknown (NaN) or either person gave no window. Cached:
 * no allocation after the first call for a given combination.
 */
export function weeklySharedMinutes(offsetA: number, maskA: number, offsetB: number, maskB: number): number {
  if (offsetA !== offsetA || offsetB !== offsetB || maskA === 0 || maskB === 0) return 0;
  const diff = offsetA - offsetB;
  // Offsets are whole minutes, and masks fit in 3 bits each: the key is unique.
  const key = diff * 64 + (maskA << 3) + maskB;
  let minutes = overlapCache.get(key);
  if (minutes === undefined) {
    minutes = computeWeeklyOverlap(diff, maskA & 7, maskB & 7);
    overlapCache.set(key, minutes);
  }
  return minutes;
}

/**
 * For each window of `self`, the longest stretch of it both are free on a typical day of
 * it, in self's local minutes. "Typical": the stretch shared on the most days of the
 * window (ties: the longer, then the earlier); a window is listed only when that stretch
 * holds on most of its days (3 of 5 weekdays, both weekend days), so "weekday evenings"
 * never stands for one Monday that meets the other person's Sunday. Detail path: allocates.
 */
export function sharedWindowsFor(offsetSelf: number, maskSelf: number, offsetOther: number, maskOther: number): SharedWindow[] {
  if (offsetSelf !== offsetSelf || offsetOther !== offsetOther || maskSelf === 0 || maskOther === 0) return [];
  const diff = offsetSelf - offsetOther;
  const other = INTERVALS[maskOther & 7]!;
  const out: SharedWindow[] = [];
  for (const w of AVAILABILITY_WINDOWS) {
    if ((maskSelf & WINDOW_BIT[w.value]) === 0) continue;
    const span = WINDOW_SPANS[w.value];
    const days = span.lastDay - span.firstDay + 1;
    const counts = new Map<number, number>();
    for (let d = span.firstDay; d <= span.lastDay; d++) {
      const a0 = d * DAY_MIN + span.startMin;
      const a1 = d * DAY_MIN + span.endMin;
      let bestLo = 0;
      let bestHi = 0;
      for (let j = 0; j < other.length; j += 3) {
        for (let k = -1; k <= 1; k++) {
          const shift = diff + k * WEEK_MIN;
          const lo = Math.max(a0, other[j]! + shift);
          const hi = Math.min(a1, other[j + 1]! + shift);
          if (hi - lo > bestHi - bestLo) {
            bestLo = lo;
            bestHi = hi;
          }
        }
      }
      if (bestHi > bestLo) {
        const key = (bestLo - d * DAY_MIN) * DAY_MIN + (bestHi - d * DAY_MIN);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    let best: SharedWindow | null = null;
    let bestCount = 0;
    for (const [key, count] of counts) {
      const fromMin = Math.floor(key / DAY_MIN);
      const toMin = key - fromMin * DAY_MIN;
      const better =
        best === null ||
        count > bestCount ||
        (count === bestCount &&
          (toMin - fromMin > best.toMin - best.fromMin || (toMin - fromMin === best.toMin - best.fromMin && fromMin < best.fromMin)));
      if (better) {
        best = { window: w.value, fromMin, toMin };
        bestCount = count;
      }
    }
    if (best !== null && bestCount * 2 > days) out.push(best);
  }
  return out;
}

export interface AvailabilityOf {
  timeZone: string;
  availability: readonly AvailabilityWindow[];
}

/** One weekly interval, in a's local week, when both people are free. */
export interface SharedInterval {
  // a's window it falls in.
  window: AvailabilityWindow;
  // 0 = Monday .. 6 = Sunday, in a's local time.
  day: number;
  // Minutes of a's local day.
  startMin: number;
  endMin: number;
}

/**
 * Every weekly interval (in a's local time) when both are free, with offsets taken at `at`
 * (DST from the zone database), sorted by day and start. Empty when a zone is unknown or
 * either person gave no window. For scheduling: propose times inside these.
 */
export function sharedAvailability(a: AvailabilityOf, b: AvailabilityOf, at: Date): SharedInterval[] {
  const atMs = at.getTime();
  const offA = zoneOffsetMinutes(a.timeZone, atMs);
  const offB = zoneOffsetMinutes(b.timeZone, atMs);
  const maskA = availabilityMask(a.availability);
  const maskB = availabilityMask(b.availability);
  if (offA !== offA || offB !== offB || maskA === 0 || maskB === 0) return [];
  const diff = offA - offB;
  const ia = INTERVALS[maskA]!;
  const ib = INTERVALS[maskB]!;
  const out: SharedInterval[] = [];
  for (let i = 0; i < ia.length; i += 3) {
    const a0 = ia[i]!;
    const a1 = ia[i + 1]!;
    const day = Math.floor(a0 / DAY_MIN);
    for (let j = 0; j < ib.length; j += 3) {
      for (let k = -1; k <= 1; k++) {
        const shift = diff + k * WEEK_MIN;
        const lo = Math.max(a0, ib[j]! + shift);
        const hi = Math.min(a1, ib[j + 1]! + shift);
        if (hi > lo) {
          out.push({ window: AVAILABILITY_WINDOWS[ia[i + 2]!]!.value, day, startMin: lo - day * DAY_MIN, endMin: hi - day * DAY_MIN });
        }
      }
    }
  }
  out.sort((x, y) => x.day - y.day || x.startMin - y.startMin);
  return out;
}

// ---- words -------------------------------------------------------------------------------

function clock(min: number): { text: string; half: "am" | "pm" | null } {
  if (min === 12 * 60) return { text: "noon", half: null };
  if (min === 0 || min === DAY_MIN) return { text: "midnight", half: null };
  const h = Math.floor(min / 60) % 24;
  const m = min % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return { text: m === 0 ? String(h12) : `${h12}:${String(m).padStart(2, "0")}`, half: h < 12 ? "am" : "pm" };
}

/** "6 to 9 pm", "10 am to 5 pm", "9:30 am to noon": minutes of a local day, as people say them. */
export function stretchText(fromMin: number, toMin: number): string {
  const a = clock(fromMin);
  const b = clock(toMin);
  const to = b.half ? `${b.text} ${b.half}` : b.text;
  if (a.half === null) return `${a.text} to ${to}`;
  return a.half === b.half ? `${a.text} to ${to}` : `${a.text} ${a.half} to ${to}`;
}

/** "weekday evenings (6 to 9 pm your time)". */
export function sharedWindowText(w: SharedWindow): string {
  const def = AVAILABILITY_WINDOWS.find((x) => x.value === w.window)!;
  return `${def.phrase} (${stretchText(w.fromMin, w.toMin)} your time)`;
}
