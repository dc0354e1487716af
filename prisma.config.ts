// Prisma CLI configuration (Prisma 7: the datasource URL lives here, not in schema.prisma).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { defineConfig } from "prisma/config";

// Honour DATABASE_URL (and friends) from local env files; real environment variables win,
// because process.loadEnvFile never overwrites a variable that is already set.
// Paths are relative to this file, so the CLI behaves the same from any working directory.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

for (const file of [here("./.env.local"), here("./.env")]) {
  if (existsSync(file)) process.loadEnvFile(file);
}

// The Prisma CLI would otherwise download a native schema engine from a host we cannot reach
// (and a native engine cannot open the embedded PGlite database anyway). Point it at our
// bridge to Prisma's WebAssembly schema engine, unless someone deliberately set another one.
// See docs/decisions/0001-prisma-cli-offline-schema-engine-bridge.md.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= here("./prisma/engine-bridge/schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // `file:<dir>` = embedded PGlite database in <dir>; `postgresql://...` = PostgreSQL server.
    url: process.env.DATABASE_URL || "file:./data/pglite",
    // Optional: only for servers where the user may not CREATE DATABASE (otherwise the bridge
    // creates and drops a temporary shadow database itself).
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
  },
});
