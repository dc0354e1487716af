import "server-only";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { env } from "@/lib/env";

// One client per process. PGlite owns its data folder, so a second instance (for example
// after a dev-server module reload) must never be created: keep it on globalThis.
const globalForDb = globalThis as unknown as { __constellationDb?: Db };

export const db: Db = globalForDb.__constellationDb ?? createPrismaClient(env.DATABASE_URL).db;
globalForDb.__constellationDb = db;

export type { Db };
