// POST /api/notifications/read – mark some of my notifications read ({ "ids": [...] }) or all ({ "all": true }).
import { NextResponse } from "next/server";
import { apiHandler, parseBody } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { MarkNotificationsReadInput } from "@/lib/notifications/schemas";

export const POST = apiHandler(async (request) => {
  const user = await requireApiUser();
  return NextResponse.json(await markNotificationsRead(user, await parseBody(request, MarkNotificationsReadInput)));
});
