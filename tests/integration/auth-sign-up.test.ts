// Finding 1 of issue 7 (pre-account takeover): a password chosen by someone who never proved
// control of the address can never sign anyone in. The flows run through the real next-auth
// handler and the real sign-up service; mail is read from the dev outbox.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/options";
import { signUp } from "@/lib/auth/sign-up";
import { userFromSessionToken } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { NextAuthBrowser } from "./support/next-auth-driver";

const ATTACKER_PASSWORD = "attacker-chose-this-lantern";
const VICTIM_PASSWORD = "victims-own-quiet-harbour";
const victimEmail = () => `victim-${randomUUID()}@example.org`;

/** The newest email to `to` and the first link in it. */
async function latestLink(to: string): Promise<{ subject: string; link: string }> {
  const email = await db.outboxEmail.findFirstOrThrow({ where: { to }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const link = email.text.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no link in "${email.subject}"`);
  return { subject: email.subject, link };
}
const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

async function signUpAndGetToken(email: string, password: string, ip: string): Promise<string> {
  await signUp({ name: "Someone", email, password }, ip);
  const { subject, link } = await latestLink(email);
  expect(subject).toBe("Confirm your email for Constellation");
  expect(new URL(link).pathname).toBe("/confirm");
  return tokenOf(link);
}

/** Signs in with a password through next-auth; true when a session came out of it. */
async function passwordWorks(email: string, password: string): Promise<boolean> {
  const browser = new NextAuthBrowser(`198.51.100.${Math.floor(Math.random() * 200) + 1}`);
  const answer = await browser.signInWithPassword(email, password);
  const signedIn = answer.status === 200 && !NextAuthBrowser.errorOf(answer) && !!browser.sessionToken;
  // The direct check agrees with the HTTP flow.
  expect(!!(await authorizeCredentials({ email, password }))).toBe(signedIn);
  return signedIn;
}

describe("sign-up never touches an account until its own link is confirmed", () => {
  it("stores the sign-up apart from any account, hashed, with only a hash of the link's secret", async () => {
    const email = victimEmail();
    const token = await signUpAndGetToken(email, VICTIM_PASSWORD, "203.0.113.1");
    expect(await db.user.count({ where: { email } })).toBe(0);
    const pending = await db.pendingSignup.findUniqueOrThrow({ where: { email } });
    expect(pending.passwordHash).toMatch(/^\$argon2id\$/);
    expect(pending.tokenHash).not.toContain(token);
    expect(pending.expires.getTime() - Date.now()).toBeGreaterThan(23 * 60 * 60 * 1000);
    expect(await passwordWorks(email, VICTIM_PASSWORD)).toBe(false);
  });

  it("attacker signs up, then the victim signs up and confirms: only the victim's password works", async () => {
    const email = victimEmail();
    const attackerToken = await signUpAndGetToken(email, ATTACKER_PASSWORD, "203.0.113.66");
    const victimToken = await signUpAndGetToken(email, VICTIM_PASSWORD, "203.0.113.7");

    // The attacker's link died when the victim signed up, even with the attacker's password.
    const attacker = new NextAuthBrowser("203.0.113.66");
    const refused = await attacker.confirmSignUp(attackerToken, ATTACKER_PASSWORD);
    expect(NextAuthBrowser.errorOf(refused)).toBe("SignUpLinkInvalid");
    expect(attacker.sessionToken).toBeUndefined();

    const victim = new NextAuthBrowser("203.0.113.7");
    const confirmed = await victim.confirmSignUp(victimToken, VICTIM_PASSWORD);
    expect(NextAuthBrowser.errorOf(confirmed)).toBeNull();
    expect(new URL(confirmed.url!).pathname).toBe("/onboarding");
    const user = await userFromSessionToken(victim.sessionToken!);
    expect(user?.email).toBe(email);

    const row = await db.user.findUniqueOrThrow({ where: { email } });
    expect(row.emailVerified).not.toBeNull();
    expect(await db.pendingSignup.count({ where: { email } })).toBe(0);
    expect(await passwordWorks(email, ATTACKER_PASSWORD)).toBe(false);
    expect(await passwordWorks(email, VICTIM_PASSWORD)).toBe(true);
  });

  it("attacker signs up, then the victim signs in by emailed link only: no password works, the attacker's link is dead", async () => {
    const email = victimEmail();
    const attackerToken = await signUpAndGetToken(email, ATTACKER_PASSWORD, "203.0.113.66");

    const victim = new NextAuthBrowser("203.0.113.8");
    await victim.requestEmailLink(email);
    const { subject, link } = await latestLink(email);
    expect(subject).toBe("Your Constellation sign-in link");
    const opened = await victim.openEmailLink(link);
    expect(NextAuthBrowser.errorOf(opened)).toBeNull();
    expect((await userFromSessionToken(victim.sessionToken!))?.email).toBe(email);

    const row = await db.user.findUniqueOrThrow({ where: { email } });
    expect(row.emailVerified).not.toBeNull();
    expect(row.passwordHash).toBeNull(); // a link never sets a password
    expect(await db.pendingSignup.count({ where: { email } })).toBe(0);
    expect(await passwordWorks(email, ATTACKER_PASSWORD)).toBe(false);

    // The attacker's confirmation link is useless now, password or not.
    const attacker = new NextAuthBrowser("203.0.113.66");
    expect(NextAuthBrowser.errorOf(await attacker.confirmSignUp(attackerToken, ATTACKER_PASSWORD))).toBe("SignUpLinkInvalid");
    expect(await passwordWorks(email, ATTACKER_PASSWORD)).toBe(false);
  });

  it("someone who never signed up cannot adopt a stranger's password by opening the link", async () => {
    const email = victimEmail();
    const attackerToken = await signUpAndGetToken(email, ATTACKER_PASSWORD, "203.0.113.66");
    const victim = new NextAuthBrowser("203.0.113.9");
    const guessed = await victim.confirmSignUp(attackerToken, VICTIM_PASSWORD);
    expect(NextAuthBrowser.errorOf(guessed)).toBe("SignUpPasswordMismatch");
    expect(victim.sessionToken).toBeUndefined();
    expect(await db.user.count({ where: { email } })).toBe(0);
    // The link still belongs to whoever signed up; nothing was used up.
    expect(await db.pendingSignup.count({ where: { email } })).toBe(1);
  });

  it("a link works once", async () => {
    const email = victimEmail();
    const token = await signUpAndGetToken(email, VICTIM_PASSWORD, "203.0.113.11");
    const first = new NextAuthBrowser("203.0.113.11");
    expect(NextAuthBrowser.errorOf(await first.confirmSignUp(token, VICTIM_PASSWORD))).toBeNull();
    const second = new NextAuthBrowser("203.0.113.12");
    expect(NextAuthBrowser.errorOf(await second.confirmSignUp(token, VICTIM_PASSWORD))).toBe("SignUpLinkInvalid");
    expect(second.sessionToken).toBeUndefined();
  });

  it("an expired link does nothing", async () => {
    const email = victimEmail();
    const token = await signUpAndGetToken(email, VICTIM_PASSWORD, "203.0.113.13");
    await db.pendingSignup.update({ where: { email }, data: { expires: new Date(Date.now() - 1000) } });
    const browser = new NextAuthBrowser("203.0.113.13");
    expect(NextAuthBrowser.errorOf(await browser.confirmSignUp(token, VICTIM_PASSWORD))).toBe("SignUpLinkInvalid");
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await passwordWorks(email, VICTIM_PASSWORD)).toBe(false);
  });

  it("a confirmed account: sign-up answers the same, changes nothing, and tells the owner by email", async () => {
    const email = victimEmail();
    const token = await signUpAndGetToken(email, VICTIM_PASSWORD, "203.0.113.14");
    await new NextAuthBrowser("203.0.113.14").confirmSignUp(token, VICTIM_PASSWORD);
    const before = await db.user.findUniqueOrThrow({ where: { email } });
    const fresh = await signUp({ name: "Someone", email: victimEmail(), password: ATTACKER_PASSWORD }, "203.0.113.66");

    const again = await signUp({ name: "Mallory", email, password: ATTACKER_PASSWORD }, "203.0.113.66");
    expect(Object.keys(again)).toEqual(Object.keys(fresh));
    expect(again.email).toBe(email);
    const after = await db.user.findUniqueOrThrow({ where: { email } });
    expect(after).toEqual(before);
    expect(await db.pendingSignup.count({ where: { email } })).toBe(0);
    const { subject, link } = await latestLink(email);
    expect(subject).toBe("You already have a Constellation account");
    expect(new URL(link).pathname).toBe("/sign-in");
    expect(await passwordWorks(email, ATTACKER_PASSWORD)).toBe(false);
    expect(await passwordWorks(email, VICTIM_PASSWORD)).toBe(true);
  });
});
