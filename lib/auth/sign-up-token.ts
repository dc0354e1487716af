import { createHash, randomBytes } from "node:crypto";

// The secret in a sign-up's confirmation link. Only its sha256 is stored (PendingSignup.tokenHash),
// so a database leak does not hand out working links.

/** How long a sign-up's confirmation link works. */
export const SIGN_UP_LINK_HOURS = 24;

export function newSignUpToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSignUpToken(token) };
}

export function hashSignUpToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The name password attempts on one confirmation link are counted under (see rate-limit.ts). */
export function signUpTokenSubject(token: string): string {
  return `sign-up-token:${hashSignUpToken(token)}`;
}
