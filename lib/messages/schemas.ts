import { z } from "zod";
import { RecordId } from "@/lib/validation";

// Inputs of the message threads, shared by the API routes, the server action and the form.

export const MESSAGE_MAX_CHARS = 4000;

/**
 * A message as typed. Only the outer whitespace is trimmed; line breaks, spacing and anything
 * that looks like markup stay exactly as written (the UI renders it as text, never as HTML).
 */
export const MessageInput = z.strictObject({
  body: z
    .string({ error: "Write a message." })
    .trim()
    .min(1, { error: "Write a message." })
    .max(MESSAGE_MAX_CHARS, { error: `Keep a message under ${MESSAGE_MAX_CHARS.toLocaleString("en")} characters.` }),
});
export type MessageInput = z.infer<typeof MessageInput>;

/** GET .../messages: the newest page by default; `before` (a message id) pages back in time. */
export const MessagesQuery = z.strictObject({
  before: RecordId.optional(),
  limit: z.coerce
    .number({ error: "Give a number of messages." })
    .int({ error: "Give a whole number of messages." })
    .min(1, { error: "Ask for at least 1 message." })
    .max(100, { error: "Ask for at most 100 messages at a time." })
    .default(50),
});
export type MessagesQuery = z.infer<typeof MessagesQuery>;

/** Which thread: a request's (questions before saying yes) or a mentorship's. */
export const ThreadRef = z.union([z.strictObject({ requestId: RecordId }), z.strictObject({ mentorshipId: RecordId })], {
  error: "Say which conversation: a requestId or a mentorshipId.",
});
export type ThreadRef = z.infer<typeof ThreadRef>;
