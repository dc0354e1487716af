"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ConfirmSignUpInput } from "@/lib/auth/schemas";
import type { FieldErrors } from "@/lib/errors";
import { fieldErrorsFrom } from "@/lib/validation";

const LINK_GONE = "This link no longer works: it expired, was used, or a newer sign-up replaced it. Sign up again for a new one.";

/** Confirms a sign-up from its emailed link (the "confirm-signup" provider in lib/auth/options.ts). */
export function ConfirmSignUpForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = ConfirmSignUpInput.safeParse({ token, password: form.get("password") });
    if (!parsed.success) {
      const errors = fieldErrorsFrom(parsed.error);
      setFieldErrors(errors);
      setMessage(errors.token?.[0]);
      return;
    }
    setPending(true);
    setMessage(undefined);
    setFieldErrors({});
    try {
      const result = await signIn("confirm-signup", { ...parsed.data, redirect: false, callbackUrl: "/onboarding" });
      if (!result || result.error) {
        const code = result?.error;
        if (code === "SignUpPasswordMismatch") {
          setFieldErrors({
            password: ["That is not the password chosen at sign-up. Did you mean to sign up? Sign up again for a new link."],
          });
        } else if (code === "RateLimited") {
          setMessage("Too many attempts. Please wait a few minutes and try again.");
        } else {
          setMessage(code === "SignUpLinkInvalid" ? LINK_GONE : "We could not confirm your email. Please try again.");
        }
        return;
      }
      router.push("/onboarding");
      router.refresh();
    } catch {
      setMessage("We could not reach Constellation. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-describedby={message ? "confirm-message" : undefined}>
      {message ? (
        <div id="confirm-message">
          <Alert tone="error">{message}</Alert>
        </div>
      ) : null}
      {/* For password managers: the account this password belongs to. */}
      <Field label="Email" name="email" type="email" autoComplete="username" value={email} readOnly />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required errors={fieldErrors.password} />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Confirming…" : "Confirm and continue"}
      </Button>
    </form>
  );
}
