import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AVAILABILITY_WINDOWS,
  WINDOW_SPANS,
  availabilityMask,
  explain,
  scorePair,
  scorePeers,
  sharedAvailability,
  sharedWindowsFor,
  stretchText,
  suggest,
  weeklySharedMinutes,
  zoneOffsetMinutes,
  type AvailabilityWindow,
  type ComponentFacts,
  type MatchProfile,
  type PairScore,
  type Role,
} from "@/lib/matching";
import { WINDOWS, makeProfile, mentee, mentor } from "./arbitraries";

const JAN = new Date(Date.UTC(2025, 0, 15, 12));
// Between the two spring DST switches: New York moved on 9 March, London moves on 30 March.
const MID_MARCH = new Date(Date.UTC(2025, 2, 18, 12));
const APRIL = new Date(Date.UTC(2025, 3, 15, 12));
const JUL = new Date(Date.UTC(2025, 6, 15, 12));

const DAYTIME: AvailabilityWindow[] = ["WEEKDAY_DAYTIME"];
const EVENING: AvailabilityWindow[] = ["WEEKDAY_EVENING"];
const h = (hours: number, minutes = 0) => hours * 60 + minutes;

const person = (timeZone: string, availability: readonly AvailabilityWindow[]) => ({ timeZone, availability });
const weeklyHours = (a: { timeZone: string; availability: readonly AvailabilityWindow[] }, b: typeof a, at: Date) =>
  weeklySharedMinutes(
    zoneOffsetMinutes(a.timeZone, at.getTime()),
    availabilityMask(a.availability),
    zoneOffsetMinutes(b.timeZone, at.getTime()),
    availabilityMask(b.availability),
  ) / 60;
const windowsOf = (a: { timeZone: string; availability: readonly AvailabilityWindow[] }, b: typeof a, at: Date) =>
  sharedWindowsFor(
    zoneOffsetMinutes(a.timeZone, at.getTime()),
    availabilityMask(a.availability),
    zoneOffsetMinutes(b.timeZone, at.getTime()),
    availabilityMask(b.availability),
  );
const overlapFacts = (s: PairScore) => s.components.find((c) => c.name === "timezoneOverlap")!.facts as ComponentFacts["timezoneOverlap"];

describe("availability windows", () => {
  it("define their hours once, and the words match the definitions", () => {
    expect(AVAILABILITY_WINDOWS.map((w) => w.value)).toEqual(WINDOWS);
    for (const w of AVAILABILITY_WINDOWS) expect(stretchText(WINDOW_SPANS[w.value].startMin, WINDOW_SPANS[w.value].endMin)).toBe(w.hours);
    expect(stretchText(h(9, 30), h(12))).toBe("9:30 am to noon");
    expect(stretchText(h(12), h(17))).toBe("noon to 5 pm");
    expect(stretchText(h(14, 30), h(17))).toBe("2:30 to 5 pm");
  });
});

describe("weekly shared hours across zones (offsets from the zone database at the given instant)", () => {
  it("New York and London: 3 h a weekday in winter, 4 h between the two DST switches, 3 h again in April", () => {
    const ny = person("America/New_York", DAYTIME);
    const london = person("Europe/London", DAYTIME);
    expect(weeklyHours(ny, london, JAN)).toBe(15);
    expect(weeklyHours(ny, london, MID_MARCH)).toBe(20);
    expect(weeklyHours(ny, london, APRIL)).toBe(15);
    expect(windowsOf(ny, london, JAN)).toEqual([{ window: "WEEKDAY_DAYTIME", fromMin: h(9), toMin: h(12) }]);
    expect(windowsOf(ny, london, MID_MARCH)).toEqual([{ window: "WEEKDAY_DAYTIME", fromMin: h(9), toMin: h(13) }]);
    expect(windowsOf(london, ny, MID_MARCH)).toEqual([{ window: "WEEKDAY_DAYTIME", fromMin: h(13), toMin: h(17) }]);
  });

  it("Asia/Kolkata's half hour, and Pacific/Auckland across the date line in both seasons", () => {
    const kolkata = person("Asia/Kolkata", DAYTIME);
    const london = person("Europe/London", DAYTIME);
    expect(weeklyHours(kolkata, london, JAN)).toBe(12.5);
    expect(windowsOf(london, kolkata, JAN)).toEqual([{ window: "WEEKDAY_DAYTIME", fromMin: h(9), toMin: h(11, 30) }]);
    expect(windowsOf(kolkata, london, JAN)).toEqual([{ window: "WEEKDAY_DAYTIME", fromMin: h(14, 30), toMin: h(17) }]);

    // Auckland is 21 h ahead of Los Angeles in January: Auckland's Tuesday to Friday mornings
    // are Los Angeles's Monday to Thursday afternoons; Auckland's Monday is a Los Angeles Sunday.
    const auckland = person("Pacific/Auckland", DAYTIME);
    const la = person("America/Los_Angeles", DAYTIME);
    expect(weeklyHours(auckland, la, JAN)).toBe(20);
    expect(windowsOf(auckland, la, JAN)).toEqual([{ window: "WEEKDAY_DAYTIME", fromMin: h(9), toMin: h(14) }]);
    expect(windowsOf(la, auckland, JAN)).toEqual([{ window: "WEEKDAY_DAYTIME", fromMin: h(12), toMin: h(17) }]);
    // July: Auckland on standard time, Los Angeles on daylight time: 19 h apart.
    expect(weeklyHours(auckland, la, JUL)).toBe(12);
    expect(windowsOf(auckland, la, JUL)).toEqual([{ window: "WEEKDAY_DAYTIME", fromMin: h(9), toMin: h(12) }]);
  });

  it("evening-only and daytime-only people share nothing, in one zone or nearby ones", () => {
    expect(weeklyHours(person("America/Chicago", EVENING), person("America/Chicago", DAYTIME), JAN)).toBe(0);
    expect(weeklyHours(person("America/New_York", EVENING), person("America/Chicago", DAYTIME), JAN)).toBe(0);
    expect(windowsOf(person("America/Chicago", EVENING), person("America/Chicago", DAYTIME), JAN)).toEqual([]);
    expect(sharedAvailability(person("America/Chicago", EVENING), person("America/Chicago", DAYTIME), JAN)).toEqual([]);
  });

  it("nothing known means no overlap: no window, or a zone the database does not know", () => {
    expect(weeklyHours(person("America/Chicago", []), person("America/Chicago", WINDOWS), JAN)).toBe(0);
    expect(weeklyHours(person("Mars/Olympus", WINDOWS), person("America/Chicago", WINDOWS), JAN)).toBe(0);
    expect(sharedAvailability(person("Mars/Olympus", WINDOWS), person("America/Chicago", WINDOWS), JAN)).toEqual([]);
    expect(sharedAvailability(person("America/Chicago", []), person("America/Chicago", WINDOWS), JAN)).toEqual([]);
  });
});

