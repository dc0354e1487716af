// Finding 5 of issue 7: sessions end on the server. A token carries the user's session version
// and sign-in time; sign-out and password changes bump the version, so a copied cookie stops
// working; tokens expire after two idle hours and twelve hours after sign-in in any case.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

// getCurrentUser reads the session cookie through next/headers; here the "browser" supplies it.
const jar = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", async () => {
  const { SESSION_COOKIE } = await import("@/lib/auth/options");
  return {
    cookies: async () => ({ getAll: () => (jar.token ? [{ name: SESSION_COOKIE, value: jar.token }] : []) }),
    headers: async () => new Headers(),
  };
});

import { encode } from "next-auth/jwt";
import { POST as passwordRoute } from "@/app/api/account/password/route";
import { changePassword } from "@/lib/auth/change-password";
import { authSecret } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { revokeSessions } from "@/lib/auth/revoke-sessions";
import { getCurrentUser, userFromSessionToken, type CurrentUser } from "@/lib/auth/session";
import { nowInSeconds } from "@/lib/auth/session-rules";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { NextAuthBrowser } from "./support/next-auth-driver";

const PASSWORD = "an-old-reading-room-lamp";
const NEW_PASSWORD = "fresh-marginalia-in-autumn";
let ipCounter = 1;

async function member(withPassword = true) {
  const email = `member-${randomUUID()}@example.org`;
  return db.user.create({
    data: { email, name: "Mina", emailVerified: new Date(), passwordHash: withPassword ? await hashPassword(PASSWORD) : null },
  });
}

async function signedInBrowser(email: string, password = PASSWORD): Promise<NextAuthBrowser> {
  const browser = new NextAuthBrowser(`192.0.2.${ipCounter++}`);
  const answer = await browser.signInWithPassword(email, password);
  expect(NextAuthBrowser.errorOf(answer)).toBeNull();
  expect(browser.sessionToken).toBeDefined();
  return browser;
}

/** Who the app's one gate (getCurrentUser) says is signed in with this cookie. */
async function currentUserWith(token: string | undefined): Promise<CurrentUser | null> {
  jar.token = token;
  return getCurrentUser();
}

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeEach(() => {
  jar.token = undefined;
});

describe("signing out", () => {
  it("makes a copied session cookie useless, on the server", async () => {
    const user = await member();
    const browser = await signedInBrowser(user.email);
    const copied = browser.sessionToken!;
    expect((await currentUserWith(copied))?.id).toBe(user.id);

    await browser.signOut();
    expect(browser.sessionToken).toBeUndefined();
    expect(await currentUserWith(copied)).toBeNull();
    expect(await userFromSessionToken(copied)).toBeNull();

    // Replayed at the session endpoint: no session, and the cookie is cleared, not renewed.
    const replay = new NextAuthBrowser("192.0.2.250");
    replay.cookies.set("next-auth.session-token", copied);
    const answer = await replay.session();
    expect((answer.body as { user?: unknown }).user).toBeUndefined();
    expect(replay.sessionToken).toBeUndefined();
  });

  it("ends the person's other sessions too, and a stale cookie's sign-out cannot end newer ones", async () => {
    const user = await member();
    const library = await signedInBrowser(user.email);
    const home = await signedInBrowser(user.email);
    const stale = library.sessionToken!;
    await library.signOut();
    expect(await currentUserWith(home.sessionToken)).toBeNull();

    const later = await signedInBrowser(user.email);
    const replay = new NextAuthBrowser("192.0.2.251");
    replay.cookies.set("next-auth.session-token", stale);
    await replay.signOut();
    expect((await currentUserWith(later.sessionToken))?.id).toBe(user.id);
  });

  it("revokeSessions (for suspension) ends every session at once", async () => {
    const user = await member();
    const browser = await signedInBrowser(user.email);
    await revokeSessions(user.id);
    expect(await currentUserWith(browser.sessionToken)).toBeNull();
  });
});

