// GET /api/matches?role=mentee&limit=10&goal=&format= – suggestions with score band and reasons.
import { NextResponse } from "next/server";
import { apiHandler, parseQuery } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { getSuggestions } from "@/lib/matches/get-suggestions";
import { MatchesApiQuery } from "@/lib/matches/schemas";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async (request) => {
  const user = await requireApiUser();
  return NextResponse.json(await getSuggestions(user, parseQuery(request, MatchesApiQuery)));
});
