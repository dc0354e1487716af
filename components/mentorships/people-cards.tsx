import Link from "next/link";
import { TheirLocalTime } from "@/components/matches/local-time";
import { ROLE_BADGE, formatLevels } from "@/components/mentorships/labels";
import { Badge } from "@/components/ui/badge";
import type { PersonView } from "@/lib/mentorships/mentorship-view";
import { languageName } from "@/lib/profiles/options";

// The two people of a relationship side by side: who they are in it, where they are (with the
// other person's time now, which only the browser knows), how they like to meet, and languages.

function PersonCard({ person, you }: { person: PersonView; you: boolean }) {
  const titleId = `person-${person.id}-name`;
  const { preferred, fine } = formatLevels(person.formats);
  return (
    <article aria-labelledby={titleId} className="flex min-w-0 flex-col gap-3 rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={titleId} className="min-w-0 text-base font-semibold text-ink">
          {you ? (
            <>
              {person.displayName} <span className="font-normal text-muted">(you)</span>
            </>
          ) : (
            <Link
              href={`/people/${person.id}`}
              className="text-brand-700 underline decoration-brand-100 underline-offset-4 hover:decoration-brand-700"
            >
              {person.displayName}
            </Link>
          )}
          {person.pronouns ? <span className="ml-1 text-sm font-normal text-muted">({person.pronouns})</span> : null}
        </h3>
        <Badge tone={person.role === "mentor" ? "brand" : "neutral"}>{ROLE_BADGE[person.role]}</Badge>
      </div>
      <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm">
        <dt className="font-semibold text-muted">Time zone</dt>
        <dd className="text-ink">
          {person.timeZoneLabel}
          {you ? null : <TheirLocalTime timeZone={person.timeZone} />}
        </dd>
        <dt className="font-semibold text-muted">Prefers</dt>
        <dd className="text-ink">{preferred.join(", ") || "No strong preference"}</dd>
        {fine.length ? (
          <>
            <dt className="font-semibold text-muted">Also fine</dt>
            <dd className="text-ink">{fine.join(", ")}</dd>
          </>
        ) : null}
        <dt className="font-semibold text-muted">Languages</dt>
        <dd className="text-ink">{person.languages.map(languageName).join(", ") || "Not said"}</dd>
      </dl>
    </article>
  );
}

export function PeopleCards({ you, other }: { you: PersonView; other: PersonView }) {
  return (
    <section aria-labelledby="people-title" className="flex flex-col gap-3">
      <h2 id="people-title" className="sr-only">
        The two of you
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <PersonCard person={other} you={false} />
        <PersonCard person={you} you />
      </div>
    </section>
  );
}
