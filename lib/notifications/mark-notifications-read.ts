import "server-only";
import { authorize, policy, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { unreadNotificationCount } from "@/lib/notifications/list-notifications";
import { MarkNotificationsReadInput } from "@/lib/notifications/schemas";
import { parseWith } from "@/lib/validation";

/**
 * Marks some of the acting person's notifications read (`{ ids }`), or all of them
 * (`{ all: true }`). An id that is someone else's or does not exist answers NOT_FOUND, the
 * same for both, and then nothing is marked at all. Marking one already read is harmless.
 * Returns how many changed and the unread count after.
 */
export async function markNotificationsRead(
  actor: Actor,
  raw: unknown,
  now: Date = new Date(),
): Promise<{ marked: number; unreadCount: number }> {
  const input = parseWith(MarkNotificationsReadInput, raw);
  let marked: number;
  if (input.all) {
    ({ count: marked } = await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } }));
  } else {
    const ids = [...new Set(input.ids)];
    const rows = await db.notification.findMany({ where: { id: { in: ids } }, select: { id: true, userId: true } });
    authorize(rows.length === ids.length && rows.every((row) => policy.canSeeNotifications(actor, row.userId)));
    // Scoped to the actor again, so a row could never change hands between the check and the write.
    ({ count: marked } = await db.notification.updateMany({
      where: { id: { in: ids }, userId: actor.id, readAt: null },
      data: { readAt: now },
    }));
  }
  return { marked, unreadCount: await unreadNotificationCount(actor.id) };
}
