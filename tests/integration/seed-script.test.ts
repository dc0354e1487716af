// `npm run dev` runs the seed with --if-empty on every start, so the script must finish on its
// own both when it seeds and when it has nothing to do (it once hung on the second path, which
// made a second `npm run dev` hang). Runs the real script on a throwaway embedded database.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";

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
    // It ends by calibrating the score bands (30 people are too few: the defaults, stored).
    expect(first.stdout).toMatch(/Score bands keep their defaults/);
    const second = run(bin("tsx"), ["prisma/seed.ts", "--if-empty"]);
    expect(second.signal, "the second run had to be killed: it never finished").toBeNull();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/seed skipped/);
  });

  it("calibrates the bands on a community big enough, and gives people a mix of availability", { timeout: 400_000 }, async () => {
    const seeded = run(bin("tsx"), ["prisma/seed.ts", "--count", "400"]);
    expect(seeded.status, seeded.stderr).toBe(0);
    expect(seeded.stdout).toMatch(/Calibrated score bands for mentee \(\d+ viewers, \d+ pairs\), mentor .*, peer /);
    const { db, pglite } = createPrismaClient(env.DATABASE_URL);
    try {
      const bands = await db.bandCalibration.findMany({ orderBy: { role: "asc" } });
      expect(bands.map((b) => b.role)).toEqual(["mentee", "mentor", "peer"]);
      for (const b of bands) {
        expect(b.viewers, b.role).toBeGreaterThanOrEqual(20);
        expect(b.strongMin).toBeGreaterThan(b.goodMin);
      }
      const profiles = await db.profile.findMany({
        select: {
          availability: true,
          availabilityCheckedAt: true,
          seeksMentorship: true,
          offersMentorship: true,
          goals: { select: { kind: true } },
        },
      });
      const has = (w: string) => profiles.filter((p) => p.availability.includes(w as never)).length / profiles.length;
      expect(has("WEEKDAY_DAYTIME")).toBeGreaterThan(0.6);
      expect(has("WEEKDAY_EVENING")).toBeGreaterThan(0.1);
      expect(has("WEEKEND")).toBeGreaterThan(0.1);
      // Some never confirmed theirs (the profile page invites them to); the demo login did.
      expect(profiles.some((p) => p.availabilityCheckedAt === null)).toBe(true);
      const demo = await db.profile.findFirstOrThrow({ where: { user: { email: "demo@constellation.test" } } });
      expect(demo.availabilityCheckedAt).not.toBeNull();
      // Mentoring goes both ways: some people who only look for a mentor could share something.
      expect(profiles.some((p) => p.seeksMentorship && !p.offersMentorship && p.goals.some((g) => g.kind === "OFFER"))).toBe(true);
    } finally {
      await db.$disconnect();
      await pglite?.close();
    }
  });
});
