import { z } from "zod";
import { MATCH_ROLES } from "@/lib/matches/schemas";
import { RecordId } from "@/lib/validation";

// Inputs for requests, shared by the API routes, the server actions and the forms.

/** At most this many open outgoing requests per person: asking everyone at once helps nobody. */
export const MAX_OPEN_REQUESTS = 3;
/** A request is about a few goals, not a whole profile. */
export const MAX_REQUEST_GOALS = 5;
export const NOTE_MAX = 1000;

/**
 * POST /api/requests and the request form. `role` is the sender's side, as on the suggestions
 * page: "mentee" asks a mentor, "mentor" invites a mentee, "peer" asks a peer. Without it the
 * first of the sender's roles that fits the other person is used. Without goals, the goals the
 * two have in common are used (for a mentorship: what the mentee seeks and the mentor offers).
 * Strict: a misspelt field is a 400, not a request about something else.
 */
export const SendRequestInput = z.strictObject({
  recipientId: RecordId,
  role: z.enum(MATCH_ROLES, { error: "Choose mentee, mentor or peer." }).optional(),
  note: z
    .string({ error: "Write a short note." })
    .trim()
    .min(1, { error: "Write a short note: a line or two on why you are asking." })
    .max(NOTE_MAX, { error: `Keep the note under ${NOTE_MAX} characters.` }),
  goalAreaIds: z
    .array(RecordId, { error: "Choose the goals this request is about." })
    .max(MAX_REQUEST_GOALS, { error: `Choose at most ${MAX_REQUEST_GOALS} goals.` })
    .refine((ids) => new Set(ids).size === ids.length, { error: "Each goal can be chosen once." })
    .optional(),
});
export type SendRequestInput = z.infer<typeof SendRequestInput>;

/**
 * After an acceptance: which of the person's other open requests about the same goals to
 * withdraw. An empty list keeps them all (and closes the question); nothing is withdrawn that
 * the person did not pick.
 */
export const WithdrawOverlappingInput = z.strictObject({
  withdrawIds: z.array(RecordId, { error: "Give the requests to withdraw (an empty list keeps them all)." }).max(50),
});
export type WithdrawOverlappingInput = z.infer<typeof WithdrawOverlappingInput>;
