// GET /api/vocabulary – goal areas, identity communities, formats, stages, sectors, languages.
import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { getVocabulary } from "@/lib/profiles/vocabulary";

export const GET = apiHandler(async () => {
  await requireApiUser();
  return NextResponse.json(await getVocabulary());
});
