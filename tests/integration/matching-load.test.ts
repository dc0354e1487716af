import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => import("./support/fake-session"));

import { GET as getMatches } from "@/app/api/matches/route";
import { POST as previewRound } from "@/app/api/rounds/preview/route";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { matchLabels } from "@/lib/matches/labels";
import { loadCandidates, loadMatchProfile } from "@/lib/matches/load-profiles";
import { suggestionForPair } from "@/lib/matches/pair-suggestion";
import { suggest } from "@/lib/matching";
import { actAs } from "./support/fake-session";
import { createMentorship, createRequest } from "./support/mentorships";
import { MENTOR_ROLES, createMember, createUser } from "./support/people";

// Matching meets real relationships (issue 8): mentor load comes from Mentorship rows, pairs
// already in touch are not suggested to each other, and people who leave requests unanswered
// move down. Every change below is written straight to the database, never through a profile
// write, so each test also proves that the profile cache cannot serve a stale answer.

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const DAY_MS = 24 * 60 * 60 * 1000;

type Listed = { person: { id: string }; band: string; reasons: { component: string; text: string; main: boolean }[] };

async function list(viewer: CurrentUser, query: string): Promise<{ suggestions: Listed[]; hint: string | null; raw: string }> {
  actAs(viewer);
  const response = await getMatches(new Request(`http://test/api/matches?limit=50&${query}`), ctx({}));
  expect(response.status).toBe(200);
  const raw = await response.text();
  return { ...JSON.parse(raw), raw };
}
const ids = async (viewer: CurrentUser, query: string) => (await list(viewer, query)).suggestions.map((s) => s.person.id);

async function round(menteeIds: string[], mentorIds: string[]) {
  actAs(await createUser({ role: "ADMIN" }));
  const response = await previewRound(
    new Request("http://test", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ menteeIds, mentorIds }),
    }),
    ctx({}),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as {
    assignments: { menteeId: string; mentorId: string }[];
    metrics: { matched: number; unmatched: { menteeId: string; excludedBy?: Record<string, number> }[] };
  };
}

// Each describe block uses its own goal, so the people of one block never crowd another's lists.
const mentee = (name: string, goal: string) => createMember(name, { goals: { seeks: [{ goalAreaId: goal }], offers: [], learns: [] } });
const mentor = (name: string, goal: string, capacity = 2) =>
  createMember(name, {
    roles: { ...MENTOR_ROLES, mentorCapacity: capacity },
    goals: { seeks: [], offers: [{ goalAreaId: goal }], learns: [] },
    background: { careerStage: "SENIOR", institution: "Harbor City College" },
  });
const updatedAt = async (userId: string) => (await db.profile.findUniqueOrThrow({ where: { userId } })).updatedAt.getTime();

