import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => import("./support/fake-session"));

import { POST as dismiss, DELETE as undoDismiss } from "@/app/api/matches/[id]/dismiss/route";
import { POST as save } from "@/app/api/matches/[id]/save/route";
import { GET as getMatches } from "@/app/api/matches/route";
import { GET as getPerson } from "@/app/api/people/[id]/route";
import { GET as getWeights, PUT as putWeights } from "@/app/api/programs/[id]/weights/route";
import { POST as previewRound } from "@/app/api/rounds/preview/route";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { actAs } from "./support/fake-session";
import { MENTOR_ROLES, createMember, createUser } from "./support/people";

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const JSON_TYPE = { "content-type": "application/json" };
const matches = async (query = "") => getMatches(new Request(`http://test/api/matches${query}`), ctx({}));
const ids = (body: { suggestions: { person: { id: string } }[] }) => body.suggestions.map((s) => s.person.id);

let mentee: CurrentUser;
let good: CurrentUser; // offers what the mentee seeks, shows one attribute, keeps two back
let other: CurrentUser; // a plainer match
let paused: CurrentUser;
let sameInstitution: CurrentUser;
let emailOnly: CurrentUser;
let blockedByMentee: CurrentUser;
let blockerOfMentee: CurrentUser;

beforeAll(async () => {
  mentee = await createMember("Mina Mentee", {
    goals: {
      seeks: [{ goalAreaId: "tenure-promotion" }, { goalAreaId: "research-publishing" }],
      offers: [{ goalAreaId: "systems-technology" }],
    },
    identity: {
      // "Prefer shared" needs holding the attribute, with matching allowed to use it.
      identities: [
        { attributeId: "lgbtq", visibility: "MATCHING" },
        { attributeId: "neurodivergent", visibility: "MATCHING" },
        { attributeId: "caregiver", visibility: "MATCHING" },
      ],
      affinities: [
        { attributeId: "lgbtq", preference: "SHARED", required: false },
        { attributeId: "neurodivergent", preference: "SHARED", required: false },
        { attributeId: "caregiver", preference: "SHARED", required: false },
      ],
    },
  });
  const mentor = (name: string, extra: Parameters<typeof createMember>[1] = {}) =>
    createMember(name, {
      roles: MENTOR_ROLES,
      goals: {
        seeks: [],
        offers: [{ goalAreaId: "tenure-promotion" }, { goalAreaId: "research-publishing" }],
        learns: [{ goalAreaId: "systems-technology" }],
      },
      background: { careerStage: "SENIOR", institution: "Harbor City College" },
      ...extra,
    });
  good = await mentor("Gale Good", {
    identity: {
      identities: [
        { attributeId: "lgbtq", visibility: "PRIVATE" },
        { attributeId: "neurodivergent", visibility: "MATCHING" },
        { attributeId: "caregiver", visibility: "SHOWN" },
      ],
      affinities: [],
    },
  });
  other = await mentor("Otto Other", {
    goals: { seeks: [], offers: [{ goalAreaId: "job-search" }], learns: [] },
    background: { careerStage: "MID_CAREER", institution: "Elsewhere Library" },
  });
  paused = await mentor("Pat Paused", { roles: { ...MENTOR_ROLES, acceptingRequests: false } });
  sameInstitution = await mentor("Sam Same", { background: { careerStage: "SENIOR", institution: "the Great Plains University" } });
  emailOnly = await mentor("Em Email", { formats: { video: "NO", phone: "NO", inPerson: "NO", email: "PREFERRED", asyncChat: "NO" } });
  blockedByMentee = await mentor("Bea Blocked");
  blockerOfMentee = await mentor("Bo Blocker");
  await db.block.createMany({
    data: [
      { blockerId: mentee.id, blockedId: blockedByMentee.id },
      { blockerId: blockerOfMentee.id, blockedId: mentee.id },
    ],
  });
  // The mentee accepts no email-only pairing: their own formats exclude email.
  await db.profile.update({ where: { userId: mentee.id }, data: { formatEmail: "NO" } });
});

