// Time-zone offsets. This is on the hot path of suggestions (one lookup per candidate), so
// offsets are cached per zone per hour: a page view does no Intl work after the first few
// zones. Shared free hours are availability.ts's business.

const HOUR_MS = 3_600_000;

const formatters = new Map<string, Intl.DateTimeFormat | null>();
interface CachedOffset {
  bucket: number;
  offset: number;
}
const offsetCache = new Map<string, CachedOffset>();

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
