// `npm run dev` runs the seed with --if-empty on every start, so the script must finish on its
// own both when it seeds and when it has nothing to do (it once hung on the second path, which
// made a second `npm run dev` hang). Runs the real script on a throwaway embedded database.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const dir = mkdtempSync(path.join(os.tmpdir(), "constellation-seed-"));
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${path.join(dir, "db")}`, NODE_ENV: "development" };

// A hang is killed after this long and then fails on its exit status, not on a timing.
const run = (command: string, args: string[]) =>
  spawnSync(command, args, { cwd: root, env, encoding: "utf8", timeout: 150_000, killSignal: "SIGKILL" });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("prisma/seed.ts --if-empty", () => {
  it("seeds an empty database, then finishes with nothing to do", { timeout: 400_000 }, () => {
    expect(run(bin("prisma"), ["migrate", "deploy"]).status).toBe(0);
    const first = run(bin("tsx"), ["prisma/seed.ts", "--if-empty", "--count", "30"]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Seeded 30 community members/);
    const second = run(bin("tsx"), ["prisma/seed.ts", "--if-empty"]);
    expect(second.signal, "the second run had to be killed: it never finished").toBeNull();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/seed skipped/);
  });
});
