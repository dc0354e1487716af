// Proposed check-in times stay inside both people's stated availability, in each person's own
// local time, for a whole year of occurrences (lib/checkins/recurrence.ts proposeSlots). The
// check below is independent of sharedAvailability: it reads each occurrence in both zones with
// inZone and compares it with the window hours themselves.
import { describe, expect, it } from "vitest";
import { describeSeries, inZone, occurrences, proposeSlots, type SlotProposal } from "@/lib/checkins/recurrence";
import { WINDOW_SPANS, type AvailabilityOf } from "@/lib/matching/availability";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const FROM = new Date("2026-01-05T00:00:00Z");
const YEAR_AHEAD = { from: FROM, to: new Date("2027-01-05T00:00:00Z") };

/** Whether [start, start + minutes] is inside one of the person's windows, in their own local time. */
function freeAt(person: AvailabilityOf, start: Date, minutes: number): boolean {
  const local = inZone(start, person.timeZone);
  const day = DAYS.indexOf(local.weekday);
  const [h, m] = local.time.split(":").map(Number);
  const from = h! * 60 + m!;
  return person.availability.some((w) => {
    const span = WINDOW_SPANS[w];
    return day >= span.firstDay && day <= span.lastDay && from >= span.startMin && from + minutes <= span.endMin;
  });
}

function expectInsideBoth(a: AvailabilityOf, b: AvailabilityOf, proposals: SlotProposal[]): void {
  expect(proposals.length).toBeGreaterThan(0);
  for (const p of proposals) {
    const all = occurrences(p.series, YEAR_AHEAD);
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(all[0]!.start).toEqual(p.firstStart);
    for (const o of all) {
      const where = `${describeSeries(p.series)} on ${o.localStart}`;
      expect(freeAt(a, o.start, p.series.durationMinutes), `${where}: a`).toBe(true);
      expect(freeAt(b, o.start, p.series.durationMinutes), `${where}: b`).toBe(true);
    }
  }
}

describe("proposeSlots", () => {
  it("an evening-only school librarian in New York and a London mentor free weekday daytime and evenings share no time: nothing is proposed", () => {
    const librarian: AvailabilityOf = { timeZone: "America/New_York", availability: ["WEEKDAY_EVENING"] };
    const mentor: AvailabilityOf = { timeZone: "Europe/London", availability: ["WEEKDAY_DAYTIME", "WEEKDAY_EVENING"] };
    // 18:00 New York is 23:00 in London: no invented compromise.
    expect(proposeSlots(librarian, mentor, { from: FROM })).toEqual([]);
    expect(proposeSlots(mentor, librarian, { from: FROM })).toEqual([]);
  });

  it("the same librarian, free at weekends too, and a London mentor who also keeps weekends: weekend times inside both, all year", () => {
    const librarian: AvailabilityOf = { timeZone: "America/New_York", availability: ["WEEKDAY_EVENING", "WEEKEND"] };
    const mentor: AvailabilityOf = { timeZone: "Europe/London", availability: ["WEEKDAY_DAYTIME", "WEEKDAY_EVENING", "WEEKEND"] };
    const proposals = proposeSlots(mentor, librarian, { from: FROM, limit: 10 });
    expectInsideBoth(mentor, librarian, proposals);
    // In the mentor's zone (a), on Saturdays and Sundays only, from 15:00 (10:00 in New York).
    expect(new Set(proposals.map((p) => p.window))).toEqual(new Set(["WEEKEND"]));
    expect(proposals[0]!.series).toMatchObject({
      timeZone: "Europe/London",
      firstLocal: "2026-01-10T15:00",
      rule: { nth: 2, weekday: "SA" },
    });
  });

  it("New York evenings and Sydney daytime: 18:00 works in January but is 08:00 in Sydney from April, so it is not proposed", () => {
    const mentee: AvailabilityOf = { timeZone: "America/New_York", availability: ["WEEKDAY_EVENING"] };
    const mentor: AvailabilityOf = { timeZone: "Australia/Sydney", availability: ["WEEKDAY_DAYTIME"] };
    const proposals = proposeSlots(mentee, mentor, { from: FROM, limit: 50 });
    expectInsideBoth(mentee, mentor, proposals);
    const times = new Set(proposals.map((p) => p.series.firstLocal.slice(11)));
    expect(times).toEqual(new Set(["19:00", "19:30", "20:00"]));
    // Friday evening in New York is Saturday in Sydney.
    expect(new Set(proposals.map((p) => p.series.rule.kind === "monthly-nth-weekday" && p.series.rule.weekday))).toEqual(
      new Set(["MO", "TU", "WE", "TH"]),
    );
    // Spread over days before a second time on the same day.
    expect(proposals.slice(0, 4).map((p) => p.series.firstLocal.slice(11))).toEqual(["19:00", "19:00", "19:00", "19:00"]);
  });

  it("Phoenix evenings and Kolkata mornings meet across the date line on half hours, and the last week of the month works too", () => {
    const a: AvailabilityOf = { timeZone: "America/Phoenix", availability: ["WEEKDAY_EVENING"] };
    const b: AvailabilityOf = { timeZone: "Asia/Kolkata", availability: ["WEEKDAY_DAYTIME"] };
    // 20:30 Phoenix is 09:00 the next day in Kolkata: only half an hour is shared.
    expect(proposeSlots(a, b, { from: FROM, durationMinutes: 60 })).toEqual([]);
    const proposals = proposeSlots(a, b, { from: FROM, durationMinutes: 30, nths: [-1, 2], limit: 20 });
    expectInsideBoth(a, b, proposals);
    expect(proposals.map((p) => describeSeries(p.series, "Arizona time"))).toContain("Last Monday of each month at 20:30 Arizona time");
    expect(proposals.every((p) => p.series.firstLocal.endsWith("T20:30"))).toBe(true);
  });

  it("an unknown zone or no stated availability proposes nothing", () => {
    const a: AvailabilityOf = { timeZone: "America/New_York", availability: ["WEEKDAY_DAYTIME"] };
    expect(proposeSlots(a, { timeZone: "Nowhere/Land", availability: ["WEEKDAY_DAYTIME"] }, { from: FROM })).toEqual([]);
    expect(proposeSlots(a, { timeZone: "America/Chicago", availability: [] }, { from: FROM })).toEqual([]);
  });
});
