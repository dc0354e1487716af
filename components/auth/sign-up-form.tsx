"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { signUpAction } from "@/lib/auth/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { SignUpInput } from "@/lib/auth/schemas";
import type { FieldErrors } from "@/lib/errors";
import { fieldErrorsFrom } from "@/lib/validation";

export function SignUpForm() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    // Same schema as the server: instant messages, and the server checks again.
    const parsed = SignUpInput.safeParse(values);
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFrom(parsed.error));
      setMessage(undefined);
      return;
    }
    setPending(true);
    setMessage(undefined);
    setFieldErrors({});
    try {
      const result = await signUpAction(values);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        setMessage(result.message);
        return;
      }
      // The server emailed a link for this sign-up; opening it (and entering this password)
      // confirms the address and creates the account.
      router.push(`/check-email?email=${encodeURIComponent(parsed.data.email)}&for=sign-up`);
    } catch {
      setMessage("We could not reach Constellation. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-describedby={message ? "sign-up-message" : undefined}>
      {message ? (
        <div id="sign-up-message">
          <Alert tone="error">{message}</Alert>
        </div>
      ) : null}
      <Field label="Your name" name="name" autoComplete="name" required errors={fieldErrors.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
        errors={fieldErrors.password}
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
