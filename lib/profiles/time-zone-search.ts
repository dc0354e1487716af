// Searching the time-zone options in the browser (the options themselves come from
// lib/profiles/time-zones.ts, server-only, as props). Client-safe and pure.

export type TimeZoneOption = {
  /** Canonical id, what is saved. */
  id: string;
  /** "Eastern Time, New York City". */
  label: string;
  /** "UTC−05:00" today. */
  offset: string;
  /**
   * What a search can match, lower-case, one name per line: the zone's name, its cities, its
   * country, its id and every alias id ("america/new york", "us/eastern"), underscores as spaces.
   */
  search: string;
};

/** Lower-case, accents gone ("Bogotá" → "bogota"), underscores as spaces, any minus sign as "-". */
export function normaliseSearchText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replaceAll("_", " ")
    .replace(/[\u2212\u2013\u2014]/g, "-")
    .trim();
}

/** Everything a query is compared with, normalised once per option. */
export function searchTextOf(option: TimeZoneOption): string {
  return normaliseSearchText(`${option.label}\n${option.offset}\n${option.search}`);
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/**
 * How well an option's text matches a query, or null when it does not: every word of the query
 * must start a word of the text ("york" finds "New York", "dia" finds nothing). Whole words rank
 * above beginnings, so "India" puts India Time before Indiana and the Indian Ocean.
 */
export function matchRank(text: string, query: string): number | null {
  const words = normaliseSearchText(query).split(/\s+/).filter(Boolean);
  let rank = 0;
  for (const word of words) {
    let best = 0;
    for (let at = text.indexOf(word); at !== -1 && best < 2; at = text.indexOf(word, at + 1)) {
      if (isWordChar(word[0]) && isWordChar(text[at - 1])) continue;
      best = Math.max(best, isWordChar(text[at + word.length]) ? 1 : 2);
    }
    if (best === 0) return null;
    rank += best;
  }
  return rank;
}

/** The options that match a query, best first, in their own order (west to east) among equals. */
export function searchOptions<T extends { text: string }>(indexed: readonly T[], query: string): T[] {
  return indexed
    .map((entry, index) => ({ entry, index, rank: matchRank(entry.text, query) }))
    .filter((m): m is { entry: T; index: number; rank: number } => m.rank !== null)
    .sort((a, b) => b.rank - a.rank || a.index - b.index)
    .map((m) => m.entry);
}

/**
 * The option for a zone a browser reports, which may be an old alias ("Asia/Calcutta" → the
 * option for Asia/Kolkata, "US/Eastern" → America/New_York); null when no option lists it.
 */
export function optionForZone(options: readonly TimeZoneOption[], zone: string | null | undefined): TimeZoneOption | null {
  if (!zone) return null;
  const exact = options.find((o) => o.id === zone);
  if (exact) return exact;
  const name = normaliseSearchText(zone);
  return options.find((o) => o.search.split("\n").includes(name)) ?? null;
}