describe("mentor load from real mentorships", () => {
  const G = "cataloguing-metadata";
  let viewer: CurrentUser;
  let full: CurrentUser; // capacity 1
  let spare: CurrentUser; // capacity 2
  beforeAll(async () => {
    viewer = await mentee("Lena Load", G);
    full = await mentor("Fay Full", G, 1);
    spare = await mentor("Sol Spare", G, 2);
  });

  it("takes a mentor at capacity out of suggestions and the round; PAUSED still counts, ENDED and peer ties do not", async () => {
    const query = `role=mentee&goal=${G}`;
    expect(await ids(viewer, query)).toEqual(expect.arrayContaining([full.id, spare.id]));
    const stamp = await updatedAt(full.id);

    // Accepting creates an ACTIVE mentorship (agreement not yet confirmed): the only slot is taken.
    const tie = await createMentorship(full.id, (await createUser()).id);
    expect(await ids(viewer, query)).not.toContain(full.id);
    expect(await ids(viewer, query)).toContain(spare.id);
    const held = await round([viewer.id], [full.id]);
    expect(held.metrics.matched).toBe(0);
    expect(held.metrics.unmatched[0]!.excludedBy).toEqual({ MENTOR_AT_CAPACITY: 1 });
    // Nobody touched the profile: the load is read live, not from the cache.
    expect(await updatedAt(full.id)).toBe(stamp);

    await db.mentorship.update({ where: { id: tie.id }, data: { status: "PAUSED" } });
    expect(await ids(viewer, query)).not.toContain(full.id);

    await db.mentorship.update({ where: { id: tie.id }, data: { status: "ENDED", endedAt: new Date() } });
    expect(await ids(viewer, query)).toContain(full.id);
    expect((await round([viewer.id], [full.id])).assignments.map((a) => [a.menteeId, a.mentorId])).toEqual([[viewer.id, full.id]]);

    // A peer connection is not a mentee: it holds no mentoring slot.
    await createMentorship(full.id, (await createUser()).id, { kind: "PEER" });
    expect(await ids(viewer, query)).toContain(full.id);
  });

  it("shows a full mentor no mentees and says why, and counts one mentee of two as room left", async () => {
    await createMentorship(spare.id, (await createUser()).id);
    expect(await ids(viewer, `role=mentee&goal=${G}`)).toContain(spare.id);
    await createMentorship(spare.id, (await createUser()).id, { status: "PAUSED" });
    expect(await ids(viewer, `role=mentee&goal=${G}`)).not.toContain(spare.id);
    const own = await list(spare, "role=mentor");
    expect(own.suggestions).toEqual([]);
    expect(own.hint).toBe("MENTOR_PAUSED");
  });
});

describe("engaged pairs", () => {
  const G = "archives-preservation";
  let viewer: CurrentUser;
  let asked: CurrentUser; // the viewer asked them
  let inviter: CurrentUser; // they invited the viewer
  let peer: CurrentUser; // a peer tie with the viewer
  let plain: CurrentUser;
  beforeAll(async () => {
    viewer = await mentee("Eng Aged", G);
    asked = await mentor("Ada Asked", G);
    inviter = await mentor("Ivo Inviter", G);
    peer = await mentor("Pia Peer", G);
    plain = await mentor("Pat Plain", G);
  });

  it("leaves out, both ways, anyone with an open request or an active or paused tie of any kind; closing them brings them back", async () => {
    const query = `role=mentee&goal=${G}`;
    expect(await ids(viewer, query)).toEqual(expect.arrayContaining([asked.id, inviter.id, peer.id, plain.id]));
    expect(await ids(asked, `role=mentor&goal=${G}`)).toContain(viewer.id);

    const sent = await createRequest(viewer.id, asked.id);
    const invite = await db.mentorshipRequest.create({
      data: {
        kind: "MENTORSHIP",
        requesterId: inviter.id,
        recipientId: viewer.id,
        mentorId: inviter.id,
        menteeId: viewer.id,
        expiresAt: new Date(Date.now() + 14 * DAY_MS),
      },
    });
    const tie = await createMentorship(peer.id, viewer.id, { kind: "PEER", status: "PAUSED" });

    const after = await ids(viewer, query);
    for (const engaged of [asked, inviter, peer]) expect(after).not.toContain(engaged.id);
    expect(after).toContain(plain.id);
    // The other side does not see the viewer either.
    expect(await ids(asked, `role=mentor&goal=${G}`)).not.toContain(viewer.id);
    expect(await ids(inviter, `role=mentor&goal=${G}`)).not.toContain(viewer.id);
    expect(await ids(plain, `role=mentor&goal=${G}`)).toContain(viewer.id);

    // The pair check says the same, unless a relationship page asks why the two matched.
    expect(await suggestionForPair(viewer, asked.id)).toBeNull();
    expect(await suggestionForPair(inviter, viewer.id)).toBeNull();
    expect(await suggestionForPair(viewer, peer.id)).toBeNull();
    const why = await suggestionForPair(viewer, asked.id, undefined, { ignoreEngaged: true });
    expect(why?.role).toBe("mentee");
    expect(why?.reasons.length).toBeGreaterThan(0);

    // The round never proposes an engaged pair.
    const r = await round([viewer.id], [asked.id, inviter.id, peer.id, plain.id]);
    expect(r.assignments.map((a) => a.mentorId)).toEqual([plain.id]);
    const alone = await round([viewer.id], [asked.id, inviter.id, peer.id]);
    expect(alone.metrics.unmatched[0]!.excludedBy).toEqual({ ENGAGED: 3 });

    await db.mentorshipRequest.update({ where: { id: sent.id }, data: { status: "DECLINED", closedAt: new Date() } });
    await db.mentorshipRequest.update({ where: { id: invite.id }, data: { status: "WITHDRAWN", closedAt: new Date() } });
    await db.mentorship.update({ where: { id: tie.id }, data: { status: "ENDED", endedAt: new Date() } });
    expect(await ids(viewer, query)).toEqual(expect.arrayContaining([asked.id, inviter.id, peer.id, plain.id]));
    expect(await suggestionForPair(viewer, asked.id)).not.toBeNull();
  });
});

