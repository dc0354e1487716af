import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { SIGN_UP_LINK_HOURS } from "@/lib/auth/sign-up-token";
import { outboxEnabled } from "@/lib/env";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string; for?: string }> }) {
  const { email, for: purpose } = await searchParams;
  const signingUp = purpose === "sign-up";
  return (
    <Card>
      <h1 className="text-2xl font-bold text-ink">Check your email</h1>
      <p className="mt-3 text-muted" role="status">
        {email ? (
          <>
            If <strong className="text-ink">{email}</strong> can use Constellation, a link to continue is on its way.
          </>
        ) : (
          <>A link to continue is on its way to your inbox.</>
        )}{" "}
        {signingUp
          ? `Open it and enter the password you just chose to confirm your email. It works once and expires in ${SIGN_UP_LINK_HOURS} hours.`
          : "It works once and expires in an hour."}
      </p>
      <p className="mt-3 text-muted">
        Nothing there after a few minutes? Look in your spam folder, or{" "}
        <Link href={signingUp ? "/sign-up" : "/sign-in"} className="font-semibold text-brand-700 underline">
          {signingUp ? "sign up again for a new link" : "ask for a new link"}
        </Link>
        .
      </p>
      {outboxEnabled ? (
        <p className="mt-4 rounded-lg bg-brand-50 px-4 py-3 text-sm text-brand-800">
          No mail server is set up here, so emails wait in the{" "}
          <Link href="/dev/outbox" className="font-semibold underline">
            dev outbox
          </Link>
          .
        </p>
      ) : null}
    </Card>
  );
}
