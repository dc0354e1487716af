import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// In-process limits: enough for one server. Several instances behind a load balancer would
// switch these to rate-limiter-flexible's PostgreSQL store (same API).
type Limiters = { ip: RateLimiterMemory; email: RateLimiterMemory };
const globalForLimits = globalThis as unknown as { __constellationAuthLimits?: Limiters };

function limiters(): Limiters {
  globalForLimits.__constellationAuthLimits ??= {
    ip: new RateLimiterMemory({
      keyPrefix: "auth-ip",
      points: env.AUTH_RATE_LIMIT_PER_IP,
      duration: env.AUTH_RATE_LIMIT_WINDOW_SECONDS,
    }),
    email: new RateLimiterMemory({
      keyPrefix: "auth-email",
      points: env.AUTH_RATE_LIMIT_PER_EMAIL,
      duration: env.AUTH_RATE_LIMIT_WINDOW_SECONDS,
    }),
  };
  return globalForLimits.__constellationAuthLimits;
}

/** Counts one sign-up or sign-in attempt; throws RATE_LIMITED when the IP or the email is over. */
export async function consumeAuthAttempt(ip: string, email?: string): Promise<void> {
  const { ip: byIp, email: byEmail } = limiters();
  try {
    await byIp.consume(ip || "unknown");
    if (email) await byEmail.consume(email.trim().toLowerCase());
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw new AppError("RATE_LIMITED", { retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) });
    }
    throw rejection;
  }
}

/** The client's IP as the proxy in front of us reports it (first X-Forwarded-For hop). */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0]!.trim();
  return headers.get("x-real-ip") ?? "local";
}
