import "server-only";
import { authorize, policy, type Actor } from "@/lib/auth/policy";
import { consumeMessage } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { displayNames, loadThread, messageWhere, type LoadedThread } from "@/lib/messages/load-thread";
import { markThreadRead } from "@/lib/messages/read-state";
import { MessageInput, ThreadRef } from "@/lib/messages/schemas";
import { notify } from "@/lib/notifications/notify";
import { parseWith } from "@/lib/validation";

/** A message as both people see it. `body` is the text as typed: render it as text, never as HTML. */
export type MessageView = {
  id: string;
  body: string;
  createdAt: string;
  author: { id: string; displayName: string };
  /** Written by the viewer. */
  mine: boolean;
};

/**
 * Posts a message in a request's or a mentorship's thread. Only its two people may, and only
 * while the thread is open (a request's while OPEN, a mentorship's until it ends): anyone else
 * gets NOT_FOUND, a closed thread CONFLICT. Counts against the author's message limit (429).
 * The other person is notified after the message is stored; the notification never quotes it.
 */
export async function postMessage(actor: Actor, threadRef: ThreadRef, raw: unknown): Promise<MessageView> {
  const ref = parseWith(ThreadRef, threadRef);
  const { body } = parseWith(MessageInput, raw);
  const thread = await loadThread(actor, ref);
  if (!thread.open) throw new AppError("CONFLICT", { userMessage: thread.closedReason! });
  authorize(policy.canPostInThread(actor, thread.people, thread.open));
  // After the checks, so an outsider or a closed thread costs nothing; before the write, so a
  // flood never reaches the table.
  await consumeMessage(actor.id);

  const recipientId = thread.people.find((id) => id !== actor.id)!;
  // A request's recipient asking their first question gets its own kind of notice.
  const firstQuestion =
    thread.kind === "request" &&
    thread.recipientId === actor.id &&
    (await db.message.count({ where: { requestId: thread.id, authorId: actor.id } })) === 0;

  const message = await db.message.create({
    data: { ...messageWhere(thread), authorId: actor.id, body },
    select: { id: true, body: true, createdAt: true },
  });
  // The author has read their own thread up to here (their own messages never count as unread,
  // but anything they answered did).
  await markThreadRead(actor.id, thread.id, message.id);

  const names = await displayNames([actor.id]);
  const authorName = names.get(actor.id)!;
  await notifyRecipient(thread, recipientId, authorName, firstQuestion);

  return {
    id: message.id,
    body: message.body,
    createdAt: message.createdAt.toISOString(),
    author: { id: actor.id, displayName: authorName },
    mine: true,
  };
}

async function notifyRecipient(thread: LoadedThread, recipientId: string, authorName: string, firstQuestion: boolean) {
  // The title is emailed: it names who wrote and where, never what.
  await notify({
    userId: recipientId,
    kind: firstQuestion ? "REQUEST_QUESTION" : "NEW_MESSAGE",
    title: firstQuestion
      ? `${authorName} has a question about your request`
      : thread.kind === "request"
        ? `${authorName} sent you a message about a mentorship request`
        : `${authorName} sent you a message`,
    link: thread.link,
    subjectId: thread.id,
  });
}
