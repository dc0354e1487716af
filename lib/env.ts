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
  // SMTP connection string, e.g. smtp://user:pass@smtp.example.org:587. Unset: dev outbox.
  SMTP_URL: z.string().optional(),
  EMAIL_FROM: z.string().default("Constellation <no-reply@constellation.local>"),
  // Shows the dev outbox in a production build (end-to-end tests); never set it in production.
  ENABLE_DEV_OUTBOX: z.enum(["true", "false"]).default("false"),
  // Rate limits for sign-up and sign-in, per window (see lib/auth/rate-limit.ts).
  AUTH_RATE_LIMIT_PER_IP: z.coerce.number().int().positive().default(20),
  AUTH_RATE_LIMIT_PER_EMAIL: z.coerce.number().int().positive().default(8),
  AUTH_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
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

export const outboxEnabled = !env.SMTP_URL && (env.NODE_ENV !== "production" || env.ENABLE_DEV_OUTBOX === "true");

/** Refuses to run a production server without a real secret (called at server start). */
export function assertProductionSecrets(): void {
  if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
    throw new Error(
      "AUTH_SECRET is not set. Production refuses to start without it: generate one with `openssl rand -base64 32`.",
    );
  }
}
