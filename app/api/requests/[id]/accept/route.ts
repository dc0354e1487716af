// POST /api/requests/:id/accept – the recipient says yes: creates the mentorship (409 if no longer open or the mentor is full)
import { NextResponse } from "next/server";
import { apiHandler, parseParams } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { acceptRequest } from "@/lib/requests/accept-request";
import { IdParams } from "@/lib/validation";

export const POST = apiHandler<{ id: string }>(async (_request, { params }) => {
  const user = await requireApiUser();
  const { id } = parseParams(await params, IdParams);
  return NextResponse.json(await acceptRequest(user, id));
});
