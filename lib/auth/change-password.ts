import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { hashPassword, passwordProblem, verifyPassword } from "@/lib/auth/password";
import { consumePasswordChange, passwordChangeSucceeded } from "@/lib/auth/rate-limit";
import { ChangePasswordInput } from "@/lib/auth/schemas";
import type { CurrentUser } from "@/lib/auth/session";

/** An account with no password may set its first one only this soon after signing in. */
export const FIRST_PASSWORD_WINDOW_MINUTES = 15;

/**
 * Changes the signed-in person's password, or sets a first one on an account that has only
 * ever signed in by emailed link. Every session of theirs ends, this one included: someone who
 * had their password, or a copy of a session cookie, is out, and the person signs in again
 * with the new password.
 *
 * The current password is required when there is one (wrong ones count against a limit). Without
 * one, the sign-in must be recent, so a session left open on a shared computer cannot be used to
 * give an account a password its owner does not know.
 */
export async function changePassword(actor: CurrentUser, raw: unknown): Promise<{ sessionsEnded: true }> {
  const input = parseWith(ChangePasswordInput, raw);
  const user = await db.user.findUnique({ where: { id: actor.id } });
  if (!user) throw new AppError("UNAUTHENTICATED");

  if (user.passwordHash) {
    if (!input.currentPassword) {
      throw new AppError("VALIDATION", { fields: { currentPassword: ["Enter your current password."] } });
    }
    await consumePasswordChange(user.id);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError("VALIDATION", { fields: { currentPassword: ["That is not your current password."] } });
    }
    await passwordChangeSucceeded(user.id);
  } else {
    const age = actor.signedInAt ? Date.now() - actor.signedInAt.getTime() : Infinity;
    if (age > FIRST_PASSWORD_WINDOW_MINUTES * 60 * 1000) {
      throw new AppError("FORBIDDEN", {
        userMessage: `To set a password, sign in again with an emailed link, then set it within ${FIRST_PASSWORD_WINDOW_MINUTES} minutes.`,
      });
    }
  }

  const problem = passwordProblem(input.newPassword, [user.name ?? "", user.email.split("@")[0]!, "constellation"]);
  if (problem) throw new AppError("VALIDATION", { fields: { newPassword: [problem] } });

  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } }),
    // A sign-up still waiting for this address must not be able to replace the new password.
    db.pendingSignup.deleteMany({ where: { email: user.email } }),
  ]);
  return { sessionsEnded: true };
}
