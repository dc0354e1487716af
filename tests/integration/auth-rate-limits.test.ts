// Finding 3 of issue 7: limits live in the database (shared by every instance), count failed
// passwords per (email, IP) pair and per IP, never let an attacker elsewhere lock the owner
// out, keep emailed links and sign-ups on their own budgets, and answer 429 with Retry-After.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";

// The requests below come "through one proxy", so X-Forwarded-For names the client.
const previousProxies = vi.hoisted(() => {
  const previous = process.env.TRUSTED_PROXIES;
  process.env.TRUSTED_PROXIES = "1";
  return previous;
});
afterAll(() => {
  if (previousProxies === undefined) delete process.env.TRUSTED_PROXIES;
  else process.env.TRUSTED_PROXIES = previousProxies;
});

import { POST as nextAuthPost } from "@/app/api/auth/[...nextauth]/route";
import { hashPassword } from "@/lib/auth/password";
import { consumeApiWrite, consumeLinkRequest, consumePasswordAttempt, createLimiters, passwordRetryAfter } from "@/lib/auth/rate-limit";
import { signUp } from "@/lib/auth/sign-up";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { NextAuthBrowser } from "./support/next-auth-driver";

const PASSWORD = "owner-knows-this-lighthouse";
const uniqueEmail = () => `person-${randomUUID()}@example.org`;
let nextIp = 1;
const uniqueIp = () => `198.51.${Math.floor(nextIp / 250)}.${(nextIp++ % 250) + 1}`;

async function owner(): Promise<string> {
  const email = uniqueEmail();
  await db.user.create({ data: { email, name: "Owner", emailVerified: new Date(), passwordHash: await hashPassword(PASSWORD) } });
  return email;
}

async function errorOf(promise: Promise<unknown>): Promise<AppError | null> {
  return promise.then(
    () => null,
    (e: unknown) => {
      if (e instanceof AppError) return e;
      throw e;
    },
  );
}

const signedIn = (browser: NextAuthBrowser, answer: { status: number }) => answer.status === 200 && !!browser.sessionToken;

describe("password sign-in limits", () => {
  it("are shared through the database: two limiter instances see the same counts", async () => {
    const one = createLimiters();
    const other = createLimiters();
    const email = uniqueEmail();
    const ip = uniqueIp();
    for (let i = 0; i < 8; i++) await consumePasswordAttempt(email, ip, one);
    expect(await passwordRetryAfter(email, ip, other)).toBeGreaterThan(0);
    const refused = await errorOf(consumePasswordAttempt(email, ip, other));
    expect(refused?.code).toBe("RATE_LIMITED");
    expect(refused?.retryAfterSeconds).toBeGreaterThan(800);
    expect(refused?.retryAfterSeconds).toBeLessThanOrEqual(900);
  });

  it("count concurrent attempts exactly (the store increments in SQL)", async () => {
    const { apiWrite } = createLimiters();
    const key = `concurrent-${randomUUID()}`;
    await Promise.all(Array.from({ length: 40 }, () => apiWrite.consume(key)));
    expect((await apiWrite.get(key))?.consumedPoints).toBe(40);
  });

  it("lock the attacker's pair after 8 failures, never the owner at another IP", async () => {
    const email = await owner();
    const attacker = new NextAuthBrowser(uniqueIp());
    for (let i = 0; i < 8; i++) {
      expect(NextAuthBrowser.errorOf(await attacker.signInWithPassword(email, `wrong-guess-${i}`))).toBe("CredentialsSignin");
    }
    // Blocked now, even with the right password: a blocked pair gets no more checks.
    const blocked = await attacker.signInWithPassword(email, PASSWORD);
    expect(NextAuthBrowser.errorOf(blocked)).toBe("RateLimited");
    expect(attacker.sessionToken).toBeUndefined();

    const ownerBrowser = new NextAuthBrowser(uniqueIp());
    expect(signedIn(ownerBrowser, await ownerBrowser.signInWithPassword(email, PASSWORD))).toBe(true);
  });

  it("count only failures: a correct password clears the pair", async () => {
    const email = await owner();
    const ip = uniqueIp();
    for (let round = 0; round < 3; round++) {
      const browser = new NextAuthBrowser(ip);
      for (let i = 0; i < 7; i++) await browser.signInWithPassword(email, "a-typo-in-the-password");
      const answer = await browser.signInWithPassword(email, PASSWORD);
      expect(signedIn(browser, answer), `round ${round}`).toBe(true);
    }
  });

  it("refuse an IP after 30 failures, whatever the email", async () => {
    const ip = uniqueIp();
    const browser = new NextAuthBrowser(ip);
    for (let i = 0; i < 30; i++) await browser.signInWithPassword(uniqueEmail(), "nobody-has-this-password");
    const email = await owner();
    expect(NextAuthBrowser.errorOf(await browser.signInWithPassword(email, PASSWORD))).toBe("RateLimited");
    // The owner elsewhere is unaffected.
    const elsewhere = new NextAuthBrowser(uniqueIp());
    expect(signedIn(elsewhere, await elsewhere.signInWithPassword(email, PASSWORD))).toBe(true);
  });

  it("leave emailed links open to a locked pair", async () => {
    const email = await owner();
    const ip = uniqueIp();
    for (let i = 0; i < 8; i++) await consumePasswordAttempt(email, ip);
    expect(await passwordRetryAfter(email, ip)).toBeGreaterThan(0);
    const since = new Date();
    const browser = new NextAuthBrowser(ip);
    expect(NextAuthBrowser.errorOf(await browser.requestEmailLink(email))).toBeNull();
    expect(await db.outboxEmail.count({ where: { to: email, createdAt: { gte: since } } })).toBe(1);
  });
});

