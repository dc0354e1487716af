import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-rules";

export const EmailInput = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter an email address like name@example.org." }));

export const SignUpInput = z.object({
  name: z.string().trim().min(1, { error: "Tell us what to call you." }).max(80, { error: "Use at most 80 characters." }),
  email: EmailInput,
  password: z.string({ error: "Choose a password." }).max(PASSWORD_MAX_LENGTH),
});
export type SignUpInput = z.infer<typeof SignUpInput>;

export const SignInInput = z.object({
  email: EmailInput,
  password: z.string().min(1, { error: "Enter your password." }).max(PASSWORD_MAX_LENGTH),
});
export type SignInInput = z.infer<typeof SignInInput>;

export const EmailLinkInput = z.object({ email: EmailInput });
