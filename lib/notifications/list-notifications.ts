import "server-only";
import type { NotificationKind } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { NotificationsQuery } from "@/lib/notifications/schemas";
import { parseWith } from "@/lib/validation";

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** A path on this site, or null. */
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
};

export type NotificationList = {
  notifications: NotificationItem[];
  unreadCount: number;
  /** Whether older notifications exist beyond `limit`. */
  hasMore: boolean;
};

/**
 * The acting person's notifications, newest first. Only ever their own: the query is scoped to
 * the actor, so there is nobody else's to leak (policy.canSeeNotifications states the rule).
 */
export async function listNotifications(actor: Actor, raw: unknown = {}): Promise<NotificationList> {
  const { limit } = parseWith(NotificationsQuery, raw);
  const [rows, unreadCount] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
    }),
    unreadNotificationCount(actor.id),
  ]);
  return { notifications: rows.slice(0, limit), unreadCount, hasMore: rows.length > limit };
}

/** How many of a person's notifications are unread (the badge on the main navigation). */
export async function unreadNotificationCount(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}
