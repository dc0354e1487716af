import Link from "next/link";
import type { ReactNode } from "react";
import { LocalTime } from "@/components/onboarding/local-time";
import { SECTION_LABELS } from "@/components/onboarding/steps";
import { Badge } from "@/components/ui/badge";
import {
  AFFINITY_PREFERENCES,
  AVAILABILITY_WINDOWS,
  CAREER_STAGES,
  FORMAT_LEVELS,
  FORMATS,
  POSITION_TYPES,
  SECTORS,
  VISIBILITIES,
  labelOf,
  languageName,
} from "@/lib/profiles/options";
import { pendingChangeCopy } from "@/lib/profiles/identity-copy";
import type { OwnProfile } from "@/lib/profiles/profile-view";
import { SECTIONS, type Section } from "@/lib/profiles/schemas";
import type { Vocabulary } from "@/lib/profiles/vocabulary";

// The owner's profile read back section by section: the wizard's review step and the
// profile page both use it, with Edit links to the matching form.

type SummaryProps = {
  profile: OwnProfile;
  vocabulary: Vocabulary;
  /** "/onboarding" (wizard) or "/profile/edit": the Edit link goes to `${editBase}/${section}`. */
  editBase: string;
  /** Sections to flag, e.g. those the server said are incomplete. */
  attention?: Partial<Record<Section, string[]>>;
};

export function ProfileSummary({ profile, vocabulary, editBase, attention = {} }: SummaryProps) {
  return (
    <div className="flex flex-col gap-4">
      {SECTIONS.map((section) => (
        <SummaryCard key={section} section={section} editHref={`${editBase}/${section}`} problems={attention[section]}>
          <SectionBody section={section} profile={profile} vocabulary={vocabulary} />
        </SummaryCard>
      ))}
    </div>
  );
}

