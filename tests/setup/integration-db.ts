// Runs before each integration test file: a brand-new database for that file alone, with every
// committed migration applied, installed as the app's one client (lib/db.ts picks it up).
// TEST_DB_KIND=pglite: in-memory PGlite. TEST_DB_KIND=postgres: a throwaway schema on the
// server at TEST_DATABASE_URL, dropped when the file ends.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";

const migrationsDir = path.join(import.meta.dirname, "..", "..", "prisma", "migrations");
const migrations = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .map((name) => ({ name, sql: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") }));

// The same bookkeeping table `prisma migrate deploy` keeps, so health checks see real state.
const MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
  id VARCHAR(36) PRIMARY KEY, checksum VARCHAR(64) NOT NULL, finished_at TIMESTAMPTZ,
  migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at TIMESTAMPTZ,
  started_at TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL DEFAULT 0)`;
const recordMigration = (name: string) =>
  `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
   VALUES ('${randomBytes(8).toString("hex")}', 'test', now(), '${name}', 1)`;

async function pgliteDb(): Promise<{ db: PrismaClient; close: () => Promise<void> }> {
  const pglite = new PGlite();
  await pglite.exec(MIGRATIONS_TABLE);
  for (const m of migrations) {
    await pglite.exec(m.sql);
    await pglite.exec(recordMigration(m.name));
  }
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return { db, close: async () => (await db.$disconnect(), await pglite.close()) };
}

async function postgresDb(): Promise<{ db: PrismaClient; close: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
  const schema = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.query(`SET search_path TO "${schema}"`);
  await admin.query(MIGRATIONS_TABLE);
  for (const m of migrations) {
    await admin.query(m.sql);
    await admin.query(recordMigration(m.name));
  }
  const adapter = new PrismaPg({ connectionString: url, options: `-c search_path=${schema}`, max: 4 }, { schema });
  const db = new PrismaClient({ adapter });
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
      await admin.end();
    },
  };
}

const kind = process.env.TEST_DB_KIND ?? "pglite";
const { db, close } = kind === "postgres" ? await postgresDb() : await pgliteDb();
(globalThis as unknown as { __constellationDb?: PrismaClient }).__constellationDb = db;

afterAll(async () => {
  await close();
});
