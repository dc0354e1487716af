import "server-only";
import type { ConnectionKind } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors";
import type { Role } from "@/lib/matching";
import type { PublicReason } from "@/lib/matches/get-suggestions";
import { suggestionForPair } from "@/lib/matches/pair-suggestion";
import { unreadCounts } from "@/lib/messages/read-state";
import { getPublicProfile } from "@/lib/profiles/get-public-profile";
import type { PublicProfile } from "@/lib/profiles/profile-view";
import { overlapPromptFor, type OverlapPrompt } from "@/lib/requests/overlapping-requests";
import { goalsOf, isLapsed, loadRequestFor, roleIn, statusText, viewStatus, type ViewStatus } from "@/lib/requests/request-view";
import { maybeSweepRequests } from "@/lib/requests/sweep-requests";

export type RequestDetail = {
  request: {
    id: string;
    kind: ConnectionKind;
    /** See viewStatus: to the requester a declined request is NOT_AVAILABLE. Show `statusText`. */
    status: ViewStatus;
    statusText: string;
    note: string;
    goals: { goalAreaId: string; label: string }[];
    createdAt: string;
    expiresAt: string;
    closedAt: string | null;
    /** The viewer's side: "requester" sent it, "recipient" answers it. */
    viewerIs: "requester" | "recipient";
    /** The viewer's role in it, in the suggestions page's words. */
    viewerRole: Role;
    /** Set once accepted (for both people): where the relationship lives. */
    mentorshipId: string | null;
    /** What the viewer may do now. */
    can: { accept: boolean; decline: boolean; withdraw: boolean; message: boolean };
  };
  requester: PublicProfile | null;
  recipient: PublicProfile | null;
  /**
   * Why the two fit, seen from the viewer's side: the same reasons as on the suggestions page
   * (never a score). Empty when the pair no longer fits (a profile changed since).
   */
  reasons: PublicReason[];
  /** Messages in the request's thread the viewer has not read. */
  unreadMessages: number;
  /** For the mentee of an accepted request: other open requests about the same goals (see overlapping-requests.ts). */
  overlapping: OverlapPrompt | null;
};

/** A profile the viewer may see, or null (a profile taken private since the request). */
async function profileOrNull(viewer: Actor, personId: string): Promise<PublicProfile | null> {
  try {
    return await getPublicProfile(viewer, personId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/** One request for one of its two people; NOT_FOUND for anyone else, as for a missing id. */
export async function getRequestForViewer(actor: Actor, requestId: unknown, now: Date = new Date()): Promise<RequestDetail> {
  await maybeSweepRequests(now);
  const request = await loadRequestFor(actor, requestId);
  const viewerIs = request.requesterId === actor.id ? "requester" : "recipient";
  const otherId = viewerIs === "requester" ? request.recipientId : request.requesterId;
  const viewerRole = roleIn(request, actor.id);
  const open = request.status === "OPEN" && !isLapsed(request, now);

  const [requester, recipient, pair, unread, overlapping] = await Promise.all([
    profileOrNull(actor, request.requesterId),
    profileOrNull(actor, request.recipientId),
    // The request itself makes the two "engaged", which hides them from each other's suggestions;
    // here it is the point, so only the other hard constraints apply.
    suggestionForPair(actor, otherId, viewerRole, { ignoreEngaged: true }),
    unreadCounts(actor.id, [request.id]),
    overlapPromptFor(actor, request.id),
  ]);

  return {
    request: {
      id: request.id,
      kind: request.kind,
      status: viewStatus(request, viewerIs === "requester", now),
      statusText: statusText(request, viewerIs === "requester", now),
      note: request.note,
      goals: goalsOf(request),
      createdAt: request.createdAt.toISOString(),
      expiresAt: request.expiresAt.toISOString(),
      closedAt: request.closedAt?.toISOString() ?? null,
      viewerIs,
      viewerRole,
      mentorshipId: request.mentorship?.id ?? null,
      can: {
        accept: open && viewerIs === "recipient",
        decline: open && viewerIs === "recipient",
        withdraw: open && viewerIs === "requester",
        message: open,
      },
    },
    requester,
    recipient,
    reasons: pair?.reasons ?? [],
    unreadMessages: unread[request.id] ?? 0,
    overlapping,
  };
}
