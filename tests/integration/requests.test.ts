// Requests (issue 8): sending with its limits and refusals, every transition and every refusal of
// an invalid one (409 with words a person can act on), strangers answered 404 on every request
// route, the gentle decline, withdrawal, reminders and expiry with a fake clock, and the
// overlapping-goal question after an acceptance (nothing is withdrawn behind anyone's back).
import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => import("./support/fake-session"));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<object>()), revalidatePath: vi.fn() }));
vi.hoisted(() => {
  // Many writes per person in a minute here; the write limit has its own tests.
  process.env.API_RATE_LIMIT_WRITES_PER_MINUTE = "1000000";
});

import { POST as accept } from "@/app/api/requests/[id]/accept/route";
import { POST as decline } from "@/app/api/requests/[id]/decline/route";
import { GET as messages, POST as postMessage } from "@/app/api/requests/[id]/messages/route";
import { GET as getOne } from "@/app/api/requests/[id]/route";
import { POST as withdraw } from "@/app/api/requests/[id]/withdraw/route";
import { GET as list, POST as send } from "@/app/api/requests/route";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { withdrawOverlappingAction } from "@/lib/requests/actions";
import { acceptRequest } from "@/lib/requests/accept-request";
import { getSuggestions } from "@/lib/matches/get-suggestions";
import { declineRequest } from "@/lib/requests/decline-request";
import { sendRequest } from "@/lib/requests/send-request";
import { sweepRequests } from "@/lib/requests/sweep-requests";
import { withdrawRequest } from "@/lib/requests/withdraw-request";
import { actAs } from "./support/fake-session";
import { createMentorship } from "./support/mentorships";
import { createMember, createUser } from "./support/people";
import { mentee, mentor, peer } from "./support/request-people";

const JSON_TYPE = { "content-type": "application/json" };
const DAY = 24 * 60 * 60 * 1000;
const GENERIC_404 = { error: { code: "NOT_FOUND", message: new AppError("NOT_FOUND").userMessage } };

