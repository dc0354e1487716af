import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { CardActions } from "@/components/matches/card-actions";
import { BAND_COPY, returnLink } from "@/components/matches/labels";
import { TimeZoneAndLocalTime } from "@/components/matches/local-time";
import { MatchActionsProvider, MatchNoticeSlot } from "@/components/matches/match-actions-provider";
import { MatchCaveat, MatchReasons } from "@/components/matches/match-reasons";
import { BandBadge } from "@/components/matches/suggestion-card";
import { Row, Rows, inVocabularyOrder } from "@/components/profile/profile-summary";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import type { Role } from "@/lib/matching";
import { listSavedMatches } from "@/lib/matches/mark-match";
import { suggestionForPair } from "@/lib/matches/pair-suggestion";
import { MATCH_ROLES } from "@/lib/matches/schemas";
import { listMentorships } from "@/lib/mentorships/list-mentorships";
import { getPublicProfile } from "@/lib/profiles/get-public-profile";
import { shownOnProfileCopy } from "@/lib/profiles/identity-copy";
import { AVAILABILITY_WINDOWS, CAREER_STAGES, FORMATS, POSITION_TYPES, SECTORS, labelOf, languageName } from "@/lib/profiles/options";
import type { PublicProfile } from "@/lib/profiles/profile-view";
import { timeZoneLabel } from "@/lib/profiles/time-zones";
import { getVocabulary } from "@/lib/profiles/vocabulary";
import { listRequests } from "@/lib/requests/list-requests";
import { requestGoalForms } from "@/lib/requests/request-goal-forms";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Cached per request: the metadata and the page share one lookup.
const load = cache(async (id: string): Promise<{ person: PublicProfile; viewer: CurrentUser }> => {
  const user = await requireUser();
  try {
    return { person: await getPublicProfile(user, id), viewer: user };
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

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Where the viewer and this person stand: why they fit (in the role of the list the viewer came
 * from, else the first that fits), an open request either way, a tie they already share, and
 * what the request form offers. The reasons are shown even while a request is open (that is
 * when the two most want to read them); only the request button depends on there being none.
 */
async function relationship(viewer: CurrentUser, personId: string, preferred: Role | undefined) {
  const pairIn = (role?: Role) => suggestionForPair(viewer, personId, role, { ignoreEngaged: true });
  const [pair, requests, { mentorships }, saved] = await Promise.all([
    pairIn(preferred).then((found) => found ?? (preferred ? pairIn() : null)),
    listRequests(viewer),
    listMentorships(viewer),
    listSavedMatches(viewer),
  ]);
  const sent = requests.sent.find((r) => r.open && r.other.id === personId) ?? null;
  const received = requests.received.find((r) => r.open && r.other.id === personId) ?? null;
  const tie = mentorships.find((m) => m.other.id === personId && m.status !== "ENDED") ?? null;
  const goals = pair ? (await requestGoalForms(viewer, [{ personId, role: pair.role }]))[personId] : undefined;
  return { pair, sent, received, tie, goals, saved: saved.some((s) => s.id === personId) };
}

export default async function PersonPage({ params, searchParams }: Props) {
  const { id } = await params;
  // Back to the list the viewer came from; without one, to their suggestions (where a person
  // page is most often opened, and where its reasons and buttons belong).
  const back = returnLink(first((await searchParams).from)) ?? { href: "/matches", label: "Back to suggestions" };
  const listRole = back.href.startsWith("/matches")
    ? MATCH_ROLES.find((r) => new URLSearchParams(back.href.split("?")[1]).get("role") === r)
    : undefined;
  const [{ person, viewer }, { goalAreas }] = await Promise.all([load(id), getVocabulary()]);
  const isSelf = person.id === viewer.id;
  const standing = isSelf ? null : await relationship(viewer, person.id, listRole);
  const roles = [
    person.roles.mentee && "Looking for a mentor",
    person.roles.mentor && "Mentor",
    person.roles.peer && "Open to peer mentoring",
  ].filter(Boolean) as string[];
  const preferred = FORMATS.filter((f) => person.formats[f.value] === "PREFERRED").map((f) => f.label);
  const fine = FORMATS.filter((f) => person.formats[f.value] === "FINE").map((f) => f.label);
  const { seeks, offers, learns } = person.goals;
  const free = AVAILABILITY_WINDOWS.filter((w) => person.availability.includes(w.value));

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      {isSelf ? null : (
        <p>
          <Link
            href={back.href}
            className="inline-flex items-center gap-1.5 text-sm font-semibold text-brand-700 underline-offset-4 hover:underline"
          >
            <span aria-hidden="true">←</span> {back.label}
          </Link>
        </p>
      )}
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
        <p className="mt-1 text-muted">
          {/* A bare "Other" says little beside an institution (the cards say "Other role" too). */}
          {[person.positionType === "OTHER" ? "Other role" : labelOf(POSITION_TYPES, person.positionType), person.institution]
            .filter(Boolean)
            .join(" · ")}
        </p>
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

      {standing ? <Standing person={person} standing={standing} /> : null}

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
            <TimeZoneAndLocalTime label={timeZoneLabel(person.timeZone)} timeZone={person.timeZone} named={false} />
          </Row>
          {free.length ? <Row term="Usually free">{`${free.map((w) => `${w.label} (${w.hours})`).join(", ")}, their time`}</Row> : null}
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

type StandingProps = { person: PublicProfile; standing: Awaited<ReturnType<typeof relationship>> };

/** Why the two fit and what the viewer can do: ask to connect, or follow the request or tie they already have. */
function Standing({ person, standing: { pair, sent, received, tie, goals, saved } }: StandingProps) {
  const name = person.displayName;
  const next = tie ? (
    <p className="text-sm text-ink">
      You and {name} are already connected.{" "}
      <Link href={`/mentorships/${tie.id}`} className="font-semibold text-brand-700 underline underline-offset-2">
        Go to your {tie.kind === "PEER" ? "peer connection" : "mentorship"}
      </Link>
    </p>
  ) : received ? (
    <div className="flex flex-wrap items-center gap-3">
      <p className="text-sm text-ink">{name} has sent you a request.</p>
      <ButtonLink href={`/requests/${received.id}`} className="px-3.5 py-2">
        Answer their request
      </ButtonLink>
    </div>
  ) : null;

  return (
    <Card aria-labelledby="person-fit" className="p-5 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id="person-fit" className="text-lg font-semibold text-ink">
          {pair || !next ? "Why you might fit" : `You and ${name}`}
        </h2>
        {pair ? <BandBadge band={pair.band} /> : null}
      </div>
      {pair ? <p className="mt-1 max-w-prose text-sm text-muted">{BAND_COPY[pair.band].meaning}</p> : null}
      {pair?.reasons.length ? (
        <MatchReasons reasons={pair.reasons} labelledBy="person-fit" className="mt-4" />
      ) : next ? null : (
        <p className="mt-2 max-w-prose text-sm text-muted">
          {name} isn&apos;t among your suggestions right now (for example, if you marked them &ldquo;not for me&rdquo; or one of you changed
          how you like to meet), so there are no reasons to show and a request can&apos;t be sent.
        </p>
      )}
      {pair ? <MatchCaveat caveat={pair.caveat} className="mt-3" /> : null}
      <div className="mt-5 flex flex-col gap-3">
        {next ?? (
          <MatchActionsProvider>
            <CardActions
              id={person.id}
              name={name}
              saved={saved}
              request={pair && goals ? { role: pair.role, goals, requestedId: sent?.id ?? null } : undefined}
            />
            <MatchNoticeSlot />
          </MatchActionsProvider>
        )}
        {sent && !next ? <p className="text-sm text-muted">Your request is waiting for {name}&apos;s answer.</p> : null}
      </div>
    </Card>
  );
}
