import "server-only";
import { policy, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { noticeDeclined } from "@/lib/requests/request-notices";
import { loadRequestFor, nameOf, notOpenConflict, roleIn } from "@/lib/requests/request-view";

// Declining is gentle by design: it takes no reason (so none can ever be shown), and the
// requester is told only that the person is "not available right now", with fresh suggestions.
// For DECLINE_COOLDOWN_DAYS the person who declined is kept out of the requester's suggestions
// and cannot be asked again, so a "no" is not met by the same request the next morning.

export const DECLINE_COOLDOWN_DAYS = 90;

export type AnswerResult = { id: string; status: "DECLINED" | "WITHDRAWN" };

export async function declineRequest(actor: Actor, requestId: unknown, now: Date = new Date()): Promise<AnswerResult> {
  const request = await loadRequestFor(actor, requestId);
  const requesterName = nameOf(request.requester);
  if (!policy.canAnswerRequest(actor, request)) {
    throw new AppError("FORBIDDEN", {
      userMessage: `Only ${nameOf(request.recipient)} can decline this request. You can withdraw it instead.`,
    });
  }
  // The transition is decided by the database: only an OPEN request still within its time moves.
  const moved = await db.mentorshipRequest.updateMany({
    where: { id: request.id, status: "OPEN", expiresAt: { gt: now } },
    data: { status: "DECLINED", closedAt: now },
  });
  if (moved.count !== 1) {
    const current = await db.mentorshipRequest.findUniqueOrThrow({ where: { id: request.id }, select: { status: true, expiresAt: true } });
    throw notOpenConflict(current, false, requesterName, now);
  }
  // Out of the requester's suggestions for the cooldown (the suggestions pre-filter already
  // honours dismissals); send-request refuses a new request in the same words as a pause.
  const hiddenUntil = new Date(now.getTime() + DECLINE_COOLDOWN_DAYS * 24 * 3600 * 1000);
  await db.matchDismissal.upsert({
    where: { userId_candidateId: { userId: request.requesterId, candidateId: request.recipientId } },
    create: { userId: request.requesterId, candidateId: request.recipientId, hiddenUntil },
    update: { hiddenUntil },
  });
  await noticeDeclined(request, nameOf(request.recipient), roleIn(request, request.requesterId));
  return { id: request.id, status: "DECLINED" };
}
