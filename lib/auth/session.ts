import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decodeSessionToken, SESSION_COOKIE } from "@/lib/auth/options";
import type { Actor } from "@/lib/auth/policy";
import { nowInSeconds, sessionProblem } from "@/lib/auth/session-rules";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type CurrentUser = Actor & {
  email: string;
  name: string | null;
  /** When this session began; a few actions (setting a first password) want a recent sign-in. */
  signedInAt?: Date;
};

/**
 * The session cookie's value. next-auth splits a token over `name.0`, `name.1`, ... when it
 * outgrows one cookie; ours never does, but reading both forms costs nothing.
 */
function sessionCookieValue(all: Array<{ name: string; value: string }>): string | null {
  const whole = all.find((c) => c.name === SESSION_COOKIE);
  if (whole) return whole.value;
  const chunks = all
    .filter((c) => c.name.startsWith(`${SESSION_COOKIE}.`))
    .sort((a, b) => Number(a.name.split(".").pop()) - Number(b.name.split(".").pop()));
  return chunks.length ? chunks.map((c) => c.value).join("") : null;
}

/**
 * The person a session token signs in, or null. The token must decode with our secret and be
 * within its idle lifetime (its expiry), carry the user's current sessionVersion (sign-out,
 * password change and suspension bump it) and be younger than the absolute lifetime.
 */
export async function userFromSessionToken(token: string, now: number = nowInSeconds()): Promise<CurrentUser | null> {
  const claims = await decodeSessionToken(token);
  if (!claims?.sub) return null;
  const user = await db.user.findUnique({
    where: { id: claims.sub },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
  if (!user || sessionProblem(claims, user, now)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    signedInAt: new Date((claims.authTime as number) * 1000),
  };
}

/**
 * The signed-in user, read fresh from the database once per request (roles may change, sessions
 * may be revoked). The one gate for pages, server actions and route handlers.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = sessionCookieValue((await cookies()).getAll());
  return token ? userFromSessionToken(token) : null;
});

/** For pages and server actions: the user, or a redirect to sign-in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** For route handlers: the user, or a 401 in the JSON error format. */
export async function requireApiUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return user;
}
