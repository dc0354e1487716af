// Message threads (issue 8, part 5): one per open request and one per mentorship. Only the two
// people read or post; a request's thread is read-only once the request closes; length and
// rate limits; text is stored exactly as typed (the UI renders it as text); unread counts.
// Requests and mentorships are made directly in the database (support/mentorships.ts).
import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => import("./support/fake-session"));

import { GET as getMessages, POST as postMessageRoute } from "@/app/api/mentorships/[id]/messages/route";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listMessages } from "@/lib/messages/list-messages";
import { postMessage } from "@/lib/messages/post-message";
import { markThreadRead, unreadCounts } from "@/lib/messages/read-state";
import { MESSAGE_MAX_CHARS } from "@/lib/messages/schemas";
import { actAs } from "./support/fake-session";
import { createMentorship, createRequest } from "./support/mentorships";
import { MENTOR_ROLES, createMember, createUser } from "./support/people";

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const JSON_TYPE = { "content-type": "application/json" };
const GENERIC_404 = { error: { code: "NOT_FOUND", message: new AppError("NOT_FOUND").userMessage } };

let mentee: CurrentUser;
let mentor: CurrentUser;
let stranger: CurrentUser;
let admin: CurrentUser;
let openRequestId: string;
let declinedRequestId: string;
let mentorshipId: string;
let endedMentorshipId: string;

/** The AppError a promise rejects with (fails the test if it resolves). */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "expected a refusal").toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  mentee = await createMember("Mira Mentee");
  mentor = await createMember("Marcus Mentor", { roles: MENTOR_ROLES, goals: { seeks: [], offers: [{ goalAreaId: "tenure-promotion" }] } });
  stranger = await createMember("Stella Stranger");
  admin = await createUser({ name: "Ada Admin", role: "ADMIN" });
  openRequestId = (await createRequest(mentee.id, mentor.id)).id;
  declinedRequestId = (await createRequest(mentee.id, mentor.id, { status: "DECLINED" })).id;
  mentorshipId = (await createMentorship(mentor.id, mentee.id)).id;
  endedMentorshipId = (await createMentorship(mentor.id, mentee.id, { status: "ENDED" })).id;
});

