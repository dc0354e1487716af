"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { EmailLinkInput, SignInInput } from "@/lib/auth/schemas";
import type { FieldErrors } from "@/lib/errors";
import { fieldErrorsFrom } from "@/lib/validation";

// next-auth error codes in words a person understands. None says whether an account exists.
const MESSAGES: Record<string, string> = {
  CredentialsSignin:
    "That email and password don't match an account we can sign you in to. If you just joined, first confirm your email with the link we sent.",
  RateLimited: "Too many attempts. Please wait a few minutes and try again.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  EmailSignin: "We could not send the sign-in email. Please try again.",
  SessionRequired: "Please sign in to continue.",
};

export function signInMessage(code: string | undefined): string | undefined {
  if (!code) return undefined;
  return MESSAGES[code] ?? "We could not sign you in. Please try again.";
}

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const router = useRouter();
  const [pending, setPending] = useState<"password" | "link" | null>(null);
  const [message, setMessage] = useState(signInMessage(initialError));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [linkErrors, setLinkErrors] = useState<FieldErrors>({});

  async function onPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = SignInInput.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFrom(parsed.error));
      return;
    }
    setFieldErrors({});
    setMessage(undefined);
    setPending("password");
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false, callbackUrl });
      if (!result || result.error) {
        setMessage(signInMessage(result?.error ?? "CredentialsSignin"));
        return;
      }
      router.push(callbackUrl);
      router.refresh();
    } catch {
      setMessage("We could not reach Constellation. Check your connection and try again.");
    } finally {
      setPending(null);
    }
  }

  async function onLink(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = EmailLinkInput.safeParse({ email: form.get("email") });
    if (!parsed.success) {
      setLinkErrors(fieldErrorsFrom(parsed.error));
      return;
    }
    setLinkErrors({});
    setMessage(undefined);
    setPending("link");
    try {
      const result = await signIn("email", { email: parsed.data.email, redirect: false, callbackUrl });
      if (result?.error) {
        setMessage(signInMessage(result.error === "RateLimited" ? "RateLimited" : "EmailSignin"));
        return;
      }
      router.push(`/check-email?email=${encodeURIComponent(parsed.data.email)}`);
    } catch {
      setMessage("We could not reach Constellation. Check your connection and try again.");
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="flex flex-col gap-8">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <form onSubmit={onPassword} noValidate className="flex flex-col gap-5" aria-labelledby="password-heading">
        <h2 id="password-heading" className="sr-only">
          Sign in with your password
        </h2>
        <Field label="Email" name="email" type="email" autoComplete="email" required errors={fieldErrors.email} />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required errors={fieldErrors.password} />
        <Button type="submit" disabled={pending !== null} aria-busy={pending === "password"}>
          {pending === "password" ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      <div className="border-t border-line pt-6">
        <form onSubmit={onLink} noValidate className="flex flex-col gap-4" aria-labelledby="link-heading">
          <h2 id="link-heading" className="font-semibold text-ink">
            Or get a sign-in link by email
          </h2>
          <Field
            id="link-email"
            label="Email for the link"
            name="email"
            type="email"
            autoComplete="email"
            required
            errors={linkErrors.email}
          />
          <Button type="submit" variant="secondary" disabled={pending !== null} aria-busy={pending === "link"}>
            {pending === "link" ? "Sending…" : "Email me a link"}
          </Button>
        </form>
      </div>
    </div>
  );
}
