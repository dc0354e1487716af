// POST /api/mentorships/:id/agreement/confirm – confirm the agreement version { version } (409 if it changed)
import { NextResponse } from "next/server";
import { apiHandler, parseParams, readJsonBody } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { confirmAgreement } from "@/lib/mentorships/confirm-agreement";
import { IdParams } from "@/lib/validation";

export const POST = apiHandler<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser();
  const { id } = parseParams(await params, IdParams);
  return NextResponse.json({ mentorship: await confirmAgreement(user, id, await readJsonBody(request)) });
});
