import Link from "next/link";
import type { ReactNode } from "react";
import { personHref } from "@/components/matches/labels";
import { TimeZoneAndLocalTime } from "@/components/matches/local-time";
import { Badge } from "@/components/ui/badge";
import { CAREER_STAGES, FORMATS, POSITION_TYPES, SECTORS, labelOf, languageName } from "@/lib/profiles/options";
import type { PublicProfile } from "@/lib/profiles/profile-view";
import { timeZoneLabel } from "@/lib/profiles/time-zones";

/** Stacked term and value: the summary sits in a narrow column beside the request on wide screens. */
function Rows({ children }: { children: ReactNode }) {
  return <dl className="flex flex-col gap-3 text-sm">{children}</dl>;
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-semibold text-ink">{term}</dt>
      <dd className="text-muted">{children}</dd>
    </div>
  );
}

/**
 * The other person of a request at a glance (their public profile only), with a link to all of it.
 * `from` is the page it is shown on, so the full profile can lead back there.
 */
export function PersonSummary({ person, headingId, from }: { person: PublicProfile; headingId: string; from?: string }) {
  const roles = [
    person.roles.mentee && "Looking for a mentor",
    person.roles.mentor && "Mentor",
    person.roles.peer && "Open to peer mentoring",
  ].filter(Boolean) as string[];
  const preferred = FORMATS.filter((f) => person.formats[f.value] === "PREFERRED").map((f) => f.label);
  const fine = FORMATS.filter((f) => person.formats[f.value] === "FINE").map((f) => f.label);
  const position = [labelOf(POSITION_TYPES, person.positionType), person.institution].filter(Boolean).join(" · ");
  const { seeks, offers } = person.goals;

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h2 id={headingId} className="text-lg font-semibold text-ink">
          {person.displayName}
          {person.pronouns ? <span className="ml-2 text-sm font-normal text-muted">({person.pronouns})</span> : null}
        </h2>
        {position ? <p className="mt-0.5 text-sm text-ink">{position}</p> : null}
        {roles.length ? (
          <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Roles">
            {roles.map((role) => (
              <li key={role}>
                <Badge tone="brand">{role}</Badge>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {person.bio ? <p className="line-clamp-6 max-w-prose whitespace-pre-line text-sm text-ink">{person.bio}</p> : null}
      <Rows>
        <Row term="Career stage">{labelOf(CAREER_STAGES, person.careerStage) || "Not said"}</Row>
        {person.sectors.length ? <Row term="Sectors">{person.sectors.map((s) => labelOf(SECTORS, s)).join(", ")}</Row> : null}
        {seeks.length ? <Row term="Would like help with">{seeks.map((g) => g.label).join(", ")}</Row> : null}
        {offers.length ? <Row term="Can offer">{offers.map((g) => g.label).join(", ")}</Row> : null}
        <Row term="Meets by">
          {preferred.length ? `Prefers ${preferred.join(", ")}` : "No strong preference"}
          {fine.length ? `; also fine: ${fine.join(", ")}` : ""}
        </Row>
        <Row term="Time zone">
          <TimeZoneAndLocalTime label={timeZoneLabel(person.timeZone)} timeZone={person.timeZone} named={false} />
        </Row>
        <Row term="Languages">{person.languages.map(languageName).join(", ")}</Row>
      </Rows>
      <p className="text-sm">
        <Link href={personHref(person.id, from)} className="font-semibold text-brand-700 underline underline-offset-2">
          See {person.displayName}&apos;s full profile
        </Link>
      </p>
    </div>
  );
}
