import "server-only";
import type { ConnectionKind } from "@/generated/prisma/enums";
import { env } from "@/lib/env";
import type { Role } from "@/lib/matching";
import { notify } from "@/lib/notifications/notify";
import { kindWords, mentorshipLink, requestLink, suggestionsLink } from "@/lib/requests/request-view";

// The words people are told about requests. Called only after the change committed. Titles are
// emailed, so they name what happened and who did it, never the note or a reason; the in-app
// body may say a little more. notify() never throws, so a failed notice never undoes the change.

type Request = { id: string; kind: ConnectionKind };

export function noticeReceived(request: Request & { recipientId: string }, requesterName: string, requesterRole: Role) {
  const title =
    requesterRole === "mentee"
      ? `${requesterName} asked you to be their mentor`
      : requesterRole === "mentor"
        ? `${requesterName} offered to mentor you`
        : `${requesterName} would like to connect as peers`;
  return notify({
    userId: request.recipientId,
    kind: "REQUEST_RECEIVED",
    title,
    body: `Read their note and the goals it is about, then accept, decline, or ask a question first. It stays open for ${env.REQUEST_EXPIRY_DAYS} days.`,
    link: requestLink(request.id),
    subjectId: request.id,
  });
}

export function noticeReminder(request: Request & { recipientId: string; expiresAt: Date }, requesterName: string) {
  return notify({
    userId: request.recipientId,
    kind: "REQUEST_REMINDER",
    title: `${requesterName} is still waiting for your answer`,
    body: `Their ${kindWords(request.kind)} closes on ${request.expiresAt.toISOString().slice(0, 10)}. A short "not right now" is kinder than no answer.`,
    link: requestLink(request.id),
    subjectId: request.id,
  });
}

export function noticeAccepted(request: Request & { requesterId: string }, recipientName: string, mentorshipId: string) {
  return notify({
    userId: request.requesterId,
    kind: "REQUEST_ACCEPTED",
    title: `${recipientName} accepted your ${kindWords(request.kind)}`,
    body:
      request.kind === "PEER"
        ? "You are connected. Choose a keep-in-touch rhythm together and say hello."
        : "Your mentorship has started. Look over the kickoff agreement together and say hello.",
    link: mentorshipLink(mentorshipId),
    subjectId: request.id,
  });
}

/** Gentle on purpose: no reason exists, and the words are the same whoever it was and why. */
export function noticeDeclined(request: Request & { requesterId: string }, recipientName: string, requesterRole: Role) {
  return notify({
    userId: request.requesterId,
    kind: "REQUEST_DECLINED",
    title: `${recipientName} is not available right now`,
    body: "That happens for all sorts of reasons, most of them about timing. Here are fresh suggestions to look at.",
    link: suggestionsLink(requesterRole),
    subjectId: request.id,
  });
}

export function noticeExpired(request: Request & { requesterId: string }, recipientName: string, requesterRole: Role) {
  return notify({
    userId: request.requesterId,
    kind: "REQUEST_EXPIRED",
    title: `Your request to ${recipientName} closed without an answer`,
    body: "Busy seasons happen, and it says nothing about you. Your request slot is free again: here are fresh suggestions.",
    link: suggestionsLink(requesterRole),
    subjectId: request.id,
  });
}

export function noticeWithdrawn(request: Request & { recipientId: string }, requesterName: string) {
  return notify({
    userId: request.recipientId,
    kind: "REQUEST_WITHDRAWN",
    title: `${requesterName} withdrew their ${kindWords(request.kind)}`,
    body: "Nothing more to do.",
    link: requestLink(request.id),
    subjectId: request.id,
  });
}

export function noticeOverlapping(userId: string, acceptedRequestId: string, withName: string, count: number) {
  return notify({
    userId,
    kind: "OVERLAPPING_REQUESTS",
    title: `You have ${count === 1 ? "another open request" : `${count} other open requests`} about goals you now share with ${withName}`,
    body: "Would you like to withdraw any of them? Nothing is withdrawn unless you choose it.",
    link: "/requests",
    subjectId: acceptedRequestId,
  });
}
