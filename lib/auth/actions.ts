"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/rate-limit";
import { signUp } from "@/lib/auth/sign-up";
import { formStateFromError, type FormState } from "@/lib/form-state";

/** The sign-up form: starts a sign-up and emails its confirmation link. */
export async function signUpAction(input: { name: string; email: string; password: string }): Promise<FormState> {
  try {
    await signUp(input, clientIp(await headers()));
    return { ok: true };
  } catch (error) {
    return formStateFromError(error);
  }
}
