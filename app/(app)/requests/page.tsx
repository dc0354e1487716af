import type { Metadata } from "next";
import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { OverlapQuestions } from "@/components/requests/overlap-questions";
import { RequestList } from "@/components/requests/request-list";
import { RequestsSkeleton } from "@/components/requests/requests-skeleton";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/profiles/get-own-profile";
import { listRequests } from "@/lib/requests/list-requests";
import { timeZoneLabel } from "@/lib/profiles/time-zones";

export const metadata: Metadata = { title: "Requests" };

// The loading state is a Suspense boundary inside the page rather than a loading.tsx: a
// loading.tsx here would also wrap /requests/[id], whose notFound() must answer a real 404
// (tests/unit/not-found-status.test.ts).

export default function RequestsPage() {
  return (
    <>
      <PageHeader title="Requests" description="Requests to connect, to you and from you. Only the two people in a request can see it." />
      <Suspense fallback={<RequestsSkeleton />}>
        <Requests />
      </Suspense>
    </>
  );
}

function SectionEmpty({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="flex flex-col items-start gap-3 rounded-2xl border border-dashed border-line bg-white px-5 py-6">
      <p className="max-w-prose text-muted">{children}</p>
      {action}
    </div>
  );
}

async function Requests() {
  const user = await requireUser();
  const [{ received, sent, openSent, maxOpenSent, overlapping }, profile] = await Promise.all([listRequests(user), getOwnProfile(user)]);
  const timeZone = profile.formats.timeZone;
  const waiting = received.filter((r) => r.open);
  const earlier = received.filter((r) => !r.open);

  if (!received.length && !sent.length && !overlapping.length) {
    return (
      <EmptyState title="No requests yet" action={<ButtonLink href="/matches">Browse your matches</ButtonLink>}>
        A mentorship or a peer connection starts with a request. Look through your suggested matches and choose &ldquo;Ask to connect&rdquo;
        on someone who fits: say in a line or two why, and which goals it is about. When someone asks you, their request shows up here too,
        and we email you.
      </EmptyState>
    );
  }

  const left = Math.max(0, maxOpenSent - openSent);
  return (
    <div className="flex flex-col gap-10">
      <OverlapQuestions prompts={overlapping} />

      <section aria-labelledby="received-title" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="received-title" className="text-xl font-semibold text-ink">
            Waiting for your answer
          </h2>
          <p className="text-sm text-muted">{waiting.length ? `${waiting.length} to answer, oldest first` : "All answered"}</p>
        </div>
        {waiting.length ? (
          <RequestList items={waiting} side="recipient" timeZone={timeZone} labelledBy="received-title" />
        ) : (
          <SectionEmpty>
            Nothing is waiting for you. When someone asks to connect with you, their request shows up here and we email you. You can read
            their note and ask a question before you decide.
          </SectionEmpty>
        )}
      </section>

      <section aria-labelledby="sent-title" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="sent-title" className="text-xl font-semibold text-ink">
            Sent by you
          </h2>
          <p className="text-sm text-muted">
            {openSent} of {maxOpenSent} open{left ? `: you can send ${left} more` : ": withdraw one or wait for an answer to send another"}
          </p>
        </div>
        {sent.length ? (
          <RequestList items={sent} side="requester" timeZone={timeZone} labelledBy="sent-title" />
        ) : (
          <SectionEmpty
            action={
              <Link href="/matches" className="font-semibold text-brand-700 underline underline-offset-2">
                Go to your suggestions
              </Link>
            }
          >
            You haven&apos;t sent any requests. When someone in your suggestions looks right, choose &ldquo;Ask to connect&rdquo; (or
            &ldquo;Offer to mentor&rdquo;) on their card. You can have {maxOpenSent} open at a time.
          </SectionEmpty>
        )}
      </section>

      {earlier.length ? (
        <section aria-labelledby="earlier-title" className="flex flex-col gap-4">
          <h2 id="earlier-title" className="text-xl font-semibold text-ink">
            Earlier requests to you
          </h2>
          <RequestList items={earlier} side="recipient" timeZone={timeZone} labelledBy="earlier-title" />
        </section>
      ) : null}

      <p className="text-sm text-muted">Dates and times are in your time zone, {timeZoneLabel(timeZone)}.</p>
    </div>
  );
}
