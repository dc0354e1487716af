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

/** Confirming a sign-up: the token from the emailed link and the password chosen at sign-up. */
export const ConfirmSignUpInput = z.object({
  // 32 random bytes in base64url (43 characters); anything else cannot be a token we sent.
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "This link is not complete. Open it again from the email." }),
  password: z.string().min(1, { error: "Enter the password you chose when you signed up." }).max(PASSWORD_MAX_LENGTH),
});
export type ConfirmSignUpInput = z.infer<typeof ConfirmSignUpInput>;

/**
 * Changing one's password. The current one is required when the account has one; an account
 * that only ever signed in by emailed link sets its first password without it.
 */
export const ChangePasswordInput = z.strictObject({
  currentPassword: z.string().max(PASSWORD_MAX_LENGTH).optional(),
  newPassword: z
    .string({ error: "Choose a new password." })
    .max(PASSWORD_MAX_LENGTH, { error: `Use at most ${PASSWORD_MAX_LENGTH} characters.` }),
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;