type Route = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Answer = { status: number; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

async function call(
  as: CurrentUser | null,
  route: Route,
  path: string,
  init: { method?: string; params?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  actAs(as);
  const request = new Request(`http://test${path}`, {
    method: init.method ?? "GET",
    ...(init.body !== undefined ? { body: JSON.stringify(init.body), headers: JSON_TYPE } : {}),
  });
  const response = await (route as Route)(request, { params: Promise.resolve(init.params ?? {}) });
  return { status: response.status, body: await response.json() };
}

const api = {
  send: (as: CurrentUser, body: object) => call(as, send as Route, "/api/requests", { method: "POST", body }),
  list: (as: CurrentUser) => call(as, list as Route, "/api/requests"),
  get: (as: CurrentUser | null, id: string) => call(as, getOne as Route, `/api/requests/${id}`, { params: { id } }),
  accept: (as: CurrentUser | null, id: string) =>
    call(as, accept as Route, `/api/requests/${id}/accept`, { method: "POST", params: { id } }),
  decline: (as: CurrentUser | null, id: string) =>
    call(as, decline as Route, `/api/requests/${id}/decline`, { method: "POST", params: { id } }),
  withdraw: (as: CurrentUser | null, id: string) =>
    call(as, withdraw as Route, `/api/requests/${id}/withdraw`, { method: "POST", params: { id } }),
  messages: (as: CurrentUser | null, id: string) => call(as, messages as Route, `/api/requests/${id}/messages`, { params: { id } }),
  post: (as: CurrentUser | null, id: string, body: string) =>
    call(as, postMessage as Route, `/api/requests/${id}/messages`, { method: "POST", params: { id }, body: { body } }),
};

/** Sends a valid request through the API and returns its id. */
async function sent(from: CurrentUser, to: CurrentUser, extra: object = {}): Promise<string> {
  const answer = await api.send(from, { recipientId: to.id, note: "Would you have time this spring?", ...extra });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.request.id;
}

const notifications = (userId: string, kind?: string) =>
  db.notification.findMany({ where: { userId, ...(kind ? { kind: kind as never } : {}) }, orderBy: { createdAt: "asc" } });
const statusOf = async (id: string) => (await db.mentorshipRequest.findUniqueOrThrow({ where: { id } })).status;

let stranger: CurrentUser;
let admin: CurrentUser;
beforeAll(async () => {
  stranger = await createMember("Sid Stranger");
  admin = await createUser({ name: "Ada Admin", role: "ADMIN" });
  await createMember("Ada Admin Profile");
});

describe("sending a request", () => {
  it("a mentee asks a mentor: stored OPEN with the note and goals, the mentor is told, both lists show it", async () => {
    const mia = await mentee("Mia Mentee");
    const max = await mentor("Max Mentor");
    const answer = await api.send(mia, {
      recipientId: max.id,
      role: "mentee",
      note: "  I am preparing my tenure file.  ",
      goalAreaIds: ["tenure-promotion"],
    });
    expect(answer.status).toBe(201);
    expect(answer.body.request).toMatchObject({
      kind: "MENTORSHIP",
      role: "mentee",
      status: "OPEN",
      recipientId: max.id,
      goalAreaIds: ["tenure-promotion"],
    });
    const stored = await db.mentorshipRequest.findUniqueOrThrow({ where: { id: answer.body.request.id }, include: { goals: true } });
    expect(stored).toMatchObject({
      requesterId: mia.id,
      recipientId: max.id,
      menteeId: mia.id,
      mentorId: max.id,
      note: "I am preparing my tenure file.",
      status: "OPEN",
    });
    expect(stored.goals.map((g) => g.goalAreaId)).toEqual(["tenure-promotion"]);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(env.REQUEST_EXPIRY_DAYS * DAY);

    const [told] = await notifications(max.id, "REQUEST_RECEIVED");
    expect(told).toMatchObject({ title: "Mia Mentee asked you to be their mentor", link: `/requests/${stored.id}` });
    // The title is emailed: it never carries the note.
    expect(told!.title).not.toContain("tenure file");

    const maxLists = await api.list(max);
    expect(maxLists.body.received.map((r: { id: string }) => r.id)).toEqual([stored.id]);
    expect(maxLists.body.received[0]).toMatchObject({
      status: "OPEN",
      statusText: "Waiting for your answer",
      viewerRole: "mentor",
      other: { id: mia.id, displayName: "Mia Mentee" },
    });
    const miaLists = await api.list(mia);
    expect(miaLists.body.sent[0]).toMatchObject({ id: stored.id, statusText: "Waiting for an answer", viewerRole: "mentee" });
    expect(miaLists.body).toMatchObject({ openSent: 1, maxOpenSent: 3 });
  });

  it("the recipient sees the requester's public profile, the reasons and the note", async () => {
    const mia = await mentee("Rita Requester");
    const max = await mentor("Ravi Recipient");
    const id = await sent(mia, max, { note: "Your article on review files helped me." });
    const { status, body } = await api.get(max, id);
    expect(status).toBe(200);
    expect(body.request).toMatchObject({
      note: "Your article on review files helped me.",
      viewerIs: "recipient",
      viewerRole: "mentor",
      can: { accept: true, decline: true, withdraw: false, message: true },
    });
    expect(body.requester).toMatchObject({ id: mia.id, displayName: "Rita Requester" });
    expect(body.recipient).toMatchObject({ id: max.id });
    expect(body.reasons.length).toBeGreaterThan(0);
    // Words and a main mark, never a number (issue 9).
    expect(body.reasons[0]).toEqual({ component: expect.any(String), text: expect.any(String), main: true });
    expect(body.unreadMessages).toBe(0);
    // Goals default to what the mentee seeks and the mentor offers.
    expect(body.request.goals.map((g: { goalAreaId: string }) => g.goalAreaId).sort()).toEqual(["research-publishing", "tenure-promotion"]);
  });

  it("a mentor invites a mentee, and peers ask each other", async () => {
    const nia = await mentee("Nia Invited");
    const mo = await mentor("Mo Inviter");
    const invite = await api.send(mo, { recipientId: nia.id, role: "mentor", note: "I'd be glad to help with your tenure file." });
    expect(invite.status).toBe(201);
    const stored = await db.mentorshipRequest.findUniqueOrThrow({ where: { id: invite.body.request.id } });
    expect(stored).toMatchObject({ kind: "MENTORSHIP", requesterId: mo.id, mentorId: mo.id, menteeId: nia.id });
    expect((await notifications(nia.id, "REQUEST_RECEIVED"))[0]!.title).toBe("Mo Inviter offered to mentor you");

    const pia = await peer("Pia Peer");
    const pete = await peer("Pete Peer", { background: { institution: "Elsewhere Library" } });
    const peerAsk = await api.send(pia, { recipientId: pete.id, note: "Shall we swap notes on systems?" });
    expect(peerAsk.status).toBe(201);
    expect(peerAsk.body.request).toMatchObject({ kind: "PEER", role: "peer" });
    expect(await db.mentorshipRequest.findUniqueOrThrow({ where: { id: peerAsk.body.request.id } })).toMatchObject({
      mentorId: null,
      menteeId: null,
    });
  });

  it("role fit: a mentee asks only someone who offers mentorship, a mentor invites only someone seeking it, peers both open to peer", async () => {
    const mia = await mentee("Fit Mentee");
    const otherMentee = await mentee("Fit Other Mentee", { background: { institution: "Elsewhere Library" } });
    const max = await mentor("Fit Mentor");
    const pia = await peer("Fit Peer");

    const notAMentor = await api.send(mia, { recipientId: otherMentee.id, role: "mentee", note: "Hi" });
    expect(notAMentor).toMatchObject({
      status: 409,
      body: { error: { code: "CONFLICT", message: "Fit Other Mentee doesn't offer mentorship, so you can't ask them to be your mentor." } },
    });

    const notSeeking = await api.send(max, { recipientId: pia.id, role: "mentor", note: "Hi" });
    expect(notSeeking.status).toBe(409);
    expect(notSeeking.body.error.message).toBe("Fit Peer isn't looking for a mentor, so you can't invite them as a mentee.");

    const notPeer = await api.send(pia, { recipientId: max.id, role: "peer", note: "Hi" });
    expect(notPeer.status).toBe(409);
    expect(notPeer.body.error.message).toBe("Fit Mentor isn't open to peer mentoring.");

    const notMyRole = await api.send(mia, { recipientId: max.id, role: "mentor", note: "Hi" });
    expect(notMyRole.status).toBe(409);
    expect(notMyRole.body.error.message).toMatch(/doesn't say you offer mentorship/);

    // Without a role, the first of the sender's roles that fits is used.
    const inferred = await api.send(mia, { recipientId: max.id, note: "Hi" });
    expect(inferred.status).toBe(201);
    expect(inferred.body.request.role).toBe("mentee");
  });

  it("never to oneself, never to an unknown or unfinished person, and never from an unfinished profile", async () => {
    const mia = await mentee("Self Asker");
    const self = await api.send(mia, { recipientId: mia.id, note: "Hi" });
    expect(self).toMatchObject({ status: 400, body: { error: { message: "You can't send a request to yourself." } } });

    const draft = await createUser({ name: "Dee Draft" });
    expect(await api.send(mia, { recipientId: draft.id, note: "Hi" })).toEqual({ status: 404, body: GENERIC_404 });
    expect(await api.send(mia, { recipientId: "no-such-person", note: "Hi" })).toEqual({ status: 404, body: GENERIC_404 });

    const max = await mentor("Unfinished Target");
    const unfinished = await api.send(draft, { recipientId: max.id, note: "Hi" });
    expect(unfinished.status).toBe(409);
    expect(unfinished.body.error.message).toMatch(/Finish your profile/);
  });

  it("never to a blocked, paused or full person; a block by the other person reads exactly like a pause", async () => {
    const mia = await mentee("Limit Mentee");
    const blockedByMia = await mentor("Bea Blocked");
    const blockerOfMia = await mentor("Bo Blocker");
    const paused = await mentor("Pat Paused", { accepting: false });
    const full = await mentor("Fay Full", { capacity: 1 });
    const someone = await mentee("Someone Mentored", { background: { institution: "Elsewhere Library" } });
    await createMentorship(full.id, someone.id);
    await db.block.createMany({
      data: [
        { blockerId: mia.id, blockedId: blockedByMia.id },
        { blockerId: blockerOfMia.id, blockedId: mia.id },
      ],
    });

    const ownBlock = await api.send(mia, { recipientId: blockedByMia.id, note: "Hi" });
    expect(ownBlock).toMatchObject({
      status: 409,
      body: { error: { message: "You have blocked Bea Blocked, so you can't send them a request." } },
    });
    const theirBlock = await api.send(mia, { recipientId: blockerOfMia.id, note: "Hi" });
    const pausedAnswer = await api.send(mia, { recipientId: paused.id, note: "Hi" });
    expect(pausedAnswer).toMatchObject({ status: 409, body: { error: { message: "Pat Paused isn't taking new requests right now." } } });
    expect(theirBlock).toMatchObject({ status: 409, body: { error: { message: "Bo Blocker isn't taking new requests right now." } } });
    const fullAnswer = await api.send(mia, { recipientId: full.id, note: "Hi" });
    expect(fullAnswer).toMatchObject({ status: 409, body: { error: { message: "Fay Full has no free mentoring slots right now." } } });

    // A paused or full mentor cannot invite either, and is told how to change that.
    const pausedInvite = await api.send(paused, { recipientId: mia.id, role: "mentor", note: "Hi" });
    expect(pausedInvite.status).toBe(409);
    expect(pausedInvite.body.error.message).toMatch(/You have paused new requests/);
    const fullInvite = await api.send(full, { recipientId: mia.id, role: "mentor", note: "Hi" });
    expect(fullInvite.status).toBe(409);
    expect(fullInvite.body.error.message).toMatch(/You are already mentoring 1 person, your limit/);
    expect(await db.mentorshipRequest.count({ where: { requesterId: { in: [mia.id, paused.id, full.id] } } })).toBe(0);
  });

  it("only to someone who could be suggested: the mentee's own institution, a dismissal", async () => {
    const mia = await mentee("Inst Mentee");
    const colleague = await mentor("Col League", { background: { careerStage: "SENIOR", institution: "Great Plains University" } });
    const sameInstitution = await api.send(mia, { recipientId: colleague.id, note: "Hi" });
    expect(sameInstitution.status).toBe(409);
    expect(sameInstitution.body.error.message).toBe(
      "Col League isn't among your mentor suggestions right now, so you can't send a request.",
    );

    const hidden = await mentor("Hid Den");
    await db.matchDismissal.create({ data: { userId: mia.id, candidateId: hidden.id, hiddenUntil: new Date(Date.now() + 30 * DAY) } });
    const dismissed = await api.send(mia, { recipientId: hidden.id, note: "Hi" });
    expect(dismissed.status).toBe(409);
    expect(dismissed.body.error.message).toMatch(/You marked Hid Den as “not for me”/);
  });

  it("at most 3 open outgoing requests; withdrawing one frees a slot", async () => {
    const mia = await mentee("Three Max");
    const mentors = await Promise.all(["One", "Two", "Three", "Four"].map((n) => mentor(`Mentor ${n}`)));
    const ids = [];
    for (const m of mentors.slice(0, 3)) ids.push(await sent(mia, m));
    const fourth = await api.send(mia, { recipientId: mentors[3]!.id, note: "Hi" });
    expect(fourth).toMatchObject({ status: 409, body: { error: { code: "CONFLICT" } } });
    expect(fourth.body.error.message).toBe(
      "You already have 3 open requests, the most at one time. Wait for an answer, or withdraw one first.",
    );
    expect((await api.withdraw(mia, ids[0]!)).status).toBe(200);
    await sent(mia, mentors[3]!);
  });

  it("no duplicates, in either direction, and none between people already connected", async () => {
    const mia = await mentee("Dup Mentee", { roles: { seeksMentorship: true, offersMentorship: false, openToPeer: true } });
    const max = await mentor("Dup Mentor", {
      roles: { seeksMentorship: false, offersMentorship: true, openToPeer: true, mentorCapacity: 2, acceptingRequests: true },
    });
    const id = await sent(mia, max, { role: "mentee" });
    const again = await api.send(mia, { recipientId: max.id, role: "mentee", note: "Hi again" });
    expect(again).toMatchObject({
      status: 409,
      body: { error: { message: "You already have an open request with Dup Mentor. Wait for their answer, or withdraw it first." } },
    });
    const asPeer = await api.send(mia, { recipientId: max.id, role: "peer", note: "Or as peers?" });
    expect(asPeer.status).toBe(409);
    const reverse = await api.send(max, { recipientId: mia.id, role: "peer", note: "Hi" });
    expect(reverse).toMatchObject({
      status: 409,
      body: { error: { message: "Dup Mentee has already sent you a request. Answer theirs instead." } },
    });

    expect((await api.accept(max, id)).status).toBe(200);
    const connected = await api.send(mia, { recipientId: max.id, role: "peer", note: "Also as peers?" });
    expect(connected).toMatchObject({ status: 409, body: { error: { message: "You and Dup Mentor are already connected." } } });
  });

  it("goals must be ones the request can be about", async () => {
    const mia = await mentee("Goal Mentee");
    const max = await mentor("Goal Mentor");
    const wrong = await api.send(mia, { recipientId: max.id, note: "Hi", goalAreaIds: ["tenure-promotion", "cataloguing-metadata"] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual({ "goalAreaIds.1": ["Choose from the goals you are looking for help with."] });
    const noNote = await api.send(mia, { recipientId: max.id, note: "   " });
    expect(noNote.status).toBe(400);
    expect(Object.keys(noNote.body.error.fields)).toEqual(["note"]);
  });
});

describe("transitions", () => {
  let mia: CurrentUser;
  let max: CurrentUser;
  beforeAll(async () => {
    mia = await mentee("Tran Mentee");
    max = await mentor("Tran Mentor", { capacity: 5 });
  });

  it("OPEN → ACCEPTED: creates the mentorship with the request's goals and the agreement's defaults", async () => {
    const id = await sent(mia, max, { goalAreaIds: ["research-publishing"] });
    const answer = await api.accept(max, id);
    expect(answer.status).toBe(200);
    const mentorship = await db.mentorship.findUniqueOrThrow({ where: { id: answer.body.mentorshipId }, include: { goals: true } });
    expect(mentorship).toMatchObject({
      kind: "MENTORSHIP",
      mentorId: max.id,
      menteeId: mia.id,
      requestId: id,
      status: "ACTIVE",
      cadence: "MONTHLY",
      plannedMonths: 6,
      expectations: "",
      agreementVersion: 1,
      mentorConfirmedVersion: null,
      menteeConfirmedVersion: null,
    });
    // Both people's profiles say video, phone and email are fine; neither does in person.
    expect(mentorship.formats).toEqual(["video", "phone", "email"]);
    expect(mentorship.goals.map((g) => g.goalAreaId)).toEqual(["research-publishing"]);
    expect(await db.mentorshipRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "ACCEPTED",
      closedAt: expect.any(Date),
    });
    const [told] = await notifications(mia.id, "REQUEST_ACCEPTED");
    expect(told).toMatchObject({ title: "Tran Mentor accepted your mentorship request", link: `/mentorships/${mentorship.id}` });
    const view = await api.get(mia, id);
    expect(view.body.request).toMatchObject({
      status: "ACCEPTED",
      statusText: "Accepted",
      mentorshipId: mentorship.id,
      can: { accept: false, decline: false, withdraw: false, message: false },
    });
    // End it so the pair can be asked again below.
    await db.mentorship.update({ where: { id: mentorship.id }, data: { status: "ENDED", endedAt: new Date() } });
  });

  it("OPEN → WITHDRAWN and OPEN → DECLINED; a decline keeps the pair apart for a while, in gentle words", async () => {
    const withdrawn = await sent(mia, max);
    expect(await api.withdraw(mia, withdrawn)).toEqual({ status: 200, body: { id: withdrawn, status: "WITHDRAWN" } });
    expect(await statusOf(withdrawn)).toBe("WITHDRAWN");
    const [told] = await notifications(max.id, "REQUEST_WITHDRAWN");
    expect(told).toMatchObject({ title: "Tran Mentee withdrew their mentorship request", link: `/requests/${withdrawn}` });

    // A fresh pair, so the cooldown below does not touch the other tests' pair.
    const dee = await mentee("Dee Declined");
    const dan = await mentor("Dan Decliner");
    const suggested = async () => (await getSuggestions(dee, { role: "mentee", limit: 50 })).suggestions.map((s) => s.person.id);
    expect(await suggested()).toContain(dan.id);
    const declined = await sent(dee, dan);
    expect(await api.decline(dan, declined)).toEqual({ status: 200, body: { id: declined, status: "DECLINED" } });
    expect(await statusOf(declined)).toBe("DECLINED");
    // No second ask the next morning: the same words as a paused mentor, and out of suggestions.
    const again = await api.send(dee, { recipientId: dan.id, note: "Asking once more" });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe("Dan Decliner isn't taking new requests right now.");
    expect(await suggested()).not.toContain(dan.id);
  });

  it("a peer request accepted becomes a peer tie with a rhythm and no agreement length", async () => {
    const pia = await peer("Tie Peer");
    const pete = await peer("Tie Other", { background: { institution: "Elsewhere Library" } });
    const id = await sent(pia, pete);
    const answer = await api.accept(pete, id);
    expect(answer.status).toBe(200);
    expect(await db.mentorship.findUniqueOrThrow({ where: { id: answer.body.mentorshipId } })).toMatchObject({
      kind: "PEER",
      mentorId: pia.id,
      menteeId: pete.id,
      cadence: "MONTHLY",
      plannedMonths: null,
    });
    expect((await notifications(pia.id, "REQUEST_ACCEPTED"))[0]!.title).toBe("Tie Other accepted your peer connection request");
  });

  it("a mentee accepts a mentor's invitation", async () => {
    const nia = await mentee("Inv Mentee");
    const mo = await mentor("Inv Mentor");
    const id = await sent(mo, nia, { role: "mentor" });
    const answer = await api.accept(nia, id);
    expect(answer.status).toBe(200);
    expect(await db.mentorship.findUniqueOrThrow({ where: { id: answer.body.mentorshipId } })).toMatchObject({
      mentorId: mo.id,
      menteeId: nia.id,
    });
  });

  // Every closed state × every action: 409 with words for whoever acts.
  const closedStates = ["ACCEPTED", "DECLINED", "WITHDRAWN", "EXPIRED"] as const;
  const expectedMessage: Record<(typeof closedStates)[number], { accept: string; decline: string; withdraw: string }> = {
    ACCEPTED: {
      accept: "This request was already accepted.",
      decline: "This request was already accepted.",
      withdraw: "This request was already accepted.",
    },
    DECLINED: {
      accept: "You already declined this request.",
      decline: "You already declined this request.",
      // The requester reads the gentle words, never "declined".
      withdraw: "Tran Mentor is not available right now, so this request is closed.",
    },
    WITHDRAWN: {
      accept: "Tran Mentee withdrew this request, so it is closed.",
      decline: "Tran Mentee withdrew this request, so it is closed.",
      withdraw: "You already withdrew this request.",
    },
    EXPIRED: {
      accept: "This request expired without an answer, so it is closed.",
      decline: "This request expired without an answer, so it is closed.",
      withdraw: "This request expired without an answer, so it is closed.",
    },
  };
  for (const state of closedStates) {
    it(`a ${state} request cannot be accepted, declined or withdrawn (409)`, async () => {
      const id = await sent(mia, max);
      if (state === "ACCEPTED") {
        const { mentorshipId } = await acceptRequest(max, id);
        await db.mentorship.update({ where: { id: mentorshipId }, data: { status: "ENDED" } });
      } else if (state === "DECLINED") {
        await declineRequest(max, id);
        // Lift the decline's cooldown so the next cases can reuse this pair.
        await db.matchDismissal.deleteMany({ where: { userId: mia.id, candidateId: max.id } });
        await db.mentorshipRequest.update({ where: { id }, data: { closedAt: new Date(Date.now() - 365 * DAY) } });
      } else if (state === "WITHDRAWN") await withdrawRequest(mia, id);
      else await db.mentorshipRequest.update({ where: { id }, data: { status: "EXPIRED", closedAt: new Date() } });
      const before = await db.mentorship.count();
      for (const [action, as] of [
        ["accept", max],
        ["decline", max],
        ["withdraw", mia],
      ] as const) {
        const answer = await api[action](as, id);
        expect(answer, `${action} on ${state}`).toEqual({
          status: 409,
          body: { error: { code: "CONFLICT", message: expectedMessage[state][action] } },
        });
      }
      expect(await statusOf(id)).toBe(state);
      expect(await db.mentorship.count()).toBe(before);
    });
  }

  it("an open request past its answer time counts as expired even before the sweep marks it", async () => {
    const id = await sent(mia, max);
    const later = new Date(Date.now() + (env.REQUEST_EXPIRY_DAYS * DAY + 60_000));
    await expect(acceptRequest(max, id, later)).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: "This request expired without an answer, so it is closed.",
    });
    await expect(declineRequest(max, id, later)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(withdrawRequest(mia, id, later)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await statusOf(id)).toBe("OPEN");
    await withdrawRequest(mia, id);
  });

  it("only the recipient answers and only the requester withdraws (403 with what they can do instead)", async () => {
    const id = await sent(mia, max);
    expect(await api.accept(mia, id)).toMatchObject({
      status: 403,
      body: { error: { message: "Only Tran Mentor can accept this request." } },
    });
    expect(await api.decline(mia, id)).toMatchObject({
      status: 403,
      body: { error: { message: "Only Tran Mentor can decline this request. You can withdraw it instead." } },
    });
    expect(await api.withdraw(max, id)).toMatchObject({
      status: 403,
      body: { error: { message: "Only the person who sent a request can withdraw it. You can decline it instead." } },
    });
    expect(await statusOf(id)).toBe("OPEN");
    await withdrawRequest(mia, id);
  });

  it("a mentor at capacity cannot accept; the request stays open", async () => {
    const busy = await mentor("Busy Mentor", { capacity: 1 });
    const first = await mentee("Cap First");
    const second = await mentee("Cap Second");
    const a = await sent(first, busy);
    const b = await sent(second, busy);
    expect((await api.accept(busy, a)).status).toBe(200);
    const refused = await api.accept(busy, b);
    expect(refused).toMatchObject({ status: 409, body: { error: { code: "CONFLICT" } } });
    expect(refused.body.error.message).toBe(
      "You are already mentoring 1 person, your limit. Raise it in your profile, or finish a mentorship, to accept this request.",
    );
    expect(await statusOf(b)).toBe("OPEN");
  });
});

describe("strangers get 404 on every request route", () => {
  it("the same body as for a request that does not exist, for members and admins alike", async () => {
    const mia = await mentee("Private Mentee");
    const max = await mentor("Private Mentor");
    const id = await sent(mia, max);
    await api.post(max, id, "A question before I say yes: how often would we meet?");
    const missing = "no-such-request";
    for (const outsider of [stranger, admin]) {
      for (const target of [id, missing]) {
        for (const [name, answer] of [
          ["get", await api.get(outsider, target)],
          ["accept", await api.accept(outsider, target)],
          ["decline", await api.decline(outsider, target)],
          ["withdraw", await api.withdraw(outsider, target)],
          ["messages", await api.messages(outsider, target)],
          ["post", await api.post(outsider, target, "Hello?")],
        ] as const) {
          expect(answer, `${name} as ${outsider.name} on ${target === id ? "a real request" : "a missing one"}`).toEqual({
            status: 404,
            body: GENERIC_404,
          });
        }
      }
      const lists = await api.list(outsider);
      expect(JSON.stringify(lists.body)).not.toContain(id);
    }
    expect(await statusOf(id)).toBe("OPEN");
    expect(await db.message.count({ where: { requestId: id } })).toBe(1);
    // Signed out: 401 before anything is looked up.
    expect((await api.get(null, id)).status).toBe(401);
  });
});

describe("the request's thread: a question before saying yes", () => {
  it("both people read and write while open; it is read-only once closed", async () => {
    const mia = await mentee("Thread Mentee");
    const max = await mentor("Thread Mentor");
    const id = await sent(mia, max);
    expect((await api.post(max, id, "How often would you like to meet?")).status).toBe(201);
    expect((await api.get(mia, id)).body.unreadMessages).toBe(1);
    const page = await api.messages(mia, id);
    expect(page.status).toBe(200);
    expect(page.body.messages.map((m: { body: string }) => m.body)).toEqual(["How often would you like to meet?"]);
    expect((await api.get(mia, id)).body.unreadMessages).toBe(0);
    expect((await api.post(mia, id, "Monthly, by video.")).status).toBe(201);
    await api.accept(max, id);
    expect((await api.post(mia, id, "Thanks!")).status).toBe(409);
  });
});

describe("declining is gentle", () => {
  it("the requester reads “not available right now”, never a reason or the word declined, and is offered suggestions", async () => {
    const mia = await mentee("Gentle Mentee");
    const max = await mentor("Gentle Mentor");
    const id = await sent(mia, max);
    expect((await api.decline(max, id)).status).toBe(200);

    const detail = await api.get(mia, id);
    const lists = await api.list(mia);
    expect(detail.body.request).toMatchObject({ status: "NOT_AVAILABLE", statusText: "Not available right now" });
    expect(lists.body.sent.find((r: { id: string }) => r.id === id)).toMatchObject({
      status: "NOT_AVAILABLE",
      statusText: "Not available right now",
    });
    const [told] = await notifications(mia.id, "REQUEST_DECLINED");
    expect(told).toMatchObject({ title: "Gentle Mentor is not available right now", link: "/matches?role=mentee" });
    for (const text of [JSON.stringify(detail.body), JSON.stringify(lists.body), told!.title, told!.body]) {
      expect(text).not.toMatch(/declined/i);
    }
    // No field could carry a reason: the request says exactly these things.
    expect(Object.keys(detail.body.request).sort()).toEqual([
      "can",
      "closedAt",
      "createdAt",
      "expiresAt",
      "goals",
      "id",
      "kind",
      "mentorshipId",
      "note",
      "status",
      "statusText",
      "viewerIs",
      "viewerRole",
    ]);
    // The decline route takes no reason at all: one sent along is not stored anywhere.
    const gentleSecond = await mentor("Gentle Second");
    const other = await sent(mia, gentleSecond);
    const withReason = await call(gentleSecond, decline as Route, `/api/requests/${other}/decline`, {
      method: "POST",
      params: { id: other },
      body: { reason: "Too junior" },
    });
    expect(withReason.status).toBe(200);
    const everything = JSON.stringify(await db.mentorshipRequest.findUniqueOrThrow({ where: { id: other }, include: { messages: true } }));
    expect(everything).not.toContain("Too junior");
    expect(JSON.stringify(await notifications(mia.id))).not.toContain("Too junior");

    // The recipient's own view says what they did.
    expect((await api.get(max, id)).body.request).toMatchObject({ status: "DECLINED", statusText: "You declined" });
  });
});

describe("unanswered requests: reminder and expiry (fake clock)", () => {
  it("reminds the recipient once after 7 days, expires after 14, tells the requester kindly and counts it privately", async () => {
    const mia = await mentee("Clock Mentee");
    const max = await mentor("Clock Mentor");
    // Sent 30 days ago on a fake clock, so no other test's requests are due at these times.
    const t0 = new Date(Date.now() - 30 * DAY);
    const { id } = await sendRequest(mia, { recipientId: max.id, note: "Hello from the past" }, t0);
    const at = (days: number) => new Date(t0.getTime() + days * DAY + 60_000);

    expect(await sweepRequests(at(6))).toEqual({ reminded: 0, expired: 0 });
    expect(await sweepRequests(at(env.REQUEST_REMINDER_DAYS))).toEqual({ reminded: 1, expired: 0 });
    const reminders = await notifications(max.id, "REQUEST_REMINDER");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ title: "Clock Mentee is still waiting for your answer", link: `/requests/${id}` });
    // Sent once.
    expect(await sweepRequests(at(10))).toEqual({ reminded: 0, expired: 0 });
    expect(await notifications(max.id, "REQUEST_REMINDER")).toHaveLength(1);
    expect(await statusOf(id)).toBe("OPEN");

    const before = (await db.profile.findUniqueOrThrow({ where: { userId: max.id } })).requestsExpired;
    expect(await sweepRequests(at(env.REQUEST_EXPIRY_DAYS))).toEqual({ reminded: 0, expired: 1 });
    expect(await db.mentorshipRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "EXPIRED",
      closedAt: at(env.REQUEST_EXPIRY_DAYS),
    });
    expect((await db.profile.findUniqueOrThrow({ where: { userId: max.id } })).requestsExpired).toBe(before + 1);
    const [told] = await notifications(mia.id, "REQUEST_EXPIRED");
    expect(told).toMatchObject({ title: "Your request to Clock Mentor closed without an answer", link: "/matches?role=mentee" });
    expect(told!.body).toMatch(/says nothing about you/);
    // The count is private: nobody else's view of the mentor carries it.
    expect(JSON.stringify((await api.get(mia, id)).body)).not.toMatch(/requestsExpired/);

    // Expired once, counted once.
    expect(await sweepRequests(at(20))).toEqual({ reminded: 0, expired: 0 });
    expect((await db.profile.findUniqueOrThrow({ where: { userId: max.id } })).requestsExpired).toBe(before + 1);
    expect(await api.accept(max, id)).toMatchObject({
      status: 409,
      body: { error: { message: "This request expired without an answer, so it is closed." } },
    });
    expect((await api.get(mia, id)).body.request).toMatchObject({ status: "EXPIRED", statusText: "No answer in time" });
  });

  it("two sweeps at once tell nobody twice", async () => {
    const mia = await mentee("Twin Mentee");
    const max = await mentor("Twin Mentor");
    const t0 = new Date(Date.now() - 60 * DAY);
    await sendRequest(mia, { recipientId: max.id, note: "Hi" }, t0);
    const at = new Date(t0.getTime() + 8 * DAY);
    const results = await Promise.all([sweepRequests(at), sweepRequests(at)]);
    expect(results.reduce((n, r) => n + r.reminded, 0)).toBe(1);
    const expiredAt = new Date(t0.getTime() + 15 * DAY);
    const expired = await Promise.all([sweepRequests(expiredAt), sweepRequests(expiredAt)]);
    expect(expired.reduce((n, r) => n + r.expired, 0)).toBe(1);
    expect(await notifications(mia.id, "REQUEST_EXPIRED")).toHaveLength(1);
    expect((await db.profile.findUniqueOrThrow({ where: { userId: max.id } })).requestsExpired).toBe(1);
  });
});