describe("changing the password", () => {
  it("ends every session, this one included; the new password works and the old one does not", async () => {
    const user = await member();
    const here = await signedInBrowser(user.email);
    const elsewhere = await signedInBrowser(user.email);
    const actor = (await currentUserWith(here.sessionToken))!;

    await changePassword(actor, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(await currentUserWith(here.sessionToken)).toBeNull();
    expect(await currentUserWith(elsewhere.sessionToken)).toBeNull();

    const old = new NextAuthBrowser("192.0.2.252");
    expect(NextAuthBrowser.errorOf(await old.signInWithPassword(user.email, PASSWORD))).toBe("CredentialsSignin");
    await signedInBrowser(user.email, NEW_PASSWORD);
  });

  it("needs the current password, and a strong new one", async () => {
    const user = await member();
    const actor = (await currentUserWith((await signedInBrowser(user.email)).sessionToken))!;
    expect((await appError(changePassword(actor, { newPassword: NEW_PASSWORD }))).fields?.currentPassword).toBeDefined();
    const wrong = await appError(changePassword(actor, { currentPassword: "not-it-at-all", newPassword: NEW_PASSWORD }));
    expect(wrong.fields?.currentPassword).toEqual(["That is not your current password."]);
    const weak = await appError(changePassword(actor, { currentPassword: PASSWORD, newPassword: "password12" }));
    expect(weak.fields?.newPassword?.[0]).toMatch(/too easy to guess/);
    expect((await appError(changePassword(actor, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, admin: true }))).code).toBe(
      "VALIDATION",
    );
    expect(await currentUserWith(undefined)).toBeNull();
  });

  it("lets a link-only account set a first password only soon after signing in", async () => {
    const user = await member(false);
    const base = { id: user.id, email: user.email, name: user.name, role: user.role };
    const stale = await appError(
      changePassword({ ...base, signedInAt: new Date(Date.now() - 60 * 60 * 1000) }, { newPassword: NEW_PASSWORD }),
    );
    expect(stale.code).toBe("FORBIDDEN");
    await changePassword({ ...base, signedInAt: new Date() }, { newPassword: NEW_PASSWORD });
    await signedInBrowser(user.email, NEW_PASSWORD);
  });

  it("POST /api/account/password answers 401 signed out, 400 naming the field, 200 and a signed-out session", async () => {
    const user = await member();
    const browser = await signedInBrowser(user.email);
    const post = (body: unknown) =>
      passwordRoute(
        new Request("http://localhost:3000/api/account/password", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
        { params: Promise.resolve({}) },
      );
    jar.token = undefined;
    expect((await post({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(401);
    jar.token = browser.sessionToken;
    const bad = await post({ currentPassword: PASSWORD, newPassword: 42 });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.newPassword).toBeDefined();
    const ok = await post({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ changed: true, signedOut: true });
    expect(await currentUserWith(browser.sessionToken)).toBeNull();
  });
});

describe("session lifetimes", () => {
  const tokenFor = async (user: { id: string; sessionVersion: number }, authTime: number, maxAge = 2 * 60 * 60) =>
    encode({ token: { sub: user.id, sv: user.sessionVersion, authTime }, secret: authSecret!, maxAge });

  it("signs out twelve hours after sign-in however active, not before", async () => {
    const user = await member();
    expect((await currentUserWith(await tokenFor(user, nowInSeconds() - 11 * 60 * 60)))?.id).toBe(user.id);
    expect(await currentUserWith(await tokenFor(user, nowInSeconds() - 12 * 60 * 60 - 5))).toBeNull();
  });

  it("signs out after the idle lifetime: the token itself expires", async () => {
    const user = await member();
    expect(await currentUserWith(await tokenFor(user, nowInSeconds() - 60, -60))).toBeNull();
  });

  it("refuses tokens without a session version (issued before this change) and forged ones", async () => {
    const user = await member();
    expect(await currentUserWith(await encode({ token: { sub: user.id }, secret: authSecret! }))).toBeNull();
    expect(
      await currentUserWith(
        await encode({ token: { sub: user.id, sv: 0, authTime: nowInSeconds() }, secret: "another-secret-entirely-xx" }),
      ),
    ).toBeNull();
  });

  it("the session endpoint renews an active session's cookie for another two hours", async () => {
    const user = await member();
    const browser = await signedInBrowser(user.email);
    const before = browser.sessionToken;
    const answer = await browser.session();
    expect((answer.body as { user?: { id?: string } }).user?.id).toBe(user.id);
    expect(browser.sessionToken).toBeDefined();
    expect(browser.sessionToken).not.toBe(before);
    expect((await currentUserWith(browser.sessionToken))?.id).toBe(user.id);
  });
});
