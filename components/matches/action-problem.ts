import type { FormState } from "@/lib/form-state";

export const OFFLINE_MESSAGE = "We could not reach Constellation. Check your connection and try again.";

/** Runs a server action; resolves to what went wrong in words, or null when it worked. */
export async function actionProblem(call: () => Promise<FormState>): Promise<string | null> {
  try {
    const result = await call();
    return result.ok ? null : (result.message ?? "That did not work. Please try again.");
  } catch {
    return OFFLINE_MESSAGE;
  }
}