describe("overlapping goals after an acceptance", () => {
  it("asks the mentee about other open requests on the same goals, and withdraws only what they pick", async () => {
    const mia = await mentee("Over Mentee");
    const [a, b, c] = await Promise.all([mentor("Over A"), mentor("Over B"), mentor("Over C")]);
    const toA = await sent(mia, a, { goalAreaIds: ["tenure-promotion"] });
    const toB = await sent(mia, b, { goalAreaIds: ["tenure-promotion", "research-publishing"] });
    const toC = await sent(mia, c, { goalAreaIds: ["research-publishing"] });

    expect((await api.accept(a, toA)).status).toBe(200);
    // Nothing is cancelled behind the mentee's back.
    expect(await statusOf(toB)).toBe("OPEN");
    expect(await statusOf(toC)).toBe("OPEN");
    const [asked] = await notifications(mia.id, "OVERLAPPING_REQUESTS");
    expect(asked).toMatchObject({ title: "You have another open request about goals you now share with Over A", link: "/requests" });

    const lists = await api.list(mia);
    expect(lists.body.overlapping).toHaveLength(1);
    expect(lists.body.overlapping[0]).toMatchObject({
      acceptedRequestId: toA,
      withName: "Over A",
      goals: [{ goalAreaId: "tenure-promotion", label: "Tenure and promotion" }],
      requests: [{ id: toB, recipientName: "Over B", goals: [{ goalAreaId: "tenure-promotion", label: "Tenure and promotion" }] }],
    });
    expect((await api.get(mia, toA)).body.overlapping).toMatchObject({ acceptedRequestId: toA });
    // The mentor never sees the mentee's other requests.
    expect((await api.get(a, toA)).body.overlapping).toBeNull();

    actAs(mia);
    const wrong = await withdrawOverlappingAction(toA, { withdrawIds: [toC] });
    expect(wrong).toMatchObject({
      ok: false,
      fieldErrors: { "withdrawIds.0": ["That isn't one of your open requests about these goals."] },
    });
    expect(await statusOf(toC)).toBe("OPEN");

    const answer = await withdrawOverlappingAction(toA, { withdrawIds: [toB] });
    expect(answer).toMatchObject({ ok: true, withdrawn: [toB], kept: [] });
    expect(await statusOf(toB)).toBe("WITHDRAWN");
    expect(await statusOf(toC)).toBe("OPEN");
    expect((await notifications(b.id, "REQUEST_WITHDRAWN"))[0]!.title).toBe("Over Mentee withdrew their mentorship request");
    expect((await api.list(mia)).body.overlapping).toEqual([]);
  });

  it("“keep them all” closes the question and withdraws nothing; a mentee accepting an invitation gets the question at once", async () => {
    const mia = await mentee("Keep Mentee");
    const [a, b] = await Promise.all([mentor("Keep A"), mentor("Keep B")]);
    const toB = await sent(mia, b, { goalAreaIds: ["tenure-promotion"] });
    const invite = await sent(a, mia, { role: "mentor", goalAreaIds: ["tenure-promotion"] });
    actAs(mia);
    const accepted = await acceptRequest(mia, invite);
    expect(accepted.overlapping).toMatchObject({ acceptedRequestId: invite, withName: "Keep A", requests: [{ id: toB }] });
    // Asked on the page they are on: no notification about their own action.
    expect(await notifications(mia.id, "OVERLAPPING_REQUESTS")).toHaveLength(0);
    expect(await withdrawOverlappingAction(invite, { withdrawIds: [] })).toMatchObject({ ok: true, withdrawn: [], kept: [toB] });
    expect(await statusOf(toB)).toBe("OPEN");
    expect((await api.list(mia)).body.overlapping).toEqual([]);
  });

  it("peers are not asked: many peer ties at once are normal", async () => {
    const pia = await peer("Multi Peer");
    const [p1, p2] = await Promise.all([
      peer("Multi One", { background: { institution: "One Library" } }),
      peer("Multi Two", { background: { institution: "Two Library" } }),
    ]);
    const first = await sent(pia, p1);
    await sent(pia, p2);
    await api.accept(p1, first);
    expect(await notifications(pia.id, "OVERLAPPING_REQUESTS")).toHaveLength(0);
  });
});
