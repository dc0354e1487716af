// The Prisma CLI runs migrations through our schema-engine bridge
// (prisma/engine-bridge/schema-engine.mjs, see docs/decisions/0001-*). This test drives the
// real CLI against a throwaway copy of the schema and migrations: `migrate dev` must create
// and apply a new migration (which also exercises the shadow database) and `migrate status`
// must then report the database as up to date. Once on PGlite, once on a PostgreSQL server.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);

const repoRoot = resolve(import.meta.dirname, "../..");
const prismaCli = join(repoRoot, "node_modules/prisma/build/index.js");
const bridge = join(repoRoot, "prisma/engine-bridge/schema-engine.mjs");

const CLI_TIMEOUT_MS = 240_000;
const TEST_TIMEOUT_MS = 300_000;

const THROWAWAY_MODEL = `
model BridgeThrowaway {
  id        Int      @id @default(autoincrement())
  label     String
  createdAt DateTime @default(now())
}
`;

/** A temp project: the repo's schema and migrations plus a throwaway model. */
async function createTempProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "prisma-bridge-"));
  await cp(join(repoRoot, "prisma/schema.prisma"), join(dir, "prisma/schema.prisma"));
  await cp(join(repoRoot, "prisma/migrations"), join(dir, "prisma/migrations"), { recursive: true }).catch((error) => {
    if (error.code !== "ENOENT") throw error; // no migrations yet is fine
  });
  await appendFile(join(dir, "prisma/schema.prisma"), THROWAWAY_MODEL);
  // The temp config imports `prisma/config`, so it needs the repo's node_modules.
  await symlink(join(repoRoot, "node_modules"), join(dir, "node_modules"), "dir");
  await writeFile(
    join(dir, "prisma.config.ts"),
    `import { defineConfig } from 'prisma/config'
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL! },
})
`,
  );
  return dir;
}

async function prisma(cwd: string, databaseUrl: string, ...args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run(process.execPath, [prismaCli, ...args], {
      cwd,
      timeout: CLI_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_SCHEMA_ENGINE_BINARY: bridge,
        CHECKPOINT_DISABLE: "1", // no update check: the network is not reachable
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    });
    return `${stdout}\n${stderr}`;
  } catch (error) {
    const e = error as Error & { stdout?: string; stderr?: string };
    throw new Error(`prisma ${args.join(" ")} failed: ${e.message}\n--- stdout\n${e.stdout}\n--- stderr\n${e.stderr}`);
  }
}

/** Runs `migrate dev` + `migrate status` in `dir` and checks the outcome. */
async function migrateAndCheck(dir: string, databaseUrl: string): Promise<void> {
  const before = new Set(await readdir(join(dir, "prisma/migrations")).catch(() => []));

  await prisma(dir, databaseUrl, "migrate", "dev", "--name", "throwaway");

  const created = (await readdir(join(dir, "prisma/migrations"))).filter((name) => !before.has(name));
  expect(created).toHaveLength(1);
  expect(created[0]).toMatch(/^\d{14}_throwaway$/);
  const sql = await readFile(join(dir, "prisma/migrations", created[0], "migration.sql"), "utf8");
  expect(sql).toContain('CREATE TABLE "BridgeThrowaway"');

  const status = await prisma(dir, databaseUrl, "migrate", "status");
  expect(status).toContain("Database schema is up to date!");
}

// PostgreSQL: TEST_DATABASE_URL is only the admin connection; the test creates its own database.
const adminUrl = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const unreachable = await whyUnreachable(adminUrl);
// Outside CI a missing server skips that half with a one-line reason; in CI it must fail.
const skipPostgres = unreachable !== null && process.env.CI !== "true";
if (skipPostgres) console.warn(`[prisma-bridge.test] skipping PostgreSQL: ${unreachable}`);

describe("Prisma CLI through the schema-engine bridge", () => {
  describe("on PGlite (file: URL)", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await createTempProject();
    });
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it(
      "creates and applies a migration, then reports the database up to date",
      async () => {
        await migrateAndCheck(dir, `file:${join(dir, "data/pglite")}`);
      },
      TEST_TIMEOUT_MS,
    );
  });

  describe.skipIf(skipPostgres)("on PostgreSQL (throwaway database)", () => {
    const database = `bridge_test_${Math.random().toString(36).slice(2, 10)}`;
    const databaseUrl = withDatabase(adminUrl, database);
    let dir: string;

    beforeAll(async () => {
      // In CI an unreachable server is a failure, not a reason to skip.
      if (unreachable) throw new Error(`PostgreSQL at TEST_DATABASE_URL is unreachable: ${unreachable}`);
      dir = await createTempProject();
    });
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
      if (!unreachable) await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    }, 60_000);

    it(
      "creates the database, creates and applies a migration, then reports it up to date",
      async () => {
        // The database does not exist yet: `migrate dev` creates it (bridge: cli create-database).
        await migrateAndCheck(dir, databaseUrl);
      },
      TEST_TIMEOUT_MS,
    );
  });
});

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** null when the server answers, otherwise a one-line reason. */
async function whyUnreachable(url: string): Promise<string | null> {
  try {
    await withAdmin(url, (c) => c.query("SELECT 1"));
    return null;
  } catch (error) {
    return `${(error as Error).message || String(error)} (${new URL(url).host})`;
  }
}
