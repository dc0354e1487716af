import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { noticeOverlapping, noticeWithdrawn } from "@/lib/requests/request-notices";
import { goalsOf, loadRequestFor, nameOf, requestSelect } from "@/lib/requests/request-view";
import { WithdrawOverlappingInput } from "@/lib/requests/schemas";
import { parseWith } from "@/lib/validation";

// A mentee often asks two or three mentors about the same goal. When one accepts, the others
// are still waiting on an answer the mentee may no longer need. The mentee is ASKED whether to
// withdraw them (MentorshipRequest.overlapAskedAt marks the open question on the accepted
// request); nothing is withdrawn unless they pick it, and "keep them" is a fine answer.
//
// Only mentorships ask this. Peer ties are lateral and many at once are normal, and a mentor
// may mentor several people on the same goal.

export type OverlapPrompt = {
  /** The accepted request the question is about. */
  acceptedRequestId: string;
  mentorshipId: string | null;
  /** The mentor who accepted (or whose invitation was accepted). */
  withName: string;
  /** The goals the new mentorship covers that the other requests were also about. */
  goals: { goalAreaId: string; label: string }[];
  requests: { id: string; recipientName: string; createdAt: string; goals: { goalAreaId: string; label: string }[] }[];
};

type Accepted = { id: string; kind: string; menteeId: string | null; closedAt: Date | null; goals: { goalAreaId: string }[] };

/** The mentee's open requests, sent before the acceptance, about any goal it covers. */
function overlapsOf(accepted: Accepted) {
  if (accepted.kind !== "MENTORSHIP" || !accepted.menteeId || !accepted.closedAt) return Promise.resolve([]);
  return db.mentorshipRequest.findMany({
    where: {
      id: { not: accepted.id },
      kind: "MENTORSHIP",
      status: "OPEN",
      requesterId: accepted.menteeId,
      menteeId: accepted.menteeId,
      // A request sent after the acceptance was a fresh choice, not an overlap to ask about.
      createdAt: { lte: accepted.closedAt },
      goals: { some: { goalAreaId: { in: accepted.goals.map((g) => g.goalAreaId) } } },
    },
    orderBy: { createdAt: "asc" },
    select: requestSelect,
  });
}

async function promptFor(accepted: Awaited<ReturnType<typeof loadRequestFor>>): Promise<OverlapPrompt | null> {
  const overlaps = await overlapsOf(accepted);
  if (!overlaps.length) return null;
  const covered = new Set(accepted.goals.map((g) => g.goalAreaId));
  const mentorIsRequester = accepted.mentorId === accepted.requesterId;
  return {
    acceptedRequestId: accepted.id,
    mentorshipId: accepted.mentorship?.id ?? null,
    withName: nameOf(mentorIsRequester ? accepted.requester : accepted.recipient),
    goals: goalsOf(accepted).filter((g) => overlaps.some((o) => o.goals.some((og) => og.goalAreaId === g.goalAreaId))),
    requests: overlaps.map((o) => ({
      id: o.id,
      recipientName: nameOf(o.recipient),
      createdAt: o.createdAt.toISOString(),
      goals: goalsOf(o).filter((g) => covered.has(g.goalAreaId)),
    })),
  };
}

/**
 * Right after an acceptance: if the mentee has other open requests about the goals it covers,
 * mark the question open and ask them. A mentee who accepted themselves (a mentor's invitation)
 * gets the prompt back to show at once; one whose request was accepted is told by notification.
 */
export async function askAboutOverlaps(actor: Actor, acceptedRequestId: string, now: Date = new Date()): Promise<OverlapPrompt | null> {
  const accepted = await db.mentorshipRequest.findUnique({ where: { id: acceptedRequestId }, select: requestSelect });
  if (!accepted || accepted.status !== "ACCEPTED" || !accepted.menteeId) return null;
  const prompt = await promptFor(accepted);
  if (!prompt) return null;
  await db.mentorshipRequest.update({ where: { id: accepted.id }, data: { overlapAskedAt: now } });
  if (accepted.menteeId !== actor.id) {
    await noticeOverlapping(accepted.menteeId, accepted.id, prompt.withName, prompt.requests.length);
    return null;
  }
  return prompt;
}

/** The open overlap questions for the acting person (newest acceptance first), for the requests page. */
export async function listOverlapPrompts(actor: Actor): Promise<OverlapPrompt[]> {
  const asked = await db.mentorshipRequest.findMany({
    where: { menteeId: actor.id, status: "ACCEPTED", overlapAskedAt: { not: null } },
    orderBy: { closedAt: "desc" },
    take: 10,
    select: requestSelect,
  });
  const prompts = await Promise.all(asked.map(promptFor));
  return prompts.filter((p): p is OverlapPrompt => p !== null);
}

/** The overlap question about one accepted request, for its mentee; null when there is none (or it was answered). */
export async function overlapPromptFor(actor: Actor, acceptedRequestId: string): Promise<OverlapPrompt | null> {
  const accepted = await loadRequestFor(actor, acceptedRequestId);
  if (accepted.menteeId !== actor.id || accepted.status !== "ACCEPTED" || !accepted.overlapAskedAt) return null;
  return promptFor(accepted);
}

export type OverlapAnswer = { withdrawn: string[]; kept: string[] };

/**
 * The mentee's answer: withdraw exactly the requests they picked (each must be one of the
 * overlapping ones, still open), keep the rest, and close the question. An empty pick keeps all.
 */
export async function withdrawOverlappingRequests(
  actor: Actor,
  acceptedRequestId: unknown,
  raw: unknown,
  now: Date = new Date(),
): Promise<OverlapAnswer> {
  const { withdrawIds } = parseWith(WithdrawOverlappingInput, raw);
  const accepted = await loadRequestFor(actor, acceptedRequestId);
  if (accepted.menteeId !== actor.id || accepted.status !== "ACCEPTED") {
    throw new AppError("CONFLICT", { userMessage: "There is nothing to decide about this request." });
  }
  const prompt = await promptFor(accepted);
  const open = new Set(prompt?.requests.map((r) => r.id) ?? []);
  const wrong = withdrawIds.flatMap((id, i) => (open.has(id) ? [] : [i]));
  if (wrong.length) {
    throw new AppError("VALIDATION", {
      fields: Object.fromEntries(wrong.map((i) => [`withdrawIds.${i}`, ["That isn't one of your open requests about these goals."]])),
    });
  }
  const picked = [...new Set(withdrawIds)];
  const withdrawn: string[] = [];
  for (const id of picked) {
    // Conditional, like every transition: one answered meanwhile is simply left alone.
    const moved = await db.mentorshipRequest.updateMany({
      where: { id, requesterId: actor.id, status: "OPEN" },
      data: { status: "WITHDRAWN", closedAt: now },
    });
    if (moved.count === 1) withdrawn.push(id);
  }
  await db.mentorshipRequest.update({ where: { id: accepted.id }, data: { overlapAskedAt: null } });

  const me = await db.profile.findUnique({ where: { userId: actor.id }, select: { displayName: true } });
  const closed = await db.mentorshipRequest.findMany({
    where: { id: { in: withdrawn } },
    select: { id: true, kind: true, recipientId: true },
  });
  for (const request of closed) await noticeWithdrawn(request, me?.displayName ?? "A member");
  return { withdrawn, kept: [...open].filter((id) => !withdrawn.includes(id)) };
}
