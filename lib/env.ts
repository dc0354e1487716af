import { z } from "zod";

// Every environment variable the app reads, validated once, with defaults that run the
// embedded (PGlite) mode. `.env.example` lists the same variables for people.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Unset or `file:<dir>`: embedded PGlite in <dir>. `postgresql://...`: a PostgreSQL server.
  DATABASE_URL: z.string().default("file:./data/pglite"),
  AUTH_SECRET: z.string().min(16).optional(),
  // Public base URL of the app, used in emailed links. next-auth reads NEXTAUTH_URL.
  AUTH_URL: z.url().optional(),
  // SMTP connection string, e.g. smtp://user:pass@smtp.example.org:587. Unset: the dev outbox in
  // development; in production mail is not sent (and the log says so).
  SMTP_URL: z.string().optional(),
  EMAIL_FROM: z.string().default("Constellation <no-reply@constellation.local>"),
  // How many reverse proxies sit in front of the app, each appending to X-Forwarded-For
  // (1 for one nginx or load balancer). 0: the header is ignored, because anyone can send it.
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  // Rate limits, per window (see lib/auth/rate-limit.ts). Failed password sign-ins are
  // counted per email-and-IP pair and per IP; emailed links and sign-ups have their own budgets.
  AUTH_RATE_LIMIT_PER_IP: z.coerce.number().int().positive().default(30),
  AUTH_RATE_LIMIT_PER_EMAIL: z.coerce.number().int().positive().default(8),
  AUTH_RATE_LIMIT_LINKS_PER_IP: z.coerce.number().int().positive().default(20),
  AUTH_RATE_LIMIT_LINKS_PER_EMAIL: z.coerce.number().int().positive().default(5),
  AUTH_RATE_LIMIT_SIGNUPS_PER_IP: z.coerce.number().int().positive().default(10),
  AUTH_RATE_LIMIT_SIGNUPS_PER_EMAIL: z.coerce.number().int().positive().default(5),
  AUTH_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  // Writes to the JSON API per signed-in person (or per IP when signed out), per minute.
  API_RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().positive().default(60),
  // Messages (request and mentorship threads) per person: a burst limit and a daily one.
  MESSAGE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
  MESSAGE_RATE_LIMIT_PER_DAY: z.coerce.number().int().positive().default(200),
  // Unanswered requests: the recipient is reminded after this many days, and the request lapses
  // (the requester is told kindly) after this many. See lib/requests/sweep-requests.ts.
  REQUEST_REMINDER_DAYS: z.coerce.number().int().positive().max(365).default(7),
  REQUEST_EXPIRY_DAYS: z.coerce.number().int().positive().max(365).default(14),
  // Score bands are calibrated on the community's own pairs; a calibration older than this many
  // minutes is refreshed in the background by the next suggestions request (lib/matches/band-calibration.ts).
  BAND_RECALIBRATE_MINUTES: z.coerce.number().int().positive().default(60),
  // Session lifetimes: signed out after this long without activity, and in any case this long
  // after signing in (shared library computers).
  AUTH_SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(120),
  AUTH_SESSION_MAX_HOURS: z.coerce.number().int().positive().default(12),
});

export type Env = z.infer<typeof EnvSchema>;

function readEnv(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment configuration: ${problems}`);
  }
  return parsed.data;
}

export const env = readEnv();

/**
 * The dev outbox (mail kept in the database and shown at /dev/outbox) exists only in development
 * and tests, and only without SMTP. No variable can turn it on in production: `process.env.NODE_ENV`
 * is written out literally because Next.js compiles it to "production" in a production build, so
 * even `NODE_ENV=development next start` keeps it off. (The end-to-end run uses real SMTP to a
 * capturing server instead; see tests/e2e/mail-capture.ts.) lib/notifications/outbox.ts also
 * serves it to loopback requests only.
 */
export const outboxEnabled = !env.SMTP_URL && (process.env.NODE_ENV === "development" || process.env.NODE_ENV === "test");

/** Refuses to run a production server without a real secret (called at server start). */
export function assertProductionSecrets(): void {
  if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
    throw new Error("AUTH_SECRET is not set. Production refuses to start without it: generate one with `openssl rand -base64 32`.");
  }
}
