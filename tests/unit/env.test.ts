import { afterEach, describe, expect, it, vi } from "vitest";

// lib/env reads process.env once at import, so each case imports a fresh copy.
async function freshEnv(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  return import("@/lib/env");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("environment", () => {
  it("refuses to start a production server without AUTH_SECRET", async () => {
    const { assertProductionSecrets } = await freshEnv({ NODE_ENV: "production", AUTH_SECRET: undefined });
    expect(() => assertProductionSecrets()).toThrow(/AUTH_SECRET is not set/);
  });

  it("starts in production with a secret, and in development without one", async () => {
    const prod = await freshEnv({ NODE_ENV: "production", AUTH_SECRET: "a-long-enough-secret-value" });
    expect(() => prod.assertProductionSecrets()).not.toThrow();
    const dev = await freshEnv({ NODE_ENV: "development", AUTH_SECRET: undefined });
    expect(() => dev.assertProductionSecrets()).not.toThrow();
  });

  it("defaults to the embedded database, with the dev outbox in development when there is no SMTP", async () => {
    const dev = await freshEnv({ NODE_ENV: "development", DATABASE_URL: undefined, SMTP_URL: undefined });
    expect(dev.env.DATABASE_URL).toBe("file:./data/pglite");
    expect(dev.outboxEnabled).toBe(true);
    const smtp = await freshEnv({ NODE_ENV: "development", SMTP_URL: "smtp://mail.example.org:587" });
    expect(smtp.outboxEnabled).toBe(false);
  });

  it("never turns the dev outbox on in production, whatever else the environment says", async () => {
    // ENABLE_DEV_OUTBOX used to do exactly that; it is gone and must stay without effect.
    for (const vars of [
      { SMTP_URL: undefined },
      { SMTP_URL: "" },
      { SMTP_URL: undefined, ENABLE_DEV_OUTBOX: "true" },
      { SMTP_URL: "", ENABLE_DEV_OUTBOX: "true", AUTH_SECRET: "a-long-enough-secret-value" },
    ]) {
      const prod = await freshEnv({ NODE_ENV: "production", ...vars });
      expect(prod.outboxEnabled, JSON.stringify(vars)).toBe(false);
    }
  });

  it("has no ENABLE_DEV_OUTBOX setting any more", async () => {
    const { env } = await freshEnv({ NODE_ENV: "production", ENABLE_DEV_OUTBOX: "true" });
    expect(env).not.toHaveProperty("ENABLE_DEV_OUTBOX");
  });

  it("explains a malformed variable instead of starting half-configured", async () => {
    await expect(freshEnv({ AUTH_RATE_LIMIT_PER_IP: "lots" })).rejects.toThrow(/AUTH_RATE_LIMIT_PER_IP/);
  });
});
