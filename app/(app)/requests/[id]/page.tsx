import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { matchesHref } from "@/components/matches/labels";
import { MatchReasons } from "@/components/matches/match-reasons";
import { MessageText } from "@/components/messages/message-text";
import { MessageThread } from "@/components/messages/message-thread";
import { OverlapQuestions } from "@/components/requests/overlap-questions";
import { PersonSummary } from "@/components/requests/person-summary";
import { RequestActions } from "@/components/requests/request-actions";
import { requestSummary, statusTone } from "@/components/requests/request-copy";
import { deadline, shortDate } from "@/components/requests/request-dates";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { listMessages } from "@/lib/messages/list-messages";
import { getOwnProfile } from "@/lib/profiles/get-own-profile";
import { getRequestForViewer, type RequestDetail } from "@/lib/requests/get-request";
import { timeZoneLabel } from "@/lib/profiles/time-zones";

// One request, for its two people only: anyone else, and any id that is not a request, gets
// the same 404. No loading.tsx may sit above this page (a streamed notFound() answers 200).

type Props = { params: Promise<{ id: string }> };

// Cached per request: the metadata and the page share one lookup.
const load = cache(async (id: string) => {
  const user = await requireUser();
  try {
    return { user, detail: await getRequestForViewer(user, id) };
  } catch (error) {
    // A malformed id is as absent as someone else's request.
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "VALIDATION" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
});

const otherOf = (detail: RequestDetail) => (detail.request.viewerIs === "requester" ? detail.recipient : detail.requester);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { detail } = await load(id);
  return { title: `Request: ${otherOf(detail)?.displayName ?? "a member"}` };
}

/** What the status means for the viewer now, and where to go next. */
function StatusNote({ detail, name, timeZone }: { detail: RequestDetail; name: string; timeZone: string }) {
  const { request } = detail;
  const when = (iso: string) => (
    <>
      <time dateTime={iso}>{deadline(iso, timeZone)}</time> (your time, {timeZoneLabel(timeZone)})
    </>
  );
  const link = "font-semibold text-brand-700 underline underline-offset-2";
  switch (request.status) {
    case "OPEN":
      return request.viewerIs === "recipient" ? (
        <p>Please answer by {when(request.expiresAt)}. After that the request closes by itself.</p>
      ) : (
        <p>
          {name} has until {when(request.expiresAt)} to answer. We will let you know either way.
        </p>
      );
    case "ACCEPTED":
      return request.mentorshipId ? (
        <p>
          <Link href={`/mentorships/${request.mentorshipId}`} className={link}>
            Go to your {request.kind === "PEER" ? "peer connection" : "mentorship"} with {name}
          </Link>
        </p>
      ) : null;
    case "NOT_AVAILABLE":
      return (
        <p>
          {name} is not available right now. That happens for all sorts of reasons, and it is not about you.{" "}
          <Link href={matchesHref({ role: request.viewerRole })} className={link}>
            See fresh suggestions
          </Link>
        </p>
      );
    case "EXPIRED":
      return request.viewerIs === "requester" ? (
        <p>
          {name} did not answer in time, so the request has closed. People get busy.{" "}
          <Link href={matchesHref({ role: request.viewerRole })} className={link}>
            See fresh suggestions
          </Link>
        </p>
      ) : (
        <p>The time to answer has passed, so this request has closed.</p>
      );
    default:
      return null;
  }
}

export default async function RequestPage({ params }: Props) {
  const { id } = await params;
  const { user, detail } = await load(id);
  const { request, reasons, overlapping } = detail;
  const other = otherOf(detail);
  const name = other?.displayName ?? "This member";
  const [profile, thread] = await Promise.all([getOwnProfile(user), listMessages(user, { requestId: request.id })]);
  const timeZone = profile.formats.timeZone;
  const received = request.viewerIs === "recipient";

  return (
    <div className="flex flex-col gap-4">
      <p>
        <Link
          href="/requests"
          className="inline-flex items-center gap-1.5 text-sm font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          <span aria-hidden="true">←</span> All requests
        </Link>
      </p>

      <header className="mb-2 flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">
          {requestSummary(request.viewerIs, request.viewerRole, name)}
        </h1>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm text-muted">
          <Badge tone={statusTone(request.status, request.viewerIs)}>{request.statusText}</Badge>
          <span>
            Sent <time dateTime={request.createdAt}>{shortDate(request.createdAt, timeZone)}</time>
          </span>
          {request.closedAt && request.status !== "OPEN" ? (
            <span>
              Closed <time dateTime={request.closedAt}>{shortDate(request.closedAt, timeZone)}</time>
            </span>
          ) : null}
        </div>
        <div className="max-w-prose text-ink">
          <StatusNote detail={detail} name={name} timeZone={timeZone} />
        </div>
      </header>

      <OverlapQuestions prompts={overlapping ? [overlapping] : []} />

      {/* On phones the other person comes right after the note; on wide screens they sit beside it all. */}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <Card aria-labelledby="request-note" className="p-5 sm:p-6">
          <h2 id="request-note" className="text-lg font-semibold text-ink">
            {received ? `${name}'s note` : `Your note to ${name}`}
          </h2>
          <blockquote className="mt-3 border-l-4 border-brand-100 pl-4">
            <MessageText text={request.note} className="text-ink" />
          </blockquote>
          {request.goals.length ? (
            <>
              <h3 id="request-goals" className="mt-5 text-sm font-semibold text-ink">
                The goals it is about
              </h3>
              <ul aria-labelledby="request-goals" className="mt-2 flex flex-wrap gap-1.5">
                {request.goals.map((goal) => (
                  <li key={goal.goalAreaId}>
                    <Badge tone="brand">{goal.label}</Badge>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <RequestActions
            requestId={request.id}
            name={name}
            kind={request.kind}
            can={request.can}
            className="mt-5 border-t border-line pt-5"
          />
        </Card>

        <Card aria-labelledby="request-person" className="p-5 sm:p-6 lg:col-start-2 lg:row-span-3 lg:row-start-1">
          {other ? (
            <PersonSummary person={other} headingId="request-person" from={`/requests/${request.id}`} />
          ) : (
            <>
              <h2 id="request-person" className="text-lg font-semibold text-ink">
                About them
              </h2>
              <p className="mt-2 text-sm text-muted">This member&apos;s profile is no longer shown.</p>
            </>
          )}
        </Card>
        <Card aria-labelledby="request-fit" className="p-5 sm:p-6">
          <h2 id="request-fit" className="text-lg font-semibold text-ink">
            Why you might fit
          </h2>
          {reasons.length ? (
            <MatchReasons reasons={reasons} labelledBy="request-fit" />
          ) : (
            <p className="mt-2 max-w-prose text-sm text-muted">
              There are no reasons to show now: one of your profiles has changed since the request was sent.
            </p>
          )}
        </Card>

        <Card aria-labelledby="request-thread" className="p-5 sm:p-6">
          <h2 id="request-thread" className="text-lg font-semibold text-ink">
            {request.can.message ? "Questions before deciding" : "Conversation"}
          </h2>
          {request.can.message ? (
            <p className="mb-4 mt-1 max-w-prose text-sm text-muted">
              {received
                ? `Not sure yet? Ask ${name} a question first: what they hope for, or how they like to meet.`
                : `${name} may ask you a question here before deciding, and you can add a line too.`}
            </p>
          ) : (
            <div className="mb-4" />
          )}
          <MessageThread thread={{ requestId: request.id }} initial={thread} timeZone={timeZone} otherName={name} title={null} />
        </Card>
      </div>
    </div>
  );
}
