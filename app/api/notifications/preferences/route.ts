// GET /api/notifications/preferences – which kinds of notification I get by email.
// PUT /api/notifications/preferences – turn email on or off per kind ({ "email": { "NEW_MESSAGE": false } }).
import { NextResponse } from "next/server";
import { apiHandler, parseBody } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { getNotificationPreferences, setNotificationPreferences } from "@/lib/notifications/notification-preferences";
import { NotificationPreferencesInput } from "@/lib/notifications/schemas";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async () => {
  const user = await requireApiUser();
  return NextResponse.json(await getNotificationPreferences(user));
});

export const PUT = apiHandler(async (request) => {
  const user = await requireApiUser();
  return NextResponse.json(await setNotificationPreferences(user, await parseBody(request, NotificationPreferencesInput)));
});
