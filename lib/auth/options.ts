import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import { decode, type JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { shareAppOriginWithNextAuth } from "@/lib/auth/app-url";
import { confirmSignUp } from "@/lib/auth/confirm-sign-up";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { clientIp, consumePasswordAttempt, passwordAttemptSucceeded, UNKNOWN_CLIENT } from "@/lib/auth/rate-limit";
import { revokeSessions } from "@/lib/auth/revoke-sessions";
import { safeRedirect } from "@/lib/auth/safe-callback";
import { SignInInput } from "@/lib/auth/schemas";
import { nowInSeconds, sessionProblem, SESSION_IDLE_SECONDS, type SessionEnd } from "@/lib/auth/session-rules";
import { signUpTokenSubject } from "@/lib/auth/sign-up-token";
import { sendEmail } from "@/lib/notifications/send-email";
import { signInLinkEmail } from "@/lib/notifications/templates";

declare module "next-auth/jwt" {
  interface JWT {
    /** User.sessionVersion when this session began; see session-rules.ts. */
    sv?: number;
    /** When the person signed in (seconds since the epoch); the absolute lifetime counts from it. */
    authTime?: number;
  }
}

// next-auth v4 reads NEXTAUTH_URL for absolute links (the emailed sign-in link among them); we
// document AUTH_URL. Without either, links follow the port the server listens on (app-url.ts).
shareAppOriginWithNextAuth();

/**
 * The key session tokens are encrypted with. Production refuses to start without AUTH_SECRET
 * (lib/env.ts); elsewhere a fixed development key stands in, so lib/auth/session.ts can read the
 * same tokens next-auth writes.
 */
export const authSecret = env.AUTH_SECRET ?? (env.NODE_ENV === "production" ? undefined : "constellation-development-only-secret");

// Fixed here (next-auth's own default rule) so session.ts knows the cookie's name.
const secureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
export const SESSION_COOKIE = `${secureCookies ? "__Secure-" : ""}next-auth.session-token`;

/** The claims of a session cookie next-auth wrote, or null when it is not one (or expired idle). */
export async function decodeSessionToken(token: string): Promise<JWT | null> {
  if (!authSecret) return null;
  try {
    return await decode({ token, secret: authSecret });
  } catch {
    return null;
  }
}

/** Why a token read by next-auth no longer counts; thrown from the jwt callback. */
class SessionEnded extends Error {
  constructor(readonly reason: SessionEnd) {
    super(`Session ended: ${reason}`);
    this.name = "SessionEnded";
  }
}

/** The client address of a request next-auth hands to `authorize` (headers as a plain object). */
function ipOf(req: { headers?: Record<string, unknown> } | undefined): string {
  if (!req?.headers) return UNKNOWN_CLIENT;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  return clientIp(headers);
}

/** A limit reached inside next-auth: its client shows `error=RateLimited` as the limit message. */
async function spendPasswordAttempt(subject: string, ip: string): Promise<void> {
  try {
    await consumePasswordAttempt(subject, ip);
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") throw new Error("RateLimited");
    throw error;
  }
}

/**
 * Checks an email + password pair. Unknown email, wrong password and unconfirmed email look
 * alike. Every check counts against the (email, IP) pair and the IP; a correct password clears
 * its pair, so only failures add up, and failures from elsewhere never block the owner.
 */
export async function authorizeCredentials(
  raw: unknown,
  ip: string = UNKNOWN_CLIENT,
): Promise<{ id: string; email: string; name: string | null } | null> {
  const parsed = SignInInput.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await spendPasswordAttempt(email, ip);
  const user = await db.user.findUnique({ where: { email } });
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    return null;
  }
  // Only a confirmed sign-up or a signed-in password change ever sets a password, and both
  // imply a confirmed email; checking it again costs nothing.
  if (!(await verifyPassword(user.passwordHash, password)) || !user.emailVerified) return null;
  await passwordAttemptSucceeded(email, ip);
  return { id: user.id, email: user.email, name: user.name };
}

