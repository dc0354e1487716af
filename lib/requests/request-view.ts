import "server-only";
import type { ConnectionKind, RequestStatus } from "@/generated/prisma/enums";
import { authorize, policy, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/matching";
import { RecordId, parseWith } from "@/lib/validation";

// What every request use case shares: loading a request for one of its two people (anyone else
// gets NOT_FOUND), the words each side sees for a status, and the refusals for a request that
// is no longer open. Declining is gentle: the requester never reads "declined", only "not
// available right now", and no reason exists to show.

export const requestSelect = {
  id: true,
  kind: true,
  requesterId: true,
  recipientId: true,
  mentorId: true,
  menteeId: true,
  note: true,
  status: true,
  createdAt: true,
  closedAt: true,
  remindedAt: true,
  expiresAt: true,
  overlapAskedAt: true,
  goals: { select: { goalAreaId: true, goalArea: { select: { label: true, sortOrder: true } } } },
  mentorship: { select: { id: true } },
  requester: { select: { name: true, profile: { select: { displayName: true } } } },
  recipient: { select: { name: true, profile: { select: { displayName: true } } } },
} as const;

type NamedUser = { name: string | null; profile: { displayName: string } | null };

export type LoadedRequest = {
  id: string;
  kind: ConnectionKind;
  requesterId: string;
  recipientId: string;
  mentorId: string | null;
  menteeId: string | null;
  note: string;
  status: RequestStatus;
  createdAt: Date;
  closedAt: Date | null;
  remindedAt: Date | null;
  expiresAt: Date;
  overlapAskedAt: Date | null;
  goals: { goalAreaId: string; goalArea: { label: string; sortOrder: number } }[];
  mentorship: { id: string } | null;
  requester: NamedUser;
  recipient: NamedUser;
};

export const nameOf = (user: NamedUser): string => user.profile?.displayName || user.name || "A member";

/** The request, for one of its two people; NOT_FOUND for everyone else, as for a missing id. */
export async function loadRequestFor(actor: Actor, rawId: unknown): Promise<LoadedRequest> {
  // Ids reach here from server actions as well as routes: a hostile one is a 400, never a query.
  const id = parseWith(RecordId, rawId);
  const request = await db.mentorshipRequest.findFirst({
    where: { id, OR: [{ requesterId: actor.id }, { recipientId: actor.id }] },
    select: requestSelect,
  });
  authorize(!!request && policy.canViewRequest(actor, request));
  return request!;
}

/** The viewer's side of a request, in the suggestions page's words. */
export function roleIn(request: { kind: ConnectionKind; mentorId: string | null }, userId: string): Role {
  if (request.kind === "PEER") return "peer";
  return request.mentorId === userId ? "mentor" : "mentee";
}

/** The other person's role, seen from the viewer's side ("mentee" looks for a "mentor"). */
export const counterpartRole = (role: Role): Role => (role === "mentee" ? "mentor" : role === "mentor" ? "mentee" : "peer");

/** An OPEN request whose answer time has passed counts as expired, even before the sweep marks it. */
export const isLapsed = (request: { status: RequestStatus; expiresAt: Date }, now: Date) =>
  request.status === "OPEN" && request.expiresAt.getTime() <= now.getTime();

/**
 * The status as it leaves the server for one viewer. A lapsed request reads EXPIRED before the
 * sweep marks it, and a declined request reads NOT_AVAILABLE to the person who sent it: the
 * requester is never told "declined", only that the person is not available right now.
 */
export type ViewStatus = RequestStatus | "NOT_AVAILABLE";
export function viewStatus(request: { status: RequestStatus; expiresAt: Date }, viewerIsRequester: boolean, now = new Date()): ViewStatus {
  if (isLapsed(request, now)) return "EXPIRED";
  if (request.status === "DECLINED" && viewerIsRequester) return "NOT_AVAILABLE";
  return request.status;
}

/** The status as the viewer should read it. */
export function statusText(request: { status: RequestStatus; expiresAt: Date }, viewerIsRequester: boolean, now = new Date()): string {
  const status = isLapsed(request, now) ? "EXPIRED" : request.status;
  if (viewerIsRequester) {
    switch (status) {
      case "OPEN":
        return "Waiting for an answer";
      case "ACCEPTED":
        return "Accepted";
      case "DECLINED":
        return "Not available right now";
      case "WITHDRAWN":
        return "You withdrew this request";
      case "EXPIRED":
        return "No answer in time";
    }
  }
  switch (status) {
    case "OPEN":
      return "Waiting for your answer";
    case "ACCEPTED":
      return "You accepted";
    case "DECLINED":
      return "You declined";
    case "WITHDRAWN":
      return "Withdrawn";
    case "EXPIRED":
      return "Expired without an answer";
  }
}

/**
 * The 409 for acting on a request that is no longer open, worded for whoever acts. A requester
 * whose request was declined reads the same gentle words as everywhere else.
 */
export function notOpenConflict(
  request: { status: RequestStatus; expiresAt: Date },
  viewerIsRequester: boolean,
  otherName: string,
  now = new Date(),
): AppError {
  const status = isLapsed(request, now) ? "EXPIRED" : request.status;
  const message = (() => {
    switch (status) {
      case "ACCEPTED":
        return "This request was already accepted.";
      case "DECLINED":
        return viewerIsRequester
          ? `${otherName} is not available right now, so this request is closed.`
          : "You already declined this request.";
      case "WITHDRAWN":
        return viewerIsRequester ? "You already withdrew this request." : `${otherName} withdrew this request, so it is closed.`;
      case "EXPIRED":
        return "This request expired without an answer, so it is closed.";
      default:
        return "This request is still open.";
    }
  })();
  return new AppError("CONFLICT", { userMessage: message });
}

/** Goals in the vocabulary's order, as every view lists them. */
export const goalsOf = (request: Pick<LoadedRequest, "goals">) =>
  [...request.goals]
    .sort((a, b) => a.goalArea.sortOrder - b.goalArea.sortOrder || a.goalAreaId.localeCompare(b.goalAreaId))
    .map((g) => ({ goalAreaId: g.goalAreaId, label: g.goalArea.label }));

/** Where each side reads about a request, and where fresh suggestions for that role are. */
export const requestLink = (id: string) => `/requests/${id}`;
export const mentorshipLink = (id: string) => `/mentorships/${id}`;
export const suggestionsLink = (role: Role) => `/matches?role=${role}`;

/** "a mentorship request" / "a peer request", for titles. */
export const kindWords = (kind: ConnectionKind) => (kind === "PEER" ? "peer connection request" : "mentorship request");
