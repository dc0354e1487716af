import "server-only";
import type { FormatLevel } from "@/generated/prisma/enums";
import { policy, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FORMAT_KEYS } from "@/lib/matching";
import { formatsOf } from "@/lib/profiles/profile-view";
import { activeMenteeCount } from "@/lib/requests/mentor-load";
import { noticeAccepted } from "@/lib/requests/request-notices";
import { askAboutOverlaps, type OverlapPrompt } from "@/lib/requests/overlapping-requests";
import { isLapsed, loadRequestFor, nameOf, notOpenConflict } from "@/lib/requests/request-view";

// Accepting is the one step that creates a relationship, so it is decided in the database, not
// only here: one transaction locks the request row and then (for a mentorship) the mentor's
// Profile row, re-reads the status and the mentor's load under those locks, moves the request
// OPEN → ACCEPTED with a conditional update, and creates the Mentorship. Two acceptances racing
// for a mentor's last slot queue on the Profile lock, and the second sees the first's
// mentorship; a double-clicked accept queues on the request lock and finds it no longer OPEN.
// Mentorship.requestId is unique as well, so even a bug here could not pair one request twice.
//
// Lock order everywhere: request row(s) before Profile rows (the sweep updates requests and then
// profiles; sending locks only profiles), so these paths can wait for each other but never
// deadlock.

export type AcceptResult = {
  mentorshipId: string;
  /**
   * The acting person's other open requests about the goals this acceptance covers, when they
   * are the mentee (accepting a mentor's invitation): the page asks whether to withdraw them.
   * The requester, if they are the mentee, is asked through a notification instead.
   */
  overlapping: OverlapPrompt | null;
};

const TX = { maxWait: 15_000, timeout: 15_000 } as const;

/** Formats both people accept (neither said "no"), as the agreement's starting point. */
function sharedFormats(a: Record<string, FormatLevel>, b: Record<string, FormatLevel>): string[] {
  return FORMAT_KEYS.filter((key) => a[key] !== "NO" && b[key] !== "NO");
}

export async function acceptRequest(actor: Actor, requestId: unknown, now: Date = new Date()): Promise<AcceptResult> {
  const request = await loadRequestFor(actor, requestId);
  const requesterName = nameOf(request.requester);
  if (!policy.canAnswerRequest(actor, request)) {
    throw new AppError("FORBIDDEN", { userMessage: `Only ${nameOf(request.recipient)} can accept this request.` });
  }
  if (request.status !== "OPEN" || isLapsed(request, now)) throw notOpenConflict(request, false, requesterName, now);

  const mentorshipId = await db.$transaction(async (tx) => {
    // Every statement goes through `tx`: on PGlite another client call here would wait for this
    // very transaction.
    const [locked] = await tx.$queryRaw<{ status: string; expiresAt: Date }[]>`
      SELECT status::text AS status, "expiresAt" FROM "MentorshipRequest" WHERE id = ${request.id} FOR UPDATE`;
    if (!locked || locked.status !== "OPEN" || locked.expiresAt.getTime() <= now.getTime()) {
      throw notOpenConflict(
        { status: (locked?.status ?? "EXPIRED") as typeof request.status, expiresAt: locked?.expiresAt ?? now },
        false,
        requesterName,
        now,
      );
    }

    if (request.kind === "MENTORSHIP") {
      const mentorId = request.mentorId!;
      const [mentor] = await tx.$queryRaw<{ mentorCapacity: number }[]>`
        SELECT "mentorCapacity" FROM "Profile" WHERE "userId" = ${mentorId} FOR UPDATE`;
      const load = await activeMenteeCount(tx, mentorId);
      if (!mentor || load >= mentor.mentorCapacity) {
        throw new AppError("CONFLICT", {
          userMessage:
            mentorId === actor.id
              ? `You are already mentoring ${load} ${load === 1 ? "person" : "people"}, your limit. Raise it in your profile, or finish a mentorship, to accept this request.`
              : `${requesterName} has no free mentoring slots right now, so this invitation can't be accepted.`,
        });
      }
    }

    // A block made while the request waited ends it: nobody is paired with someone they blocked.
    const block = await tx.block.findFirst({
      where: {
        OR: [
          { blockerId: request.requesterId, blockedId: request.recipientId },
          { blockerId: request.recipientId, blockedId: request.requesterId },
        ],
      },
      select: { blockerId: true },
    });
    if (block) throw new AppError("CONFLICT", { userMessage: "This request can no longer be accepted." });

    const moved = await tx.mentorshipRequest.updateMany({
      where: { id: request.id, status: "OPEN" },
      data: { status: "ACCEPTED", closedAt: now },
    });
    if (moved.count !== 1) throw notOpenConflict({ status: "ACCEPTED", expiresAt: request.expiresAt }, false, requesterName, now);

    const people = await tx.profile.findMany({
      where: { userId: { in: [request.requesterId, request.recipientId] } },
      select: { formatVideo: true, formatPhone: true, formatInPerson: true, formatEmail: true, formatAsyncChat: true },
    });
    const [a, b] = people.map((p) => formatsOf(p));
    const peer = request.kind === "PEER";
    const created = await tx.mentorship.create({
      data: {
        kind: request.kind,
        // A peer tie has no mentor or mentee; the columns hold the requester and the recipient.
        mentorId: peer ? request.requesterId : request.mentorId!,
        menteeId: peer ? request.recipientId : request.menteeId!,
        requestId: request.id,
        startedAt: now,
        // The agreement starts from sensible defaults drawn from the request (both confirm it
        // later; it never blocks). A peer tie has no agreement: `cadence` is its keep-in-touch
        // rhythm, monthly until the two choose another.
        cadence: "MONTHLY",
        formats: a && b ? sharedFormats(a, b) : [],
        plannedMonths: peer ? null : 6,
        expectations: "",
        goals: { create: request.goals.map((g) => ({ goalAreaId: g.goalAreaId })) },
      },
      select: { id: true },
    });
    return created.id;
  }, TX);

  await noticeAccepted(request, nameOf(request.recipient), mentorshipId);
  const overlapping = await askAboutOverlaps(actor, request.id, now);
  return { mentorshipId, overlapping };
}
