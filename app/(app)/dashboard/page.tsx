import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ROLE_COPY, matchesHref } from "@/components/matches/labels";
import { BandBadge } from "@/components/matches/suggestion-card";
import { RelationshipCard } from "@/components/mentorships/relationship-card";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getSuggestions } from "@/lib/matches/get-suggestions";
import type { Role } from "@/lib/matching";
import { listMentorships } from "@/lib/mentorships/list-mentorships";
import { getOwnProfile } from "@/lib/profiles/get-own-profile";
import { getVocabulary } from "@/lib/profiles/vocabulary";
import type { RequestListItem } from "@/lib/requests/list-requests";
import { listRequests } from "@/lib/requests/list-requests";

// "Your constellation": everyone the person is connected with and the goals each covers, the
// goals they are looking for help with that nobody covers yet (each with suggestions for exactly
// that goal), requests waiting in both directions, and a few fresh suggestions.

export const metadata: Metadata = { title: "Home" };

const SUGGESTIONS_SHOWN = 3;
const REQUESTS_SHOWN = 3;

const NEXT_STEPS = [
  {
    href: "/profile",
    title: "Your profile",
    text: "Say what you are looking for and what you can offer. Matches are only as good as the profile behind them.",
  },
  { href: "/matches", title: "Matches", text: "Review suggested mentors, mentees and peers, each with the reasons it might fit." },
  { href: "/requests", title: "Requests", text: "Requests you sent or received: answer them, ask a question first, or withdraw your own." },
  { href: "/checkins", title: "Check-ins", text: "Coming soon: monthly conversations, in both people's local times." },
];

