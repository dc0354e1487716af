import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import packageJson from "@/package.json";

export type Health = {
  status: "ok" | "degraded";
  version: string;
  database: { reachable: boolean; migrations: { applied: number; expected: number; pending: string[] } };
};

/** Database reachable and every committed migration applied. */
export async function checkHealth(): Promise<Health> {
  const expected = await readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
    .then((entries) =>
      entries
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort(),
    )
    .catch(() => [] as string[]);
  let reachable = false;
  let applied: string[] = [];
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    reachable = true;
    applied = rows.map((r) => r.migration_name);
  } catch {
    // Either the database is unreachable or it was never migrated; tell the two apart.
    reachable = await db.$queryRaw`SELECT 1`.then(() => true).catch(() => false);
  }
  const pending = expected.filter((name) => !applied.includes(name));
  return {
    status: reachable && pending.length === 0 ? "ok" : "degraded",
    version: packageJson.version,
    database: { reachable, migrations: { applied: applied.length, expected: expected.length, pending } },
  };
}
