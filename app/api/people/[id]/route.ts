// GET /api/people/:id – another person's public view (404 when missing or unfinished).
import { NextResponse } from "next/server";
import { apiHandler, parseParams } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { getPublicProfile } from "@/lib/profiles/get-public-profile";
import { IdParams } from "@/lib/validation";

export const GET = apiHandler<{ id: string }>(async (_request, { params }) => {
  const user = await requireApiUser();
  const { id } = parseParams(await params, IdParams);
  return NextResponse.json({ person: await getPublicProfile(user, id) });
});
