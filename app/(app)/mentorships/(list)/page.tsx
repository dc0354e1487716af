import type { Metadata } from "next";
import Link from "next/link";
import { RelationshipCard } from "@/components/mentorships/relationship-card";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { listMentorships } from "@/lib/mentorships/list-mentorships";
import { getOwnProfile } from "@/lib/profiles/get-own-profile";
import { listRequests } from "@/lib/requests/list-requests";

export const metadata: Metadata = { title: "Mentorships" };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function MentorshipsPage() {
  const user = await requireUser();
  const [{ mentorships }, requests, profile] = await Promise.all([listMentorships(user), listRequests(user), getOwnProfile(user)]);
  const timeZone = profile.formats.timeZone;
  const current = mentorships.filter((m) => m.status !== "ENDED");
  const ended = mentorships.filter((m) => m.status === "ENDED");
  const waitingForYou = requests.received.filter((r) => r.open).length;
  const waitingForThem = requests.sent.filter((r) => r.open).length;
  const needsConfirmation = current.filter((m) => m.agreement?.needsYourConfirmation).length;

  const requestWords = [
    waitingForYou ? `${plural(waitingForYou, "request waits", "requests wait")} for your answer` : "",
    waitingForThem ? `${plural(waitingForThem, "request you sent is", "requests you sent are")} waiting for an answer` : "",
  ].filter(Boolean);

  return (
    <>
      <PageHeader
        title="Mentorships"
        description="Your mentors, mentees and peer connections, with the goals you work on together."
        actions={
          <Link href="/requests" className={buttonClass(waitingForYou ? "primary" : "secondary", "px-3.5 py-2")}>
            Your requests{waitingForYou ? ` (${waitingForYou} waiting for you)` : ""}
          </Link>
        }
      />

      {requestWords.length ? (
        <p role="note" className="mb-6 rounded-lg border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-800">
          {requestWords.join("; ")}.{" "}
          <Link href="/requests" className="font-semibold underline underline-offset-2">
            Go to your requests
          </Link>
        </p>
      ) : null}

      {mentorships.length === 0 ? (
        <EmptyState title="No mentorships yet" action={<ButtonLink href="/matches">Browse your matches</ButtonLink>}>
          A mentorship starts when both people say yes. Look through your suggested matches and send a request with a short note about the
          goals you would like to work on. When it is accepted, the mentorship appears here with its own page for your agreement, goals and
          messages.
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-8">
          <section aria-labelledby="current-title">
            <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="current-title" className="text-xl font-semibold text-ink">
                Current
              </h2>
              {needsConfirmation ? (
                <p className="text-sm font-medium text-amber-900">
                  {plural(needsConfirmation, "agreement waits", "agreements wait")} for your confirmation
                </p>
              ) : null}
            </div>
            {current.length ? (
              <ul className="grid gap-4 md:grid-cols-2">
                {current.map((m) => (
                  <li key={m.id}>
                    <RelationshipCard m={m} timeZone={timeZone} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-muted">
                None right now.{" "}
                <Link href="/matches" className="font-semibold text-brand-700 underline underline-offset-2">
                  Find someone new in your matches
                </Link>
              </p>
            )}
          </section>

          {ended.length ? (
            <section aria-labelledby="ended-title">
              <h2 id="ended-title" className="mb-3 text-xl font-semibold text-ink">
                Ended
              </h2>
              <p className="mb-3 max-w-prose text-sm text-muted">Kept so you can read back your agreement and messages.</p>
              <ul className="grid gap-4 md:grid-cols-2">
                {ended.map((m) => (
                  <li key={m.id}>
                    <RelationshipCard m={m} timeZone={timeZone} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      )}
    </>
  );
}
