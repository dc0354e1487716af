// Monthly check-in series across time zones and daylight-saving changes (lib/checkins/recurrence.ts).
// Expected instants are written out by hand from the 2026 clock changes, so a series that drifted
// with UTC (or with the viewer's zone) fails: US 8 Mar / 1 Nov, UK 29 Mar / 25 Oct, Sydney and
// Auckland end 5 Apr and start 4 Oct and 27 Sep; India and Arizona never change.
import { describe, expect, it } from "vitest";
import {
  describeSeries,
  inZone,
  occurrences,
  seriesProblem,
  toRRule,
  type CheckinSeries,
  type Nth,
  type Weekday,
} from "@/lib/checkins/recurrence";

const YEAR = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2027-01-01T00:00:00Z") };

function monthly(timeZone: string, firstLocal: string, nth: Nth, weekday: Weekday, durationMinutes = 60): CheckinSeries {
  return { timeZone, firstLocal, rule: { kind: "monthly-nth-weekday", nth, weekday }, durationMinutes };
}

const iso = (d: Date) => d.toISOString().replace(".000Z", "Z");
const startsIn = (series: CheckinSeries, range = YEAR) => occurrences(series, range).map((o) => iso(o.start));

describe("a series keeps its wall-clock time in its own zone", () => {
  it("second Tuesday 10:00 New York is 15:00Z in February and 14:00Z from March, back to 15:00Z after 1 November", () => {
    const series = monthly("America/New_York", "2026-01-13T10:00", 2, "TU");
    expect(startsIn(series)).toEqual([
      "2026-01-13T15:00:00Z",
      "2026-02-10T15:00:00Z",
      "2026-03-10T14:00:00Z",
      "2026-04-14T14:00:00Z",
      "2026-05-12T14:00:00Z",
      "2026-06-09T14:00:00Z",
      "2026-07-14T14:00:00Z",
      "2026-08-11T14:00:00Z",
      "2026-09-08T14:00:00Z",
      "2026-10-13T14:00:00Z",
      "2026-11-10T15:00:00Z",
      "2026-12-08T15:00:00Z",
    ]);
    for (const o of occurrences(series, YEAR)) {
      expect(o.localStart.endsWith("T10:00")).toBe(true);
      expect(inZone(o.start, "America/New_York")).toMatchObject({ time: "10:00", weekday: "Tuesday" });
      expect(o.end.getTime() - o.start.getTime()).toBe(60 * 60_000);
    }
  });

  // Second Tuesday 10:00 local, before and after each zone's 2026 change (or non-change).
  const cases: [zone: string, march: string, later: string][] = [
    ["Europe/London", "2026-03-10T10:00:00Z", "2026-04-14T09:00:00Z"],
    ["Australia/Sydney", "2026-03-09T23:00:00Z", "2026-04-14T00:00:00Z"],
    ["Pacific/Auckland", "2026-03-09T21:00:00Z", "2026-04-13T22:00:00Z"],
    ["Asia/Kolkata", "2026-03-10T04:30:00Z", "2026-04-14T04:30:00Z"],
    ["America/Phoenix", "2026-03-10T17:00:00Z", "2026-04-14T17:00:00Z"],
  ];
  it.each(cases)("%s: 10:00 local every month, the UTC instant moves only with the zone's own clock change", (zone, march, later) => {
    const series = monthly(zone, "2026-03-01T10:00", 2, "TU");
    const all = occurrences(series, YEAR);
    expect(all.map((o) => iso(o.start)).slice(0, 2)).toEqual([march, later]);
    for (const o of all) {
      expect(o.localStart.endsWith("T10:00")).toBe(true);
      expect(inZone(o.start, zone).time).toBe("10:00");
    }
    const utcHours = new Set(all.map((o) => o.start.toISOString().slice(11, 16)));
    // Zones with daylight saving see two UTC times over a year; India and Arizona one.
    expect(utcHours.size).toBe(zone === "Asia/Kolkata" || zone === "America/Phoenix" ? 1 : 2);
  });

  it("the last Friday of each month, including the Friday before a clock change", () => {
    const series = monthly("Europe/London", "2026-01-01T16:00", -1, "FR");
    expect(startsIn(series).slice(0, 5)).toEqual([
      "2026-01-30T16:00:00Z",
      "2026-02-27T16:00:00Z",
      // Two days before British Summer Time starts on 29 March.
      "2026-03-27T16:00:00Z",
      "2026-04-24T15:00:00Z",
      "2026-05-29T15:00:00Z",
    ]);
    // The UK falls back on 25 October, the last Friday is 30 October.
    expect(startsIn(series).slice(9)).toEqual(["2026-10-30T16:00:00Z", "2026-11-27T16:00:00Z", "2026-12-25T16:00:00Z"]);
    expect(toRRule(series)).toBe("FREQ=MONTHLY;BYDAY=-1FR");
  });
});

