import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { LocalTime } from "@/components/onboarding/local-time";
import { Row, Rows, inVocabularyOrder } from "@/components/profile/profile-summary";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getPublicProfile } from "@/lib/profiles/get-public-profile";
import { shownOnProfileCopy } from "@/lib/profiles/identity-copy";
import { CAREER_STAGES, FORMATS, POSITION_TYPES, SECTORS, labelOf, languageName } from "@/lib/profiles/options";
import type { PublicProfile } from "@/lib/profiles/profile-view";
import { getVocabulary } from "@/lib/profiles/vocabulary";

type Props = { params: Promise<{ id: string }> };

// Cached per request: the metadata and the page share one lookup.
const load = cache(async (id: string): Promise<{ person: PublicProfile; viewerId: string }> => {
  const user = await requireUser();
  try {
    return { person: await getPublicProfile(user, id), viewerId: user.id };
  } catch (error) {
    // Unfinished or unknown profiles look the same to outsiders.
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { person } = await load(id);
  return { title: person.displayName };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `person-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <Card aria-labelledby={id} className="p-5 sm:p-6">
      <h2 id={id} className="mb-4 text-lg font-semibold text-ink">
        {title}
      </h2>
      {children}
    </Card>
  );
}

function GoalList({ goals, areas }: { goals: PublicProfile["goals"]["seeks"]; areas: { id: string }[] }) {
  return (
    <ul className="flex flex-col gap-1.5">
      {inVocabularyOrder(goals, areas).map((goal) => (
        <li key={goal.goalAreaId}>
          <span className="font-medium text-ink">{goal.label}</span>
          {goal.note ? <span className="block text-muted">“{goal.note}”</span> : null}
        </li>
      ))}
    </ul>
  );
}

export default async function PersonPage({ params }: Props) {
  const { id } = await params;
  const [{ person, viewerId }, { goalAreas }] = await Promise.all([load(id), getVocabulary()]);
  const isSelf = person.id === viewerId;
  const roles = [
    person.roles.mentee && "Looking for a mentor",
    person.roles.mentor && "Mentor",
    person.roles.peer && "Open to peer mentoring",
  ].filter(Boolean) as string[];
  const preferred = FORMATS.filter((f) => person.formats[f.value] === "PREFERRED").map((f) => f.label);
  const fine = FORMATS.filter((f) => person.formats[f.value] === "FINE").map((f) => f.label);
  const { seeks, offers, learns } = person.goals;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      {isSelf ? (
        <p className="rounded-lg border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-800" role="note">
          This is how other members see your profile.{" "}
          <Link href="/profile" className="font-semibold underline underline-offset-2">
            Back to editing your profile
          </Link>
        </p>
      ) : null}

      <header className="mb-2">
        <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">
          {person.displayName}
          {person.pronouns ? <span className="ml-2 text-lg font-normal text-muted">({person.pronouns})</span> : null}
        </h1>
        <p className="mt-1 text-muted">{[labelOf(POSITION_TYPES, person.positionType), person.institution].filter(Boolean).join(" · ")}</p>
        <div className="mt-3 flex flex-wrap gap-1.5">
          {roles.map((role) => (
            <Badge key={role} tone="brand">
              {role}
            </Badge>
          ))}
          {person.roles.mentor ? (
            person.acceptingRequests ? (
              <Badge tone="success">Accepting new requests</Badge>
            ) : (
              <Badge tone="neutral">Not taking new requests right now</Badge>
            )
          ) : null}
        </div>
      </header>

      {person.bio ? (
        <Section title="About">
          <p className="max-w-prose whitespace-pre-line text-ink">{person.bio}</p>
        </Section>
      ) : null}

      {seeks.length || offers.length || learns.length ? (
        <Section title="Goals">
          <Rows>
            {seeks.length ? (
              <Row term="Would like help with">
                <GoalList goals={seeks} areas={goalAreas} />
              </Row>
            ) : null}
            {offers.length ? (
              <Row term="Can offer">
                <GoalList goals={offers} areas={goalAreas} />
              </Row>
            ) : null}
            {learns.length ? (
              <Row term="Would like to learn">
                <GoalList goals={learns} areas={goalAreas} />
              </Row>
            ) : null}
          </Rows>
        </Section>
      ) : null}

      <Section title="Background">
        <Rows>
          <Row term="Career stage">{labelOf(CAREER_STAGES, person.careerStage) || "Not said"}</Row>
          <Row term="Sectors">{person.sectors.map((s) => labelOf(SECTORS, s)).join(", ") || "Not said"}</Row>
          <Row term="Position type">{labelOf(POSITION_TYPES, person.positionType) || "Not said"}</Row>
          <Row term="Institution">{person.institution || "Not said"}</Row>
        </Rows>
      </Section>

      <Section title="Meeting">
        <Rows>
          <Row term="Prefers">{preferred.join(", ") || "No strong preference"}</Row>
          {fine.length ? <Row term="Also fine">{fine.join(", ")}</Row> : null}
          <Row term="Time zone">
            <span className="flex flex-wrap items-baseline gap-x-3">
              <span className="text-ink">{person.timeZone.replaceAll("_", " ")}</span>
              <LocalTime timeZone={person.timeZone} prefix="· their time now" />
            </span>
          </Row>
          <Row term="Languages">{person.languages.map(languageName).join(", ")}</Row>
        </Rows>
      </Section>

      {person.identities.length ? (
        <Section title="Communities">
          <p className="mb-3 max-w-prose text-sm text-muted">{shownOnProfileCopy(isSelf, person.displayName)}</p>
          <ul className="flex flex-wrap gap-1.5">
            {person.identities.map((identity) => (
              <li key={identity.attributeId}>
                <Badge tone="neutral">{identity.label}</Badge>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
