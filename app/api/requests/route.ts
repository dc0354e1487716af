// GET /api/requests – the signed-in person's requests: received (open first) and sent, with overlap questions
// POST /api/requests – send a request { recipientId, role?, note, goalAreaIds? } (limits and refusals: 409 with the reason)
import { NextResponse } from "next/server";
import { apiHandler, readJsonBody } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { listRequests } from "@/lib/requests/list-requests";
import { sendRequest } from "@/lib/requests/send-request";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async () => {
  const user = await requireApiUser();
  return NextResponse.json(await listRequests(user));
});

export const POST = apiHandler(async (request) => {
  const user = await requireApiUser();
  const sent = await sendRequest(user, await readJsonBody(request));
  return NextResponse.json({ request: sent }, { status: 201 });
});
