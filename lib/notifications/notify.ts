import "server-only";
import type { NotificationKind } from "@/generated/prisma/enums";
import { appUrl } from "@/lib/auth/app-url";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/notifications/send-email";
import { notificationEmail } from "@/lib/notifications/templates";

export type NotifyInput = {
  /** Who is told. */
  userId: string;
  kind: NotificationKind;
  /**
   * One line naming what happened and who did it ("Dana Reyes sent you a mentorship request").
   * It is shown in the app AND emailed, so it must never quote a message, a note or anything
   * else the recipient could not see in the app.
   */
  title: string;
  /** More detail, shown in the app only (never emailed). */
  body?: string;
  /** A path on this site ("/requests/abc"); anything else is dropped. */
  link?: string;
  /** The thread (or request) it is about; message and question emails are batched per subject. */
  subjectId?: string;
};

export type NotifyResult = {
  /** The in-app notification, or null when it could not be stored (logged). */
  notificationId: string | null;
  /** Whether an email went out (or into the dev outbox) for it. */
  emailed: boolean;
};

/** Kinds whose emails are batched per subject: a busy conversation sends one email, not one per message. */
export const BATCHED_KINDS: readonly NotificationKind[] = ["NEW_MESSAGE", "REQUEST_QUESTION"];

/**
 * Batching rules for those kinds, per thread: never two emails within 30 minutes (a lively
 * conversation is one email), and while an emailed one is still unread, no more until a day
 * has passed (one gentle reminder a day at most, never a silent thread forever).
 */
export const EMAIL_BATCH_WINDOW_MS = 30 * 60 * 1000;
export const UNREAD_EMAIL_REPEAT_MS = 24 * 60 * 60 * 1000;

const TITLE_MAX = 200;
const BODY_MAX = 1000;

/** Keeps only links into this site: "/path", never "//host" or "https://elsewhere". */
export function safeInternalLink(link: string | undefined): string | null {
  if (!link) return null;
  if (!link.startsWith("/") || link.startsWith("//") || link.startsWith("/\\") || /[\u0000-\u001f\u007f]/.test(link)) return null;
  return link.length <= 500 ? link : null;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Tells a person about something: always an in-app notification, and an email unless they
 * turned that kind's email off. Call it AFTER the transaction that made the change commits, so
 * nobody is told about something that was rolled back.
 *
 * It never throws: the caller's change already happened, and a notification that could not be
 * stored or emailed must not turn that into an error for the person who acted. Failures are
 * logged instead.
 */
export async function notify(input: NotifyInput, now: Date = new Date()): Promise<NotifyResult> {
  const link = safeInternalLink(input.link);
  let notificationId: string;
  try {
    const created = await db.notification.create({
      data: {
        userId: input.userId,
        kind: input.kind,
        title: clip(input.title.trim(), TITLE_MAX),
        body: clip((input.body ?? "").trim(), BODY_MAX),
        link,
        subjectId: input.subjectId ?? null,
        createdAt: now,
      },
      select: { id: true },
    });
    notificationId = created.id;
  } catch (error) {
    console.error(`notify: could not store a ${input.kind} notification for user ${input.userId}`, error);
    return { notificationId: null, emailed: false };
  }

  try {
    const emailed = await emailIfWanted({ ...input, link }, notificationId, now);
    return { notificationId, emailed };
  } catch (error) {
    console.error(`notify: could not email a ${input.kind} notification (${notificationId})`, error);
    return { notificationId, emailed: false };
  }
}

async function emailIfWanted(
  input: Omit<NotifyInput, "link"> & { link: string | null },
  notificationId: string,
  now: Date,
): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { email: true, notificationPrefs: { where: { kind: input.kind }, select: { email: true } } },
  });
  if (!user) return false;
  // No row means the default: email on.
  if (user.notificationPrefs[0]?.email === false) return false;
  if (
    BATCHED_KINDS.includes(input.kind) &&
    input.subjectId &&
    (await recentlyEmailedAbout(input.userId, input.subjectId, notificationId, now))
  ) {
    return false;
  }

  const email = notificationEmail(input.kind, {
    title: clip(input.title.trim(), TITLE_MAX),
    url: appUrl(input.link ?? "/notifications"),
    settingsUrl: appUrl("/settings/notifications"),
  });
  await sendEmail({ to: user.email, ...email });
  await db.notification.update({ where: { id: notificationId }, data: { emailedAt: now } });
  return true;
}

/**
 * Whether this person was already emailed about this thread and has not caught up yet: an
 * earlier batched notification for the same subject was emailed within the batch window, or
 * was emailed within the last day and is still unread. Opening the thread marks its
 * notifications read (markSubjectNotificationsRead), so the next message after that emails
 * again once the window has passed. (Two messages landing in the same instant may both email;
 * that is rare and harmless.)
 */
async function recentlyEmailedAbout(userId: string, subjectId: string, exceptId: string, now: Date): Promise<boolean> {
  const earlier = await db.notification.findFirst({
    where: {
      userId,
      subjectId,
      kind: { in: [...BATCHED_KINDS] },
      id: { not: exceptId },
      emailedAt: { not: null },
      OR: [
        { emailedAt: { gt: new Date(now.getTime() - EMAIL_BATCH_WINDOW_MS) } },
        { readAt: null, emailedAt: { gt: new Date(now.getTime() - UNREAD_EMAIL_REPEAT_MS) } },
      ],
    },
    select: { id: true },
  });
  return earlier !== null;
}

/**
 * Marks a person's notifications about one subject (a thread or request) read. lib/messages
 * calls it when the person opens the thread, so reading the conversation itself also ends the
 * email batch for it (the next message emails again).
 */
export async function markSubjectNotificationsRead(userId: string, subjectId: string, now: Date = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, subjectId, readAt: null }, data: { readAt: now } });
  return count;
}