/**
 * Confirms a pending sign-up from its emailed link and signs the person in. Errors reach the
 * confirm form as next-auth's `error` code.
 */
export async function authorizeSignUpConfirmation(
  raw: unknown,
  ip: string = UNKNOWN_CLIENT,
): Promise<{ id: string; email: string; name: string | null }> {
  const token = typeof (raw as { token?: unknown } | null)?.token === "string" ? (raw as { token: string }).token : "";
  const subject = signUpTokenSubject(token);
  await spendPasswordAttempt(subject, ip);
  const result = await confirmSignUp(raw);
  if (result.status === "invalid-link") throw new Error("SignUpLinkInvalid");
  if (result.status === "wrong-password") throw new Error("SignUpPasswordMismatch");
  await passwordAttemptSucceeded(subject, ip);
  return result.user;
}

export const authOptions: NextAuthOptions = {
  // The generated Prisma 7 client has the same delegates the adapter calls.
  adapter: PrismaAdapter(db as never) as Adapter,
  secret: authSecret,
  useSecureCookies: secureCookies,
  // Idle lifetime: the token expires this long after it was last renewed. The session endpoint
  // renews it, and components/auth/session-keep-alive.tsx calls that endpoint while the person
  // is active. The absolute lifetime (from sign-in) is checked by sessionProblem.
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/sign-in", verifyRequest: "/check-email", error: "/sign-in", signOut: "/sign-out" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, ipOf(req)),
    }),
    CredentialsProvider({
      id: "confirm-signup",
      name: "Confirm sign-up",
      credentials: { token: { label: "Token", type: "text" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, req) => authorizeSignUpConfirmation(credentials, ipOf(req)),
    }),
    // Link-only sign-in. It confirms the address (next-auth sets emailVerified) but never sets
    // a password; see events.signIn for what it does to a waiting sign-up.
    EmailProvider({
      maxAge: 60 * 60,
      from: env.EMAIL_FROM,
      async sendVerificationRequest({ identifier, url }) {
        await sendEmail({ to: identifier, ...signInLinkEmail(url) });
      },
    }),
  ],
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider === "email" && user.email) {
        // Belt and braces: an unconfirmed row must not carry a password into the account this
        // link is about to confirm (none should: only a confirmed sign-up sets one).
        await db.user.updateMany({
          where: { email: user.email.toLowerCase(), emailVerified: null, passwordHash: { not: null } },
          data: { passwordHash: null },
        });
      }
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        // A new sign-in: remember which session version and when.
        const row = await db.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
        return { ...token, sub: user.id, sv: row?.sessionVersion ?? 0, authTime: nowInSeconds() };
      }
      // Every later read (the session endpoint, which also renews the cookie): a revoked or
      // too-old token ends here, and next-auth clears its cookie.
      const row = token.sub ? await db.user.findUnique({ where: { id: token.sub }, select: { sessionVersion: true } }) : null;
      const problem = sessionProblem(token, row);
      if (problem) throw new SessionEnded(problem);
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
    // Only same-site paths, after normalisation (lib/auth/safe-callback.ts).
    redirect({ url, baseUrl }) {
      return safeRedirect(url, baseUrl);
    },
  },
  events: {
    async signIn({ user, account }) {
      // Whoever opened an emailed sign-in link controls the address; a sign-up still waiting
      // for it was perhaps someone else's, so its link dies now.
      if (account?.provider === "email" && user.email) {
        await db.pendingSignup.deleteMany({ where: { email: user.email.toLowerCase() } });
      }
    },
    async signOut({ token }) {
      // Signing out ends every session of this person, so a copied cookie stops working too.
      if (token?.sub && typeof token.sv === "number") await revokeSessions(token.sub, token.sv);
    },
  },
  logger: {
    error(code, metadata) {
      // A revoked or expired session is routine: next-auth clears the cookie, nothing to log.
      if (code === "JWT_SESSION_ERROR" && (metadata as { name?: string } | undefined)?.name === "SessionEnded") return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
