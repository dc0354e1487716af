import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { db } from "@/lib/db";

const call = () => GET(new Request("http://test/api/health"), { params: Promise.resolve({}) });

describe("GET /api/health", () => {
  it("reports a reachable, fully migrated database and the app version", async () => {
    const response = await call();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.status).toBe("ok");
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(body.database.reachable).toBe(true);
    expect(body.database.migrations.expected).toBeGreaterThan(0);
    expect(body.database.migrations.applied).toBe(body.database.migrations.expected);
    expect(body.database.migrations.pending).toEqual([]);
  });

  it("answers 503 and names the migration that is not applied", async () => {
    const [latest] = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = ${latest!.migration_name}`;
    try {
      const response = await call();
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.status).toBe("degraded");
      expect(body.database.migrations.pending).toEqual([latest!.migration_name]);
    } finally {
      await db.$executeRaw`UPDATE _prisma_migrations SET finished_at = now() WHERE migration_name = ${latest!.migration_name}`;
    }
  });
});
