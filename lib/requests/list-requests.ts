import "server-only";
import type { ConnectionKind } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Role } from "@/lib/matching";
import { unreadCounts } from "@/lib/messages/read-state";
import { listOverlapPrompts, type OverlapPrompt } from "@/lib/requests/overlapping-requests";
import { goalsOf, isLapsed, nameOf, requestSelect, roleIn, statusText, viewStatus, type ViewStatus } from "@/lib/requests/request-view";
import { MAX_OPEN_REQUESTS } from "@/lib/requests/schemas";
import { maybeSweepRequests } from "@/lib/requests/sweep-requests";

export type RequestListItem = {
  id: string;
  kind: ConnectionKind;
  /** See viewStatus: a declined request reads NOT_AVAILABLE to its sender. Show `statusText`. */
  status: ViewStatus;
  statusText: string;
  open: boolean;
  /** The viewer's role in it ("mentee" asked a mentor or was invited by one). */
  viewerRole: Role;
  other: { id: string; displayName: string };
  goals: { goalAreaId: string; label: string }[];
  createdAt: string;
  expiresAt: string;
  closedAt: string | null;
  mentorshipId: string | null;
  unreadMessages: number;
};

export type RequestLists = {
  /** Sent to the viewer: open ones first (oldest first, so nobody waits longest), then the rest, newest first. */
  received: RequestListItem[];
  /** Sent by the viewer, newest first. */
  sent: RequestListItem[];
  /** Open requests the viewer sent, against the limit: the form says how many are left. */
  openSent: number;
  maxOpenSent: number;
  /** After an acceptance: other open requests about the same goals the viewer may withdraw. */
  overlapping: OverlapPrompt[];
};

/** Closed requests stay listed this long; older ones are history nobody needs on this page. */
const CLOSED_SHOWN_DAYS = 90;
const LIST_CAP = 50;

/** The acting person's requests in both directions. The note is on the detail page only. */
export async function listRequests(actor: Actor, now: Date = new Date()): Promise<RequestLists> {
  await maybeSweepRequests(now);
  const closedSince = new Date(now.getTime() - CLOSED_SHOWN_DAYS * 24 * 60 * 60 * 1000);
  const recent = { OR: [{ status: "OPEN" as const }, { closedAt: { gte: closedSince } }] };
  const [received, sent, overlapping] = await Promise.all([
    db.mentorshipRequest.findMany({
      where: { recipientId: actor.id, ...recent },
      orderBy: { createdAt: "desc" },
      take: LIST_CAP,
      select: requestSelect,
    }),
    db.mentorshipRequest.findMany({
      where: { requesterId: actor.id, ...recent },
      orderBy: { createdAt: "desc" },
      take: LIST_CAP,
      select: requestSelect,
    }),
    listOverlapPrompts(actor),
  ]);
  const unread = await unreadCounts(
    actor.id,
    [...received, ...sent].filter((r) => r.status === "OPEN").map((r) => r.id),
  );

  const item = (r: (typeof received)[number]): RequestListItem => {
    const mine = r.requesterId === actor.id;
    const otherId = mine ? r.recipientId : r.requesterId;
    return {
      id: r.id,
      kind: r.kind,
      status: viewStatus(r, mine, now),
      statusText: statusText(r, mine, now),
      open: r.status === "OPEN" && !isLapsed(r, now),
      viewerRole: roleIn(r, actor.id),
      other: { id: otherId, displayName: nameOf(mine ? r.recipient : r.requester) },
      goals: goalsOf(r),
      createdAt: r.createdAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
      mentorshipId: r.mentorship?.id ?? null,
      unreadMessages: unread[r.id] ?? 0,
    };
  };
  const receivedItems = received.map(item);
  const openFirst = [...receivedItems.filter((r) => r.open).reverse(), ...receivedItems.filter((r) => !r.open)];
  const sentItems = sent.map(item);
  return {
    received: openFirst,
    sent: sentItems,
    openSent: sentItems.filter((r) => r.open).length,
    maxOpenSent: MAX_OPEN_REQUESTS,
    overlapping,
  };
}
