// POST /api/matches/:id/save – save this suggestion for later. DELETE – forget it.
import { NextResponse } from "next/server";
import { apiHandler, parseParams } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { IdParams } from "@/lib/validation";
import { saveMatch, unsaveMatch } from "@/lib/matches/mark-match";

export const POST = apiHandler<{ id: string }>(async (_request, { params }) => {
  const user = await requireApiUser();
  await saveMatch(user, parseParams(await params, IdParams).id);
  return NextResponse.json({ saved: true });
});

export const DELETE = apiHandler<{ id: string }>(async (_request, { params }) => {
  const user = await requireApiUser();
  await unsaveMatch(user, parseParams(await params, IdParams).id);
  return new NextResponse(null, { status: 204 });
});
