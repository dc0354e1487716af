import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sendEmail } from "@/lib/notifications/send-email";
import { existingAccountEmail, signUpConfirmEmail } from "@/lib/notifications/templates";
import { parseWith } from "@/lib/validation";
import { appUrl } from "@/lib/auth/app-url";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { consumeSignUp } from "@/lib/auth/rate-limit";
import { SignUpInput } from "@/lib/auth/schemas";
import { newSignUpToken, SIGN_UP_LINK_HOURS } from "@/lib/auth/sign-up-token";

/**
 * Starts a password sign-up. Nothing about any account changes here: the name and password
 * wait in PendingSignup until someone opens the link emailed for this very sign-up and enters
 * that password (confirm-sign-up.ts). A later sign-up for the same address replaces the
 * waiting one, and its link, so a password typed by someone who does not own the address can
 * never reach the account. For an address that already has a confirmed account the owner gets
 * a "you already have an account" email instead. The answer is the same either way.
 */
export async function signUp(raw: unknown, ip: string): Promise<{ email: string }> {
  const input = parseWith(SignUpInput, raw);
  await consumeSignUp(input.email, ip);
  const problem = passwordProblem(input.password, [input.name, input.email.split("@")[0]!, "constellation"]);
  if (problem) throw new AppError("VALIDATION", { fields: { password: [problem] } });

  // Hash before looking the email up so both paths take about the same time.
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { emailVerified: true } });
  if (existing?.emailVerified) {
    await sendEmail({ to: input.email, ...existingAccountEmail(appUrl("/sign-in")) });
    return { email: input.email };
  }

  const { token, tokenHash } = newSignUpToken();
  const pending = {
    name: input.name,
    passwordHash,
    tokenHash,
    expires: new Date(Date.now() + SIGN_UP_LINK_HOURS * 60 * 60 * 1000),
    createdAt: new Date(),
  };
  await db.pendingSignup.upsert({
    where: { email: input.email },
    create: { email: input.email, ...pending },
    update: pending,
  });
  await sendEmail({
    to: input.email,
    ...signUpConfirmEmail(appUrl(`/confirm?token=${encodeURIComponent(token)}`), SIGN_UP_LINK_HOURS),
  });
  return { email: input.email };
}
