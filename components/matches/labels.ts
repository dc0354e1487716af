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
