import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "@/lib/matching";
import { noticeExpired, noticeReminder } from "@/lib/requests/request-notices";
import { roleIn } from "@/lib/requests/request-view";

// Unanswered requests. After REQUEST_REMINDER_DAYS the recipient is reminded (once); at
// expiresAt (REQUEST_EXPIRY_DAYS after sending) the request lapses, the requester is told
// kindly and offered suggestions, and the recipient's private Profile.requestsExpired count
// goes up (the "responsiveness" signal matching uses; never shown to anyone).
//
// Each step is one conditional UPDATE ... RETURNING, so two sweeps running at once (two app
// instances, two page loads) each claim different rows and nobody is told twice. There is no
// job queue yet (issue 10 adds one): list and detail pages call maybeSweepRequests(), which
// runs at most once a minute per process.

const DAY_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 1000;

export type SweepResult = { reminded: number; expired: number };

type Claimed = {
  id: string;
  kind: "MENTORSHIP" | "PEER";
  requesterId: string;
  recipientId: string;
  mentorId: string | null;
  expiresAt: Date;
};

async function names(ids: string[]): Promise<Map<string, string>> {
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, profile: { select: { displayName: true } } },
  });
  return new Map(users.map((u) => [u.id, u.profile?.displayName || u.name || "A member"]));
}

/** Sends due reminders and expires lapsed requests as of `now` (tests pass a date in the future). */
export async function sweepRequests(now: Date = new Date()): Promise<SweepResult> {
  const remindBefore = new Date(now.getTime() - env.REQUEST_REMINDER_DAYS * DAY_MS);
  const reminded = await db.$queryRaw<Claimed[]>`
    UPDATE "MentorshipRequest"
    SET "remindedAt" = ${now}, "updatedAt" = ${now}
    WHERE status = 'OPEN' AND "remindedAt" IS NULL AND "createdAt" <= ${remindBefore} AND "expiresAt" > ${now}
    RETURNING id, kind::text AS kind, "requesterId", "recipientId", "mentorId", "expiresAt"`;

  // Expiry and the reliability count change together: a lapsed request always counts once.
  const expired = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Claimed[]>`
      UPDATE "MentorshipRequest"
      SET status = 'EXPIRED', "closedAt" = ${now}, "updatedAt" = ${now}
      WHERE status = 'OPEN' AND "expiresAt" <= ${now}
      RETURNING id, kind::text AS kind, "requesterId", "recipientId", "mentorId", "expiresAt"`;
    const perRecipient = new Map<string, number>();
    for (const row of rows) perRecipient.set(row.recipientId, (perRecipient.get(row.recipientId) ?? 0) + 1);
    for (const [userId, count] of perRecipient) {
      await tx.profile.updateMany({ where: { userId }, data: { requestsExpired: { increment: count } } });
    }
    return rows;
  });

  if (reminded.length || expired.length) {
    const named = await names([...reminded.map((r) => r.requesterId), ...expired.map((r) => r.recipientId)]);
    for (const row of reminded) await noticeReminder(row, named.get(row.requesterId) ?? "A member");
    for (const row of expired) {
      const requesterRole: Role = roleIn(row, row.requesterId);
      await noticeExpired(row, named.get(row.recipientId) ?? "A member", requesterRole);
    }
  }
  return { reminded: reminded.length, expired: expired.length };
}

const state = globalThis as unknown as { __requestSweepAt?: number; __requestSweep?: Promise<unknown> };

/**
 * A sweep at most once a minute per process, for pages and routes that show requests. Its
 * failures are logged, never shown to the person who happened to load the page.
 */
export async function maybeSweepRequests(now: Date = new Date()): Promise<void> {
  if (state.__requestSweep) return void (await state.__requestSweep);
  if (state.__requestSweepAt !== undefined && now.getTime() - state.__requestSweepAt < SWEEP_EVERY_MS) return;
  state.__requestSweepAt = now.getTime();
  state.__requestSweep = sweepRequests(now)
    .catch((error) => console.error("Sweeping requests failed", error))
    .finally(() => {
      state.__requestSweep = undefined;
    });
  await state.__requestSweep;
}
