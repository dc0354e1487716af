// GET /api/profile – the signed-in person's own profile (all sections, identity included).
// PUT /api/profile – replace the whole profile; same zod schemas as the wizard and profile page.
import { NextResponse } from "next/server";
import { apiHandler, readJsonBody } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/profiles/get-own-profile";
import { replaceProfile } from "@/lib/profiles/save-profile";

export const GET = apiHandler(async () => {
  const user = await requireApiUser();
  return NextResponse.json({ profile: await getOwnProfile(user) });
});

export const PUT = apiHandler(async (request) => {
  const user = await requireApiUser();
  return NextResponse.json({ profile: await replaceProfile(user, await readJsonBody(request)) });
});
