// PUT /api/mentorships/:id/agreement – change the kickoff agreement (a new version the other person confirms)
import { NextResponse } from "next/server";
import { apiHandler, parseParams, readJsonBody } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { updateAgreement } from "@/lib/mentorships/update-agreement";
import { IdParams } from "@/lib/validation";

export const PUT = apiHandler<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser();
  const { id } = parseParams(await params, IdParams);
  return NextResponse.json({ mentorship: await updateAgreement(user, id, await readJsonBody(request)) });
});
