// POST /api/profile/finish – finish onboarding once every section is complete.
import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { finishOnboarding } from "@/lib/profiles/save-profile";

export const POST = apiHandler(async () => {
  const user = await requireApiUser();
  return NextResponse.json({ profile: await finishOnboarding(user) });
});
