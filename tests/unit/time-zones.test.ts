// The time-zone picker's data (lib/profiles/time-zones.ts, server) and its search in the
// browser (lib/profiles/time-zone-search.ts): friendly names, canonical ids, old aliases mapped.
import { describe, expect, it } from "vitest";
import { optionForZone, searchOptions, searchTextOf } from "@/lib/profiles/time-zone-search";
import { canonicalTimeZone, timeZoneLabel, timeZoneOptions } from "@/lib/profiles/time-zones";

const options = timeZoneOptions(new Date("2026-01-15T12:00:00Z"));
const indexed = options.map((option) => ({ option, text: searchTextOf(option) }));
const search = (query: string) => searchOptions(indexed, query).map((m) => m.option.id);

describe("time-zone options", () => {
  it("offers each zone once, by its canonical id, with a friendly label and today's offset", () => {
    const ids = options.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Far fewer than the ~420 raw system names, and none of the old aliases.
    expect(ids.length).toBeLessThan(400);
    for (const alias of ["Asia/Calcutta", "Europe/Kiev", "US/Eastern", "Etc/UTC"]) expect(ids).not.toContain(alias);
    for (const id of ids) expect(canonicalTimeZone(id)).toBe(id);
    const newYork = options.find((o) => o.id === "America/New_York")!;
    expect(newYork).toMatchObject({ label: "Eastern Time, New York City", offset: "UTC−05:00" });
    expect(options.find((o) => o.id === "Asia/Kolkata")!.offset).toBe("UTC+05:30");
  });

  it("orders zones west to east", () => {
    const minutes = options.map((o) => {
      const m = /^UTC([+−])(\d{2}):(\d{2})$/.exec(o.offset)!;
      return (m[1] === "−" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
    });
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
  });

  it("maps old aliases to canonical ids and names them in friendly words", () => {
    expect(canonicalTimeZone("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(canonicalTimeZone("US/Eastern")).toBe("America/New_York");
    expect(canonicalTimeZone("Etc/UTC")).toBe("UTC");
    expect(canonicalTimeZone("Mars/Olympus_Mons")).toBeNull();
    expect(timeZoneLabel("America/Vancouver")).toBe("Pacific Time, Vancouver");
    expect(timeZoneLabel("Asia/Calcutta")).toBe(timeZoneLabel("Asia/Kolkata"));
  });
});

describe("searching the options in the browser", () => {
  it("finds a zone by city, country, friendly name, old id or offset, accents and minus signs aside", () => {
    expect(search("new york")).toContain("America/New_York");
    // Whole words first: India Time (Mumbai, and Colombo, which keeps the same clock) before
    // Indiana (Eastern, Central) and the Indian Ocean.
    expect(search("India").slice(0, 2).sort()).toEqual(["Asia/Colombo", "Asia/Kolkata"]);
    expect(search("India")).toContain("America/Chicago");
    // Words are matched from their start only.
    expect(search("ndia")).toEqual([]);
    expect(search("calcutta")).toEqual(["Asia/Kolkata"]);
    expect(search("kiev")).toEqual(["Europe/Kyiv"]);
    expect(search("bogota")).toContain("America/Bogota");
    expect(search("pacific time vancouver")).toEqual(["America/Vancouver"]);
    expect(search("utc-05:00")).toContain("America/New_York");
    expect(search("zzzz")).toEqual([]);
  });

  it("finds the option for the zone a browser reports, even an old alias, and nothing for an unknown one", () => {
    expect(optionForZone(options, "America/Chicago")?.id).toBe("America/Chicago");
    expect(optionForZone(options, "Asia/Calcutta")?.id).toBe("Asia/Kolkata");
    expect(optionForZone(options, "US/Eastern")?.id).toBe("America/New_York");
    expect(optionForZone(options, "America/Indiana/Indianapolis")?.id).toBe("America/New_York");
    // An alias is matched whole, never as the start of another name.
    expect(optionForZone(options, "America/Indiana")).toBeNull();
    expect(optionForZone(options, "Mars/Olympus_Mons")).toBeNull();
    expect(optionForZone(options, null)).toBeNull();
  });
});
