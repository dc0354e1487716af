"use server";
// Server action behind the message box on a request or a mentorship page: requireUser → lib
// call (which checks the person is in the thread and it is open) → revalidate → form state.

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { formStateFromError, type FormState } from "@/lib/form-state";
import { postMessage, type MessageView } from "@/lib/messages/post-message";
import type { ThreadRef } from "@/lib/messages/schemas";

/** Posts `{ body }` in the thread; on success the new message comes back for the list. */
export async function postMessageAction(thread: ThreadRef, input: unknown): Promise<FormState & { posted?: MessageView }> {
  const user = await requireUser();
  try {
    const message = await postMessage(user, thread, input);
    const page = "requestId" in thread ? `/requests/${thread.requestId}` : `/mentorships/${thread.mentorshipId}`;
    revalidatePath(page);
    return { ok: true, posted: message };
  } catch (error) {
    return formStateFromError(error);
  }
}
