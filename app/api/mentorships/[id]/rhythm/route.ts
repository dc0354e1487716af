// PUT /api/mentorships/:id/rhythm – a peer tie's keep-in-touch rhythm { cadence } (peer ties have no agreement)
import { NextResponse } from "next/server";
import { apiHandler, parseParams, readJsonBody } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { setRhythm } from "@/lib/mentorships/set-rhythm";
import { IdParams } from "@/lib/validation";

export const PUT = apiHandler<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser();
  const { id } = parseParams(await params, IdParams);
  return NextResponse.json({ mentorship: await setRhythm(user, id, await readJsonBody(request)) });
});
