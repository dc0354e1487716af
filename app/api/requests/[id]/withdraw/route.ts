// POST /api/requests/:id/withdraw – the sender takes back an open request
import { NextResponse } from "next/server";
import { apiHandler, parseParams } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { withdrawRequest } from "@/lib/requests/withdraw-request";
import { IdParams } from "@/lib/validation";

export const POST = apiHandler<{ id: string }>(async (_request, { params }) => {
  const user = await requireApiUser();
  const { id } = parseParams(await params, IdParams);
  return NextResponse.json(await withdrawRequest(user, id));
});
