// GET /api/programs/:id/weights – the program's matching weights (defaults when unset).
// PUT /api/programs/:id/weights – override any components; stored validated and summing to 1.
import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { getProgramWeights, setProgramWeights } from "@/lib/matches/program-weights";

export const GET = apiHandler<{ id: string }>(async (_request, { params }) => {
  const user = await requireApiUser();
  return NextResponse.json({ weights: await getProgramWeights(user, (await params).id) });
});

export const PUT = apiHandler<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser();
  const body = await request.json().catch(() => undefined);
  return NextResponse.json({ weights: await setProgramWeights(user, (await params).id, body) });
});
