import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;

/**
 * Creates a Prisma client for a database URL:
 * - unset or `file:<dir>`: embedded PGlite with its data in <dir>;
 * - `memory:`: an in-memory PGlite (tests);
 * - `postgres://` / `postgresql://`: a PostgreSQL server (`?schema=` picks the schema).
 * Application code uses the singleton in lib/db.ts; seed, scripts and tests call this.
 */
export function createPrismaClient(url: string | undefined): { db: Db; pglite?: PGlite } {
  const target = url ?? "file:./data/pglite";
  if (target.startsWith("postgres://") || target.startsWith("postgresql://")) {
    const schema = new URL(target).searchParams.get("schema") ?? undefined;
    const adapter = new PrismaPg({ connectionString: target }, schema ? { schema } : undefined);
    return { db: new PrismaClient({ adapter }) };
  }
  if (target === "memory:" || target.startsWith("memory:")) {
    const pglite = new PGlite();
    return { db: new PrismaClient({ adapter: new PrismaPGlite(pglite) }), pglite };
  }
  if (target.startsWith("file:")) {
    const pglite = new PGlite(target.slice("file:".length));
    return { db: new PrismaClient({ adapter: new PrismaPGlite(pglite) }), pglite };
  }
  throw new Error(`Unsupported DATABASE_URL "${target}": use file:<dir> or postgresql://...`);
}
