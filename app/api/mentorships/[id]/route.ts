// GET /api/mentorships/:id – the relationship home's data: both people, agreement (or rhythm), goals, unread count
import { NextResponse } from "next/server";
import { apiHandler, parseParams } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { getMentorshipForViewer } from "@/lib/mentorships/get-mentorship";
import { IdParams } from "@/lib/validation";

export const GET = apiHandler<{ id: string }>(async (_request, { params }) => {
  const user = await requireApiUser();
  const { id } = parseParams(await params, IdParams);
  return NextResponse.json({ mentorship: await getMentorshipForViewer(user, id) });
});