describe("a series seen from the other person's zone", () => {
  it("New York and London: a 10:00 New York series is 15:00 in London, 14:00 in the weeks only the US has changed clocks", () => {
    const series = monthly("America/New_York", "2026-02-01T10:00", 2, "TU");
    const london = occurrences(series, YEAR).map((o) => inZone(o.start, "Europe/London"));
    expect(london.slice(0, 3).map((l) => `${l.date} ${l.time} ${l.zoneName}`)).toEqual([
      "2026-02-10 15:00 Greenwich Mean Time",
      // US daylight time began on 8 March, the UK's begins on 29 March.
      "2026-03-10 14:00 Greenwich Mean Time",
      "2026-04-14 15:00 British Summer Time",
    ]);
  });

  it("New York and Sydney: the evening series lands on the next morning, an hour earlier after each side's change", () => {
    const series = monthly("America/New_York", "2026-01-01T18:00", 2, "TU");
    const sydney = occurrences(series, YEAR).map((o) => inZone(o.start, "Australia/Sydney"));
    expect(sydney.slice(0, 5).map((l) => `${l.weekday} ${l.date} ${l.time}`)).toEqual([
      "Wednesday 2026-01-14 10:00",
      "Wednesday 2026-02-11 10:00",
      "Wednesday 2026-03-11 09:00",
      "Wednesday 2026-04-15 08:00",
      "Wednesday 2026-05-13 08:00",
    ]);
  });

  it("Sydney and Auckland: two hours apart, three in the week New Zealand has changed clocks and Sydney has not", () => {
    const series = monthly("Australia/Sydney", "2026-08-01T10:00", 1, "TH");
    const pairs = occurrences(series, YEAR).map((o) => [o.localStart, inZone(o.start, "Pacific/Auckland").time]);
    expect(pairs).toEqual([
      ["2026-08-06T10:00", "12:00"],
      ["2026-09-03T10:00", "12:00"],
      // New Zealand daylight time from 27 September, Sydney's from 4 October.
      ["2026-10-01T10:00", "13:00"],
      ["2026-11-05T10:00", "12:00"],
      ["2026-12-03T10:00", "12:00"],
    ]);
  });

  it("Kolkata and Phoenix: neither changes clocks, so the pair is always 12 h 30 apart", () => {
    const series = monthly("Asia/Kolkata", "2026-01-01T20:30", 3, "WE");
    for (const o of occurrences(series, YEAR)) {
      const phoenix = inZone(o.start, "America/Phoenix");
      expect(phoenix.time).toBe("08:00");
      expect(phoenix.weekday).toBe("Wednesday");
      expect(phoenix.offset).toBe("UTC−07:00");
    }
  });

  it("a series created in Auckland is still on Auckland's calendar when seen from New York, a day earlier there", () => {
    const series = monthly("Pacific/Auckland", "2026-01-01T09:00", 2, "WE");
    const [jan, , , apr] = occurrences(series, YEAR);
    expect(jan!.localStart).toBe("2026-01-14T09:00");
    expect(inZone(jan!.start, "Pacific/Auckland")).toMatchObject({ weekday: "Wednesday", time: "09:00", offset: "UTC+13:00" });
    expect(inZone(jan!.start, "America/New_York")).toMatchObject({
      date: "2026-01-13",
      weekday: "Tuesday",
      time: "15:00",
      abbreviation: "EST",
    });
    // April: Auckland back on standard time, New York on daylight time.
    expect(apr!.localStart).toBe("2026-04-08T09:00");
    expect(inZone(apr!.start, "America/New_York")).toMatchObject({ date: "2026-04-07", time: "17:00", zoneName: "Eastern Daylight Time" });
  });
});

