import "server-only";
import { authorize, policy, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { ThreadRef } from "@/lib/messages/schemas";

/** A thread as its services need it: who is in it, whether it takes new messages, and why not. */
export type LoadedThread = {
  kind: "request" | "mentorship";
  /** The request's or the mentorship's id; also the ThreadRead key. */
  id: string;
  people: readonly [string, string];
  open: boolean;
  /** Why it is read-only, in words for the person (null while open). */
  closedReason: string | null;
  /** The page that shows it. */
  link: string;
  /** Request threads: who received the request (their first question gets its own notice). */
  recipientId: string | null;
};

/**
 * Loads a thread for one of its two people. The query itself is scoped to the actor, and
 * anyone else gets NOT_FOUND, the same as for a thread that does not exist.
 */
export async function loadThread(actor: Actor, thread: ThreadRef): Promise<LoadedThread> {
  if ("requestId" in thread) {
    const request = await db.mentorshipRequest.findFirst({
      where: { id: thread.requestId, OR: [{ requesterId: actor.id }, { recipientId: actor.id }] },
      select: { id: true, requesterId: true, recipientId: true, status: true, expiresAt: true },
    });
    authorize(!!request && policy.canReadThread(actor, [request.requesterId, request.recipientId]));
    const r = request!;
    // An open request whose answer time has passed is expired, even before the sweep marks it.
    const open = r.status === "OPEN" && r.expiresAt.getTime() > Date.now();
    return {
      kind: "request",
      id: r.id,
      people: [r.requesterId, r.recipientId],
      open,
      closedReason: open
        ? null
        : r.status === "ACCEPTED"
          ? "This request was accepted, so this conversation is closed. Carry on in your mentorship's messages."
          : "This request is closed, so its conversation is read-only.",
      link: `/requests/${r.id}`,
      recipientId: r.recipientId,
    };
  }
  const mentorship = await db.mentorship.findFirst({
    where: { id: thread.mentorshipId, OR: [{ mentorId: actor.id }, { menteeId: actor.id }] },
    select: { id: true, mentorId: true, menteeId: true, status: true },
  });
  authorize(!!mentorship && policy.canViewMentorship(actor, mentorship));
  const m = mentorship!;
  const open = m.status !== "ENDED";
  return {
    kind: "mentorship",
    id: m.id,
    people: [m.mentorId, m.menteeId],
    open,
    closedReason: open ? null : "This mentorship has ended, so its messages are read-only.",
    link: `/mentorships/${m.id}`,
    recipientId: null,
  };
}

/** Where a thread's messages are: `{ requestId }` or `{ mentorshipId }`. */
export const messageWhere = (thread: LoadedThread) => (thread.kind === "request" ? { requestId: thread.id } : { mentorshipId: thread.id });

/** Display names of the given people (their profile's name, else the account name). */
export async function displayNames(ids: readonly string[]): Promise<Map<string, string>> {
  const users = await db.user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true, profile: { select: { displayName: true } } },
  });
  return new Map(users.map((u) => [u.id, u.profile?.displayName || u.name || "A member"]));
}