describe("responsiveness", () => {
  const G = "scholarly-communication";
  let viewer: CurrentUser;
  let first: string;
  let second: string;
  beforeAll(async () => {
    viewer = await mentee("Rhea Reliable", G);
    // Two mentors identical in every way that matters: only the id tie-break orders them.
    await mentor("Twin One", G);
    await mentor("Twin Two", G);
    [first, second] = await ids(viewer, `role=mentee&goal=${G}`);
  });
  const order = () => ids(viewer, `role=mentee&goal=${G}`);
  const reasonsOf = async (id: string) => (await list(viewer, `role=mentee&goal=${G}`)).suggestions.find((s) => s.person.id === id)!;

  it("moves a mentor who let a request lapse below an identical one, and no reason or word says so", async () => {
    expect(await order()).toEqual([first, second]);
    const before = await reasonsOf(first);
    const stamp = await updatedAt(first);
    // Straight in SQL, as a sweep might: updatedAt does not move, the next request still sees it.
    await db.$executeRaw`UPDATE "Profile" SET "requestsExpired" = 1 WHERE "userId" = ${first}`;
    expect(await updatedAt(first)).toBe(stamp);
    expect(await order()).toEqual([second, first]);
    const after = await list(viewer, `role=mentee&goal=${G}`);
    const moved = after.suggestions.find((s) => s.person.id === first)!;
    expect(moved.reasons).toEqual(before.reasons);
    // Inside the server too: the twins' reasons carry the same internal shares, although one scores lower.
    const me = (await loadMatchProfile(viewer.id))!;
    const candidates = (await loadCandidates(me.match, "mentee", { goal: G })).map((c) => c.match);
    const internal = suggest({ viewer: me.match, role: "mentee", candidates, labels: await matchLabels() }).suggestions;
    const [up, down] = [internal.find((s) => s.candidateId === second)!, internal.find((s) => s.candidateId === first)!];
    expect(down.scoreInt).toBeLessThan(up.scoreInt);
    expect(down.reasons).toEqual(up.reasons);
    expect(after.raw).not.toMatch(/respons|requestsExpired|unanswered|lapse|expire/i);
    await db.$executeRaw`UPDATE "Profile" SET "requestsExpired" = 0 WHERE "userId" = ${first}`;
    expect(await order()).toEqual([first, second]);
  });

  it("does the same for a received request left open past the reminder; a fresh one changes nothing", async () => {
    const request = await createRequest((await createUser()).id, first);
    expect(await order()).toEqual([first, second]);
    await db.mentorshipRequest.update({ where: { id: request.id }, data: { createdAt: new Date(Date.now() - 8 * DAY_MS) } });
    expect(await order()).toEqual([second, first]);
    // Answered at last: it no longer counts.
    await db.mentorshipRequest.update({ where: { id: request.id }, data: { status: "DECLINED", closedAt: new Date() } });
    expect(await order()).toEqual([first, second]);
  });
});
