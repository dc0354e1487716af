// Time-zone offsets and shared working hours. This is on the hot path of suggestions
// (one lookup per candidate), so offsets are cached per zone per hour and overlaps
// per offset difference: a page view does no Intl work after the first few zones.

const HOUR_MS = 3_600_000;
const WEEK_MIN = 7 * 24 * 60;
const DAY_MIN = 24 * 60;
const WORK_START_MIN = 9 * 60;
const WORK_END_MIN = 17 * 60;

const formatters = new Map<string, Intl.DateTimeFormat | null>();
interface CachedOffset {
  bucket: number;
  offset: number;
}
const offsetCache = new Map<string, CachedOffset>();
const overlapCache = new Map<number, number>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      // Unknown zone: treat overlap as unknown rather than failing the whole page.
      f = null;
    }
    formatters.set(zone, f);
  }
  return f;
}

function computeOffsetMinutes(zone: string, atMs: number): number {
  const f = formatterFor(zone);
  if (!f) return Number.NaN;
  const at = Math.floor(atMs / 1000) * 1000;
  let y = 0,
    mo = 0,
    d = 0,
    h = 0,
    mi = 0,
    s = 0;
  for (const p of f.formatToParts(at)) {
    switch (p.type) {
      case "year":
        y = Number(p.value);
        break;
      case "month":
        mo = Number(p.value);
        break;
      case "day":
        d = Number(p.value);
        break;
      case "hour":
        h = Number(p.value);
        break;
      case "minute":
        mi = Number(p.value);
        break;
      case "second":
        s = Number(p.value);
        break;
    }
  }
  return Math.round((Date.UTC(y, mo - 1, d, h, mi, s) - at) / 60_000);
}

/** UTC offset of `zone` in minutes (east positive) at `atMs`; NaN for an unknown zone. */
export function zoneOffsetMinutes(zone: string, atMs: number): number {
  const bucket = Math.floor(atMs / HOUR_MS);
  const hit = offsetCache.get(zone);
  if (hit !== undefined && hit.bucket === bucket) return hit.offset;
  const offset = computeOffsetMinutes(zone, atMs);
  if (hit !== undefined) {
    hit.bucket = bucket;
    hit.offset = offset;
  } else offsetCache.set(zone, { bucket, offset });
  return offset;
}

function computeOverlapMinutesPerWeek(diff: number): number {
  // Person A's weekday windows with A's offset taken as 0; B's windows shifted by the
  // offset difference. Weekdays matter: a 20-hour difference overlaps Monday with
  // Sunday, which is nobody's working day.
  let total = 0;
  for (let da = 0; da < 5; da++) {
    const a0 = da * DAY_MIN + WORK_START_MIN;
    const a1 = da * DAY_MIN + WORK_END_MIN;
    for (let db = 0; db < 5; db++) {
      for (let k = -1; k <= 1; k++) {
        const b0 = db * DAY_MIN + WORK_START_MIN + diff + k * WEEK_MIN;
        const b1 = db * DAY_MIN + WORK_END_MIN + diff + k * WEEK_MIN;
        const lo = a0 > b0 ? a0 : b0;
        const hi = a1 < b1 ? a1 : b1;
        if (hi > lo) total += hi - lo;
      }
    }
  }
  return total;
}

/** Average shared working hours per weekday (0..8) for two UTC offsets in minutes. */
export function sharedWorkingHours(offsetA: number, offsetB: number): number {
  if (offsetA !== offsetA || offsetB !== offsetB) return 0;
  const diff = offsetA - offsetB;
  let minutes = overlapCache.get(diff);
  if (minutes === undefined) {
    minutes = computeOverlapMinutesPerWeek(diff);
    overlapCache.set(diff, minutes);
  }
  return minutes / 5 / 60;
}