describe("GET /api/matches", () => {
  it("ranks mentors for a mentee and explains each with reasons that add up", async () => {
    actAs(mentee);
    const response = await matches("?role=mentee");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.role).toBe("mentee");
    expect(body.roles).toEqual(["mentee"]);
    expect(ids(body)[0]).toBe(good.id);
    expect(ids(body)).toContain(other.id);
    const top = body.suggestions[0];
    expect(["strong", "good", "fair"]).toContain(top.band);
    expect(top.reasons.length).toBeGreaterThanOrEqual(2);
    expect(top.reasons.length).toBeLessThanOrEqual(4);
    expect(top.reasons.map((r: { text: string }) => r.text).join(" ")).toMatch(/Tenure and promotion/);
    // Words and a main mark, never a number: the first reason is always a main one.
    expect(top.reasons[0].main).toBe(true);
    for (const s of body.suggestions) {
      // Only the band, the reasons and a caveat leave the server, never the score.
      expect(Object.keys(s).sort()).toEqual(["band", "caveat", "person", "reasons", "role", "saved"]);
      for (const r of s.reasons) {
        expect(Object.keys(r).sort()).toEqual(["component", "main", "text"]);
        expect(typeof r.main).toBe("boolean");
        expect(r.text).not.toMatch(/\d+\s*%|percent/i);
      }
      // A senior mentor for an early-career mentee: nothing to warn about.
      expect(s.caveat).toBeNull();
    }
    // The friendly zone name beside the id (cards never print "America/Chicago" alone).
    expect(top.person.timeZone).toBe("America/Chicago");
    expect(top.person.timeZoneLabel).toBe("Central Time, Chicago");
  });

  it("says whether the viewer's own identity preferences shape the list, never which suggestions they moved", async () => {
    actAs(mentee);
    const shaped = await (await matches("?role=mentee")).json();
    expect(shaped.affinityShaped).toBe(true);
    // Someone who asked for nothing about identity.
    actAs(await createMember("Nia Neutral", { goals: { seeks: [{ goalAreaId: "tenure-promotion" }] } }));
    const plain = await (await matches("?role=mentee")).json();
    expect(plain.suggestions.length).toBeGreaterThan(0);
    expect(plain.affinityShaped).toBe(false);
    // Nothing per suggestion says it either way (the keys of each are checked above).
    for (const s of [...shaped.suggestions, ...plain.suggestions]) expect(s).not.toHaveProperty("affinityShaped");
  });

  it("leaves out blocked (either way), paused, own-institution and no-shared-format mentors", async () => {
    actAs(mentee);
    const found = ids(await (await matches("?role=mentee&limit=50")).json());
    for (const excluded of [paused, sameInstitution, emailOnly, blockedByMentee, blockerOfMentee]) {
      expect(found).not.toContain(excluded.id);
    }
    expect(found).not.toContain(mentee.id);
  });

  it("filters by goal and format, and rejects an unknown format with a 400", async () => {
    actAs(mentee);
    const byGoal = ids(await (await matches("?role=mentee&goal=job-search")).json());
    expect(byGoal).toEqual([other.id]);
    // A format the mentee refuses finds nobody, even though mentors accept it.
    const refused = await (await matches("?role=mentee&format=email")).json();
    expect(refused.suggestions).toEqual([]);
    expect(refused.hint).toBe("CLEAR_FILTERS");
    const bad = await matches("?format=carrier-pigeon");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.format).toBeDefined();
  });

  it("never carries a private or matching-only identity attribute", async () => {
    actAs(mentee);
    const raw = await (await matches("?role=mentee&limit=50")).text();
    for (const word of ["lgbtq", "LGBTQ+", "neurodivergent", "Neurodivergent", "PRIVATE", "MATCHING"]) {
      expect(raw).not.toContain(word);
    }
    // The mentor holding those attributes is in the answer, so the check above means something.
    expect(raw).toContain(good.id);
  });

  it("hides a dismissed mentor for 90 days until undone, and marks saved ones", async () => {
    actAs(mentee);
    const dismissed = await dismiss(new Request("http://test", { method: "POST" }), ctx({ id: other.id }));
    expect(dismissed.status).toBe(200);
    const until = new Date((await dismissed.json()).hiddenUntil).getTime();
    expect(until - Date.now()).toBeGreaterThan(89 * 24 * 3600 * 1000);
    expect(ids(await (await matches("?role=mentee&limit=50")).json())).not.toContain(other.id);
    await undoDismiss(new Request("http://test", { method: "DELETE" }), ctx({ id: other.id }));
    expect(ids(await (await matches("?role=mentee&limit=50")).json())).toContain(other.id);

    expect((await save(new Request("http://test", { method: "POST" }), ctx({ id: good.id }))).status).toBe(200);
    const body = await (await matches("?role=mentee")).json();
    expect(body.suggestions.find((s: { person: { id: string } }) => s.person.id === good.id).saved).toBe(true);
  });

  it("sees a mentor's profile change on the next request", async () => {
    actAs(mentee);
    const before = await (await matches("?role=mentee&limit=50")).json();
    expect(ids(before)).toContain(other.id);
    const { saveProfileSection } = await import("@/lib/profiles/save-profile");
    await saveProfileSection(other, "goals", { seeks: [], offers: [{ goalAreaId: "tenure-promotion" }], learns: [] });
    const after = await (await matches("?role=mentee&limit=50")).json();
    const reasons = after.suggestions.find((s: { person: { id: string } }) => s.person.id === other.id).reasons;
    expect(reasons.map((r: { text: string }) => r.text).join(" ")).toMatch(/Tenure and promotion/);
    await saveProfileSection(other, "roles", { ...MENTOR_ROLES, acceptingRequests: false });
    expect(ids(await (await matches("?role=mentee&limit=50")).json())).not.toContain(other.id);
    await saveProfileSection(other, "roles", MENTOR_ROLES);
    await saveProfileSection(other, "goals", { seeks: [], offers: [{ goalAreaId: "job-search" }], learns: [] });
  });

  it("refuses to dismiss or save unknown people and anyone signed out", async () => {
    actAs(mentee);
    expect((await dismiss(new Request("http://test", { method: "POST" }), ctx({ id: "nobody" }))).status).toBe(404);
    expect((await save(new Request("http://test", { method: "POST" }), ctx({ id: "nobody" }))).status).toBe(404);
    actAs(null);
    expect((await matches()).status).toBe(401);
  });

  it("tells a person without a profile to finish it", async () => {
    actAs(await createUser());
    const body = await (await matches()).json();
    expect(body.suggestions).toEqual([]);
    expect(body.hint).toBe("FINISH_PROFILE");
  });
});