describe("who reads and posts", () => {
  it("lets the two people of an open request and of a mentorship write and read each other", async () => {
    await postMessage(mentor, { requestId: openRequestId }, { body: "What would you like to focus on first?" });
    await postMessage(mentee, { requestId: openRequestId }, { body: "My review file, due in March." });
    const seenByMentee = await listMessages(mentee, { requestId: openRequestId });
    const seenByMentor = await listMessages(mentor, { requestId: openRequestId });
    expect(seenByMentee.messages.map((m) => [m.author.displayName, m.body, m.mine])).toEqual([
      ["Marcus Mentor", "What would you like to focus on first?", false],
      ["Mira Mentee", "My review file, due in March.", true],
    ]);
    expect(seenByMentor.messages.map((m) => m.mine)).toEqual([true, false]);
    expect(seenByMentee.thread).toEqual({ kind: "request", id: openRequestId, open: true, closedReason: null });

    await postMessage(mentee, { mentorshipId }, { body: "Thanks for saying yes!" });
    expect((await listMessages(mentor, { mentorshipId })).messages.map((m) => m.body)).toEqual(["Thanks for saying yes!"]);
  });

  it("answers NOT_FOUND to anyone else, admins included, exactly as for a thread that does not exist", async () => {
    for (const outsider of [stranger, admin]) {
      for (const thread of [{ requestId: openRequestId }, { mentorshipId }, { requestId: declinedRequestId }]) {
        const read = await refusal(listMessages(outsider, thread));
        const write = await refusal(postMessage(outsider, thread, { body: "Hello?" }));
        const missing = await refusal(listMessages(outsider, "requestId" in thread ? { requestId: "nope" } : { mentorshipId: "nope" }));
        expect([read.code, write.code]).toEqual(["NOT_FOUND", "NOT_FOUND"]);
        expect(read.userMessage).toBe(missing.userMessage);
      }
    }
    expect(await db.message.count({ where: { authorId: { in: [stranger.id, admin.id] } } })).toBe(0);
  });

  it("answers the generic 404 on the API to a stranger, for an existing and for a missing mentorship", async () => {
    actAs(stranger);
    for (const id of [mentorshipId, "no-such-mentorship"]) {
      const read = await getMessages(new Request(`http://test/api/mentorships/${id}/messages`), ctx({ id }));
      const write = await postMessageRoute(
        new Request(`http://test/api/mentorships/${id}/messages`, {
          method: "POST",
          headers: JSON_TYPE,
          body: JSON.stringify({ body: "hi" }),
        }),
        ctx({ id }),
      );
      expect([read.status, await read.json()]).toEqual([404, GENERIC_404]);
      expect([write.status, await write.json()]).toEqual([404, GENERIC_404]);
    }
  });

  it("keeps a request's thread readable but closed once the request closes", async () => {
    const request = await createRequest(mentee.id, mentor.id);
    await postMessage(mentor, { requestId: request.id }, { body: "One question before I say yes." });
    await db.mentorshipRequest.update({ where: { id: request.id }, data: { status: "WITHDRAWN", closedAt: new Date() } });

    const refused = await refusal(postMessage(mentee, { requestId: request.id }, { body: "Too late?" }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.userMessage).toMatch(/read-only/);
    const page = await listMessages(mentee, { requestId: request.id });
    expect(page.messages.map((m) => m.body)).toEqual(["One question before I say yes."]);
    expect(page.thread).toMatchObject({ open: false, closedReason: expect.stringMatching(/read-only/) });

    // Past its answer time it is closed too, even before the sweep marks it expired.
    const lapsed = await createRequest(mentee.id, mentor.id);
    await db.mentorshipRequest.update({ where: { id: lapsed.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await refusal(postMessage(mentor, { requestId: lapsed.id }, { body: "Still time?" }))).code).toBe("CONFLICT");

    // Accepted: the conversation moves to the mentorship, and the page says so.
    await db.mentorshipRequest.update({ where: { id: declinedRequestId }, data: { status: "ACCEPTED" } });
    const accepted = await refusal(postMessage(mentor, { requestId: declinedRequestId }, { body: "Hi" }));
    expect([accepted.code, accepted.userMessage]).toEqual(["CONFLICT", expect.stringMatching(/mentorship's messages/)]);
    await db.mentorshipRequest.update({ where: { id: declinedRequestId }, data: { status: "DECLINED" } });
    expect((await refusal(postMessage(mentor, { requestId: declinedRequestId }, { body: "Hi" }))).code).toBe("CONFLICT");
  });

  it("keeps an ended mentorship's messages read-only (409 on the API)", async () => {
    actAs(mentee);
    const response = await postMessageRoute(
      new Request(`http://test/api/mentorships/${endedMentorshipId}/messages`, {
        method: "POST",
        headers: JSON_TYPE,
        body: JSON.stringify({ body: "Still there?" }),
      }),
      ctx({ id: endedMentorshipId }),
    );
    expect(response.status).toBe(409);
    expect((await response.json()).error.message).toMatch(/ended/);
    expect((await listMessages(mentee, { mentorshipId: endedMentorshipId })).thread.open).toBe(false);
  });
});

describe("what a message may hold", () => {
  it("refuses an empty or blank message and one over the limit, naming the field; the limit itself is fine", async () => {
    for (const body of ["", "   \n\t  ", "x".repeat(MESSAGE_MAX_CHARS + 1)]) {
      const error = await refusal(postMessage(mentee, { mentorshipId }, { body }));
      expect(error.code).toBe("VALIDATION");
      expect(Object.keys(error.fields ?? {})).toEqual(["body"]);
    }
    const longest = await postMessage(mentee, { mentorshipId }, { body: "y".repeat(MESSAGE_MAX_CHARS) });
    expect(longest.body).toHaveLength(MESSAGE_MAX_CHARS);
    expect((await refusal(postMessage(mentee, { mentorshipId }, { body: "hi", isAdmin: true }))).fields).toHaveProperty("isAdmin");
  });

  it("stores and returns the text exactly as typed (markup stays text; only outer whitespace is trimmed)", async () => {
    const typed = `<script>alert("x")</script> & <b>bold</b>\n\n  indented line\njavascript:alert(1) — café ☕`;
    actAs(mentor);
    const response = await postMessageRoute(
      new Request(`http://test/api/mentorships/${mentorshipId}/messages`, {
        method: "POST",
        headers: JSON_TYPE,
        body: JSON.stringify({ body: `\n  ${typed}  \n` }),
      }),
      ctx({ id: mentorshipId }),
    );
    expect(response.status).toBe(201);
    const { message } = await response.json();
    expect(message.body).toBe(typed);
    expect((await db.message.findUniqueOrThrow({ where: { id: message.id } })).body).toBe(typed);
    actAs(mentee);
    const page = await (
      await getMessages(new Request(`http://test/api/mentorships/${mentorshipId}/messages`), ctx({ id: mentorshipId }))
    ).json();
    expect(page.messages.at(-1).body).toBe(typed);
  });
});

describe("rate limits", () => {
  it("allows 20 messages a minute, then answers 429 with Retry-After", async () => {
    const chatty = await createMember("Chase Chatty");
    const listener = await createMember("Lou Listener");
    const thread = await createMentorship(listener.id, chatty.id, { kind: "PEER" });
    for (let i = 1; i <= 20; i++) await postMessage(chatty, { mentorshipId: thread.id }, { body: `Message ${i}` });

    const limited = await refusal(postMessage(chatty, { mentorshipId: thread.id }, { body: "One more" }));
    expect(limited.code).toBe("RATE_LIMITED");
    actAs(chatty);
    const response = await postMessageRoute(
      new Request(`http://test/api/mentorships/${thread.id}/messages`, {
        method: "POST",
        headers: JSON_TYPE,
        body: JSON.stringify({ body: "And another" }),
      }),
      ctx({ id: thread.id }),
    );
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(await db.message.count({ where: { mentorshipId: thread.id } })).toBe(20);

    // The limit is the author's: the other person can still answer.
    await postMessage(listener, { mentorshipId: thread.id }, { body: "Slow down, friend" });
  });

  it("spends nothing when the thread refuses (an outsider cannot drain someone's budget, nor their own on 404s)", async () => {
    const quiet = await createMember("Quinn Quiet");
    for (let i = 0; i < 25; i++) await refusal(postMessage(quiet, { mentorshipId }, { body: "let me in" }));
    const own = await createMentorship(mentor.id, quiet.id);
    await postMessage(quiet, { mentorshipId: own.id }, { body: "Hello, my own thread" });
  });
});

describe("unread counts", () => {
  it("counts the other person's messages since one last read, marks read on the newest page, never counts one's own", async () => {
    const m = await createMentorship(mentor.id, mentee.id, { goalAreaIds: ["job-search"] });
    const thread = { mentorshipId: m.id };
    await postMessage(mentor, thread, { body: "First" });
    await postMessage(mentor, thread, { body: "Second" });
    expect(await unreadCounts(mentee.id, [m.id, mentorshipId])).toMatchObject({ [m.id]: 2 });
    expect(await unreadCounts(mentor.id, [m.id])).toEqual({ [m.id]: 0 });

    // Paging back does not mark anything read; the newest page does.
    const newest = await listMessages(mentee, thread, { limit: "1" });
    expect(newest.messages.map((x) => x.body)).toEqual(["Second"]);
    expect(newest.unread).toBe(0);
    const older = await listMessages(mentee, thread, { limit: "1", before: newest.nextBefore! });
    expect(older.messages.map((x) => x.body)).toEqual(["First"]);
    expect(older.nextBefore).toBeNull();
    expect(await unreadCounts(mentee.id, [m.id])).toEqual({ [m.id]: 0 });

    await postMessage(mentor, thread, { body: "Third" });
    expect(await unreadCounts(mentee.id, [m.id])).toEqual({ [m.id]: 1 });
    // Answering counts as having read what came before.
    await postMessage(mentee, thread, { body: "Got it" });
    expect(await unreadCounts(mentee.id, [m.id])).toEqual({ [m.id]: 0 });
    expect(await unreadCounts(mentor.id, [m.id])).toEqual({ [m.id]: 1 });
    await markThreadRead(mentor.id, m.id);
    expect(await unreadCounts(mentor.id, [m.id])).toEqual({ [m.id]: 0 });
  });

  it("gives an outsider 0 for someone else's thread and lets them mark nothing", async () => {
    expect(await unreadCounts(stranger.id, [mentorshipId, openRequestId])).toEqual({ [mentorshipId]: 0, [openRequestId]: 0 });
    await markThreadRead(stranger.id, mentorshipId);
    expect(await db.threadRead.count({ where: { userId: stranger.id } })).toBe(0);
    expect(await unreadCounts(mentee.id, [])).toEqual({});
  });

  it("refuses a `before` that is not a message of this thread", async () => {
    const foreign = await db.message.findFirstOrThrow({ where: { requestId: openRequestId } });
    const error = await refusal(listMessages(mentee, { mentorshipId }, { before: foreign.id }));
    expect([error.code, Object.keys(error.fields ?? {})]).toEqual(["VALIDATION", ["before"]]);
  });
});

describe("notifications", () => {
  it("tells the other person without quoting the message; a recipient's first question is REQUEST_QUESTION", async () => {
    const asker = await createMember("Asha Asker");
    const helper = await createMember("Hal Helper", { roles: MENTOR_ROLES, goals: { seeks: [], offers: [{ goalAreaId: "job-search" }] } });
    const request = await createRequest(asker.id, helper.id);
    await postMessage(helper, { requestId: request.id }, { body: "SECRET-QUESTION-TEXT about your goals?" });
    await postMessage(helper, { requestId: request.id }, { body: "SECRET-FOLLOW-UP" });
    await postMessage(asker, { requestId: request.id }, { body: "SECRET-ANSWER" });

    const toAsker = await db.notification.findMany({ where: { userId: asker.id }, orderBy: { createdAt: "asc" } });
    expect(toAsker.map((n) => [n.kind, n.subjectId, n.link])).toEqual([
      ["REQUEST_QUESTION", request.id, `/requests/${request.id}`],
      ["NEW_MESSAGE", request.id, `/requests/${request.id}`],
    ]);
    const toHelper = await db.notification.findMany({ where: { userId: helper.id } });
    expect(toHelper.map((n) => n.kind)).toEqual(["NEW_MESSAGE"]);
    const everything = JSON.stringify([
      toAsker,
      toHelper,
      await db.outboxEmail.findMany({ where: { to: { in: [asker.email, helper.email] } } }),
    ]);
    expect(everything).toContain("Hal Helper"); // positive control: the notices are there
    expect(everything).not.toMatch(/SECRET/);

    // Reading the thread marks its notifications read too.
    await listMessages(asker, { requestId: request.id });
    expect(await db.notification.count({ where: { userId: asker.id, readAt: null } })).toBe(0);
  });
});
