// GET /api/mentorships/:id/messages – a page of the mentorship's messages (newest page marks it read)
// POST /api/mentorships/:id/messages – post a message { body } (only the two people; rate-limited)
import { NextResponse } from "next/server";
import { apiHandler, parseParams, parseQuery, readJsonBody } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { listMessages } from "@/lib/messages/list-messages";
import { postMessage } from "@/lib/messages/post-message";
import { MessagesQuery } from "@/lib/messages/schemas";
import { IdParams } from "@/lib/validation";

export const GET = apiHandler<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser();
  const { id } = parseParams(await params, IdParams);
  return NextResponse.json(await listMessages(user, { mentorshipId: id }, parseQuery(request, MessagesQuery)));
});

export const POST = apiHandler<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser();
  const { id } = parseParams(await params, IdParams);
  const message = await postMessage(user, { mentorshipId: id }, await readJsonBody(request));
  return NextResponse.json({ message }, { status: 201 });
});
