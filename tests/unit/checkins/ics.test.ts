// Calendar files for check-ins, parsed back with a second ICS library (ical.js): exact UTC
// instants, one UID per check-in across updates and cancellation, no notes (lib/checkins/ics.ts).
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarFile, checkinEvent, checkinUid, type CheckinForCalendar } from "@/lib/checkins/ics";
import { occurrences } from "@/lib/checkins/recurrence";

function base(overrides: Partial<CheckinForCalendar> = {}): CheckinForCalendar {
  return {
    id: "ck_123",
    start: new Date("2026-03-10T14:00:00Z"),
    end: new Date("2026-03-10T15:00:00Z"),
    sequence: 0,
    cancelled: false,
    summary: "Check-in with Ana Ruiz",
    topicTitle: "How the job is really feeling",
    format: "Video call",
    location: "https://meet.example.org/abc",
    url: "https://constellation.example/mentorships/m1/checkins/ck_123",
    updatedAt: new Date("2026-03-01T09:00:00Z"),
    ...overrides,
  };
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar.getAllSubcomponents("vevent").map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        start: e.startDate.toJSDate().toISOString(),
        end: e.endDate.toJSDate().toISOString(),
        sequence: e.sequence,
        status: v.getFirstPropertyValue("status"),
        summary: e.summary,
        description: e.description,
        location: e.location,
        url: v.getFirstPropertyValue("url"),
      };
    }),
  };
}

describe("check-in calendar files", () => {
  it("writes UTC instants that parse back exactly, with METHOD:PUBLISH and no time-zone id to misread", () => {
    const text = calendarFile([checkinEvent(base())]);
    expect(text).toContain("DTSTART:20260310T140000Z");
    expect(text).toContain("DTEND:20260310T150000Z");
    expect(text).not.toContain("TZID");
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(events).toEqual([
      {
        uid: "checkin-ck_123@constellation",
        start: "2026-03-10T14:00:00.000Z",
        end: "2026-03-10T15:00:00.000Z",
        sequence: 0,
        status: "CONFIRMED",
        summary: "Check-in with Ana Ruiz",
        description: expect.stringContaining("Suggested topic: How the job is really feeling"),
        location: "https://meet.example.org/abc",
        url: "https://constellation.example/mentorships/m1/checkins/ck_123",
      },
    ]);
  });

  it("keeps the same UID across an update and a cancellation, with a higher SEQUENCE each time", () => {
    const first = parse(calendarFile([checkinEvent(base())])).events[0]!;
    const moved = parse(
      calendarFile([
        checkinEvent(
          base({
            sequence: 1,
            start: new Date("2026-03-12T14:30:00Z"),
            end: new Date("2026-03-12T15:30:00Z"),
            location: "Main library, room 2",
          }),
        ),
      ]),
    ).events[0]!;
    const cancelled = parse(calendarFile([checkinEvent(base({ sequence: 2, cancelled: true }))])).events[0]!;
    expect(new Set([first.uid, moved.uid, cancelled.uid])).toEqual(new Set(["checkin-ck_123@constellation"]));
    expect([first.sequence, moved.sequence, cancelled.sequence]).toEqual([0, 1, 2]);
    expect(moved).toMatchObject({ start: "2026-03-12T14:30:00.000Z", location: "Main library, room 2", status: "CONFIRMED" });
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.description).toMatch(/cancelled/);
  });

  it("a feed of a New York series across the March change holds each occurrence's own instant", () => {
    const series = {
      timeZone: "America/New_York",
      firstLocal: "2026-02-01T10:00",
      rule: { kind: "monthly-nth-weekday", nth: 2, weekday: "TU" },
      durationMinutes: 60,
    } as const;
    const occ = occurrences(series, { from: new Date("2026-02-01T00:00Z"), to: new Date("2026-05-01T00:00Z") });
    const text = calendarFile(
      occ.map((o, i) => checkinEvent(base({ id: `ck_${i}`, start: o.start, end: o.end }))),
      { name: "Constellation: Ana's check-ins" },
    );
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Constellation: Ana's check-ins");
    expect(events.map((e) => [e.uid, e.start])).toEqual([
      ["checkin-ck_0@constellation", "2026-02-10T15:00:00.000Z"],
      ["checkin-ck_1@constellation", "2026-03-10T14:00:00.000Z"],
      ["checkin-ck_2@constellation", "2026-04-14T14:00:00.000Z"],
    ]);
  });

  it("never carries notes or the agenda, even when a whole check-in row is passed in", () => {
    const row = {
      ...base(),
      agenda: "AGENDA-how do I raise the schedule with my director",
      sharedNotes: "SHARED-NOTES-we talked about the evening desk",
      privateNotes: "PRIVATE-NOTE-I am thinking of leaving",
      mentorPrivateNote: "PRIVATE-NOTE-mentor's own",
    };
    const text = calendarFile([checkinEvent(row)]);
    for (const secret of ["AGENDA-", "SHARED-NOTES-", "PRIVATE-NOTE-", "director", "leaving"]) expect(text).not.toContain(secret);
  });

  it("escapes text that would break a calendar line, and refuses ids that could forge one", () => {
    const text = calendarFile([checkinEvent(base({ summary: "Check-in with O'Neil; Smith, J.", location: "Room 4\nBASEMENT" }))]);
    const [event] = parse(text).events;
    expect(event).toMatchObject({ summary: "Check-in with O'Neil; Smith, J.", location: "Room 4\nBASEMENT" });
    expect(text).not.toMatch(/^BASEMENT/m);
    expect(() => checkinUid("x\r\nSTATUS:CANCELLED")).toThrow(RangeError);
    expect(() => checkinEvent(base({ end: new Date("2026-03-10T14:00:00Z") }))).toThrow(RangeError);
    expect(() => checkinEvent(base({ sequence: -1 }))).toThrow(RangeError);
  });

  it("gives the same bytes for the same data, so a feed can be cached by its content", () => {
    expect(calendarFile([checkinEvent(base())])).toBe(calendarFile([checkinEvent(base())]));
  });
});