describe("the next-auth route", () => {
  const form = (fields: Record<string, string>, ip: string) =>
    new Request("http://localhost:3000/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
      body: new URLSearchParams(fields),
    });
  const ctx = (...segments: string[]) => ({ params: Promise.resolve({ nextauth: segments }) });

  it("answers a locked pair with 429 and Retry-After before checking any password", async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    for (let i = 0; i < 8; i++) await consumePasswordAttempt(email, ip);
    const response = await nextAuthPost(
      form({ email, password: "whatever", csrfToken: "x", json: "true" }, ip),
      ctx("callback", "credentials"),
    );
    expect(response.status).toBe(429);
    const wait = Number(response.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(900);
    const body = await response.json();
    expect(body.error.code).toBe("RATE_LIMITED");
    // next-auth's client follows `url`; the sign-in page shows the limit message for it.
    expect(new URL(body.url).searchParams.get("error")).toBe("RateLimited");
  });

  it("limits emailed links to 5 per email and 20 per IP", async () => {
    const email = uniqueEmail();
    for (let i = 0; i < 5; i++) await consumeLinkRequest(email, uniqueIp());
    const request = new Request("http://localhost:3000/api/auth/signin/email", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": uniqueIp() },
      body: new URLSearchParams({ email, csrfToken: "x", json: "true" }),
    });
    const response = await nextAuthPost(request, ctx("signin", "email"));
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);

    const ip = uniqueIp();
    for (let i = 0; i < 20; i++) await consumeLinkRequest(uniqueEmail(), ip);
    expect((await errorOf(consumeLinkRequest(uniqueEmail(), ip)))?.code).toBe("RATE_LIMITED");
  });
});

describe("sign-up limits", () => {
  // Weak passwords: each attempt still counts, without paying for a hash or sending mail.
  const attempt = (email: string, ip: string) => errorOf(signUp({ name: "A", email, password: "short" }, ip));

  it("allow 5 sign-ups per email and 10 per IP per window", async () => {
    const email = uniqueEmail();
    for (let i = 0; i < 5; i++) expect((await attempt(email, uniqueIp()))?.code).toBe("VALIDATION");
    const limited = await attempt(email, uniqueIp());
    expect(limited?.code).toBe("RATE_LIMITED");
    expect(limited?.retryAfterSeconds).toBeGreaterThan(0);

    const ip = uniqueIp();
    for (let i = 0; i < 10; i++) expect((await attempt(uniqueEmail(), ip))?.code).toBe("VALIDATION");
    expect((await attempt(uniqueEmail(), ip))?.code).toBe("RATE_LIMITED");
  });
});

describe("API write limit", () => {
  it("allows 60 writes a minute per key, then answers RATE_LIMITED with a wait", async () => {
    for (let i = 0; i < 60; i++) await consumeApiWrite("user:a");
    const error = await errorOf(consumeApiWrite("user:a"));
    expect(error?.code).toBe("RATE_LIMITED");
    expect(error?.retryAfterSeconds).toBeGreaterThan(0);
    expect(error?.retryAfterSeconds).toBeLessThanOrEqual(60);
    await consumeApiWrite("user:b");
  });

  it("stores no addresses or emails in the limit table", async () => {
    const rows = await db.rateLimiterFlexible.findMany({ select: { key: true } });
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) expect(key).not.toMatch(/@|198\.51\.|user:/);
  });
});
