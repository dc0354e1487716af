import { RRuleTemporal } from "rrule-temporal";
import { Temporal } from "temporal-polyfill";
import { sharedAvailability, type AvailabilityOf, type AvailabilityWindow } from "@/lib/matching/availability";

// Monthly check-in series. A series lives in ONE time zone (usually the mentor's, or the one
// the pair chose) and keeps its wall-clock time there: "second Tuesday at 10:00 New York" is
// 15:00Z in February and 14:00Z from March. The other person sees the same instant in their
// own zone, which may move by an hour (or a day) when either side changes clocks. All of that
// is the zone database's business: rrule-temporal expands the rule in the series' own zone
// with temporal-polyfill, and Intl/Temporal format the result. Nothing here adds hours.
//
// Pure: no Prisma, no Next, safe in the browser (the schedule dialog previews times with it).

export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** 1st to 4th, or -1 for the last one: a 5th weekday does not exist every month. */
export type Nth = 1 | 2 | 3 | 4 | -1;
export const NTHS: readonly Nth[] = [1, 2, 3, 4, -1];

export type SeriesRule =
  | { kind: "monthly-nth-weekday"; nth: Nth; weekday: Weekday }
  // Days 29 to 31 are missing from some months, and RFC 5545 silently drops those months.
  | { kind: "monthly-day"; day: number }
  | { kind: "once" };

export interface CheckinSeries {
  /** IANA zone the series keeps its wall-clock time in. */
  timeZone: string;
  /**
   * "2026-12-08T10:00": local wall time in `timeZone`. For a monthly rule it gives the time of
   * day and the earliest date; the first occurrence is the first date the rule matches on or
   * after it (so it need not itself match). For "once" it is the meeting.
   */
  firstLocal: string;
  rule: SeriesRule;
  durationMinutes: number;
}

export interface Occurrence {
  /** The UTC instant. Store and compare these. */
  start: Date;
  end: Date;
  /** "2026-02-10T10:00", wall time in the series' zone. */
  localStart: string;
}

const LOCAL_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const MIN_DURATION = 15;
const MAX_DURATION = 240;

