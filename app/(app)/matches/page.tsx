import type { Metadata } from "next";
import Link from "next/link";
import { MatchesEmptyState } from "@/components/matches/empty-hint";
import { ROLE_COPY, matchesHref } from "@/components/matches/labels";
import { MatchActionsProvider } from "@/components/matches/match-actions-provider";
import { MatchFilters } from "@/components/matches/match-filters";
import { BandLegend } from "@/components/matches/match-reasons";
import { RoleTabs } from "@/components/matches/role-tabs";
import { SavedList } from "@/components/matches/saved-list";
import { SuggestionCard } from "@/components/matches/suggestion-card";
import { SuggestionItem } from "@/components/matches/suggestion-item";
import { SuggestionList } from "@/components/matches/suggestion-list";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getSuggestions } from "@/lib/matches/get-suggestions";
import { listSavedMatches } from "@/lib/matches/mark-match";
import { MATCH_FORMATS, MATCH_ROLES } from "@/lib/matches/schemas";
import { FORMATS } from "@/lib/profiles/options";
import { getOwnProfile } from "@/lib/profiles/get-own-profile";
import { getVocabulary } from "@/lib/profiles/vocabulary";
import { requestGoalForms } from "@/lib/requests/request-goal-forms";

export const metadata: Metadata = { title: "Matches" };

const PAGE_SIZE = 10;
const MAX_LIMIT = 50;

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined => list.find((item) => item === value);

export default async function MatchesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const [vocabulary, profile] = await Promise.all([getVocabulary(), getOwnProfile(user)]);

  // Bookmarked or hand-edited addresses: anything unknown is ignored rather than an error.
  const goalId = first(params.goal);
  const goal = vocabulary.goalAreas.some((g) => g.id === goalId) ? goalId : undefined;
  const format = oneOf(MATCH_FORMATS, first(params.format));
  const requestedRole = oneOf(MATCH_ROLES, first(params.role));
  const asked = Number.parseInt(first(params.limit) ?? "", 10);
  const limit = Number.isFinite(asked) ? Math.min(MAX_LIMIT, Math.max(PAGE_SIZE, asked)) : PAGE_SIZE;

  const [{ roles, role, suggestions, hint, affinityShaped }, saved] = await Promise.all([
    getSuggestions(user, { role: requestedRole, goal, format, limit }),
    listSavedMatches(user),
  ]);

  const copy = role ? ROLE_COPY[role] : null;
  // The goals each card's request form offers, for every card in one query.
  const requestGoals = await requestGoalForms(
    user,
    suggestions.map((s) => ({ personId: s.person.id, role: s.role })),
  );
  const here = matchesHref({ role, goal, format, limit });

  // Goal filter: the person's own goals for this role first, then every other area.
  const own = new Set(
    (role === "mentee"
      ? profile.goals.seeks
      : role === "mentor"
        ? profile.goals.offers
        : [...profile.goals.seeks, ...profile.goals.offers]
    ).map((g) => g.goalAreaId),
  );
  const areas = vocabulary.goalAreas.map((g) => ({ value: g.id, label: g.label }));
  // Format filter: only ways the person has not said no to (a filter they cannot use would only mislead).
  const formatOptions = FORMATS.filter((f) => profile.formats.formats[f.value] !== "NO" || f.value === format).map((f) => ({
    value: f.value,
    label: f.label,
  }));

  return (
    <>
      <PageHeader
        title="Matches"
        description="People who might be a good fit, best first, with the reasons. Nobody is told when you save or pass on them."
        actions={
          saved.length ? (
            <a href="#saved-title" className={buttonClass("secondary", "px-3.5 py-2")}>
              <span aria-hidden="true" className="text-star">
                ★
              </span>
              Saved for later ({saved.length})
            </a>
          ) : null
        }
      />
      <MatchActionsProvider>
        {role && roles.length > 1 ? <RoleTabs roles={roles} current={role} goal={goal} format={format} /> : null}
        {role && hint !== "MENTOR_PAUSED" ? (
          <MatchFilters
            role={role}
            goal={goal}
            format={format}
            ownGoals={areas.filter((a) => own.has(a.value))}
            otherGoals={areas.filter((a) => !own.has(a.value))}
            formats={formatOptions}
          />
        ) : null}

        {suggestions.length && copy ? (
          <section aria-labelledby="results-title">
            <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <h2 id="results-title" tabIndex={-1} className="text-xl font-semibold text-ink">
                {copy.tab}
              </h2>
              <p role="status" className="text-sm text-muted">
                {suggestions.length} {suggestions.length === 1 ? copy.one : copy.many}
                {goal || format ? " matching your filters" : ""}, best match first
              </p>
            </div>
            {affinityShaped ? (
              // Once for the whole list, never per card: which suggestions a preference moved is
              // exactly what must not show (DESIGN.md, "Privacy model for identity data").
              <p className="mb-3 max-w-prose text-sm text-muted">
                Your identity preferences shape this ranking. We never show which suggestions they affected.
              </p>
            ) : null}
            <BandLegend className="mb-4" />
            <SuggestionList
              items={suggestions.map((suggestion, index) => ({
                id: suggestion.person.id,
                node: (
                  <SuggestionItem id={suggestion.person.id}>
                    <SuggestionCard
                      suggestion={suggestion}
                      rank={index + 1}
                      requestGoals={requestGoals[suggestion.person.id]}
                      from={here}
                    />
                  </SuggestionItem>
                ),
              }))}
            />
            {suggestions.length >= limit && limit < MAX_LIMIT ? (
              <div className="mt-6 flex justify-center">
                <Link
                  href={matchesHref({ role, goal, format, limit: limit + PAGE_SIZE })}
                  scroll={false}
                  className={buttonClass("secondary")}
                >
                  Show more {copy.many}
                </Link>
              </div>
            ) : null}
          </section>
        ) : hint ? (
          <MatchesEmptyState
            hint={hint}
            role={role}
            profileStarted={profile.exists}
            filters={{ goal: Boolean(goal), format: Boolean(format) }}
          />
        ) : null}

        {saved.length ? <SavedList saved={saved} from={here} /> : null}
      </MatchActionsProvider>
    </>
  );
}
