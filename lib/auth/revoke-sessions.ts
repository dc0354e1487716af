import "server-only";
import { db } from "@/lib/db";

/**
 * Ends every session of the user, on every device: their tokens carry the old sessionVersion,
 * which getCurrentUser and the session endpoint then refuse. With `ifVersion`, only when the
 * user is still on that version (so replaying an already-revoked cookie at sign-out cannot sign
 * the person out of their newer sessions). Used by sign-out, password changes and, later,
 * suspension.
 */
export async function revokeSessions(userId: string, ifVersion?: number): Promise<void> {
  await db.user.updateMany({
    where: { id: userId, ...(ifVersion === undefined ? {} : { sessionVersion: ifVersion }) },
    data: { sessionVersion: { increment: 1 } },
  });
}
