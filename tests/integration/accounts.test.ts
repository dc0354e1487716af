import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as signUpRoute } from "@/app/api/signup/route";
import { confirmSignUp } from "@/lib/auth/confirm-sign-up";
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
  it("keeps a waiting sign-up with an argon2id hash, never the password, under the normalised email", async () => {
    const email = uniqueEmail();
    await signUp({ name: "Rosa Reyes", email: `  ${email.toUpperCase()} `, password: STRONG }, uniqueIp());
    const pending = await db.pendingSignup.findUniqueOrThrow({ where: { email } });
    expect(pending.passwordHash).toMatch(/^\$argon2id\$/);
    expect(pending.passwordHash).not.toContain(STRONG);
    expect(pending.name).toBe("Rosa Reyes");
    // No account exists until the emailed link is confirmed (tests/integration/auth-sign-up.test.ts).
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("rejects short and easily guessed passwords with a clear message", async () => {
    const short = await expectAppError(signUp({ name: "A", email: uniqueEmail(), password: "abc123" }, uniqueIp()), "VALIDATION");
    expect(short.fields?.password?.[0]).toMatch(/at least 10 characters/);
    const weak = await expectAppError(signUp({ name: "A", email: uniqueEmail(), password: "password1234" }, uniqueIp()), "VALIDATION");
    expect(weak.fields?.password?.[0]).toMatch(/too easy to guess/);
  });

  it("reports field errors for a bad email and a missing name", async () => {
    const error = await expectAppError(signUp({ name: "", email: "not-an-email", password: STRONG }, uniqueIp()), "VALIDATION");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["email", "name"]);
  });

  it("a second sign-up for an unconfirmed email replaces the first, link and all", async () => {
    const email = uniqueEmail();
    await signUp({ name: "First", email, password: STRONG }, uniqueIp());
    const first = await db.pendingSignup.findUniqueOrThrow({ where: { email } });
    await signUp({ name: "Second", email, password: "another-strong-passphrase-here" }, uniqueIp());
    const second = await db.pendingSignup.findUniqueOrThrow({ where: { email } });
    expect(second.name).toBe("Second");
    expect(second.tokenHash).not.toBe(first.tokenHash);
    expect(second.passwordHash).not.toBe(first.passwordHash);
    expect(await db.pendingSignup.count({ where: { email } })).toBe(1);
  });
});

describe("password sign-in", () => {
  it("signs in only a confirmed account with the right password, and says nothing more", async () => {
    const email = uniqueEmail();
    await signUp({ name: "Kim Lee", email, password: STRONG }, uniqueIp());
    expect(await authorizeCredentials({ email, password: STRONG })).toBeNull(); // not confirmed yet
    const outbox = await db.outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
    const token = new URL(outbox.text.match(/https?:\/\/\S+/)![0]).searchParams.get("token");
    expect(await confirmSignUp({ token, password: STRONG })).toMatchObject({ status: "confirmed" });
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
