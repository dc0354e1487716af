// Starts the real app for the end-to-end suite: a production build served by `next start` on a
// free port, over a throwaway embedded (PGlite) database that is migrated and seeded first, sending
// its mail by SMTP to a capturing server (./mail-capture.ts). Tests read the addresses with
// `inject("baseURL")` and `inject("mailURL")`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startMailCapture, type MailCapture } from "./mail-capture";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    /** The mail capture's HTTP endpoint (see support.ts `outbox()`). */
    mailURL: string;
  }
}

const root = path.resolve(import.meta.dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const HEALTH_TIMEOUT_MS = 60_000;

/** Runs a command to completion in the repo root; throws with its output when it fails. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, options: { inherit?: boolean } = {}): void {
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    encoding: "utf8",
    stdio: options.inherit ? "inherit" : "pipe",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = options.inherit ? "" : `\n${result.stdout ?? ""}${result.stderr ?? ""}`;
    const reason = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
    throw new Error(`[e2e] \`${path.basename(command)} ${args.join(" ")}\` failed (${reason}).${output}`);
  }
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHealth(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`[e2e] The app server exited (${server.exitCode ?? server.signalCode}) before it was healthy.\n${output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}: ${(await response.text()).slice(0, 500)}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(300);
  }
  throw new Error(`[e2e] ${url} was not healthy within ${HEALTH_TIMEOUT_MS / 1000}s (last: ${last}).\n${output()}`);
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || !server.pid) return Promise.resolve();
  const pid = server.pid;
  return new Promise((resolve) => {
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal); // the whole group: npx/next and the next-server child
      } catch {
        // already gone
      }
    };
    const force = setTimeout(() => killGroup("SIGKILL"), 5_000);
    server.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    killGroup("SIGTERM");
  });
}

export default async function setup(project: TestProject) {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    // vitest.config.ts leaves this project out when Chromium is missing, unless CI=true.
    throw new Error(
      `[e2e] No Chromium at ${chromium}. Install it with \`apt-get install -y chromium\`, or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }

  const baseEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (process.env.E2E_REBUILD === "1" || !existsSync(path.join(root, distDir, "BUILD_ID"))) {
    console.log(`[e2e] No production build in ${distDir} (or E2E_REBUILD=1): running \`next build\`…`);
    if (!existsSync(path.join(root, "generated/prisma"))) run(bin("prisma"), ["generate"], baseEnv, { inherit: true });
    run(bin("next"), ["build"], { ...baseEnv, NODE_ENV: "production" }, { inherit: true });
  }

  const tmp = mkdtempSync(path.join(os.tmpdir(), "constellation-e2e-"));
  const databaseUrl = `file:${path.join(tmp, "db")}`;
  const dbEnv = { ...baseEnv, DATABASE_URL: databaseUrl };
  let server: ChildProcess | undefined;
  let mail: MailCapture | undefined;
  let serverOutput = "";
  const output = () => `--- app server output ---\n${serverOutput.slice(-8_000) || "(none)"}\n--- end ---`;

  try {
    let mark = Date.now();
    const took = () => `${((Date.now() - mark) / 1000).toFixed(1)}s`;
    run(bin("prisma"), ["migrate", "deploy"], dbEnv);
    console.log(`[e2e] Database migrated in ${took()}.`);
    mark = Date.now();
    run(bin("tsx"), ["prisma/seed.ts", "--count", "120"], dbEnv);
    console.log(`[e2e] Database seeded in ${took()}.`);
    mark = Date.now();

    mail = await startMailCapture();
    const port = await freePort();
    const baseURL = `http://127.0.0.1:${port}`;
    server = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      detached: true, // own process group, so teardown can stop next and its children together
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...dbEnv,
        NODE_ENV: "production",
        AUTH_SECRET: randomBytes(32).toString("base64"),
        AUTH_URL: baseURL,
        NEXTAUTH_URL: baseURL,
        // Real SMTP, as in production (a production build has no dev outbox); this also wins over
        // an SMTP_URL from a local .env file.
        SMTP_URL: mail.smtpUrl,
        // Every test comes from 127.0.0.1; the limits themselves are covered by integration tests.
        AUTH_RATE_LIMIT_PER_IP: "1000",
        AUTH_RATE_LIMIT_PER_EMAIL: "1000",
        AUTH_RATE_LIMIT_LINKS_PER_IP: "1000",
        AUTH_RATE_LIMIT_LINKS_PER_EMAIL: "1000",
        AUTH_RATE_LIMIT_SIGNUPS_PER_IP: "1000",
        AUTH_RATE_LIMIT_SIGNUPS_PER_EMAIL: "1000",
      },
    });
    const collect = (chunk: Buffer) => {
      serverOutput += chunk.toString();
      if (serverOutput.length > 200_000) serverOutput = serverOutput.slice(-100_000);
    };
    server.stdout?.on("data", collect);
    server.stderr?.on("data", collect);

    await waitForHealth(`${baseURL}/api/health`, server, output);
    console.log(`[e2e] App is up at ${baseURL} after ${took()} (database ${databaseUrl}).`);
    project.provide("baseURL", baseURL);
    project.provide("mailURL", mail.url);
  } catch (error) {
    if (server) await stopServer(server);
    await mail?.close();
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }

  const started = server;
  const capture = mail;
  return async function teardown() {
    const mark = Date.now();
    await stopServer(started);
    await capture.close();
    console.log(`[e2e] App server stopped in ${((Date.now() - mark) / 1000).toFixed(1)}s.`);
    if (process.env.E2E_SERVER_LOG === "1") console.log(output());
    rmSync(tmp, { recursive: true, force: true });
  };
}
