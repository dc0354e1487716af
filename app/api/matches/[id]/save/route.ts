// POST /api/matches/:id/save – save this suggestion for later. DELETE – forget it.
import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { saveMatch, unsaveMatch } from "@/lib/matches/mark-match";

export const POST = apiHandler<{ id: string }>(async (_request, { params }) => {
  const user = await requireApiUser();
  await saveMatch(user, (await params).id);
  return NextResponse.json({ saved: true });
});

export const DELETE = apiHandler<{ id: string }>(async (_request, { params }) => {
  const user = await requireApiUser();
  await unsaveMatch(user, (await params).id);
  return new NextResponse(null, { status: 204 });
});
