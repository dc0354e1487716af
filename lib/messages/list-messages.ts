import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { displayNames, loadThread, messageWhere } from "@/lib/messages/load-thread";
import type { MessageView } from "@/lib/messages/post-message";
import { markThreadRead, unreadCounts } from "@/lib/messages/read-state";
import { MessagesQuery, ThreadRef } from "@/lib/messages/schemas";
import { markSubjectNotificationsRead } from "@/lib/notifications/notify";
import { parseWith } from "@/lib/validation";

export type ThreadPage = {
  thread: {
    kind: "request" | "mentorship";
    id: string;
    /** Whether new messages are taken; when not, `closedReason` says why. */
    open: boolean;
    closedReason: string | null;
  };
  /** Oldest first. */
  messages: MessageView[];
  /** Pass as `before` for the previous page; null at the start of the conversation. */
  nextBefore: string | null;
  /** Unread messages left in this thread after this page was read (0 for the newest page). */
  unread: number;
};

/**
 * A page of a thread's messages for one of its two people (NOT_FOUND for anyone else). Reading
 * the newest page (no `before`) marks the thread read up to the newest message shown, and
 * marks the notifications about it read, so the next message emails again.
 */
export async function listMessages(actor: Actor, threadRef: ThreadRef, rawQuery: unknown = {}): Promise<ThreadPage> {
  const ref = parseWith(ThreadRef, threadRef);
  const { before, limit } = parseWith(MessagesQuery, rawQuery ?? {});
  const thread = await loadThread(actor, ref);
  const inThread = messageWhere(thread);

  let cursor: { createdAt: Date; id: string } | null = null;
  if (before) {
    cursor = await db.message.findFirst({ where: { id: before, ...inThread }, select: { id: true, createdAt: true } });
    if (!cursor) throw new AppError("VALIDATION", { fields: { before: ["That message isn't in this conversation."] } });
  }

  const rows = await db.message.findMany({
    where: {
      ...inThread,
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, body: true, createdAt: true, authorId: true },
  });
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit).reverse();
  const names = await displayNames(thread.people);

  if (!before && page.length) {
    await markThreadRead(actor.id, thread.id, page.at(-1)!.id);
    await markSubjectNotificationsRead(actor.id, thread.id);
  }
  const unread = (await unreadCounts(actor.id, [thread.id]))[thread.id] ?? 0;

  return {
    thread: { kind: thread.kind, id: thread.id, open: thread.open, closedReason: thread.closedReason },
    messages: page.map((m) => ({
      id: m.id,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
      author: { id: m.authorId, displayName: names.get(m.authorId) ?? "A member" },
      mine: m.authorId === actor.id,
    })),
    nextBefore: hasMore ? page[0]!.id : null,
    unread,
  };
}
