// GET /api/health – database reachable, migrations applied, app version (503 when degraded).
import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/api/http";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async () => {
  const health = await checkHealth();
  return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503 });
});
