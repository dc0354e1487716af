// PUT /api/vocabulary/:kind – admins add or edit a goal area or identity community
// (kind: goal-areas | identity-attributes; body: { id, label, description?, sortOrder?, active? }, and
// for goal areas example?: the note box's example sentence, without "e.g.").
import { NextResponse } from "next/server";
import { z } from "zod";
import { apiHandler, parseParams, readJsonBody } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { upsertVocabularyTerm, type VocabularyKind } from "@/lib/profiles/vocabulary";
import { RecordId } from "@/lib/validation";

const KindParams = z.object({ kind: RecordId });

export const PUT = apiHandler<{ kind: string }>(async (request, { params }) => {
  const user = await requireApiUser();
  const { kind } = parseParams(await params, KindParams);
  return NextResponse.json({ term: await upsertVocabularyTerm(user, kind as VocabularyKind, await readJsonBody(request)) });
});
