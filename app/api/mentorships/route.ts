// GET /api/mentorships – the caller's mentorships and peer ties, with goals, agreement state and unread counts
import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { listMentorships } from "@/lib/mentorships/list-mentorships";

export const GET = apiHandler(async () => {
  const user = await requireApiUser();
  return NextResponse.json(await listMentorships(user));
});
