import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // Only same-site paths are followed after sign-in (lib/auth/safe-callback.ts).
  const requested = Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl;
  const callbackUrl = safeCallbackPath(requested) ?? "/dashboard";
  if (await getCurrentUser()) redirect(callbackUrl);
  const error = typeof params.error === "string" ? params.error : undefined;
  return (
    <Card>
      <h1 className="mb-6 text-2xl font-bold text-ink">Sign in</h1>
      {params.signedOut ? (
        <Alert tone="success" className="mb-6">
          You are signed out. See you soon.
        </Alert>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
      <p className="mt-6 text-sm text-muted">
        New to Constellation?{" "}
        <Link href="/sign-up" className="font-semibold text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </Card>
  );
}
