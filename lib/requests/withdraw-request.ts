import "server-only";
import { policy, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AnswerResult } from "@/lib/requests/decline-request";
import { noticeWithdrawn } from "@/lib/requests/request-notices";
import { loadRequestFor, nameOf, notOpenConflict } from "@/lib/requests/request-view";

// The requester can take back an open request at any time; the recipient is told, and the
// request's thread becomes read-only.

export async function withdrawRequest(actor: Actor, requestId: unknown, now: Date = new Date()): Promise<AnswerResult> {
  const request = await loadRequestFor(actor, requestId);
  const recipientName = nameOf(request.recipient);
  if (!policy.canWithdrawRequest(actor, request)) {
    throw new AppError("FORBIDDEN", { userMessage: "Only the person who sent a request can withdraw it. You can decline it instead." });
  }
  const moved = await db.mentorshipRequest.updateMany({
    where: { id: request.id, status: "OPEN", expiresAt: { gt: now } },
    data: { status: "WITHDRAWN", closedAt: now },
  });
  if (moved.count !== 1) {
    const current = await db.mentorshipRequest.findUniqueOrThrow({ where: { id: request.id }, select: { status: true, expiresAt: true } });
    throw notOpenConflict(current, true, recipientName, now);
  }
  await noticeWithdrawn(request, nameOf(request.requester));
  return { id: request.id, status: "WITHDRAWN" };
}