function Section({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={id} className="text-xl font-semibold text-ink">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

const linkClass = "font-semibold text-brand-700 underline underline-offset-4";

function RequestColumn({ title, empty, items }: { title: string; empty: string; items: RequestListItem[] }) {
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-semibold text-ink">
        {title} <span className="font-normal text-muted">({items.length})</span>
      </h3>
      {items.length ? (
        <ul className="flex flex-col gap-1.5 text-sm">
          {items.slice(0, REQUESTS_SHOWN).map((r) => (
            <li key={r.id}>
              <Link href={`/requests/${r.id}`} className={linkClass}>
                {r.other.displayName}
              </Link>
              {r.goals.length ? <span className="text-muted"> · {r.goals.map((g) => g.label).join(", ")}</span> : null}
            </li>
          ))}
          {items.length > REQUESTS_SHOWN ? <li className="text-muted">and {items.length - REQUESTS_SHOWN} more</li> : null}
        </ul>
      ) : (
        <p className="text-sm text-muted">{empty}</p>
      )}
    </div>
  );
}

export default async function DashboardPage() {
  const user = await requireUser();
  const firstName = (user.name ?? "").split(" ")[0];
  const profile = await getOwnProfile(user);
  const onboarded = Boolean(profile.onboardedAt);
  const [{ mentorships }, requests, vocabulary] = await Promise.all([listMentorships(user), listRequests(user), getVocabulary()]);

  // Uncovered goals: what the person is looking for help with that no current mentorship in
  // which they are the mentee, and no peer connection, works on yet.
  const suggestionRole: Role | undefined = profile.roles.seeksMentorship ? "mentee" : profile.roles.openToPeer ? "peer" : undefined;
  const current = mentorships.filter((m) => m.status !== "ENDED");
  const covered = new Set(current.filter((m) => m.yourRole !== "mentor").flatMap((m) => m.goals.map((g) => g.goalAreaId)));
  const labelOfGoal = (id: string) => vocabulary.goalAreas.find((g) => g.id === id)?.label;
  const uncovered = profile.goals.seeks
    .filter((g) => !covered.has(g.goalAreaId) && labelOfGoal(g.goalAreaId))
    .map((g) => ({ id: g.goalAreaId, label: labelOfGoal(g.goalAreaId)! }));

  const suggestions = onboarded ? await getSuggestions(user, { role: suggestionRole, limit: SUGGESTIONS_SHOWN }) : null;
  const waitingForYou = requests.received.filter((r) => r.open);
  const waitingForThem = requests.sent.filter((r) => r.open);
  const isNew = mentorships.length === 0 && requests.received.length === 0 && requests.sent.length === 0;

  return (
    <>
      <PageHeader
        title={firstName ? `Welcome, ${firstName}` : "Welcome"}
        description="Your constellation: the mentors, mentees and peers who help you grow."
      />
      {!onboarded ? (
        <section
          aria-labelledby="finish-profile-title"
          className="mb-6 flex flex-col gap-4 rounded-2xl border border-brand-600/30 bg-brand-50 p-6 shadow-sm sm:flex-row sm:items-center sm:justify-between"
        >
          <div>
            <h2 id="finish-profile-title" className="text-lg font-semibold text-ink">
              Finish setting up your profile
            </h2>
            <p className="mt-1 max-w-prose text-muted">
              {profile.exists
                ? "You are part of the way there. Pick up where you left off; your answers are saved."
                : "A few short steps: how you would like to take part, your goals and how you like to meet. Then we can suggest mentors, mentees and peers."}
            </p>
          </div>
          <ButtonLink href="/onboarding" className="shrink-0">
            {profile.exists ? "Continue setting up" : "Set up your profile"}
          </ButtonLink>
        </section>
      ) : null}

      {/* Someone who has not finished their profile has no requests or suggestions to show yet. */}
      <div className={onboarded || !isNew ? "grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]" : "flex flex-col gap-8"}>
        <div className="flex min-w-0 flex-col gap-8">
          <Section
            id="constellation-title"
            title="Your constellation"
            action={
              mentorships.length ? (
                <Link href="/mentorships" className={`${linkClass} text-sm`}>
                  All mentorships
                </Link>
              ) : null
            }
          >
            {current.length ? (
              <ul className="flex flex-col gap-3">
                {current.map((m) => (
                  <li key={m.id}>
                    <RelationshipCard m={m} timeZone={profile.formats.timeZone} />
                  </li>
                ))}
              </ul>
            ) : (
              <div className="flex flex-col items-start gap-3 rounded-2xl border border-dashed border-line bg-white px-5 py-6">
                <p className="max-w-prose text-muted">
                  {onboarded
                    ? "No mentors, mentees or peers yet. When someone accepts your request, or you accept theirs, they appear here with the goals you work on together."
                    : "Once your profile is finished you can ask mentors and peers to connect. Everyone who says yes appears here with the goals you work on together."}
                </p>
                {onboarded ? <ButtonLink href={matchesHref({ role: suggestionRole })}>Browse your matches</ButtonLink> : null}
              </div>
            )}
          </Section>

          {onboarded && suggestionRole ? (
            <Section id="uncovered-title" title="Goals nobody is helping with yet">
              {uncovered.length ? (
                <>
                  <p className="max-w-prose text-sm text-muted">
                    You would like help with these, and none of your current {suggestionRole === "mentee" ? "mentors or peers" : "peers"}{" "}
                    covers them. Each link shows {suggestionRole === "mentee" ? "mentors" : "peers"} who can help with exactly that goal.
                  </p>
                  <ul className="grid gap-2 sm:grid-cols-2">
                    {uncovered.map((goal) => (
                      <li key={goal.id} className="flex flex-col gap-1 rounded-xl border border-line bg-white px-4 py-3 shadow-sm">
                        <span className="font-medium text-ink">{goal.label}</span>
                        <Link href={matchesHref({ role: suggestionRole, goal: goal.id })} className={`${linkClass} text-sm`}>
                          Find {suggestionRole === "mentee" ? "a mentor" : "a peer"} for this
                          <span className="sr-only">: {goal.label}</span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="max-w-prose text-muted">
                  {profile.goals.seeks.length
                    ? "Every goal you are looking for help with is covered by someone in your constellation."
                    : "You have not named any goals you would like help with. "}
                  {profile.goals.seeks.length ? null : (
                    <Link href="/profile" className={linkClass}>
                      Add goals to your profile
                    </Link>
                  )}
                </p>
              )}
            </Section>
          ) : null}

          {isNew ? (
            <Section id="next-steps-title" title="Where to start">
              <ul className="grid gap-4 sm:grid-cols-2">
                {NEXT_STEPS.map((step) => (
                  <li key={step.href}>
                    <Card className="h-full p-5">
                      <h3 className="font-semibold text-ink">
                        <Link href={step.href} className="text-brand-700 underline-offset-4 hover:underline">
                          {step.title}
                        </Link>
                      </h3>
                      <p className="mt-2 text-sm text-muted">{step.text}</p>
                    </Card>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
        </div>

        {onboarded || !isNew ? (
          <div className="flex min-w-0 flex-col gap-8">
            {isNew ? null : (
              <Section
                id="requests-title"
                title="Requests"
                action={
                  <Link href="/requests" className={`${linkClass} text-sm`}>
                    All requests
                  </Link>
                }
              >
                <Card className="flex flex-col gap-5 p-5">
                  <RequestColumn title="Waiting for your answer" empty="Nothing waiting for you." items={waitingForYou} />
                  <RequestColumn title="You sent, waiting for an answer" empty="No open requests from you." items={waitingForThem} />
                </Card>
              </Section>
            )}

            {suggestions ? (
              <Section
                id="suggestions-title"
                title="New suggestions"
                action={
                  suggestions.suggestions.length ? (
                    <Link href={matchesHref({ role: suggestions.role })} className={`${linkClass} text-sm`}>
                      See all
                    </Link>
                  ) : null
                }
              >
                {suggestions.suggestions.length && suggestions.role ? (
                  <ul className="flex flex-col gap-3">
                    {suggestions.suggestions.map((s) => (
                      <li key={s.person.id}>
                        <article
                          aria-labelledby={`suggested-${s.person.id}`}
                          className="rounded-2xl border border-line bg-white p-4 shadow-sm"
                        >
                          <div className="flex flex-wrap items-start justify-between gap-2">
                            <h3 id={`suggested-${s.person.id}`} className="font-semibold text-ink">
                              <Link href={`/people/${s.person.id}`} className={linkClass}>
                                {s.person.displayName}
                              </Link>
                            </h3>
                            <BandBadge band={s.band} />
                          </div>
                          <p className="mt-1 text-sm text-muted">
                            {[ROLE_COPY[s.role].one.replace(/^./, (c) => c.toUpperCase()), s.person.institution, s.person.timeZoneLabel]
                              .filter(Boolean)
                              .join(" · ")}
                          </p>
                          {s.reasons[0] ? <p className="mt-2 text-sm text-ink">{s.reasons[0].text}</p> : null}
                        </article>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-sm text-muted">
                    No new suggestions right now.{" "}
                    <Link href="/matches" className={linkClass}>
                      Open your matches
                    </Link>{" "}
                    to see why, or widen the ways you like to meet.
                  </p>
                )}
              </Section>
            ) : null}
          </div>
        ) : null}
      </div>
    </>
  );
}
