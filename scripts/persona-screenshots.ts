// npm run screenshots:personas -- <folder> [--count 300] [--base-url http://127.0.0.1:3000]
//
// Saves /matches, as each of the six personas of tests/personas.ts sees it, at 1280 and 390 px:
// <folder>/<persona>-<role>-1280.jpg and -390.jpg (the top of the page), plus <folder>/index.md listing them.
//
// Without --base-url it makes everything itself: a throwaway embedded database, migrated and
// seeded like `npm run db:seed -- --count <count>` (which calibrates the bands), the personas
// added with a password, the bands calibrated again with them, then `next start` on the
// production build in NEXT_DIST_DIR (default .next; built first when missing) on a free port.
//
// With --base-url it uses an app that is already running: the personas are written into the
// database at DATABASE_URL (from the environment or .env.local / .env), which must then be the
// app's own PostgreSQL database; an embedded one belongs to the running server (one process per
// PGlite folder), so the script refuses it.
//
// Runs under the react-server condition so `server-only` imports resolve (see package.json).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser } from "playwright-core";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db-client";
import { recalibrateBandsWith } from "../lib/matches/calibrate-bands";
import { PERSONAS, PERSONA_PASSWORD, seedPersonas, type Persona } from "../tests/personas";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { count: { type: "string", default: "300" }, "base-url": { type: "string" } },
});
const outDir = positionals[0];
if (!outDir) {
  console.error("Usage: npm run screenshots:personas -- <folder> [--count 300] [--base-url URL]");
  process.exit(2);
}
const count = Number(values.count);
if (!Number.isInteger(count) || count < 0) {
  console.error(`--count must be a whole number, got "${values.count}"`);
  process.exit(2);
}

const VIEWPORTS = [
  { name: "1280", width: 1280, height: 800 },
  { name: "390", width: 390, height: 844 },
] as const;

// As in tests/e2e/support.ts: keep Chromium's background services off this network.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: root, env, encoding: "utf8", stdio: "inherit" });
  if (result.status !== 0)
    throw new Error(`\`${path.basename(command)} ${args.join(" ")}\` failed (exit ${result.status ?? result.signal}).`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The app server exited (${server.exitCode}) before it was healthy.`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(5_000) })).status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} was not healthy within 90 s.`);
}

/** Stops `next start` and its server child (their own process group), waiting for them to exit. */
function stop(server: ChildProcess, pid: number): Promise<void> {
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  return new Promise((resolve) => {
    const force = setTimeout(() => kill("SIGKILL"), 5_000);
    server.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    kill("SIGTERM");
  });
}

/** Adds the personas (with their password) to a database and calibrates the bands with them in it. */
async function addPersonas(databaseUrl: string): Promise<void> {
  const { db, pglite } = createPrismaClient(databaseUrl);
  try {
    await seedPersonas(db, { passwordHash: await hashPassword(PERSONA_PASSWORD) });
    await recalibrateBandsWith(db);
  } finally {
    await db.$disconnect();
    await pglite?.close();
  }
}

/** Signs a persona in with the password form and saves /matches in each of their roles at both widths. */
async function shoot(browser: Browser, baseURL: string, persona: Persona): Promise<string[]> {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORTS[0], timezoneId: persona.profile.timeZone });
  const files: string[] = [];
  try {
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email", { exact: true }).fill(persona.email);
    await page.getByLabel("Password", { exact: true }).fill(PERSONA_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/dashboard", { timeout: 30_000 });
    const p = persona.profile;
    const roles = [...(p.seeksMentorship ? ["mentee"] : []), ...(p.offersMentorship ? ["mentor"] : []), ...(p.openToPeer ? ["peer"] : [])];
    for (const role of roles) {
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        const response = await page.goto(`/matches?role=${role}`);
        if (response?.status() !== 200) throw new Error(`/matches?role=${role} answered ${response?.status()} for ${persona.key}`);
        await page.locator("main h1").waitFor({ timeout: 30_000 });
        // The first three or so cards, as JPEG: small enough to keep beside a closing note.
        const file = `${persona.key}-${role}-${viewport.name}.jpg`;
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({
          path: path.join(outDir!, file),
          fullPage: true,
          clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, viewport.width < 600 ? 2600 : 1800) },
          type: "jpeg",
          quality: 70,
        });
        files.push(file);
      }
    }
  } finally {
    await context.close();
  }
  return files;
}

async function main() {
  mkdirSync(outDir!, { recursive: true });
  let baseURL = values["base-url"];
  let server: ChildProcess | undefined;
  let tmp: string | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  try {
    if (baseURL) {
      for (const file of [".env.local", ".env"]) if (existsSync(path.join(root, file))) process.loadEnvFile(path.join(root, file));
      const url = process.env.DATABASE_URL ?? "";
      if (!/^postgres(ql)?:\/\//.test(url)) {
        throw new Error(
          "--base-url needs DATABASE_URL=postgresql://... (the running app's database); an embedded database belongs to the running server. Leave --base-url out to run a throwaway app instead.",
        );
      }
      await addPersonas(url);
    } else {
      tmp = mkdtempSync(path.join(os.tmpdir(), "constellation-personas-"));
      const databaseUrl = `file:${path.join(tmp, "db")}`;
      const dbEnv = { ...env, DATABASE_URL: databaseUrl };
      const distDir = process.env.NEXT_DIST_DIR || ".next";
      if (!existsSync(path.join(root, distDir, "BUILD_ID"))) run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
      run(bin("prisma"), ["migrate", "deploy"], dbEnv);
      run(bin("tsx"), ["prisma/seed.ts", "--count", String(count)], { ...dbEnv, NODE_OPTIONS: "" });
      await addPersonas(databaseUrl);
      const port = await freePort();
      baseURL = `http://127.0.0.1:${port}`;
      server = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
        cwd: root,
        detached: true,
        stdio: "ignore",
        env: {
          ...dbEnv,
          NODE_OPTIONS: "",
          NODE_ENV: "production",
          AUTH_SECRET: randomBytes(32).toString("base64"),
          AUTH_URL: baseURL,
          NEXTAUTH_URL: baseURL,
        },
      });
      await waitForHealth(`${baseURL}/api/health`, server);
    }

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const index = ["# /matches as each persona sees it", ""];
    try {
      for (const persona of PERSONAS) {
        const files = await shoot(browser, baseURL, persona);
        index.push(`## ${persona.name}: ${persona.summary}`, "", ...files.map((f) => `- ![${f}](${f})`), "");
        console.log(`${persona.key}: ${files.join(", ")}`);
      }
    } finally {
      await browser.close();
    }
    writeFileSync(path.join(outDir!, "index.md"), index.join("\n"));
    console.log(`Saved to ${path.resolve(outDir!)} (index.md lists them).`);
  } finally {
    if (server?.pid && server.exitCode === null) await stop(server, server.pid);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