describe("identity shown on a profile", () => {
  it("is visible on the public page to any signed-in member, suggested or not; matching-only and private never", async () => {
    actAs(mentee);
    const seen = await (await getPerson(new Request("http://test"), ctx({ id: good.id }))).json();
    expect(seen.person.identities).toEqual([{ attributeId: "caregiver", label: "Caregiver" }]);

    // Another mentor never gets mentors as suggestions, and sees exactly the same.
    actAs(other);
    const raw = await (await getPerson(new Request("http://test"), ctx({ id: good.id }))).text();
    expect(JSON.parse(raw).person.identities).toEqual([{ attributeId: "caregiver", label: "Caregiver" }]);
    for (const word of ["lgbtq", "LGBTQ+", "neurodivergent", "Neurodivergent", "PRIVATE", "MATCHING"]) expect(raw).not.toContain(word);
  });
});

describe("POST /api/rounds/preview", () => {
  const post = (body: unknown) =>
    previewRound(new Request("http://test", { method: "POST", headers: JSON_TYPE, body: JSON.stringify(body) }), ctx({}));

  it("is refused to members", async () => {
    actAs(mentee);
    const response = await post({});
    expect(response.status).toBe(403);
  });

  it("gives admins an exact assignment within capacities that never pairs a blocked pair", async () => {
    const menteeB = await createMember("Noor Newcomer", { goals: { seeks: [{ goalAreaId: "job-search" }] } });
    actAs(await createUser({ role: "ADMIN" }));
    const body = {
      menteeIds: [mentee.id, menteeB.id],
      mentorIds: [good.id, other.id, blockedByMentee.id, paused.id],
    };
    const response = await post(body);
    expect(response.status).toBe(200);
    const preview = await response.json();
    expect(preview.objective).toBe("most-matched-then-fairest");
    expect(preview.metrics.matched).toBe(2);
    expect(preview.metrics.floor).toBeGreaterThan(0);
    const pairs = preview.assignments.map((a: { menteeId: string; mentorId: string }) => `${a.menteeId}>${a.mentorId}`);
    expect(pairs).not.toContain(`${mentee.id}>${blockedByMentee.id}`);
    expect(pairs.some((p: string) => p.endsWith(`>${paused.id}`))).toBe(false);

    const total = await (await post({ ...body, objective: "highest-total" })).json();
    expect(total.metrics.matched).toBe(2);
    expect(total.metrics.total).toBeGreaterThanOrEqual(preview.metrics.total);

    const bad = await post({ objective: "lowest" });
    expect(bad.status).toBe(400);
  });
});

