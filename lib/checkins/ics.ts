import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

// Calendar files for check-ins: one .ics per check-in and the per-person feed.
//
// Times are written as UTC instants ("DTSTART:20260310T140000Z"). ical-generator 10, given a
// JS Date plus a `timezone`, writes the UTC clock time under that TZID with no VTIMEZONE:
// hours off, and a parse-back test would not notice. A UTC instant is exact everywhere, and
// every calendar app shows it in its owner's zone. So no `timezone` option, ever.
//
// Each check-in is its own VEVENT (no RRULE): occurrences are rescheduled, skipped and noted
// one by one, and the stored check-ins are the truth. The UID is stable per check-in, so an
// update or a cancellation (same UID, higher SEQUENCE, STATUS:CANCELLED) replaces the event
// in the person's calendar instead of adding a second one.
//
// What goes in: the title, the month's topic, the format, the link or place, and a link back.
// Not the agenda and never notes: calendars are often shared with colleagues or a supervisor,
// and a file outlives the app's permissions. The input type is picked field by field, so
// extra fields on a check-in row (notes, pulses) cannot reach the file.

const UID_DOMAIN = "constellation";
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

export interface CheckinForCalendar {
  id: string;
  start: Date;
  end: Date;
  /** Bump on every change people's calendars must pick up (time, place, cancellation). */
  sequence: number;
  cancelled: boolean;
  /** "Check-in with Ana": each person's file names the other person. */
  summary: string;
  topicTitle?: string | null;
  /** "Video call", "Phone", "In person". */
  format?: string | null;
  /** A meeting link or a place. */
  location?: string | null;
  /** The check-in's page in the app. */
  url: string;
  /** When this version was made: DTSTAMP and LAST-MODIFIED, so the same data gives the same file. */
  updatedAt: Date;
}

/** An event as it goes into a calendar file: only these fields, nothing else from a check-in. */
export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date;
  sequence: number;
  status: "CONFIRMED" | "CANCELLED";
  summary: string;
  description: string;
  location: string | null;
  url: string;
  stamp: Date;
}

/** "checkin-<id>@constellation": the same for every version of one check-in. */
export function checkinUid(id: string): string {
  if (!ID_RE.test(id)) throw new RangeError("A check-in id is letters, digits, '-' and '_' only.");
  return `checkin-${id}@${UID_DOMAIN}`;
}

export function checkinEvent(checkin: CheckinForCalendar): CalendarEvent {
  if (!Number.isInteger(checkin.sequence) || checkin.sequence < 0) throw new RangeError("SEQUENCE is a whole number from 0.");
  if (checkin.end.getTime() <= checkin.start.getTime()) throw new RangeError("A check-in ends after it starts.");
  const lines = [
    checkin.cancelled ? "This check-in was cancelled." : null,
    checkin.topicTitle ? `Suggested topic: ${checkin.topicTitle}` : null,
    checkin.format ? `Format: ${checkin.format}` : null,
    `Agenda and notes: ${checkin.url}`,
  ];
  return {
    uid: checkinUid(checkin.id),
    start: new Date(checkin.start.getTime()),
    end: new Date(checkin.end.getTime()),
    sequence: checkin.sequence,
    status: checkin.cancelled ? "CANCELLED" : "CONFIRMED",
    summary: checkin.summary,
    description: lines.filter((l): l is string => l !== null).join("\n"),
    location: checkin.location?.trim() || null,
    url: checkin.url,
    stamp: new Date(checkin.updatedAt.getTime()),
  };
}

/** A whole VCALENDAR (METHOD:PUBLISH) for one check-in or a feed. */
export function calendarFile(events: readonly CalendarEvent[], options: { name?: string } = {}): string {
  const calendar = ical({
    prodId: { company: "Constellation", product: "Check-ins", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    name: options.name ?? "Constellation check-ins",
  });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      start: e.start,
      end: e.end,
      stamp: e.stamp,
      lastModified: e.stamp,
      sequence: e.sequence,
      status: e.status === "CANCELLED" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: e.summary,
      description: e.description,
      location: e.location,
      url: e.url,
    });
  }
  return calendar.toString();
}
