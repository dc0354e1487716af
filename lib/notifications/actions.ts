"use server";
// Server actions behind the notifications page and the email settings: requireUser → lib call
// (which parses and scopes to the person) → revalidate → form state. Components import these
// from lib, never from app/.

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { formStateFromError, type FormState } from "@/lib/form-state";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { setNotificationPreferences } from "@/lib/notifications/notification-preferences";
import type { NotificationPreferences } from "@/lib/notifications/schemas";

export type MarkReadState = FormState & { marked?: number; unreadCount?: number };
export type SavePreferencesState = FormState & { preferences?: NotificationPreferences };

/** `{ ids: [...] }` or `{ all: true }`; someone else's id answers "not found" and marks nothing. */
export async function markNotificationsReadAction(input: unknown): Promise<MarkReadState> {
  const user = await requireUser();
  try {
    const result = await markNotificationsRead(user, input);
    // The unread badge lives in the app layout, so the whole tree is refreshed, not just this page.
    revalidatePath("/", "layout");
    return { ok: true, ...result };
  } catch (error) {
    return formStateFromError(error);
  }
}

/** `{ email: { KIND: true | false, ... } }`: email on or off per kind of notification. */
export async function saveNotificationPreferencesAction(input: unknown): Promise<SavePreferencesState> {
  const user = await requireUser();
  try {
    const preferences = await setNotificationPreferences(user, input);
    revalidatePath("/settings/notifications");
    return { ok: true, preferences };
  } catch (error) {
    return formStateFromError(error);
  }
}
