import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { suggest, type Reason, type Role, type ScoreBand } from "@/lib/matching";
import { getBandThresholds } from "@/lib/matches/band-calibration";
import { loadCandidates, loadMatchProfile, personSummary, type PersonSummary } from "@/lib/matches/load-profiles";
import { MatchesQuery } from "@/lib/matches/schemas";
import { matchLabels } from "@/lib/matches/labels";
import { applyDueAffinities } from "@/lib/profiles/apply-affinities";
import { parseWith } from "@/lib/validation";

// What leaves the server about a suggestion: who, the band, the reasons in words and, for a
// mentor earlier in their career than the mentee, a caveat saying what they can still help
// with. Never the raw score, component values or a reason's share: fine-grained numbers would
// let a viewer see the small shift a matching-only attribute makes (DESIGN.md, "Privacy model
// for identity data"), and a percentage reads as a match rate nobody can check.
export type MatchSuggestion = {
  person: PersonSummary;
  role: Role;
  band: ScoreBand;
  reasons: PublicReason[];
  caveat: string | null;
  saved: boolean;
};

/** A reason as it leaves the server: its words and whether it is a main one; no number at all. */
export type PublicReason = Pick<Reason, "component" | "text" | "main">;

/** What an empty list should tell the person to do next. */
export type EmptyHint = "FINISH_PROFILE" | "ADD_ROLE" | "ADD_GOALS" | "WIDEN_FORMATS" | "MENTOR_PAUSED" | "CLEAR_FILTERS" | "NONE_YET";

export type SuggestionsResult = {
  roles: Role[];
  role: Role | null;
  suggestions: MatchSuggestion[];
  hint: EmptyHint | null;
  /**
   * The viewer set at least one identity preference (their own answers, not the delayed copy
   * matching reads), so the page can say once that preferences shape the ranking. Never per
   * suggestion: which suggestions a preference moved is exactly what must not show.
   */
  affinityShaped: boolean;
};

/** Reasons as they leave the server: words and the main mark, picked field by field so nothing else rides along. */
export function toPublicReasons(reasons: readonly Reason[]): PublicReason[] {
  return reasons.map((r) => ({ component: r.component, text: r.text, main: r.main }));
}

/** The roles a person can look in, in the order the page shows them. */
export function rolesOf(p: { seeksMentorship: boolean; offersMentorship: boolean; openToPeer: boolean }): Role[] {
  return [
    ...(p.seeksMentorship ? (["mentee"] as const) : []),
    ...(p.offersMentorship ? (["mentor"] as const) : []),
    ...(p.openToPeer ? (["peer"] as const) : []),
  ];
}

/**
 * Top suggestions for the acting person in one of their roles (the first one by default),
 * each with a band and the reasons that actually produced its score.
 */
export async function getSuggestions(actor: Actor, rawQuery: unknown): Promise<SuggestionsResult> {
  const query = parseWith(MatchesQuery, rawQuery);
  // The viewer's own preference change goes through here once its window has passed.
  await applyDueAffinities(actor.id);
  const [viewer, { saved, affinityShaped }] = await Promise.all([loadMatchProfile(actor.id), viewerMarks(actor.id)]);
  const empty = { suggestions: [], affinityShaped };
  if (!viewer) return { roles: [], role: null, ...empty, hint: "FINISH_PROFILE" };
  const roles = rolesOf(viewer.match);
  const role = query.role && roles.includes(query.role) ? query.role : (roles[0] ?? null);
  if (!role) return { roles, role: null, ...empty, hint: "ADD_ROLE" };
  if (role === "mentor" && (!viewer.match.accepting || viewer.match.activeMentees >= viewer.match.capacity)) {
    return { roles, role, ...empty, hint: "MENTOR_PAUSED" };
  }

  // Blocks and dismissals are already applied by the SQL pre-filter (loadCandidates), so no
  // pair context is loaded here; rounds, which load whole cohorts, pass it to the matcher.
  const [candidates, labels, bands] = await Promise.all([
    loadCandidates(viewer.match, role, { goal: query.goal, format: query.format }),
    matchLabels(),
    getBandThresholds(role),
  ]);
  const result = suggest({
    viewer: viewer.match,
    role,
    candidates: candidates.map((c) => c.match),
    labels,
    bands,
    k: query.limit,
  });
  const people = new Map(candidates.map((c) => [c.person.id, c.person]));
  const suggestions = result.suggestions.map((s) => ({
    person: personSummary(people.get(s.candidateId)!),
    role,
    band: s.band,
    // Reasons only: the score and raw components carry detail a viewer must not see.
    reasons: toPublicReasons(s.reasons),
    caveat: s.caveat,
    saved: saved.has(s.candidateId),
  }));
  return { roles, role, suggestions, affinityShaped, hint: suggestions.length ? null : emptyHint(viewer.match, role, query) };
}

/**
 * The viewer's saved people, and whether they asked for anything about identity in their own
 * answers ("no preference" is not asking): one round trip, since every query costs a few
 * milliseconds on the embedded database.
 */
async function viewerMarks(userId: string): Promise<{ saved: Set<string>; affinityShaped: boolean }> {
  const [row] = await db.$queryRaw<{ saved: string[]; shaped: boolean }[]>`
    SELECT ARRAY(SELECT s."candidateId" FROM "SavedMatch" s WHERE s."userId" = ${userId}) AS saved,
      EXISTS (SELECT 1 FROM "ProfileAffinity" a WHERE a."profileId" = ${userId} AND a.preference <> 'NONE') AS shaped`;
  return { saved: new Set(row!.saved), affinityShaped: row!.shaped };
}

function emptyHint(
  viewer: { seeks: readonly string[]; offers: readonly string[]; formats: Record<string, string> },
  role: Role,
  query: MatchesQuery,
): EmptyHint {
  if (query.goal || query.format) return "CLEAR_FILTERS";
  if ((role === "mentee" && viewer.seeks.length === 0) || (role === "mentor" && viewer.offers.length === 0)) return "ADD_GOALS";
  const acceptable = Object.values(viewer.formats).filter((level) => level !== "NO").length;
  if (acceptable <= 2) return "WIDEN_FORMATS";
  return "NONE_YET";
}
