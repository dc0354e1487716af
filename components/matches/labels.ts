import type { Role, ScoreBand } from "@/lib/matching";

// Words the matches page uses for roles and bands. Client-safe (no server imports).

export const ROLE_COPY: Readonly<Record<Role, { tab: string; short: string; one: string; many: string; goalHint: string }>> = {
  mentee: {
    tab: "Mentors for you",
    short: "Mentors",
    one: "mentor",
    many: "mentors",
    goalHint: "Mentors who can help with it.",
  },
  mentor: {
    tab: "Mentees you could help",
    short: "Mentees",
    one: "mentee",
    many: "mentees",
    goalHint: "Mentees who would like help with it.",
  },
  peer: {
    tab: "Peers",
    short: "Peers",
    one: "peer",
    many: "peers",
    goalHint: "Peers who would like help with it or can offer it.",
  },
};

/**
 * Band words. Bands are calibrated on this community's own pairs for each role
 * (lib/matches/band-calibration.ts): Strong is about the top tenth, Good the next three tenths,
 * Fair the rest. `meaning` says that in words; no number that could read as a match rate.
 */
export const BAND_COPY: Readonly<
  Record<ScoreBand, { label: string; stars: number; tone: "success" | "brand" | "neutral"; meaning: string }>
> = {
  strong: {
    label: "Strong match",
    stars: 3,
    tone: "success",
    meaning: "Among the best-fitting tenth of all the pairs this community could make.",
  },
  good: {
    label: "Good match",
    stars: 2,
    tone: "brand",
    meaning: "Fits better than most: within the best-fitting four tenths of the pairs this community could make.",
  },
  fair: {
    label: "Fair match",
    stars: 1,
    tone: "neutral",
    meaning: "Works for both of you, with less in common than most suggestions.",
  },
};

/**
 * "America/Argentina/Buenos_Aires" → "America/Argentina/Buenos Aires": only where no friendly
 * label (lib/profiles/time-zones.ts timeZoneLabel) reached the page.
 */

export type MatchesHref = { role?: string | null; goal?: string; format?: string; limit?: number };

/** A /matches link that keeps the given filters (and leaves out empty ones). */
export function matchesHref({ role, goal, format, limit }: MatchesHref): string {
  const params = new URLSearchParams();
  if (role) params.set("role", role);
  if (goal) params.set("goal", goal);
  if (format) params.set("format", format);
  if (limit && limit !== 10) params.set("limit", String(limit));
  const query = params.toString();
  return query ? `/matches?${query}` : "/matches";
}

const ORIGIN_PROBE = "http://constellation.invalid";
const RETURN_KEYS = ["role", "goal", "format", "limit"] as const;

/**
 * The suggestions list a person page was opened from (its `from` query parameter), rebuilt from
 * the filters it carries; null unless it is this site's /matches. Rebuilding, rather than
 * echoing the text back, means "//elsewhere.example/matches" or "/matches/../sign-out" can never
 * become the link's target.
 */
export function suggestionsReturnPath(from: string | undefined | null): string | null {
  if (!from || from.length > 500 || !from.startsWith("/")) return null;
  let url: URL;
  try {
    url = new URL(from, ORIGIN_PROBE);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN_PROBE || url.pathname !== "/matches") return null;
  const [role, goal, format, limit] = RETURN_KEYS.map((key) => url.searchParams.get(key)?.slice(0, 64) || undefined);
  const asked = Number.parseInt(limit ?? "", 10);
  return matchesHref({
    role: role && Object.hasOwn(ROLE_COPY, role) ? role : undefined,
    goal,
    format,
    limit: Number.isFinite(asked) && asked > 0 && asked <= 50 ? asked : undefined,
  });
}

export type ReturnLink = { href: string; label: string };

const PAGE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Where a person page's "Back" leads: the list it was opened from (its `from` parameter), rebuilt
 * rather than echoed. The suggestions list keeps its filters; a few other pages that link to
 * people (the dashboard, requests, mentorships) are recognised by their path alone. Null for
 * anything else, so no address a stranger wrote can become the link.
 */
export function returnLink(from: string | undefined | null): ReturnLink | null {
  const suggestions = suggestionsReturnPath(from);
  if (suggestions) return { href: suggestions, label: "Back to suggestions" };
  if (!from || from.length > 200 || !from.startsWith("/")) return null;
  let path: string;
  try {
    const url = new URL(from, ORIGIN_PROBE);
    if (url.origin !== ORIGIN_PROBE) return null;
    path = url.pathname;
  } catch {
    return null;
  }
  if (path === "/dashboard") return { href: "/dashboard", label: "Back to your dashboard" };
  if (path === "/requests") return { href: "/requests", label: "Back to requests" };
  if (path === "/mentorships") return { href: "/mentorships", label: "Back to mentorships" };
  const [, section, id, ...rest] = path.split("/");
  if (rest.length || !id || !PAGE_ID.test(id)) return null;
  if (section === "requests") return { href: `/requests/${id}`, label: "Back to the request" };
  if (section === "mentorships") return { href: `/mentorships/${id}`, label: "Back to your mentorship" };
  return null;
}

/** A person page's address that remembers the list it was opened from. */
export function personHref(personId: string, from?: string): string {
  return from ? `/people/${personId}?from=${encodeURIComponent(from)}` : `/people/${personId}`;
}
