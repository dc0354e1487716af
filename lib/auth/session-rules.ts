import { env } from "@/lib/env";

// The rules a session token must meet on every request, kept pure so they are tested alone.
// A token carries `sv` (the user's sessionVersion when they signed in) and `authTime` (when they
// signed in, in seconds). Bumping User.sessionVersion ends every session of that user at once:
// sign-out, a password change, a suspension. The idle limit is the token's own expiry (JWT
// maxAge, renewed while the person is active); the absolute limit is checked here.

/** Signed out after this long without activity (the JWT's maxAge). */
export const SESSION_IDLE_SECONDS = env.AUTH_SESSION_IDLE_MINUTES * 60;
/** Signed out this long after signing in, however active. */
export const SESSION_MAX_SECONDS = env.AUTH_SESSION_MAX_HOURS * 60 * 60;

export type SessionClaims = { sub?: unknown; sv?: unknown; authTime?: unknown };
export type SessionEnd = "malformed" | "no-user" | "revoked" | "too-old";

export const nowInSeconds = (at: number = Date.now()) => Math.floor(at / 1000);

/** Why this token no longer signs anyone in, or null when it still does. */
export function sessionProblem(
  claims: SessionClaims,
  user: { sessionVersion: number } | null,
  now: number = nowInSeconds(),
  maxSeconds: number = SESSION_MAX_SECONDS,
): SessionEnd | null {
  // Tokens from before session versions existed have neither claim: they end here too.
  if (typeof claims.sub !== "string" || typeof claims.sv !== "number" || typeof claims.authTime !== "number") {
    return "malformed";
  }
  if (!user) return "no-user";
  if (claims.sv !== user.sessionVersion) return "revoked";
  // A sign-in time in the future (beyond clock skew) is as suspect as a too-old one.
  if (now - claims.authTime > maxSeconds || claims.authTime > now + 60) return "too-old";
  return null;
}
