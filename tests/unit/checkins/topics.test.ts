// The 12-month topic plan and which topic a check-in gets (lib/checkins/topics.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TOPIC_PLAN, topicForMonth, type Topic } from "@/lib/checkins/topics";

// Goal-area ids as the migrations insert them, so a topic never points at an area that does not exist.
function goalAreaIds(): Set<string> {
  const dir = path.join(process.cwd(), "prisma/migrations");
  const ids = new Set<string>();
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name, "migration.sql");
    let sql: string;
    try {
      sql = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const block of sql.matchAll(/INSERT INTO "GoalArea"[^;]*;/g))
      for (const m of block[0].matchAll(/\('([a-z0-9-]+)',/g)) ids.add(m[1]!);
  }
  return ids;
}

describe("topic plan", () => {
  it("has twelve months with the agreed anchors, each with a title and a prompt in our own words", () => {
    expect(TOPIC_PLAN.map((t) => t.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(TOPIC_PLAN[0]!.title).toBe("Getting to know each other");
    expect(TOPIC_PLAN[0]!.prompt).toMatch(/goals/);
    expect(TOPIC_PLAN.some((t) => t.title === "How the job is really feeling")).toBe(true);
    expect(TOPIC_PLAN[5]!.title).toMatch(/goals review/);
    expect(TOPIC_PLAN[11]!.title).toMatch(/Wrap-up and what's next/);
    for (const t of TOPIC_PLAN) {
      expect(t.title.length).toBeGreaterThan(5);
      expect(t.prompt.length).toBeGreaterThan(60);
      // No scores or percentages anywhere people read.
      expect(t.prompt).not.toMatch(/%/);
    }
    expect(new Set(TOPIC_PLAN.map((t) => t.title)).size).toBe(12);
  });

  it("points only at goal areas that exist", () => {
    const known = goalAreaIds();
    expect(known.size).toBeGreaterThan(20);
    for (const t of TOPIC_PLAN) for (const id of t.goalAreas) expect(known, `${t.title}: ${id}`).toContain(id);
  });
});

describe("topicForMonth", () => {
  const started = new Date("2026-01-20T15:00:00Z");

  it("counts whole calendar months of the relationship, 1-based", () => {
    expect(topicForMonth(started, new Date("2026-02-10T15:00:00Z"))).toMatchObject({ month: 1, relationshipMonth: 1 });
    expect(topicForMonth(started, new Date("2026-02-20T15:00:00Z"))).toMatchObject({ month: 2, relationshipMonth: 2 });
    expect(topicForMonth(started, new Date("2026-07-21T14:00:00Z"))).toMatchObject({ month: 7, title: TOPIC_PLAN[6]!.title });
    // A check-in booked before the start date (or on it) is the first month's.
    expect(topicForMonth(started, new Date("2026-01-15T15:00:00Z")).month).toBe(1);
  });

  it("wraps after twelve months", () => {
    expect(topicForMonth(started, new Date("2027-01-19T15:00:00Z"))).toMatchObject({ month: 12, relationshipMonth: 12 });
    expect(topicForMonth(started, new Date("2027-01-20T15:00:00Z"))).toMatchObject({ month: 1, relationshipMonth: 13 });
    expect(topicForMonth(started, new Date("2028-03-01T15:00:00Z"))).toMatchObject({ month: 2, relationshipMonth: 26 });
  });

  it("reads dates in the given zone: the same instant can be a day later in Auckland", () => {
    // 31 Jan 20:00 UTC is already 1 Feb in Auckland.
    const start = new Date("2026-01-01T00:00:00Z");
    const at = new Date("2026-01-31T20:00:00Z");
    expect(topicForMonth(start, at).month).toBe(1);
    expect(topicForMonth(start, at, { timeZone: "Pacific/Auckland" }).month).toBe(2);
  });

  it("uses an edited plan when one is given, in month order", () => {
    const plan: Topic[] = [
      { month: 2, title: "Second", prompt: "b", goalAreas: [] },
      { month: 1, title: "First", prompt: "a", goalAreas: [] },
    ];
    expect(topicForMonth(started, new Date("2026-02-01T00:00:00Z"), { plan }).title).toBe("First");
    expect(topicForMonth(started, new Date("2026-04-01T00:00:00Z"), { plan }).title).toBe("First");
  });
});
