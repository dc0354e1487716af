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

export const BAND_COPY: Readonly<Record<ScoreBand, { label: string; stars: number; tone: "success" | "brand" | "neutral" }>> = {
  strong: { label: "Strong match", stars: 3, tone: "success" },
  good: { label: "Good match", stars: 2, tone: "brand" },
  fair: { label: "Fair match", stars: 1, tone: "neutral" },
};

/** "America/Argentina/Buenos_Aires" → "America/Argentina/Buenos Aires". */
export function zoneName(timeZone: string): string {
  return timeZone.replaceAll("_", " ");
}

export function percent(share: number): number {
  return Math.max(1, Math.min(100, Math.round(share * 100)));
}

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

/** A person page's address that remembers the suggestions list it was opened from. */
export function personHref(personId: string, from?: string): string {
  return from ? `/people/${personId}?from=${encodeURIComponent(from)}` : `/people/${personId}`;
}
