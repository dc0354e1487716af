import { z } from "zod";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";
import { RecordId } from "@/lib/validation";

/** Most notifications one page or API call returns. */
export const MAX_NOTIFICATIONS_LIMIT = 100;

/** GET /api/notifications?limit=30 and the /notifications page. Strict: a misspelt key is a 400. */
export const NotificationsQuery = z.strictObject({
  limit: z.coerce
    .number({ error: "Give the limit as a whole number." })
    .int({ error: "Give the limit as a whole number." })
    .min(1, { error: "The limit is at least 1." })
    .max(MAX_NOTIFICATIONS_LIMIT, { error: `The limit is at most ${MAX_NOTIFICATIONS_LIMIT}.` })
    .default(30),
});
export type NotificationsQuery = z.infer<typeof NotificationsQuery>;

/**
 * POST /api/notifications/read: `{ "ids": [...] }` marks those, `{ "all": true }` marks every
 * one. One object rather than a union, so a mistake names its field instead of "invalid input".
 */
export const MarkNotificationsReadInput = z
  .strictObject(
    {
      ids: z
        .array(RecordId, { error: "Give the ids as a list." })
        .min(1, { error: "Give at least one id." })
        .max(MAX_NOTIFICATIONS_LIMIT, { error: `Mark at most ${MAX_NOTIFICATIONS_LIMIT} at a time, or send { "all": true }.` })
        .optional(),
      all: z.literal(true, { error: 'Send "all": true to mark every notification read.' }).optional(),
    },
    { error: 'Send a JSON object: { "ids": [...] } or { "all": true }.' },
  )
  .refine((input) => (input.ids === undefined) !== (input.all === undefined), {
    error: 'Send either "ids" (a list) or "all": true.',
    path: ["ids"],
  });
export type MarkNotificationsReadInput = z.infer<typeof MarkNotificationsReadInput>;

/**
 * PUT /api/notifications/preferences: `{ "email": { "NEW_MESSAGE": false, ... } }`. Kinds left
 * out keep their setting; an unknown kind is a 400 naming it.
 */
export const NotificationPreferencesInput = z.strictObject(
  {
    email: z.strictObject(
      Object.fromEntries(
        NOTIFICATION_KINDS.map((kind) => [kind, z.boolean({ error: "Give true (email me) or false." }).optional()]),
      ) as Record<NotificationKind, z.ZodOptional<z.ZodBoolean>>,
      { error: "Give the email settings as an object of kind: true or false." },
    ),
  },
  { error: 'Send a JSON object: { "email": { "NEW_MESSAGE": false, ... } }.' },
);
export type NotificationPreferencesInput = z.infer<typeof NotificationPreferencesInput>;

/** Every kind with whether its email is on. */
export type NotificationPreferences = { email: Record<NotificationKind, boolean> };
