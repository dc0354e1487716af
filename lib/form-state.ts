import { isAppError, type FieldErrors } from "@/lib/errors";

/** What a server action hands back to its form. */
export type FormState = { ok: boolean; message?: string; fieldErrors?: FieldErrors };

/** Maps a thrown error to form state; unexpected errors are logged and shown generically. */
export function formStateFromError(error: unknown): FormState {
  if (isAppError(error)) return { ok: false, message: error.userMessage, fieldErrors: error.fields };
  console.error(error);
  return { ok: false, message: "Something went wrong on our side. Please try again." };
}
