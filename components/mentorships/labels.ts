// Words the relationship pages use for roles, states and lengths. Client-safe (no server imports).

import type { RelationshipRole } from "@/lib/mentorships/mentorship-view";
import { FORMATS, type FormatKey } from "@/lib/profiles/options";

/** How the other person stands to the viewer: "Your mentor", "Your mentee", "Peer". */
export const OTHER_ROLE_WORDS: Readonly<Record<RelationshipRole, string>> = {
  mentor: "Your mentor",
  mentee: "Your mentee",
  peer: "Peer connection",
};

export const ROLE_BADGE: Readonly<Record<RelationshipRole, string>> = {
  mentor: "Mentor",
  mentee: "Mentee",
  peer: "Peer",
};

/** The page title: "Mentoring Ada Lovelace", "Mentored by Ada Lovelace", "Peer connection with Ada". */
export function relationshipTitle(otherRole: RelationshipRole, name: string): string {
  if (otherRole === "mentee") return `Mentoring ${name}`;
  if (otherRole === "mentor") return `Mentored by ${name}`;
  return `Keeping in touch with ${name}`;
}

/** "6 months", "1 month", "No set length". */
export function plannedLength(months: number | null): string {
  if (months === null) return "No set length";
  return `${months} month${months === 1 ? "" : "s"}`;
}

export const STATUS_WORDS = { ACTIVE: "Active", PAUSED: "Paused", ENDED: "Ended" } as const;

/** "Nov 28, 2026" in the viewer's zone (UTC when the zone is unknown). */
export function formatDate(iso: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = { month: "short", day: "numeric", year: "numeric" };
  try {
    return new Intl.DateTimeFormat("en", { ...options, timeZone }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat("en", { ...options, timeZone: "UTC" }).format(new Date(iso));
  }
}

export const formatLabel = (value: string) => FORMATS.find((f) => f.value === value)?.label ?? value;

/** "Video call, Email" preferred and "Phone" fine, from a person's { video: "PREFERRED", ... }. */
export function formatLevels(formats: Record<FormatKey, string>): { preferred: string[]; fine: string[] } {
  return {
    preferred: FORMATS.filter((f) => formats[f.value] === "PREFERRED").map((f) => f.label),
    fine: FORMATS.filter((f) => formats[f.value] === "FINE").map((f) => f.label),
  };
}

/** "1 unread message", "3 unread messages". */
export const unreadWords = (count: number) => `${count} unread message${count === 1 ? "" : "s"}`;
