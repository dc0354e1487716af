import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as signUpRoute } from "@/app/api/signup/route";
import { authorizeCredentials } from "@/lib/auth/options";
import { signUp } from "@/lib/auth/sign-up";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

const STRONG = "lantern-quarto-marginalia";
const uniqueEmail = () => `person-${randomUUID()}@example.org`;
const uniqueIp = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe("sign up", () => {
  it("stores an argon2id hash, never the password, and a normalised email", async () => {
    const email = uniqueEmail();
    await signUp({ name: "Rosa Reyes", email: `  ${email.toUpperCase()} `, password: STRONG }, uniqueIp());
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(STRONG);
    expect(user.emailVerified).toBeNull();
  });

  it("rejects short and easily guessed passwords with a clear message", async () => {
    const short = await expectAppError(signUp({ name: "A", email: uniqueEmail(), password: "abc123" }, uniqueIp()), "VALIDATION");
    expect(short.fields?.password?.[0]).toMatch(/at least 10 characters/);
    const weak = await expectAppError(
      signUp({ name: "A", email: uniqueEmail(), password: "password1234" }, uniqueIp()),
      "VALIDATION",
    );
    expect(weak.fields?.password?.[0]).toMatch(/too easy to guess/);
  });

  it("reports field errors for a bad email and a missing name", async () => {
    const error = await expectAppError(signUp({ name: "", email: "not-an-email", password: STRONG }, uniqueIp()), "VALIDATION");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["email", "name"]);
  });

  it("answers the same for a taken email and leaves that account untouched", async () => {
    const email = uniqueEmail();
    const first = await signUp({ name: "First Owner", email, password: STRONG }, uniqueIp());
    const before = await db.user.findUniqueOrThrow({ where: { email } });
    const second = await signUp({ name: "Someone Else", email, password: "another-strong-passphrase-here" }, uniqueIp());
    expect(second).toEqual(first);
    const after = await db.user.findUniqueOrThrow({ where: { email } });
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.name).toBe("First Owner");
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("rate-limits attempts per email and per IP", async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    // Weak passwords: each attempt still counts, without paying for a hash.
    for (let i = 0; i < 8; i++) {
      await expectAppError(signUp({ name: "A", email, password: "short" }, uniqueIp()), "VALIDATION");
    }
    const limited = await expectAppError(signUp({ name: "A", email, password: "short" }, uniqueIp()), "RATE_LIMITED");
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);

    for (let i = 0; i < 20; i++) {
      await expectAppError(signUp({ name: "A", email: uniqueEmail(), password: "short" }, ip), "VALIDATION");
    }
    await expectAppError(signUp({ name: "A", email: uniqueEmail(), password: "short" }, ip), "RATE_LIMITED");
  });
});

describe("password sign-in", () => {
  it("signs in only a confirmed account with the right password, and says nothing more", async () => {
    const email = uniqueEmail();
    await signUp({ name: "Kim Lee", email, password: STRONG }, uniqueIp());
    expect(await authorizeCredentials({ email, password: STRONG })).toBeNull(); // not confirmed yet
    await db.user.update({ where: { email }, data: { emailVerified: new Date() } });
    expect(await authorizeCredentials({ email, password: STRONG })).toMatchObject({ email, name: "Kim Lee" });
    expect(await authorizeCredentials({ email, password: "wrong-password-entirely" })).toBeNull();
    expect(await authorizeCredentials({ email: uniqueEmail(), password: STRONG })).toBeNull();
    expect(await authorizeCredentials({ email: "not an email", password: STRONG })).toBeNull();
  });
});

describe("POST /api/signup", () => {
  const post = (body: string) =>
    signUpRoute(
      new Request("http://test/api/signup", {
        method: "POST",
        body,
        headers: { "content-type": "application/json", "x-forwarded-for": uniqueIp() },
      }),
      { params: Promise.resolve({}) },
    );

  it("answers 202 without saying whether the email was new", async () => {
    const email = uniqueEmail();
    const fresh = await post(JSON.stringify({ name: "Ana", email, password: STRONG }));
    const again = await post(JSON.stringify({ name: "Ana", email, password: STRONG }));
    expect(fresh.status).toBe(202);
    expect(again.status).toBe(202);
    expect(await again.json()).toEqual(await fresh.json());
  });

  it("answers 400 in the one error format with field errors", async () => {
    const response = await post(JSON.stringify({ email: "nope" }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("VALIDATION");
    expect(typeof body.error.message).toBe("string");
    expect(body.error.fields.email).toBeDefined();
    expect(body.error.fields.name).toBeDefined();
  });

  it("answers 400, not 500, to a body that is not JSON", async () => {
    const response = await post("{not json");
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("BAD_REQUEST");
  });
});
