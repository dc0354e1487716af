// Requests and mentorships made straight in the database, for tests of what happens after
// "yes" (messages, the relationship home) without going through the accept flow.
import { db } from "@/lib/db";

type Kind = "MENTORSHIP" | "PEER";

/** A request from `requesterId` to `recipientId` (a mentee asking a mentor unless said otherwise). */
export async function createRequest(
  requesterId: string,
  recipientId: string,
  options: Partial<{
    kind: Kind;
    status: "OPEN" | "ACCEPTED" | "DECLINED" | "WITHDRAWN" | "EXPIRED";
    goalAreaIds: string[];
    note: string;
  }> = {},
) {
  const kind = options.kind ?? "MENTORSHIP";
  const status = options.status ?? "OPEN";
  return db.mentorshipRequest.create({
    data: {
      kind,
      requesterId,
      recipientId,
      ...(kind === "MENTORSHIP" ? { menteeId: requesterId, mentorId: recipientId } : {}),
      note: options.note ?? "Would you mentor me?",
      status,
      closedAt: status === "OPEN" ? null : new Date(),
      expiresAt: new Date(Date.now() + 14 * 24 * 60 * 60 * 1000),
      goals: { create: (options.goalAreaIds ?? ["tenure-promotion"]).map((goalAreaId) => ({ goalAreaId })) },
    },
  });
}

/**
 * A mentorship (or, with kind PEER, a peer connection between `mentorId` and `menteeId`) with
 * the agreement defaults the accept flow gives: monthly, 6 months, no confirmations yet.
 */
export async function createMentorship(
  mentorId: string,
  menteeId: string,
  options: Partial<{
    kind: Kind;
    status: "ACTIVE" | "PAUSED" | "ENDED";
    goalAreaIds: string[];
    formats: string[];
    requestId: string;
    expectations: string;
  }> = {},
) {
  const status = options.status ?? "ACTIVE";
  return db.mentorship.create({
    data: {
      kind: options.kind ?? "MENTORSHIP",
      mentorId,
      menteeId,
      status,
      endedAt: status === "ENDED" ? new Date() : null,
      requestId: options.requestId ?? null,
      formats: options.formats ?? ["video", "email"],
      expectations: options.expectations ?? "",
      goals: { create: (options.goalAreaIds ?? ["tenure-promotion"]).map((goalAreaId) => ({ goalAreaId })) },
    },
  });
}
