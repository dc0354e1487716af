import Link from "next/link";
import { matchesHref } from "@/components/matches/labels";
import { requestSummary, statusTone } from "@/components/requests/request-copy";
import { deadline, shortDate } from "@/components/requests/request-dates";
import { Badge } from "@/components/ui/badge";
import type { Role } from "@/lib/matching";
import type { RequestListItem } from "@/lib/requests/list-requests";

/** Who the viewer would look for next, after a request did not work out ("mentee" looks for mentors). */
const freshSuggestions = (viewerRole: Role) => matchesHref({ role: viewerRole });

function UnreadBadge({ count }: { count: number }) {
  if (!count) return null;
  return (
    <Badge tone="brand" className="gap-1">
      <span aria-hidden="true">✉</span>
      {count} new {count === 1 ? "message" : "messages"}
    </Badge>
  );
}

/** Where to go from a closed request: the relationship it started, or (for its sender) fresh suggestions. */
function NextStep({ item, side }: { item: RequestListItem; side: "requester" | "recipient" }) {
  if (item.status === "ACCEPTED" && item.mentorshipId) {
    return (
      <p className="mt-2 text-sm">
        <Link href={`/mentorships/${item.mentorshipId}`} className="font-semibold text-brand-700 underline underline-offset-2">
          Go to your {item.kind === "PEER" ? "peer connection" : "mentorship"}
          <span className="sr-only"> with {item.other.displayName}</span>
        </Link>
      </p>
    );
  }
  if (side === "requester" && (item.status === "NOT_AVAILABLE" || item.status === "EXPIRED")) {
    return (
      <p className="mt-2 text-sm">
        <Link href={freshSuggestions(item.viewerRole)} className="font-semibold text-brand-700 underline underline-offset-2">
          See fresh suggestions
        </Link>
      </p>
    );
  }
  return null;
}

type Props = {
  items: RequestListItem[];
  side: "requester" | "recipient";
  timeZone: string;
  /** The heading the list sits under, for its accessible name. */
  labelledBy: string;
};

/** Requests in one direction: who, what about, when, where it stands, and unread messages. */
export function RequestList({ items, side, timeZone, labelledBy }: Props) {
  return (
    <ul aria-labelledby={labelledBy} className="flex flex-col gap-3">
      {items.map((item) => (
        <li key={item.id} className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5">
          <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
            <h3 className="min-w-0 text-base font-semibold">
              <Link
                href={`/requests/${item.id}`}
                className="text-brand-700 underline decoration-brand-100 underline-offset-4 hover:decoration-brand-700"
              >
                {requestSummary(side, item.viewerRole, item.other.displayName)}
              </Link>
            </h3>
            <div className="flex flex-wrap items-center gap-1.5">
              <UnreadBadge count={item.unreadMessages} />
              <Badge tone={statusTone(item.status, side)}>{item.statusText}</Badge>
            </div>
          </div>
          {item.goals.length ? (
            <p className="mt-2 text-sm text-ink">
              <span className="text-muted">About: </span>
              {item.goals.map((g) => g.label).join(", ")}
            </p>
          ) : null}
          <p className="mt-1 text-sm text-muted">
            Sent <time dateTime={item.createdAt}>{shortDate(item.createdAt, timeZone)}</time>
            {item.open ? (
              <>
                {" · "}
                {side === "recipient" ? "Answer by " : "Open until "}
                <time dateTime={item.expiresAt}>{deadline(item.expiresAt, timeZone)}</time>
              </>
            ) : item.closedAt ? (
              <>
                {" · "}Closed <time dateTime={item.closedAt}>{shortDate(item.closedAt, timeZone)}</time>
              </>
            ) : null}
          </p>
          <NextStep item={item} side={side} />
        </li>
      ))}
    </ul>
  );
}
