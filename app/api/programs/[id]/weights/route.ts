// GET /api/programs/:id/weights – the program's matching weights (defaults when unset).
// PUT /api/programs/:id/weights – override any components; stored validated and summing to 1.
import { NextResponse } from "next/server";
import { apiHandler, parseParams, readJsonBody } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { getProgramWeights, setProgramWeights } from "@/lib/matches/program-weights";
import { IdParams } from "@/lib/validation";

export const GET = apiHandler<{ id: string }>(async (_request, { params }) => {
  const user = await requireApiUser();
  return NextResponse.json({ weights: await getProgramWeights(user, parseParams(await params, IdParams).id) });
});

export const PUT = apiHandler<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser();
  const { id } = parseParams(await params, IdParams);
  return NextResponse.json({ weights: await setProgramWeights(user, id, await readJsonBody(request)) });
});