function isTimeZone(zone: string): boolean {
  try {
    Temporal.Now.zonedDateTimeISO(zone);
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** Why a series cannot be used, in words for a form; null when it is fine. */
export function seriesProblem(series: CheckinSeries): string | null {
  if (!isTimeZone(series.timeZone)) return "Choose a time zone.";
  if (!LOCAL_RE.test(series.firstLocal)) return "Choose a date and time.";
  try {
    // Rejects "2026-02-30T10:00" rather than quietly moving it.
    Temporal.PlainDateTime.from(series.firstLocal, { overflow: "reject" });
  } catch {
    return "Choose a date and time.";
  }
  if (!Number.isInteger(series.durationMinutes) || series.durationMinutes < MIN_DURATION || series.durationMinutes > MAX_DURATION) {
    return `A check-in lasts between ${MIN_DURATION} minutes and ${MAX_DURATION / 60} hours.`;
  }
  const rule = series.rule;
  if (rule.kind === "monthly-nth-weekday" && (!NTHS.includes(rule.nth) || !WEEKDAYS.includes(rule.weekday)))
    return "Choose a day of the month.";
  if (rule.kind === "monthly-day" && (!Number.isInteger(rule.day) || rule.day < 1 || rule.day > 28)) {
    return "Choose a day from the 1st to the 28th, or a weekday such as the last Friday.";
  }
  return null;
}

function assertValid(series: CheckinSeries): void {
  const problem = seriesProblem(series);
  if (problem) throw new RangeError(`Invalid check-in series: ${problem}`);
}

/** The series' first local date-time as a zoned value. A time skipped by a DST jump moves forward, as calendars do. */
function firstZoned(series: CheckinSeries): Temporal.ZonedDateTime {
  return Temporal.PlainDateTime.from(series.firstLocal).toZonedDateTime(series.timeZone, { disambiguation: "compatible" });
}

/**
 * The RFC 5545 RRULE value ("FREQ=MONTHLY;BYDAY=2TU"), or null for a one-off meeting. The
 * DTSTART that goes with it is `firstLocal` in `timeZone` (DTSTART;TZID=...).
 */
export function toRRule(series: CheckinSeries): string | null {
  const rule = series.rule;
  switch (rule.kind) {
    case "monthly-nth-weekday":
      return `FREQ=MONTHLY;BYDAY=${rule.nth}${rule.weekday}`;
    case "monthly-day":
      return `FREQ=MONTHLY;BYMONTHDAY=${rule.day}`;
    case "once":
      return null;
  }
}

function toOccurrence(zdt: Temporal.ZonedDateTime, durationMinutes: number): Occurrence {
  return {
    start: new Date(zdt.epochMilliseconds),
    end: new Date(zdt.add({ minutes: durationMinutes }).epochMilliseconds),
    localStart: zdt.toPlainDateTime().toString({ smallestUnit: "minute" }),
  };
}

/**
 * Occurrences starting in [from, to), at most `limit` (default 100), earliest first. A
 * monthly time that falls in a DST gap that day (02:30 on a spring-forward Sunday) does not
 * exist, and RFC 5545 drops it: choose times outside 01:00 to 03:00 for weekend series.
 */
export function occurrences(series: CheckinSeries, range: { from: Date; to: Date; limit?: number }): Occurrence[] {
  assertValid(series);
  const limit = range.limit ?? 100;
  if (limit <= 0 || range.to.getTime() <= range.from.getTime()) return [];
  const first = firstZoned(series);
  const rrule = toRRule(series);
  if (rrule === null) {
    const ms = first.epochMilliseconds;
    return ms >= range.from.getTime() && ms < range.to.getTime() ? [toOccurrence(first, series.durationMinutes)] : [];
  }
  const rule = new RRuleTemporal({ rruleString: rrule, dtstart: first, temporal: Temporal });
  const out: Occurrence[] = [];
  for (const zdt of rule.between(range.from, range.to, true)) {
    if (zdt.epochMilliseconds >= range.to.getTime()) break;
    out.push(toOccurrence(zdt, series.durationMinutes));
    if (out.length >= limit) break;
  }
  return out;
}

// ---- words -------------------------------------------------------------------------------

const ORDINAL: Record<string, string> = { "1": "First", "2": "Second", "3": "Third", "4": "Fourth", "-1": "Last" };
const WEEKDAY_NAME: Record<Weekday, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};

function dayOrdinal(day: number): string {
  const suffix = day % 10 === 1 && day !== 11 ? "st" : day % 10 === 2 && day !== 12 ? "nd" : day % 10 === 3 && day !== 13 ? "rd" : "th";
  return `${day}${suffix}`;
}

function intlPart(instantMs: number, timeZone: string, options: Intl.DateTimeFormatOptions, type: Intl.DateTimeFormatPartTypes): string {
  return new Intl.DateTimeFormat("en", { ...options, timeZone }).formatToParts(instantMs).find((p) => p.type === type)?.value ?? "";
}

/**
 * "Second Tuesday of each month at 10:00 Eastern Time". `zoneLabel` lets the server pass its
 * friendly label (lib/profiles/time-zones.ts timeZoneLabel is server-only, so it is not
 * imported here); without it, Intl's generic zone name is used ("Eastern Time").
 */
export function describeSeries(series: CheckinSeries, zoneLabel?: string): string {
  assertValid(series);
  const first = firstZoned(series);
  const label =
    zoneLabel ?? (intlPart(first.epochMilliseconds, series.timeZone, { timeZoneName: "longGeneric" }, "timeZoneName") || series.timeZone);
  const time = series.firstLocal.slice(11, 16);
  const rule = series.rule;
  switch (rule.kind) {
    case "monthly-nth-weekday":
      return `${ORDINAL[String(rule.nth)]} ${WEEKDAY_NAME[rule.weekday]} of each month at ${time} ${label}`;
    case "monthly-day":
      return `The ${dayOrdinal(rule.day)} of each month at ${time} ${label}`;
    case "once": {
      const date = new Intl.DateTimeFormat("en", {
        timeZone: series.timeZone,
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
      });
      return `Once, on ${date.format(first.epochMilliseconds)} at ${time} ${label}`;
    }
  }
}

export interface LocalTime {
  /** "2026-02-10" in that zone. */
  date: string;
  /** "10:00", 24-hour. */
  time: string;
  /** "Tuesday". */
  weekday: string;
  /** "Tue, Feb 10": for lists. */
  dateText: string;
  /** The zone's name at that instant: "Eastern Standard Time", "British Summer Time". */
  zoneName: string;
  /** "EST"; where English has no abbreviation Intl gives "GMT+1", so prefer zoneName in sentences. */
  abbreviation: string;
  /** "UTC−05:00", written as the time-zone picker writes offsets. */
  offset: string;
}

/** One instant as a person in `timeZone` sees it: how both people's local times are shown. */
export function inZone(instant: Date, timeZone: string): LocalTime {
  const ms = instant.getTime();
  const zdt = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en", { ...options, timeZone }).format(ms);
  return {
    date: zdt.toPlainDate().toString(),
    time: zdt.toPlainTime().toString({ smallestUnit: "minute" }),
    weekday: format({ weekday: "long" }),
    dateText: format({ weekday: "short", month: "short", day: "numeric" }),
    zoneName: intlPart(ms, timeZone, { timeZoneName: "long" }, "timeZoneName"),
    abbreviation: intlPart(ms, timeZone, { timeZoneName: "short" }, "timeZoneName"),
    offset: `UTC${zdt.offset.replace("-", "−")}`,
  };
}

// ---- proposing times inside both people's availability ----------------------------------

export interface SlotProposal {
  /** A monthly series in a's zone whose first `checked` occurrences all fall inside both people's availability. */
  series: CheckinSeries;
  /** a's availability window it falls in. */
  window: AvailabilityWindow;
  /** The first occurrence, for showing both local times (inZone). */
  firstStart: Date;
  checked: number;
}

export interface ProposeOptions {
  /** Proposals start on or after this instant; the overlap is read at it. */
  from: Date;
  durationMinutes?: number;
  /** Which weeks of the month to propose, in order of preference. Default: the second. */
  nths?: readonly Nth[];
  /** At most this many proposals (default 6). */
  limit?: number;
  /**
   * Occurrences each proposal must keep inside both availabilities (default 12: a full year,
   * so every DST change on either side is crossed, including the weeks when only one side
   * has changed clocks).
   */
  checkOccurrences?: number;
  /** Candidate start times are this many minutes apart (default 30). */
  stepMinutes?: number;
}

interface Span {
  day: number;
  startMin: number;
  endMin: number;
  window: AvailabilityWindow;
}

/** Shared intervals at one instant, touching ones on the same day merged (a's local week). */
function sharedSpans(a: AvailabilityOf, b: AvailabilityOf, at: Date): Span[] {
  const out: Span[] = [];
  for (const s of sharedAvailability(a, b, at)) {
    const last = out[out.length - 1];
    if (last && last.day === s.day && s.startMin <= last.endMin) last.endMin = Math.max(last.endMin, s.endMin);
    else out.push({ day: s.day, startMin: s.startMin, endMin: s.endMin, window: s.window });
  }
  return out;
}

/** Whether an occurrence, in a's wall time, sits wholly inside what both share at that instant. */
function insideShared(a: AvailabilityOf, b: AvailabilityOf, occurrence: Occurrence, durationMinutes: number): boolean {
  const local = Temporal.Instant.fromEpochMilliseconds(occurrence.start.getTime()).toZonedDateTimeISO(a.timeZone);
  const day = local.dayOfWeek - 1;
  const startMin = local.hour * 60 + local.minute;
  return sharedSpans(a, b, occurrence.start).some((s) => s.day === day && s.startMin <= startMin && startMin + durationMinutes <= s.endMin);
}

function clockText(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;
}

/**
 * Monthly slots ("second Tuesday 18:00 in a's zone") inside both people's stated
 * availability. Candidates come from the overlap at `from`; each is kept only if its first
 * `checkOccurrences` occurrences stay inside the overlap at their own instants, because the
 * overlap moves when either side changes clocks (New York 18:00 is 10:00 in Sydney in
 * January but 08:00 in July). Proposals are spread over days and windows before a second
 * time on the same day is offered. Empty when the two share no time: nothing is invented.
 */
export function proposeSlots(a: AvailabilityOf, b: AvailabilityOf, options: ProposeOptions): SlotProposal[] {
  const duration = options.durationMinutes ?? 60;
  const nths = options.nths ?? [2];
  const limit = options.limit ?? 6;
  const checks = Math.max(1, options.checkOccurrences ?? 12);
  const step = options.stepMinutes ?? 30;
  if (!isTimeZone(a.timeZone) || !isTimeZone(b.timeZone)) return [];

  const fromLocal = Temporal.Instant.fromEpochMilliseconds(options.from.getTime()).toZonedDateTimeISO(a.timeZone);
  // Far enough for `checks` monthly occurrences whatever the rule.
  const horizon = new Date(fromLocal.add({ months: checks + 2 }).epochMilliseconds);

  // One group per (week of month, day, window); each holds its valid times, earliest first.
  const groups: SlotProposal[][] = [];
  for (const nth of nths) {
    for (const span of sharedSpans(a, b, options.from)) {
      const group: SlotProposal[] = [];
      for (let t = Math.ceil(span.startMin / step) * step; t + duration <= span.endMin; t += step) {
        const probe: CheckinSeries = {
          timeZone: a.timeZone,
          firstLocal: `${fromLocal.toPlainDate().toString()}T${clockText(t)}`,
          rule: { kind: "monthly-nth-weekday", nth, weekday: WEEKDAYS[span.day]! },
          durationMinutes: duration,
        };
        const occ = occurrences(probe, { from: options.from, to: horizon, limit: checks });
        if (occ.length < checks || !occ.every((o) => insideShared(a, b, o, duration))) continue;
        // Store the real first occurrence, so the saved series starts on a day it matches.
        group.push({
          series: { ...probe, firstLocal: occ[0]!.localStart },
          window: span.window,
          firstStart: occ[0]!.start,
          checked: checks,
        });
      }
      if (group.length > 0) groups.push(group);
    }
  }

  const out: SlotProposal[] = [];
  for (let round = 0; out.length < limit; round++) {
    let added = false;
    for (const group of groups) {
      const pick = group[round];
      if (!pick) continue;
      out.push(pick);
      added = true;
      if (out.length >= limit) break;
    }
    if (!added) break;
  }
  return out;
}
