import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";
import { NotificationPreferencesInput, type NotificationPreferences } from "@/lib/notifications/schemas";
import { parseWith } from "@/lib/validation";

/**
 * Which kinds of notification the acting person gets by email. Every kind is on until they
 * turn it off (no stored row means on). In-app notifications cannot be turned off.
 */
export async function getNotificationPreferences(actor: Actor): Promise<NotificationPreferences> {
  const rows = await db.notificationPreference.findMany({ where: { userId: actor.id }, select: { kind: true, email: true } });
  const stored = new Map(rows.map((row) => [row.kind, row.email]));
  const email = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, stored.get(kind) ?? true])) as Record<NotificationKind, boolean>;
  return { email };
}

/** Turns email on or off for the kinds given (others keep their setting); returns the whole setting. */
export async function setNotificationPreferences(actor: Actor, raw: unknown): Promise<NotificationPreferences> {
  const input = parseWith(NotificationPreferencesInput, raw);
  const changes = NOTIFICATION_KINDS.flatMap((kind) => {
    const email = input.email[kind];
    return email === undefined ? [] : [{ kind, email }];
  });
  if (changes.length) {
    await db.$transaction(
      changes.map(({ kind, email }) =>
        db.notificationPreference.upsert({
          where: { userId_kind: { userId: actor.id, kind } },
          create: { userId: actor.id, kind, email },
          update: { email },
        }),
      ),
    );
  }
  return getNotificationPreferences(actor);
}