function SummaryCard({
  section,
  editHref,
  problems,
  children,
}: {
  section: Section;
  editHref: string;
  problems?: string[];
  children: ReactNode;
}) {
  const titleId = `summary-${section}-title`;
  return (
    <section
      aria-labelledby={titleId}
      className={`rounded-2xl border bg-white p-5 shadow-sm sm:p-6 ${problems?.length ? "border-red-300" : "border-line"}`}
    >
      <div className="flex items-start justify-between gap-4">
        <h2 id={titleId} className="text-lg font-semibold text-ink">
          {SECTION_LABELS[section]}
        </h2>
        <Link
          href={editHref}
          className="rounded-lg px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
          aria-describedby={titleId}
        >
          Edit
        </Link>
      </div>
      {problems?.length ? (
        <ul className="mt-2 list-inside list-disc text-sm font-medium text-red-800">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

export function Rows({ children }: { children: ReactNode }) {
  return <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">{children}</dl>;
}

export function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-ink">{term}</dt>
      <dd className="-mt-2 text-muted sm:mt-0">{children}</dd>
    </>
  );
}

/** Goals in the vocabulary's order (the order people chose them from), unknown ones last. */
export function inVocabularyOrder<T extends { goalAreaId: string }>(goals: T[], areas: { id: string }[]): T[] {
  const rank = (id: string) => {
    const index = areas.findIndex((a) => a.id === id);
    return index === -1 ? areas.length : index;
  };
  return [...goals].sort((a, b) => rank(a.goalAreaId) - rank(b.goalAreaId));
}

const NotAnswered = ({ text = "Not answered yet" }: { text?: string }) => <span className="italic">{text}</span>;

function GoalItems({ goals, vocabulary }: { goals: { goalAreaId: string; note?: string }[]; vocabulary: Vocabulary }) {
  if (!goals.length) return <NotAnswered text="None chosen" />;
  const label = (id: string) => vocabulary.goalAreas.find((a) => a.id === id)?.label ?? id;
  return (
    <ul className="flex flex-col gap-1.5">
      {inVocabularyOrder(goals, vocabulary.goalAreas).map((goal) => (
        <li key={goal.goalAreaId}>
          <span className="font-medium text-ink">{label(goal.goalAreaId)}</span>
          {goal.note ? <span className="block text-muted">“{goal.note}”</span> : null}
        </li>
      ))}
    </ul>
  );
}

function SectionBody({ section, profile, vocabulary }: { section: Section; profile: OwnProfile; vocabulary: Vocabulary }) {
  const { roles, goals, formats, background, identity } = profile;
  switch (section) {
    case "roles": {
      const chosen = [
        roles.seeksMentorship && "Looking for a mentor",
        roles.offersMentorship && "Offering mentorship",
        roles.openToPeer && "Open to peer mentoring",
      ].filter(Boolean) as string[];
      return (
        <Rows>
          <Row term="Taking part as">
            {chosen.length ? (
              <span className="flex flex-wrap gap-1.5">
                {chosen.map((c) => (
                  <Badge key={c} tone="brand">
                    {c}
                  </Badge>
                ))}
              </span>
            ) : (
              <NotAnswered />
            )}
          </Row>
          {roles.offersMentorship ? (
            <>
              <Row term="Mentees at a time">Up to {roles.mentorCapacity}</Row>
              <Row term="New requests">{roles.acceptingRequests ? "Accepting new requests" : "Paused: not accepting new requests"}</Row>
              <Row term="Time each month">{roles.hoursPerMonth ? `About ${roles.hoursPerMonth} h` : <NotAnswered text="Not said" />}</Row>
            </>
          ) : null}
        </Rows>
      );
    }
    case "goals":
      return (
        <Rows>
          {roles.seeksMentorship || roles.openToPeer || goals.seeks.length ? (
            <Row term="Would like help with">
              <GoalItems goals={goals.seeks} vocabulary={vocabulary} />
            </Row>
          ) : null}
          {roles.seeksMentorship || roles.offersMentorship || roles.openToPeer || goals.offers.length ? (
            <Row term={roles.offersMentorship ? "Can offer" : "Could share"}>
              <GoalItems goals={goals.offers} vocabulary={vocabulary} />
            </Row>
          ) : null}
          {roles.offersMentorship || goals.learns.length ? (
            <Row term="Would like to learn">
              <GoalItems goals={goals.learns} vocabulary={vocabulary} />
            </Row>
          ) : null}
          {!roles.seeksMentorship && !roles.offersMentorship && !roles.openToPeer ? (
            <Row term="Goals">
              <NotAnswered text="Choose your roles first" />
            </Row>
          ) : null}
        </Rows>
      );
    case "formats":
      return (
        <Rows>
          {FORMAT_LEVELS.map((level) => {
            const list = FORMATS.filter((f) => formats.formats[f.value] === level.value).map((f) => f.label);
            return (
              <Row key={level.value} term={level.value === "NO" ? "Not for me" : level.label}>
                {list.length ? list.join(", ") : <NotAnswered text="None" />}
              </Row>
            );
          })}
          <Row term="Time zone">
            <span className="flex flex-wrap items-baseline gap-x-3">
              <span className="text-ink">{profile.timeZoneLabel}</span>
              <LocalTime timeZone={formats.timeZone} prefix="· now" />
            </span>
          </Row>
          <Row term="Usually free">
            <span className="text-ink">
              {AVAILABILITY_WINDOWS.filter((w) => formats.availability.includes(w.value))
                .map((w) => `${w.label} (${w.hours})`)
                .join(", ")}
            </span>
            {formats.availability.length ? " your time" : <NotAnswered />}
            {profile.availabilityCheckedAt ? null : <span className="block italic">Assumed, not yet checked by you</span>}
          </Row>
          <Row term="Languages">{formats.languages.length ? formats.languages.map(languageName).join(", ") : <NotAnswered />}</Row>
        </Rows>
      );
    case "background":
      return (
        <Rows>
          <Row term="Name">
            <span className="text-ink">{background.displayName || <NotAnswered />}</span>
            {background.pronouns ? <span> ({background.pronouns})</span> : null}
          </Row>
          <Row term="Introduction">
            {background.bio ? <span className="whitespace-pre-line">{background.bio}</span> : <NotAnswered text="None yet" />}
          </Row>
          <Row term="Career stage">{labelOf(CAREER_STAGES, background.careerStage) || <NotAnswered />}</Row>
          <Row term="Sectors">
            {background.sectors.length ? background.sectors.map((s) => labelOf(SECTORS, s)).join(", ") : <NotAnswered />}
          </Row>
          <Row term="Position type">{labelOf(POSITION_TYPES, background.positionType) || <NotAnswered />}</Row>
          <Row term="Institution">{background.institution || <NotAnswered text="Not said" />}</Row>
          {roles.seeksMentorship ? (
            <Row term="Mentor from elsewhere">{background.preferOutsideInstitution ? "Yes, outside my institution" : "No preference"}</Row>
          ) : null}
        </Rows>
      );
    case "identity": {
      const label = (id: string) => vocabulary.identityAttributes.find((a) => a.id === id)?.label ?? id;
      // A preference change waiting for its window (lib/profiles/affinity-window.ts) is named here too.
      const pending = pendingChangeCopy(profile.affinitiesPendingUntil, formats.timeZone, profile.timeZoneLabel);
      const pendingNote = pending ? (
        <p className="mt-3 max-w-prose text-sm text-muted" role="status">
          {pending}
        </p>
      ) : null;
      if (!identity.identities.length && !identity.affinities.length) {
        return (
          <>
            <p className="text-sm text-muted">Nothing shared. That is completely fine; you can add something at any time.</p>
            {pendingNote}
          </>
        );
      }
      return (
        <>
          <Rows>
            <Row term="Describes you">
              {identity.identities.length ? (
                <ul className="flex flex-col gap-1">
                  {identity.identities.map((i) => (
                    <li key={i.attributeId}>
                      <span className="font-medium text-ink">{label(i.attributeId)}</span> · {labelOf(VISIBILITIES, i.visibility)}
                    </li>
                  ))}
                </ul>
              ) : (
                <NotAnswered text="Nothing shared" />
              )}
            </Row>
            <Row term="Preferences">
              {identity.affinities.length ? (
                <ul className="flex flex-col gap-1">
                  {identity.affinities.map((a) => (
                    <li key={a.attributeId}>
                      <span className="font-medium text-ink">{label(a.attributeId)}</span> · {labelOf(AFFINITY_PREFERENCES, a.preference)}
                      {a.required ? " (required)" : ""}
                    </li>
                  ))}
                </ul>
              ) : (
                <NotAnswered text="No preferences" />
              )}
            </Row>
          </Rows>
          {pendingNote}
        </>
      );
    }
  }
}
