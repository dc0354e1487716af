import Link from "next/link";
import { CardActions } from "@/components/matches/card-actions";
import { BAND_COPY, personHref } from "@/components/matches/labels";
import { MatchCaveat, MatchReasons } from "@/components/matches/match-reasons";
import { TimeZoneAndLocalTime } from "@/components/matches/local-time";
import { Badge } from "@/components/ui/badge";
import type { MatchSuggestion } from "@/lib/matches/get-suggestions";
import type { ScoreBand } from "@/lib/matching";
import type { RequestGoalForm } from "@/lib/requests/goal-choices";
import { CAREER_STAGES, POSITION_TYPES, SECTORS, labelOf } from "@/lib/profiles/options";

/** The band as a badge; hovering shows what it means (the list's legend and the person page say it in full). */
export function BandBadge({ band }: { band: ScoreBand }) {
  const copy = BAND_COPY[band];
  return (
    <span title={copy.meaning} className="shrink-0">
      <Badge tone={copy.tone} className="gap-1.5">
        <span aria-hidden="true" className="tracking-tight text-star">
          {"✦".repeat(copy.stars)}
        </span>
        {copy.label}
      </Badge>
    </span>
  );
}

type SuggestionCardProps = {
  suggestion: MatchSuggestion;
  rank: number;
  /** The request form's goals for this person; without it the card has no "Ask to connect". */
  requestGoals?: RequestGoalForm;
  /** The list's own address, so the person's page can lead back to it. */
  from?: string;
};

/** One ranked suggestion: who they are, where they are, why they might fit, and what to do. */
export function SuggestionCard({ suggestion, rank, requestGoals, from }: SuggestionCardProps) {
  const { person, band, reasons, caveat, saved } = suggestion;
  const titleId = `match-${person.id}-name`;
  const reasonsId = `match-${person.id}-why`;
  // "LIS student · Student" says the same thing twice: keep the stage only.
  const studentTwice = person.careerStage === "LIS_STUDENT" && person.positionType === "STUDENT";
  // A bare "Other" says little next to other facts; name what it is the other of.
  const position = person.positionType === "OTHER" ? "Other role" : labelOf(POSITION_TYPES, person.positionType);
  const sectors = person.sectors.map((s) => (s === "OTHER" ? "other sector" : labelOf(SECTORS, s))).filter(Boolean);
  const details = [
    labelOf(CAREER_STAGES, person.careerStage),
    studentTwice ? "" : position,
    sectors.length ? sectors[0]!.charAt(0).toUpperCase() + sectors.join(", ").slice(1) : "",
    person.institution,
  ].filter(Boolean);

  return (
    <article aria-labelledby={titleId} className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h3 id={titleId} className="text-lg font-semibold text-ink">
            <span className="sr-only">{rank}. </span>
            <Link
              href={personHref(person.id, from)}
              className="text-brand-700 underline decoration-brand-100 underline-offset-4 hover:decoration-brand-700"
            >
              {person.displayName}
            </Link>
            {person.pronouns ? (
              <>
                {" "}
                <span className="ml-1 text-sm font-normal text-muted">({person.pronouns})</span>
              </>
            ) : null}
          </h3>
          {details.length ? <p className="mt-1 text-sm text-ink">{details.join(" · ")}</p> : null}
          <p className="mt-1 text-sm text-muted">
            <TimeZoneAndLocalTime label={person.timeZoneLabel} timeZone={person.timeZone} />
          </p>
        </div>
        <BandBadge band={band} />
      </div>

      {reasons.length ? (
        <div className="mt-4 border-t border-line pt-4">
          <h4 id={reasonsId} className="text-sm font-semibold text-ink">
            Why this match
          </h4>
          <MatchReasons reasons={reasons} labelledBy={reasonsId} />
          <MatchCaveat caveat={caveat} className="mt-3" />
        </div>
      ) : (
        <MatchCaveat caveat={caveat} className="mt-4" />
      )}

      <div className="mt-5">
        <CardActions
          id={person.id}
          name={person.displayName}
          saved={saved}
          request={requestGoals ? { role: suggestion.role, goals: requestGoals } : undefined}
        />
      </div>
    </article>
  );
}
