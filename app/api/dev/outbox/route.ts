// GET /api/dev/outbox?to=email – mail held back because no SMTP is configured (development and
// tests only, and only to requests from this machine: see lib/notifications/outbox.ts).
import { NextResponse } from "next/server";
import { z } from "zod";
import { apiHandler, parseQuery } from "@/lib/api/http";
import { listOutbox } from "@/lib/notifications/outbox";

export const dynamic = "force-dynamic";

const OutboxQuery = z.object({
  to: z.string().trim().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const GET = apiHandler(async (request) => {
  const query = parseQuery(request, OutboxQuery);
  const emails = await listOutbox(request.headers, query);
  return NextResponse.json({ emails });
});
