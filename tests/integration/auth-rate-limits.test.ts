import { describe, expect, it } from "vitest";
import { consumeApiWrite, createLimiters } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

describe("API write limit", () => {
  it("allows 60 writes a minute per key, then answers RATE_LIMITED with a wait", async () => {
    for (let i = 0; i < 60; i++) await consumeApiWrite("user:a");
    const error = await consumeApiWrite("user:a").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("RATE_LIMITED");
    expect((error as AppError).retryAfterSeconds).toBeGreaterThan(0);
    expect((error as AppError).retryAfterSeconds).toBeLessThanOrEqual(60);
    await consumeApiWrite("user:b");
    expect(await db.rateLimiterFlexible.count()).toBe(2);
    void createLimiters;
  });
});
