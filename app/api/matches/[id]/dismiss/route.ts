// POST /api/matches/:id/dismiss – "not for me": hide this person from my suggestions for 90 days.
// DELETE /api/matches/:id/dismiss – undo.
import { NextResponse } from "next/server";
import { apiHandler, parseParams } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { IdParams } from "@/lib/validation";
import { dismissMatch, undoDismissMatch } from "@/lib/matches/mark-match";

export const POST = apiHandler<{ id: string }>(async (_request, { params }) => {
  const user = await requireApiUser();
  const { hiddenUntil } = await dismissMatch(user, parseParams(await params, IdParams).id);
  return NextResponse.json({ hiddenUntil: hiddenUntil.toISOString() });
});

export const DELETE = apiHandler<{ id: string }>(async (_request, { params }) => {
  const user = await requireApiUser();
  await undoDismissMatch(user, parseParams(await params, IdParams).id);
  return new NextResponse(null, { status: 204 });
});
