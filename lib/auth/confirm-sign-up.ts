import "server-only";
import { db } from "@/lib/db";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { ConfirmSignUpInput } from "@/lib/auth/schemas";
import { hashSignUpToken } from "@/lib/auth/sign-up-token";

export type ConfirmSignUpResult =
  | { status: "confirmed"; user: { id: string; email: string; name: string | null } }
  | { status: "invalid-link" }
  | { status: "wrong-password" };

/** The address a still-valid confirmation link is for (the confirm page shows it), or null. */
export async function pendingSignUpFor(token: unknown): Promise<{ email: string } | null> {
  const parsed = ConfirmSignUpInput.shape.token.safeParse(token);
  if (!parsed.success) return null;
  const pending = await db.pendingSignup.findUnique({
    where: { tokenHash: hashSignUpToken(parsed.data) },
    select: { email: true, expires: true },
  });
  return pending && pending.expires > new Date() ? { email: pending.email } : null;
}

/**
 * Finishes a sign-up: the link's token proves control of the address, and the password proves
 * the person opening it is the one who signed up (so someone who receives a confirmation they
 * never asked for cannot adopt a stranger's password by clicking). Consumes the waiting sign-up
 * and creates the account, confirmed, with that password. The link then never works again.
 */
export async function confirmSignUp(raw: unknown): Promise<ConfirmSignUpResult> {
  const parsed = ConfirmSignUpInput.safeParse(raw);
  if (!parsed.success) return { status: "invalid-link" };
  const { token, password } = parsed.data;
  const tokenHash = hashSignUpToken(token);
  const now = new Date();

  const pending = await db.pendingSignup.findUnique({ where: { tokenHash } });
  if (!pending || pending.expires <= now) {
    await burnPasswordCheck(password);
    return { status: "invalid-link" };
  }
  if (!(await verifyPassword(pending.passwordHash, password))) return { status: "wrong-password" };

  return db.$transaction(async (tx) => {
    // Deleting the row is the lock: of two confirmations racing, only one gets count 1.
    const consumed = await tx.pendingSignup.deleteMany({ where: { tokenHash, expires: { gt: now } } });
    if (consumed.count !== 1) return { status: "invalid-link" as const };

    const existing = await tx.user.findUnique({ where: { email: pending.email } });
    const select = { id: true, email: true, name: true } as const;
    let user;
    if (existing?.emailVerified) {
      // Confirmed meanwhile (an emailed sign-in link): sign-up never changes a confirmed account.
      user = { id: existing.id, email: existing.email, name: existing.name };
    } else if (existing) {
      // An unconfirmed row from before pending sign-ups existed (it holds no password).
      user = await tx.user.update({
        where: { id: existing.id },
        data: {
          emailVerified: now,
          passwordHash: pending.passwordHash,
          name: existing.name ?? pending.name,
          sessionVersion: { increment: 1 },
        },
        select,
      });
    } else {
      user = await tx.user.create({
        data: { email: pending.email, name: pending.name, passwordHash: pending.passwordHash, emailVerified: now },
        select,
      });
    }
    return { status: "confirmed" as const, user };
  });
}
