import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

// Unread counts: each person keeps one ThreadRead row per thread (a request id or a mentorship
// id) saying how far they have read. A message is unread for someone when another person wrote
// it after that point. Only the thread's two people ever get a count or a marker: both queries
// join the thread's request or mentorship and check the person is in it, so a thread id from
// elsewhere answers 0 and marks nothing.

const threadOf = Prisma.sql`COALESCE(m."requestId", m."mentorshipId")`;
const isParticipant = (userId: string) => Prisma.sql`${userId}::text IN (r."requesterId", r."recipientId", s."mentorId", s."menteeId")`;
const joins = Prisma.sql`
  LEFT JOIN "MentorshipRequest" r ON r.id = m."requestId"
  LEFT JOIN "Mentorship" s ON s.id = m."mentorshipId"`;

/** Messages others wrote that `userId` has not read yet, per thread id (every id asked for is a key). */
export async function unreadCounts(userId: string, threadIds: readonly string[]): Promise<Record<string, number>> {
  const ids = [...new Set(threadIds)];
  const counts: Record<string, number> = Object.create(null);
  for (const id of ids) counts[id] = 0;
  if (!ids.length) return { ...counts };
  const rows = await db.$queryRaw<{ threadId: string; unread: number }[]>`
    SELECT ${threadOf} AS "threadId", COUNT(*)::int AS unread
    FROM "Message" m ${joins}
    LEFT JOIN "ThreadRead" t ON t."userId" = ${userId}::text AND t."threadId" = ${threadOf}
    WHERE (m."requestId" IN (${Prisma.join(ids)}) OR m."mentorshipId" IN (${Prisma.join(ids)}))
      AND m."authorId" <> ${userId}::text
      AND ${isParticipant(userId)}
      AND (t."lastReadAt" IS NULL OR m."createdAt" > t."lastReadAt")
    GROUP BY 1`;
  for (const row of rows) counts[row.threadId] = row.unread;
  // A plain object for callers (JSON, spreading); built on a null prototype so an id such as
  // "__proto__" could never have reached Object.prototype on the way.
  return { ...counts };
}

/**
 * Marks a thread read for `userId` up to its newest message, or up to `upToMessageId` (the
 * newest one a page showed, so a message that arrived meanwhile stays unread). Never moves the
 * marker back. Does nothing for someone outside the thread or a thread without messages.
 */
export async function markThreadRead(userId: string, threadId: string, upToMessageId?: string): Promise<void> {
  const upTo = upToMessageId
    ? Prisma.sql`AND m."createdAt" <= (SELECT "createdAt" FROM "Message" WHERE id = ${upToMessageId})`
    : Prisma.empty;
  await db.$executeRaw`
    INSERT INTO "ThreadRead" ("userId", "threadId", "lastReadAt")
    SELECT ${userId}::text, ${threadId}::text, MAX(m."createdAt")
    FROM "Message" m ${joins}
    WHERE (m."requestId" = ${threadId}::text OR m."mentorshipId" = ${threadId}::text) AND ${isParticipant(userId)} ${upTo}
    HAVING MAX(m."createdAt") IS NOT NULL
    ON CONFLICT ("userId", "threadId") DO UPDATE SET "lastReadAt" = GREATEST("ThreadRead"."lastReadAt", EXCLUDED."lastReadAt")`;
}
