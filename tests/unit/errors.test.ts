import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, ERROR_STATUS } from "@/lib/errors";
import { parseWith } from "@/lib/validation";

describe("AppError and validation", () => {
  it("maps every code to its HTTP status", () => {
    expect(new AppError("RATE_LIMITED").status).toBe(429);
    expect(new AppError("CONFLICT").status).toBe(409);
    expect(new AppError("UNAUTHENTICATED").status).toBe(401);
    expect(Object.values(ERROR_STATUS)).toContain(403);
  });

  it("turns zod issues into field errors keyed by path", () => {
    const schema = z.object({ name: z.string().min(1, "Name please"), tags: z.array(z.string().max(2, "Too long")) });
    try {
      parseWith(schema, { name: "", tags: ["ok", "toolong"] });
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).code).toBe("VALIDATION");
      expect((error as AppError).fields).toEqual({ name: ["Name please"], "tags.1": ["Too long"] });
    }
  });
});
