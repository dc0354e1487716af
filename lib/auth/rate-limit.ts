import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// Routes import the client address from here, next to the limits it keys.
export { clientIp, UNKNOWN_CLIENT } from "@/lib/auth/client-ip";

// Every limit lives in the database (rate-limiter-flexible's Prisma store, table
// RateLimiterFlexible), so all app instances on one database share the same counts. The store
// increments in SQL, so concurrent requests are all counted. Keys are hashed: the table holds
// no email addresses or IPs.
//
// The limits (defaults; each has an env override, see lib/env.ts):
//   password sign-in: 8 failures per email-and-IP pair and 30 failures per IP per 15 min; a
//     success clears its pair, so an attacker elsewhere never locks the owner out
//   emailed sign-in links: 5 per email and 20 per IP per 15 min (a locked pair can still get one)
//   sign-ups: 5 per email and 10 per IP per 15 min
//   API writes: 60 per minute per signed-in person (or per IP when signed out)
//   password change: 8 wrong current passwords per person per 15 min
//   messages: 20 per minute and 200 per day per person (request and mentorship threads alike)

const limiter = (keyPrefix: string, points: number, duration: number, clearExpired = false) =>
  new RateLimiterPrisma({
    storeClient: db,
    // The Prisma delegate's name (db.rateLimiterFlexible), not the SQL table's.
    tableName: "rateLimiterFlexible",
    keyPrefix,
    points,
    duration,
    // One limiter sweeping expired rows (all prefixes share the table) is enough.
    clearExpiredByTimeout: clearExpired,
  });

export type Limiters = ReturnType<typeof createLimiters>;

/** A fresh set of limiter objects over the one database (tests make two to show they share state). */
export function createLimiters() {
  const window = env.AUTH_RATE_LIMIT_WINDOW_SECONDS;
  return {
    passwordPair: limiter("pw-pair", env.AUTH_RATE_LIMIT_PER_EMAIL, window, true),
    passwordIp: limiter("pw-ip", env.AUTH_RATE_LIMIT_PER_IP, window),
    linkEmail: limiter("link-email", env.AUTH_RATE_LIMIT_LINKS_PER_EMAIL, window),
    linkIp: limiter("link-ip", env.AUTH_RATE_LIMIT_LINKS_PER_IP, window),
    signUpEmail: limiter("signup-email", env.AUTH_RATE_LIMIT_SIGNUPS_PER_EMAIL, window),
    signUpIp: limiter("signup-ip", env.AUTH_RATE_LIMIT_SIGNUPS_PER_IP, window),
    passwordChange: limiter("pw-change", env.AUTH_RATE_LIMIT_PER_EMAIL, window),
    apiWrite: limiter("api-write", env.API_RATE_LIMIT_WRITES_PER_MINUTE, 60),
    messageMinute: limiter("message-minute", env.MESSAGE_RATE_LIMIT_PER_MINUTE, 60),
    messageDay: limiter("message-day", env.MESSAGE_RATE_LIMIT_PER_DAY, 24 * 60 * 60),
  };
}

// Module scope, not globalThis: the limiters hold no state of their own (it is all in the
// database), so a dev-server reload may simply make new ones over the current client.
let shared: Limiters | undefined;
export function limiters(): Limiters {
  shared ??= createLimiters();
  return shared;
}

const hashed = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 32);
const normaliseEmail = (email: string) => email.trim().toLowerCase();

function rateLimited(rejections: unknown[]): AppError {
  const waits = rejections.filter((r): r is RateLimiterRes => r instanceof RateLimiterRes).map((r) => r.msBeforeNext);
  return new AppError("RATE_LIMITED", { retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...waits, 1000) / 1000)) });
}

/**
 * Spends one point from each limiter; throws RATE_LIMITED (with Retry-After) when any is over.
 * All are spent even when one refuses, so a client that keeps trying while blocked keeps
 * counting against every budget it touches.
 */
async function consumeAll(entries: Array<[RateLimiterPrisma, string]>): Promise<void> {
  const results = await Promise.allSettled(entries.map(([l, key]) => l.consume(key)));
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
  if (!rejected.length) return;
  const other = rejected.find((r) => !(r instanceof RateLimiterRes));
  if (other) throw other; // the database failed: an error, not a limit
  throw rateLimited(rejected);
}

/**
 * Counts one password check for `subject` (an email, or another name for the secret being
 * guessed) from `ip`. Call it before checking; call passwordAttemptSucceeded after a success,
 * so only failures stay counted.
 */
export async function consumePasswordAttempt(subject: string, ip: string, l: Limiters = limiters()): Promise<void> {
  await consumeAll([
    [l.passwordPair, hashed(normaliseEmail(subject), ip)],
    [l.passwordIp, hashed(ip)],
  ]);
}

/** A correct password clears its pair's failures and gives back the IP's point. */
export async function passwordAttemptSucceeded(subject: string, ip: string, l: Limiters = limiters()): Promise<void> {
  await Promise.all([l.passwordPair.delete(hashed(normaliseEmail(subject), ip)), l.passwordIp.reward(hashed(ip), 1)]);
}

/** Seconds until this pair or IP may try a password again; null when it may now. Spends nothing. */
export async function passwordRetryAfter(subject: string, ip: string, l: Limiters = limiters()): Promise<number | null> {
  const checks = [
    { limiter: l.passwordPair, key: hashed(normaliseEmail(subject), ip) },
    { limiter: l.passwordIp, key: hashed(ip) },
  ];
  const states = await Promise.all(checks.map(({ limiter, key }) => limiter.get(key)));
  const blocked = states.filter((res, i): res is RateLimiterRes => !!res && res.consumedPoints >= checks[i]!.limiter.points);
  return blocked.length ? rateLimited(blocked).retryAfterSeconds! : null;
}

/** One emailed sign-in link requested for `email` from `ip`. */
export async function consumeLinkRequest(email: string, ip: string, l: Limiters = limiters()): Promise<void> {
  await consumeAll([
    [l.linkEmail, hashed(normaliseEmail(email))],
    [l.linkIp, hashed(ip)],
  ]);
}

/** One sign-up for `email` from `ip` (each one sends an email). */
export async function consumeSignUp(email: string, ip: string, l: Limiters = limiters()): Promise<void> {
  await consumeAll([
    [l.signUpEmail, hashed(normaliseEmail(email))],
    [l.signUpIp, hashed(ip)],
  ]);
}

/** One wrong current password on a password change; call before checking, reset after success. */
export async function consumePasswordChange(userId: string, l: Limiters = limiters()): Promise<void> {
  await consumeAll([[l.passwordChange, hashed(userId)]]);
}

export async function passwordChangeSucceeded(userId: string, l: Limiters = limiters()): Promise<void> {
  await l.passwordChange.delete(hashed(userId));
}

/**
 * One write to the JSON API. `key` is `user:<id>` for a signed-in person, else `ip:<address>`.
 * Throws RATE_LIMITED with retryAfterSeconds (a 429 with Retry-After) when over.
 */
export async function consumeApiWrite(key: string): Promise<void> {
  await consumeAll([[limiters().apiWrite, hashed(key)]]);
}

/**
 * One message posted by `userId`, in any thread. Throws RATE_LIMITED (429 with Retry-After)
 * past 20 a minute or 200 a day: enough for any conversation, not for flooding someone.
 */
export async function consumeMessage(userId: string, l: Limiters = limiters()): Promise<void> {
  await consumeAll([
    [l.messageMinute, hashed(userId)],
    [l.messageDay, hashed(userId)],
  ]);
}
