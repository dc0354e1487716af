// GET /api/notifications?limit=30 – my notifications, newest first, with the unread count.
import { NextResponse } from "next/server";
import { apiHandler, parseQuery } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { NotificationsQuery } from "@/lib/notifications/schemas";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async (request) => {
  const user = await requireApiUser();
  return NextResponse.json(await listNotifications(user, parseQuery(request, NotificationsQuery)));
});
