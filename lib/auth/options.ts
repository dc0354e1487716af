import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { SignInInput } from "@/lib/auth/schemas";
import { sendEmail } from "@/lib/notifications/send-email";
import { signInLinkEmail } from "@/lib/notifications/templates";

// next-auth v4 reads NEXTAUTH_URL for absolute links; we document AUTH_URL.
if (env.AUTH_URL && !process.env.NEXTAUTH_URL) process.env.NEXTAUTH_URL = env.AUTH_URL;

/** Checks an email + password pair. Unknown email, wrong password and unconfirmed email look alike. */
export async function authorizeCredentials(raw: unknown): Promise<{ id: string; email: string; name: string | null } | null> {
  const parsed = SignInInput.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email } });
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    return null;
  }
  const ok = await verifyPassword(user.passwordHash, password);
  // A password account can sign in only once its email was confirmed through the emailed link,
  // so nobody can claim somebody else's address by signing up with it.
  if (!ok || !user.emailVerified) return null;
  return { id: user.id, email: user.email, name: user.name };
}

export const authOptions: NextAuthOptions = {
  // The generated Prisma 7 client has the same delegates the adapter calls.
  adapter: PrismaAdapter(db as never) as Adapter,
  secret: env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", verifyRequest: "/check-email", error: "/sign-in", signOut: "/sign-out" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials) => authorizeCredentials(credentials),
    }),
    EmailProvider({
      maxAge: 60 * 60,
      from: env.EMAIL_FROM,
      async sendVerificationRequest({ identifier, url }) {
        await sendEmail({ to: identifier, ...signInLinkEmail(url) });
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
