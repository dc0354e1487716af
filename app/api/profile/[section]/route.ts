// PUT /api/profile/:section – save one section (roles, goals, formats, background, identity).
import { NextResponse } from "next/server";
import { z } from "zod";
import { apiHandler, parseParams, readJsonBody } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { saveProfileSection } from "@/lib/profiles/save-profile";
import { SECTIONS, type Section } from "@/lib/profiles/schemas";
import { RecordId } from "@/lib/validation";

const SectionParams = z.object({ section: RecordId });

export const PUT = apiHandler<{ section: string }>(async (request, { params }) => {
  const user = await requireApiUser();
  const { section } = parseParams(await params, SectionParams);
  if (!SECTIONS.includes(section as Section)) throw new AppError("NOT_FOUND");
  const body = await readJsonBody(request);
  return NextResponse.json({ profile: await saveProfileSection(user, section as Section, body) });
});
