// POST /api/requests/:id/decline – the recipient says no, gently (no reason; the sender reads "not available right now")
import { NextResponse } from "next/server";
import { apiHandler, parseParams } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { declineRequest } from "@/lib/requests/decline-request";
import { IdParams } from "@/lib/validation";

export const POST = apiHandler<{ id: string }>(async (_request, { params }) => {
  const user = await requireApiUser();
  const { id } = parseParams(await params, IdParams);
  return NextResponse.json(await declineRequest(user, id));
});
