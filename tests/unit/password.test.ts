import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "@/lib/auth/password";

describe("passwordProblem", () => {
  it("asks for at least 10 characters", () => {
    expect(passwordProblem("Tr0ub4d!")).toMatch(/at least 10 characters/);
  });
  it("refuses common and personal passwords", () => {
    expect(passwordProblem("password123")).toMatch(/too easy to guess/);
    expect(passwordProblem("qwertyuiop12")).toMatch(/too easy to guess/);
    expect(passwordProblem("constellation1", ["constellation"])).toMatch(/personal/);
  });
  it("accepts a passphrase", () => {
    expect(passwordProblem("lantern-quarto-marginalia")).toBeNull();
  });
});

describe("argon2id hashing", () => {
  it("verifies the right password only", async () => {
    const hash = await hashPassword("lantern-quarto-marginalia");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "lantern-quarto-marginalia")).toBe(true);
    expect(await verifyPassword(hash, "lantern-quarto-marginalib")).toBe(false);
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
});
