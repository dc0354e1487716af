// POST /api/rounds/preview – admins (coordinators later): the exact assignment of a cohort's
// mentees to mentors for the chosen objective, with matched / floor / mean / unmatched reasons.
// The body is required: `{}` (everyone) must be asked for, never the result of a broken body.
import { NextResponse } from "next/server";
import { apiHandler, readJsonBody } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { previewRound } from "@/lib/matches/preview-round";

export const POST = apiHandler(async (request) => {
  const user = await requireApiUser();
  return NextResponse.json(await previewRound(user, await readJsonBody(request)));
});
