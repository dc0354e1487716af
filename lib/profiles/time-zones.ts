import "server-only";
import { getTimeZones, type TimeZone } from "@vvo/tzdb";
import type { TimeZoneOption } from "@/lib/profiles/time-zone-search";

export type { TimeZoneOption };

// Friendly, current time zones. The raw list a runtime knows (Intl.supportedValuesOf) has about
// 420 system names, old ones included ("Asia/Calcutta", "Europe/Kiev"); people choose from
// @vvo/tzdb's groups instead: one canonical id per group of zones that keep the same clocks,
// with a friendly name and main cities ("Eastern Time, New York City"). Every alias of a group
// (and "Etc/UTC" and friends for plain "UTC") maps to that id on save; the migration that
// introduced this rewrote saved aliases the same way. Server-only: the data is about 120 kB, so
// forms get a trimmed option list as props instead of importing it.

const UTC_ID = "UTC";

type Entry = { id: string; name: string; city: string; cities: string[]; country: string; aliases: string[] };

let entries: Map<string, Entry> | null = null;
let aliasToId: Map<string, string> | null = null;

function load(): { entries: Map<string, Entry>; aliasToId: Map<string, string> } {
  if (entries && aliasToId) return { entries, aliasToId };
  const byId = new Map<string, Entry>();
  const aliases = new Map<string, string>();
  for (const zone of getTimeZones({ includeUtc: true }) as TimeZone[]) {
    const isUtc = zone.group.includes("UTC");
    const id = isUtc ? UTC_ID : zone.name;
    const city = isUtc ? "" : (zone.mainCities.find((c) => c.trim()) ?? "");
    byId.set(id, {
      id,
      name: isUtc ? "Coordinated Universal Time (UTC)" : zone.alternativeName,
      city,
      cities: zone.mainCities.filter((c) => c.trim()),
      country: zone.countryName,
      aliases: [...new Set([zone.name, ...zone.group])].filter((a) => a !== id),
    });
    aliases.set(id, id);
    aliases.set(zone.name, id);
    for (const alias of zone.group) aliases.set(alias, id);
  }
  entries = byId;
  aliasToId = aliases;
  return { entries, aliasToId };
}

function runtimeKnows(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/**
 * The canonical id for a zone the person sent: an alias becomes its group's id ("Asia/Calcutta"
 * → "Asia/Kolkata", "Europe/Kiev" → "Europe/Kyiv", "Etc/UTC" → "UTC"); a zone the runtime knows
 * but the list does not is kept as it is; anything else is null.
 */
export function canonicalTimeZone(zone: string): string | null {
  const trimmed = zone.trim();
  const id = load().aliasToId.get(trimmed);
  if (id) return id;
  return runtimeKnows(trimmed) ? trimmed : null;
}

/** "Eastern Time, New York City"; the raw id with spaces for a zone the list does not know. */
export function timeZoneLabel(zone: string): string {
  const { entries: all, aliasToId: ids } = load();
  const entry = all.get(ids.get(zone) ?? "");
  if (!entry) return zone.replaceAll("_", " ");
  return entry.city ? `${entry.name}, ${entry.city}` : entry.name;
}

/** Minutes east of UTC for a zone at a moment, or null for a zone the runtime does not know. */
export function offsetMinutesAt(zone: string, at: Date): number | null {
  try {
    const part = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value;
    if (!part || part === "GMT") return part ? 0 : null;
    const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(part);
    if (!m) return null;
    return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  } catch {
    return null;
  }
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "−" : "+";
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** Every zone people can choose, ordered west to east by today's offset, then by label. */
export function timeZoneOptions(at: Date = new Date()): TimeZoneOption[] {
  const withOffsets = [...load().entries.values()].map((entry) => ({ entry, minutes: offsetMinutesAt(entry.id, at) ?? 0 }));
  withOffsets.sort((a, b) => a.minutes - b.minutes || timeZoneLabel(a.entry.id).localeCompare(timeZoneLabel(b.entry.id)));
  return withOffsets.map(({ entry, minutes }) => ({
    id: entry.id,
    label: timeZoneLabel(entry.id),
    offset: offsetText(minutes),
    // One name per line, so a browser's zone can be matched to its option exactly (time-zone-search.ts).
    search: [...new Set([entry.name, ...entry.cities, entry.country, entry.id, ...entry.aliases])]
      .map((name) => name.replaceAll("_", " ").toLowerCase())
      .join("\n"),
  }));
}
