// GET /api/requests/:id – one request for one of its two people: note, goals, both public profiles, reasons, unread count (404 to anyone else)
import { NextResponse } from "next/server";
import { apiHandler, parseParams } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { getRequestForViewer } from "@/lib/requests/get-request";
import { IdParams } from "@/lib/validation";

export const GET = apiHandler<{ id: string }>(async (_request, { params }) => {
  const user = await requireApiUser();
  const { id } = parseParams(await params, IdParams);
  return NextResponse.json(await getRequestForViewer(user, id));
});
