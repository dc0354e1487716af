// POST /api/rounds/preview – admins (coordinators later): the exact assignment of a cohort's
// mentees to mentors for the chosen objective, with matched / floor / mean / unmatched reasons.
import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { previewRound } from "@/lib/matches/preview-round";

export const POST = apiHandler(async (request) => {
  const user = await requireApiUser();
  const body = await request.json().catch(() => ({}));
  return NextResponse.json(await previewRound(user, body));
});
