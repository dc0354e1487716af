// PUT /api/vocabulary/:kind – admins add or edit a goal area or identity community
// (kind: goal-areas | identity-attributes; body: { id, label, description?, sortOrder?, active? }).
import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { upsertVocabularyTerm, type VocabularyKind } from "@/lib/profiles/vocabulary";

export const PUT = apiHandler<{ kind: string }>(async (request, { params }) => {
  const user = await requireApiUser();
  const { kind } = await params;
  const body = await request.json().catch(() => undefined);
  return NextResponse.json({ term: await upsertVocabularyTerm(user, kind as VocabularyKind, body) });
});
