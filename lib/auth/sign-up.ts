import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { consumeSignUp } from "@/lib/auth/rate-limit";
import { SignUpInput } from "@/lib/auth/schemas";

/**
 * Creates a password account that can sign in once its email is confirmed by the emailed link.
 * The answer is the same whether or not the email already has an account: the owner of an
 * existing account simply gets a sign-in link, and nothing about the account changes.
 */
export async function signUp(raw: unknown, ip: string): Promise<{ email: string }> {
  const input = parseWith(SignUpInput, raw);
  await consumeSignUp(input.email, ip);
  const problem = passwordProblem(input.password, [input.name, input.email.split("@")[0]!, "constellation"]);
  if (problem) throw new AppError("VALIDATION", { fields: { password: [problem] } });

  // Hash before looking the email up so both paths take the same time.
  const passwordHash = await hashPassword(input.password);
  await db.user.createMany({
    data: [{ email: input.email, name: input.name, passwordHash }],
    skipDuplicates: true,
  });
  return { email: input.email };
}
