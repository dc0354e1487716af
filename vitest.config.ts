import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Which suites run here. With CI=true every suite runs and a missing prerequisite (PostgreSQL
// server, Chromium) fails it; elsewhere such a suite is left out with a one-line reason.
const ci = process.env.CI === "true";
const root = import.meta.dirname;
const pgUrl = new URL(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1500 });
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

const withPostgres = ci || (await reachable(pgUrl.hostname, Number(pgUrl.port || 5432)));
if (!withPostgres) console.warn(`[tests] integration-postgres skipped: no PostgreSQL server at ${pgUrl.host} (set TEST_DATABASE_URL).`);
const withBrowser = ci || existsSync(chromium);
if (!withBrowser) console.warn(`[tests] e2e skipped: no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH).`);

// A suite whose prerequisite is missing keeps its project name (so `--project` filters in the
// package.json scripts always match) but has no files.
const integration = (name: string, kind: "pglite" | "postgres", exclude: string[] = [], enabled = true) => ({
  extends: true as const,
  test: {
    name,
    include: enabled ? ["tests/integration/**/*.test.ts"] : [],
    exclude,
    setupFiles: ["tests/setup/integration-db.ts"],
    env: { TEST_DB_KIND: kind },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React server bundles; in tests the whole process is the server.
      "server-only": path.join(root, "tests/setup/empty-module.ts"),
    },
  },
  test: {
    // Only where a suite was left out above (never in CI, where every suite must run).
    passWithNoTests: !withPostgres || !withBrowser,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      integration("integration-pglite", "pglite"),
      // The bridge and seed-script tests drive their own databases; run them once.
      integration(
        "integration-postgres",
        "postgres",
        ["tests/integration/prisma-bridge.test.ts", "tests/integration/seed-script.test.ts"],
        withPostgres,
      ),
      {
        extends: true as const,
        test: {
          name: "e2e",
          // Without Chromium the project stays (so `npm run test:e2e` still works) but has no files.
          include: withBrowser ? ["tests/e2e/**/*.test.ts"] : [],
          globalSetup: withBrowser ? ["tests/e2e/global-setup.ts"] : [],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