describe("program weights", () => {
  it("are stored validated and normalised, used by the program's round, and refused to members", async () => {
    const program = await db.program.create({ data: { name: "Spring cohort" } });
    await db.programMember.createMany({
      data: [
        { programId: program.id, userId: mentee.id, role: "MENTEE" },
        { programId: program.id, userId: good.id, role: "MENTOR" },
        { programId: program.id, userId: other.id, role: "MENTOR" },
      ],
    });
    const put = (body: unknown) =>
      putWeights(new Request("http://test", { method: "PUT", headers: JSON_TYPE, body: JSON.stringify(body) }), ctx({ id: program.id }));

    actAs(mentee);
    expect((await put({ goalCoverage: 1 })).status).toBe(404);
    expect(await db.program.findUniqueOrThrow({ where: { id: program.id } }).then((p) => p.weights)).toBeNull();

    actAs(await createUser({ role: "ADMIN" }));
    const defaults = await (await getWeights(new Request("http://test"), ctx({ id: program.id }))).json();
    expect(Object.values(defaults.weights as Record<string, number>).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);

    const bad = await put({ goalCoverage: -1, astrology: 2 });
    expect(bad.status).toBe(400);

    const saved = await (await put({ goalCoverage: 3, formatFit: 0 })).json();
    const sum = Object.values(saved.weights as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 9);
    expect(saved.weights.formatFit).toBe(0);
    expect(saved.weights.goalCoverage).toBeGreaterThan(defaults.weights.goalCoverage);
    const stored = (await db.program.findUniqueOrThrow({ where: { id: program.id } })).weights as Record<string, number>;
    expect(stored.goalCoverage).toBeCloseTo(saved.weights.goalCoverage, 12);

    // The program's round uses its members and its weights.
    const preview = await (
      await previewRound(
        new Request("http://test", { method: "POST", headers: JSON_TYPE, body: JSON.stringify({ programId: program.id }) }),
        ctx({}),
      )
    ).json();
    expect(preview.metrics.mentees).toBe(1);
    expect(preview.metrics.mentors).toBe(2);
    expect(preview.assignments).toHaveLength(1);
    expect(preview.assignments[0].mentorId).toBe(good.id);
  });
});
