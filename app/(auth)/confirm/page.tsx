import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmSignUpForm } from "@/components/auth/confirm-sign-up-form";
import { Card } from "@/components/ui/card";
import { pendingSignUpFor } from "@/lib/auth/confirm-sign-up";

export const metadata: Metadata = { title: "Confirm your email" };

// Opening the link only shows this page; confirming is a POST with the sign-up's password, so a
// mail scanner that follows links cannot use up the link, and someone who never signed up
// cannot adopt a stranger's password by clicking.
export default async function ConfirmPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const pending = typeof token === "string" ? await pendingSignUpFor(token) : null;
  if (!pending) {
    return (
      <Card>
        <h1 className="text-2xl font-bold text-ink">This link no longer works</h1>
        <p className="mt-3 text-muted">
          It has expired, was already used, or a newer sign-up for the same address replaced it. Only the newest link works.
        </p>
        <p className="mt-3 text-muted">
          <Link href="/sign-up" className="font-semibold text-brand-700 underline">
            Sign up again
          </Link>{" "}
          for a new link, or{" "}
          <Link href="/sign-in" className="font-semibold text-brand-700 underline">
            sign in
          </Link>{" "}
          if your account is already confirmed.
        </p>
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="text-2xl font-bold text-ink">Confirm your email</h1>
      <p className="mt-2 mb-6 text-muted">
        To finish creating your account for <strong className="text-ink">{pending.email}</strong>, enter the password you chose when you
        signed up.
      </p>
      <ConfirmSignUpForm token={token as string} email={pending.email} />
      <p className="mt-6 text-sm text-muted">
        Did not sign up? Leave this page: without that password nothing happens. You can still{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          sign in with an emailed link
        </Link>
        .
      </p>
    </Card>
  );
}