describe("sharedAvailability", () => {
  it("lists every weekly interval in a's local week", () => {
    expect(sharedAvailability(person("America/New_York", DAYTIME), person("Europe/London", DAYTIME), MID_MARCH)).toEqual(
      [0, 1, 2, 3, 4].map((day) => ({ window: "WEEKDAY_DAYTIME", day, startMin: h(9), endMin: h(13) })),
    );
    // Auckland's Saturday morning is Los Angeles's Friday afternoon.
    const r = sharedAvailability(person("Pacific/Auckland", ["WEEKEND"]), person("America/Los_Angeles", DAYTIME), JAN);
    expect(r).toEqual([{ window: "WEEKEND", day: 5, startMin: h(10), endMin: h(14) }]);
  });

  // An independent count, a quarter of an hour at a time: is a free at this moment of a's week,
  // and is b free at the same moment of b's week?
  function bruteForceMinutes(a: MatchProfile, b: MatchProfile, at: Date): number {
    const diff = zoneOffsetMinutes(a.timeZone, at.getTime()) - zoneOffsetMinutes(b.timeZone, at.getTime());
    const week = 7 * 1440;
    const free = (p: MatchProfile, t: number) => {
      const m = ((t % week) + week) % week;
      const day = Math.floor(m / 1440);
      const min = m % 1440;
      return p.availability.some((w) => {
        const s = WINDOW_SPANS[w];
        return day >= s.firstDay && day <= s.lastDay && min >= s.startMin && min < s.endMin;
      });
    };
    let total = 0;
    for (let t = 0; t < week; t += 15) if (free(a, t) && free(b, t - diff)) total += 15;
    return total;
  }

  it("property: intervals, weekly minutes and a brute-force count agree, seen from either side", () => {
    const zones = [
      "America/New_York",
      "America/Los_Angeles",
      "Europe/London",
      "Asia/Kolkata",
      "Asia/Kathmandu",
      "Pacific/Auckland",
      "Pacific/Honolulu",
      "Asia/Tokyo",
    ];
    const instants = [JAN, MID_MARCH, APRIL, JUL];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        fc.subarray([...WINDOWS]),
        fc.subarray([...WINDOWS]),
        fc.constantFrom(...instants),
        (za, zb, wa, wb, at) => {
          const a = makeProfile({ id: "a", timeZone: za, availability: wa });
          const b = makeProfile({ id: "b", timeZone: zb, availability: wb });
          const intervals = sharedAvailability(a, b, at);
          const sum = intervals.reduce((t, i) => t + i.endMin - i.startMin, 0);
          const expected = bruteForceMinutes(a, b, at);
          expect(sum).toBe(expected);
          expect(weeklyHours(a, b, at) * 60).toBe(expected);
          expect(weeklyHours(b, a, at) * 60).toBe(expected);
          expect(sharedAvailability(b, a, at).reduce((t, i) => t + i.endMin - i.startMin, 0)).toBe(expected);
          for (const i of intervals) {
            const s = WINDOW_SPANS[i.window];
            expect(i.day).toBeGreaterThanOrEqual(s.firstDay);
            expect(i.day).toBeLessThanOrEqual(s.lastDay);
            expect(i.startMin).toBeGreaterThanOrEqual(s.startMin);
            expect(i.endMin).toBeLessThanOrEqual(s.endMin);
          }
          // A shared window a reason names always lies inside intervals both are free.
          for (const w of windowsOf(a, b, at)) {
            expect(intervals.some((i) => i.window === w.window && i.startMin <= w.fromMin && i.endMin >= w.toMin)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the time-overlap reason", () => {
  const reasonFor = (role: Role, viewer: MatchProfile, other: MatchProfile, at: Date) => {
    const r = suggest({ viewer, role, candidates: [other], at, k: 1 }).suggestions[0]!;
    const c = r.components.filter((x) => x.name === "timezoneOverlap");
    return explain(c, { viewerRole: role })[0]?.text;
  };

  it("says when both are free, in the viewer's own words and local time", () => {
    const e = mentee("e", { timeZone: "America/New_York", availability: DAYTIME });
    const m = mentor("m", { timeZone: "Europe/London", availability: DAYTIME });
    expect(reasonFor("mentee", e, m, MID_MARCH)).toBe("You are both free on weekdays during the day (9 am to 1 pm your time)");
    expect(reasonFor("mentor", m, e, MID_MARCH)).toBe("You are both free on weekdays during the day (1 to 5 pm your time)");
    expect(reasonFor("mentee", e, m, JAN)).toBe("You are both free on weekdays during the day (9 am to noon your time)");
    const p0 = makeProfile({ id: "p0", openToPeer: true, timeZone: "Europe/London", availability: DAYTIME });
    const p1 = makeProfile({ id: "p1", openToPeer: true, timeZone: "America/New_York", availability: DAYTIME });
    expect(reasonFor("peer", p0, p1, JAN)).toBe("You are both free on weekdays during the day (2 to 5 pm your time)");
  });

  it("names each shared window, and evenings as evenings", () => {
    const e = mentee("e", { timeZone: "America/Chicago", availability: EVENING });
    const m = mentor("m", { timeZone: "America/Chicago", availability: ["WEEKDAY_EVENING", "WEEKEND"] });
    expect(reasonFor("mentee", e, m, JAN)).toBe("You are both free on weekday evenings (6 to 9 pm your time)");
    const e2 = mentee("e2", { timeZone: "America/New_York", availability: ["WEEKDAY_DAYTIME", "WEEKEND"] });
    const m2 = mentor("m2", { timeZone: "America/Chicago", availability: ["WEEKDAY_DAYTIME", "WEEKEND"] });
    expect(reasonFor("mentee", e2, m2, JAN)).toBe(
      "You are both free on weekdays during the day (10 am to 5 pm your time) and weekends (11 am to 5 pm your time)",
    );
    // One side's daytime can be the other's evening.
    const e3 = mentee("e3", { timeZone: "America/New_York", availability: EVENING });
    const m3 = mentor("m3", { timeZone: "Asia/Tokyo", availability: DAYTIME });
    expect(reasonFor("mentee", e3, m3, JAN)).toBe("You are both free on weekday evenings (7 to 9 pm your time)");
    expect(reasonFor("mentor", m3, e3, JAN)).toBe("You are both free on weekdays during the day (9 to 11 am your time)");
  });

  it("falls back to weekly hours when the shared time has no typical day", () => {
    // New York's weekend meets Auckland's Sunday and Monday: a different stretch each day.
    const e = mentee("e", { timeZone: "America/New_York", availability: ["WEEKEND"] });
    const m = mentor("m", { timeZone: "Pacific/Auckland", availability: ["WEEKDAY_DAYTIME", "WEEKEND"] });
    const f = overlapFacts(scorePair(e, m, { at: JAN }));
    expect(f.sharedA).toEqual([]);
    expect(f.overlapHours).toBe(3);
    expect(reasonFor("mentee", e, m, JAN)).toBe("You are both free for about 3 h a week");
  });

  it("is worded only from the windows both gave: the hours always lie inside both people's windows", () => {
    const e = mentee("e", { timeZone: "Asia/Kolkata", availability: EVENING });
    const m = mentor("m", { timeZone: "Europe/London", availability: WINDOWS });
    const f = overlapFacts(scorePair(e, m, { at: JAN }));
    // Kolkata 6 to 9 pm is London 12:30 to 3:30 pm.
    expect(f.sharedA).toEqual([{ window: "WEEKDAY_EVENING", fromMin: h(18), toMin: h(21) }]);
    expect(f.sharedB).toEqual([{ window: "WEEKDAY_DAYTIME", fromMin: h(12, 30), toMin: h(15, 30) }]);
    expect(reasonFor("mentor", m, e, JAN)).toBe("You are both free on weekdays during the day (12:30 to 3:30 pm your time)");
    expect(overlapFacts(scorePeers(e, m, { at: JAN })).sharedA).toEqual(f.sharedA);
  });
});