describe("series rules and ranges", () => {
  it("writes RFC 5545 rules, and none for a one-off meeting", () => {
    expect(toRRule(monthly("UTC", "2026-01-01T10:00", 2, "TU"))).toBe("FREQ=MONTHLY;BYDAY=2TU");
    expect(toRRule({ timeZone: "UTC", firstLocal: "2026-01-01T10:00", rule: { kind: "monthly-day", day: 15 }, durationMinutes: 45 })).toBe(
      "FREQ=MONTHLY;BYMONTHDAY=15",
    );
    expect(toRRule({ timeZone: "UTC", firstLocal: "2026-01-01T10:00", rule: { kind: "once" }, durationMinutes: 45 })).toBeNull();
  });

  it("starts on the first matching day on or after firstLocal, and honours from, to and limit", () => {
    // 1 January 2026 is a Thursday, not a second Tuesday: the series starts on 13 January.
    const series = monthly("America/New_York", "2026-01-01T10:00", 2, "TU");
    expect(startsIn(series, { from: new Date("2025-01-01T00:00Z"), to: new Date("2026-02-01T00:00Z") })).toEqual(["2026-01-13T15:00:00Z"]);
    // `to` is exclusive, `from` inclusive.
    expect(startsIn(series, { from: new Date("2026-02-10T15:00Z"), to: new Date("2026-04-14T14:00Z") })).toEqual([
      "2026-02-10T15:00:00Z",
      "2026-03-10T14:00:00Z",
    ]);
    expect(occurrences(series, { ...YEAR, limit: 3 })).toHaveLength(3);
  });

  it("the 15th of each month, and a one-off meeting only inside the range", () => {
    const day: CheckinSeries = {
      timeZone: "Europe/London",
      firstLocal: "2026-03-15T09:30",
      rule: { kind: "monthly-day", day: 15 },
      durationMinutes: 45,
    };
    expect(startsIn(day).slice(0, 2)).toEqual(["2026-03-15T09:30:00Z", "2026-04-15T08:30:00Z"]);
    const once: CheckinSeries = {
      timeZone: "Australia/Sydney",
      firstLocal: "2026-12-08T10:00",
      rule: { kind: "once" },
      durationMinutes: 30,
    };
    expect(occurrences(once, YEAR).map((o) => [iso(o.start), iso(o.end), o.localStart])).toEqual([
      ["2026-12-07T23:00:00Z", "2026-12-07T23:30:00Z", "2026-12-08T10:00"],
    ]);
    expect(occurrences(once, { from: new Date("2026-12-08T00:00Z"), to: new Date("2027-01-01T00:00Z") })).toEqual([]);
  });

  it("rejects what it cannot schedule, in words for a form", () => {
    const ok = monthly("America/New_York", "2026-01-13T10:00", 2, "TU");
    expect(seriesProblem(ok)).toBeNull();
    expect(seriesProblem({ ...ok, timeZone: "Mars/Olympus_Mons" })).toBe("Choose a time zone.");
    expect(seriesProblem({ ...ok, firstLocal: "2026-02-30T10:00" })).toBe("Choose a date and time.");
    expect(seriesProblem({ ...ok, firstLocal: "2026-01-13T10:00-05:00" })).toBe("Choose a date and time.");
    expect(seriesProblem({ ...ok, durationMinutes: 0 })).toMatch(/between 15 minutes and 4 hours/);
    expect(seriesProblem({ ...ok, rule: { kind: "monthly-day", day: 31 } })).toMatch(/1st to the 28th/);
    expect(seriesProblem({ ...ok, rule: { kind: "monthly-nth-weekday", nth: 5 as Nth, weekday: "TU" } })).toBe(
      "Choose a day of the month.",
    );
    expect(() => occurrences({ ...ok, timeZone: "Nowhere/Land" }, YEAR)).toThrow(RangeError);
  });
});

describe("words", () => {
  it("describes each kind of series in its own zone", () => {
    expect(describeSeries(monthly("America/New_York", "2026-12-08T10:00", 2, "TU"))).toBe(
      "Second Tuesday of each month at 10:00 Eastern Time",
    );
    expect(describeSeries(monthly("Europe/London", "2026-01-01T16:00", -1, "FR"), "Greenwich Mean Time, London")).toBe(
      "Last Friday of each month at 16:00 Greenwich Mean Time, London",
    );
    expect(
      describeSeries({
        timeZone: "Asia/Kolkata",
        firstLocal: "2026-01-01T18:30",
        rule: { kind: "monthly-day", day: 22 },
        durationMinutes: 60,
      }),
    ).toBe("The 22nd of each month at 18:30 India Standard Time");
    expect(
      describeSeries({ timeZone: "America/New_York", firstLocal: "2026-12-08T10:00", rule: { kind: "once" }, durationMinutes: 60 }),
    ).toBe("Once, on Tuesday, December 8, 2026 at 10:00 Eastern Time");
  });
});
