// Mentorships and peer ties after "yes" (issue 8, parts 4 and 6): the kickoff agreement both
// confirm, versions and stale confirmations, goal progress, the peer rhythm, and who may see
// what. Relationships are made directly in the database (support/mentorships.ts), shaped as the
// accept flow makes them, so this suite does not depend on it.
import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => import("./support/fake-session"));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<object>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

import { PUT as putAgreement } from "@/app/api/mentorships/[id]/agreement/route";
import { POST as postConfirm } from "@/app/api/mentorships/[id]/agreement/confirm/route";
import { PUT as putGoal } from "@/app/api/mentorships/[id]/goals/[goalId]/route";
import { GET as getMessages, POST as postMessageRoute } from "@/app/api/mentorships/[id]/messages/route";
import { PUT as putRhythm } from "@/app/api/mentorships/[id]/rhythm/route";
import { GET as getOne } from "@/app/api/mentorships/[id]/route";
import { GET as getList } from "@/app/api/mentorships/route";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { confirmAgreementAction, updateAgreementAction } from "@/lib/mentorships/actions";
import { confirmAgreement } from "@/lib/mentorships/confirm-agreement";
import { getMentorshipForViewer } from "@/lib/mentorships/get-mentorship";
import { listMentorships } from "@/lib/mentorships/list-mentorships";
import { setGoalProgress } from "@/lib/mentorships/set-goal-progress";
import { setRhythm } from "@/lib/mentorships/set-rhythm";
import { updateAgreement } from "@/lib/mentorships/update-agreement";
import { postMessage } from "@/lib/messages/post-message";
import { actAs } from "./support/fake-session";
import { createMentorship, createRequest } from "./support/mentorships";
import { MENTOR_ROLES, createMember, createUser } from "./support/people";

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const JSON_TYPE = { "content-type": "application/json" };
const GENERIC_404 = { error: { code: "NOT_FOUND", message: new AppError("NOT_FOUND").userMessage } };

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "expected a refusal").toBeInstanceOf(AppError);
  return error as AppError;
}

const agreementBody = (overrides: Record<string, unknown> = {}) => ({
  goalAreaIds: ["tenure-promotion", "job-search"],
  cadence: "MONTHLY",
  formats: ["video", "email"],
  plannedMonths: 6,
  expectations: "Replies within a week. What we discuss stays between us.",
  ...overrides,
});

let mentee: CurrentUser;
let mentor: CurrentUser;
let peerA: CurrentUser;
let peerB: CurrentUser;
let stranger: CurrentUser;
let admin: CurrentUser;
let third: CurrentUser;

/** A fresh mentorship between the mentor and the mentee, grown from a request as the accept flow makes it. */
async function freshMentorship(goalAreaIds = ["tenure-promotion", "job-search"]) {
  const request = await createRequest(mentee.id, mentor.id, { goalAreaIds, status: "ACCEPTED" });
  const goals = await db.requestGoal.findMany({ where: { requestId: request.id } });
  // Only what the accept flow sets; everything else is the database's default.
  return db.mentorship.create({
    data: {
      kind: "MENTORSHIP",
      mentorId: mentor.id,
      menteeId: mentee.id,
      requestId: request.id,
      formats: ["video", "email"],
      goals: { create: goals.map((g) => ({ goalAreaId: g.goalAreaId })) },
    },
  });
}

beforeAll(async () => {
  mentee = await createMember("Mei Mentee", { timeZone: "Asia/Tokyo", formats: { inPerson: "NO" } });
  mentor = await createMember("Mateo Mentor", {
    roles: MENTOR_ROLES,
    goals: { seeks: [], offers: [{ goalAreaId: "tenure-promotion" }, { goalAreaId: "job-search" }] },
    timeZone: "America/Denver",
    identity: {
      identities: [
        { attributeId: "lgbtq", visibility: "PRIVATE" },
        { attributeId: "neurodivergent", visibility: "MATCHING" },
      ],
      affinities: [{ attributeId: "neurodivergent", preference: "SHARED", required: false }],
    },
  });
  await db.profile.update({ where: { userId: mentor.id }, data: { requestsExpired: 7, hoursPerMonth: 11 } });
  peerA = await createMember("Pia Peer", {
    roles: { seeksMentorship: false, openToPeer: true },
    goals: { seeks: [{ goalAreaId: "job-search" }] },
  });
  peerB = await createMember("Pål Peer", {
    roles: { seeksMentorship: false, openToPeer: true },
    goals: { seeks: [{ goalAreaId: "job-search" }] },
  });
  stranger = await createMember("Stan Stranger");
  admin = await createUser({ name: "Ada Admin", role: "ADMIN" });
  third = await createMember("Thea Thirdparty");
});

describe("the kickoff agreement", () => {
  it("starts from the request's goals and sensible defaults, and says what is missing", async () => {
    const m = await freshMentorship();
    const view = await getMentorshipForViewer(mentee, m.id);
    expect(view).toMatchObject({ kind: "MENTORSHIP", status: "ACTIVE", requestId: m.requestId, rhythm: null, canUpdate: true });
    expect(view.you).toMatchObject({ id: mentee.id, role: "mentee", displayName: "Mei Mentee", timeZone: "Asia/Tokyo" });
    expect(view.other).toMatchObject({ id: mentor.id, role: "mentor", displayName: "Mateo Mentor", timeZone: "America/Denver" });
    expect(view.other.formats).toMatchObject({ video: "PREFERRED", inPerson: "NO" });
    // In the vocabulary's order (job search comes before tenure and promotion since issue 9).
    expect(view.goals.map((g) => [g.goalAreaId, g.progress, g.progressLabel])).toEqual([
      ["job-search", "NOT_STARTED", "Not started"],
      ["tenure-promotion", "NOT_STARTED", "Not started"],
    ]);
    expect(view.agreement).toMatchObject({
      version: 1,
      goalAreaIds: ["job-search", "tenure-promotion"],
      cadence: "MONTHLY",
      cadenceLabel: "Monthly",
      formats: ["video", "email"],
      plannedMonths: 6,
      expectations: "",
      lastChangedBy: null,
      confirmedByYou: false,
      confirmedByThem: false,
      confirmed: false,
    });
    expect(view.agreement!.missing.map((x) => x.code)).toEqual(["EXPECTATIONS", "YOUR_CONFIRMATION", "THEIR_CONFIRMATION"]);
    expect(view.agreement!.missing.at(-1)!.message).toBe("Mateo Mentor hasn't confirmed it yet.");
  });

  it("needs both to confirm; the page says whose confirmation is missing until then", async () => {
    const m = await freshMentorship();
    const afterMentee = await confirmAgreement(mentee, m.id, { version: 1 });
    expect(afterMentee.agreement).toMatchObject({ confirmedByYou: true, confirmedByThem: false, confirmed: false });
    expect(afterMentee.agreement!.missing.map((x) => x.code)).toContain("THEIR_CONFIRMATION");
    const mentorSees = await getMentorshipForViewer(mentor, m.id);
    expect(mentorSees.agreement).toMatchObject({ confirmedByYou: false, confirmedByThem: true, confirmed: false });
    expect(mentorSees.agreement!.missing.map((x) => x.code)).toContain("YOUR_CONFIRMATION");
    expect((await listMentorships(mentor)).mentorships.find((x) => x.id === m.id)!.agreement).toEqual({
      confirmed: false,
      needsYourConfirmation: true,
    });

    const both = await confirmAgreement(mentor, m.id, { version: 1 });
    expect(both.agreement).toMatchObject({ confirmedByYou: true, confirmedByThem: true, confirmed: true, missing: [] });
    // Confirming again is harmless.
    expect((await confirmAgreement(mentor, m.id, { version: 1 })).agreement!.confirmed).toBe(true);
    // The one who confirmed first hears that it is complete, once.
    const told = await db.notification.findMany({ where: { userId: mentee.id, subjectId: m.id, kind: "AGREEMENT_CHANGED" } });
    expect(told.map((n) => n.title)).toEqual(["Mateo Mentor confirmed your kickoff agreement"]);
  });

  it("asks the other person to confirm again after an edit of a confirmed agreement; goals keep their progress", async () => {
    const m = await freshMentorship();
    await confirmAgreement(mentee, m.id, { version: 1 });
    await confirmAgreement(mentor, m.id, { version: 1 });
    await setGoalProgress(mentee, m.id, "tenure-promotion", { progress: "IN_PROGRESS" });

    const edited = await updateAgreement(
      mentor,
      m.id,
      agreementBody({ version: 1, goalAreaIds: ["tenure-promotion", "research-publishing"], plannedMonths: 12, cadence: "TWICE_MONTHLY" }),
    );
    expect(edited.agreement).toMatchObject({
      version: 2,
      plannedMonths: 12,
      cadence: "TWICE_MONTHLY",
      lastChangedBy: "you",
      confirmedByYou: true,
      confirmedByThem: false,
      confirmed: false,
    });
    expect(edited.goals.map((g) => [g.goalAreaId, g.progress])).toEqual([
      ["tenure-promotion", "IN_PROGRESS"],
      ["research-publishing", "NOT_STARTED"],
    ]);
    const menteeSees = await getMentorshipForViewer(mentee, m.id);
    expect(menteeSees.agreement).toMatchObject({ lastChangedBy: "them", confirmedByYou: false, confirmedByThem: true });
    expect(menteeSees.agreement!.missing).toEqual([
      { code: "YOUR_CONFIRMATION", message: "It changed since you confirmed it: look it over and confirm this version." },
    ]);
    const notice = await db.notification.findFirstOrThrow({
      where: { userId: mentee.id, subjectId: m.id, kind: "AGREEMENT_CHANGED" },
      orderBy: { createdAt: "desc" },
    });
    expect([notice.title, notice.link]).toEqual(["Mateo Mentor changed your kickoff agreement", `/mentorships/${m.id}`]);

    // Saving it unchanged is not a new version and asks nobody anything.
    const again = await updateAgreement(
      mentor,
      m.id,
      agreementBody({ goalAreaIds: ["research-publishing", "tenure-promotion"], plannedMonths: 12, cadence: "TWICE_MONTHLY" }),
    );
    expect(again.agreement!.version).toBe(2);
    expect((await confirmAgreement(mentee, m.id, { version: 2 })).agreement!.confirmed).toBe(true);
  });

  it("refuses a confirmation or an edit of a version that is no longer current (409)", async () => {
    const m = await freshMentorship();
    await updateAgreement(mentor, m.id, agreementBody());
    const stale = await refusal(confirmAgreement(mentee, m.id, { version: 1 }));
    expect([stale.code, stale.userMessage]).toEqual(["CONFLICT", expect.stringMatching(/changed while you had it open.*version 2/)]);
    expect((await refusal(updateAgreement(mentee, m.id, agreementBody({ version: 1, plannedMonths: 3 })))).code).toBe("CONFLICT");

    actAs(mentee);
    const response = await postConfirm(
      new Request(`http://test/api/mentorships/${m.id}/agreement/confirm`, {
        method: "POST",
        headers: JSON_TYPE,
        body: JSON.stringify({ version: 1 }),
      }),
      ctx({ id: m.id }),
    );
    expect(response.status).toBe(409);
    expect((await response.json()).error.code).toBe("CONFLICT");
    const ok = await postConfirm(
      new Request(`http://test/api/mentorships/${m.id}/agreement/confirm`, {
        method: "POST",
        headers: JSON_TYPE,
        body: JSON.stringify({ version: 2 }),
      }),
      ctx({ id: m.id }),
    );
    expect(ok.status).toBe(200);
    expect((await ok.json()).mentorship.agreement.confirmed).toBe(true);
  });

  it("lets only one of two simultaneous edits from the same version win (checked in the UPDATE)", async () => {
    const m = await freshMentorship();
    const results = await Promise.allSettled([
      updateAgreement(mentor, m.id, agreementBody({ version: 1, plannedMonths: 3 })),
      updateAgreement(mentee, m.id, agreementBody({ version: 1, plannedMonths: 9 })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected.map((r) => (r.reason as AppError).code)).toEqual(["CONFLICT"]);
    const row = await db.mentorship.findUniqueOrThrow({ where: { id: m.id } });
    expect(row.agreementVersion).toBe(2);
  });

  it("names the field at fault and checks goals exist", async () => {
    const m = await freshMentorship();
    const cases: [Record<string, unknown>, string][] = [
      [agreementBody({ cadence: "HOURLY" }), "cadence"],
      [agreementBody({ cadence: "NO_REMINDERS" }), "cadence"],
      [agreementBody({ formats: ["carrier-pigeon"] }), "formats.0"],
      [agreementBody({ plannedMonths: 0 }), "plannedMonths"],
      [agreementBody({ plannedMonths: 120 }), "plannedMonths"],
      [agreementBody({ expectations: "x".repeat(2001) }), "expectations"],
      [agreementBody({ goalAreaIds: ["tenure-promotion", "tenure-promotion"] }), "goalAreaIds"],
      [agreementBody({ goalAreaIds: ["no-such-goal"] }), "goalAreaIds.0"],
      [{ ...agreementBody(), mentorConfirmedVersion: 99 }, "mentorConfirmedVersion"],
    ];
    for (const [body, field] of cases) {
      const error = await refusal(updateAgreement(mentee, m.id, body));
      expect([error.code, Object.keys(error.fields ?? {})], JSON.stringify(body).slice(0, 120)).toEqual(["VALIDATION", [field]]);
    }
    // An open-ended plan and an empty agreement are allowed: the agreement helps and never blocks.
    const open = await updateAgreement(
      mentee,
      m.id,
      agreementBody({ plannedMonths: null, goalAreaIds: [], formats: [], expectations: "" }),
    );
    expect(open.agreement!.missing.map((x) => x.code)).toEqual(["FOCUS_GOALS", "FORMATS", "EXPECTATIONS", "THEIR_CONFIRMATION"]);
    expect((await confirmAgreement(mentor, m.id, { version: open.agreement!.version })).agreement!.confirmed).toBe(true);
  });

  it("works through the server actions too (form state, never a throw)", async () => {
    const m = await freshMentorship();
    actAs(mentee);
    const saved = await updateAgreementAction(m.id, agreementBody({ plannedMonths: 12 }));
    expect(saved).toMatchObject({ ok: true, result: { agreement: { version: 2, plannedMonths: 12 } } });
    const stale = await confirmAgreementAction(m.id, { version: 1 });
    expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/version 2/) });
    const bad = await updateAgreementAction(m.id, agreementBody({ cadence: "HOURLY" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { cadence: [expect.any(String)] } });
  });
});

describe("goal progress", () => {
  it("either person sets not started / in progress / met; unknown goals are not found; ended ties are kept as they were", async () => {
    const m = await freshMentorship();
    expect(await setGoalProgress(mentee, m.id, "job-search", { progress: "IN_PROGRESS" })).toEqual({
      goalAreaId: "job-search",
      label: expect.any(String),
      progress: "IN_PROGRESS",
      progressLabel: "In progress",
    });
    actAs(mentor);
    const response = await putGoal(
      new Request(`http://test/api/mentorships/${m.id}/goals/job-search`, {
        method: "PUT",
        headers: JSON_TYPE,
        body: JSON.stringify({ progress: "MET" }),
      }),
      ctx({ id: m.id, goalId: "job-search" }),
    );
    expect(response.status).toBe(200);
    expect((await getMentorshipForViewer(mentee, m.id)).goals.find((g) => g.goalAreaId === "job-search")!.progress).toBe("MET");

    expect((await refusal(setGoalProgress(mentee, m.id, "research-publishing", { progress: "MET" }))).code).toBe("NOT_FOUND");
    const bad = await refusal(setGoalProgress(mentee, m.id, "job-search", { progress: "DONE" }));
    expect([bad.code, Object.keys(bad.fields ?? {})]).toEqual(["VALIDATION", ["progress"]]);

    await db.mentorship.update({ where: { id: m.id }, data: { status: "ENDED", endedAt: new Date() } });
    expect((await refusal(setGoalProgress(mentee, m.id, "job-search", { progress: "IN_PROGRESS" }))).code).toBe("CONFLICT");
    expect((await refusal(updateAgreement(mentee, m.id, agreementBody()))).code).toBe("CONFLICT");
    const ended = await getMentorshipForViewer(mentee, m.id);
    expect([ended.canUpdate, ended.messages.open, ended.agreement!.missing]).toEqual([false, false, []]);
  });
});

describe("peer ties", () => {
  it("get a keep-in-touch rhythm both can set, and no agreement at all", async () => {
    const request = await createRequest(peerA.id, peerB.id, { kind: "PEER", status: "ACCEPTED", goalAreaIds: ["job-search"] });
    const tie = await createMentorship(peerA.id, peerB.id, { kind: "PEER", requestId: request.id, goalAreaIds: ["job-search"] });
    const view = await getMentorshipForViewer(peerB, tie.id);
    expect(view).toMatchObject({ kind: "PEER", agreement: null, rhythm: { cadence: "MONTHLY", label: "Monthly", lastChangedBy: null } });
    expect([view.you.role, view.other.role]).toEqual(["peer", "peer"]);

    const changed = await setRhythm(peerB, tie.id, { cadence: "EVERY_FEW_MONTHS" });
    expect(changed.rhythm).toEqual({ cadence: "EVERY_FEW_MONTHS", label: "Every few months", lastChangedBy: "you" });
    expect((await getMentorshipForViewer(peerA, tie.id)).rhythm).toMatchObject({ cadence: "EVERY_FEW_MONTHS", lastChangedBy: "them" });
    actAs(peerA);
    const response = await putRhythm(
      new Request(`http://test/api/mentorships/${tie.id}/rhythm`, {
        method: "PUT",
        headers: JSON_TYPE,
        body: JSON.stringify({ cadence: "NO_REMINDERS" }),
      }),
      ctx({ id: tie.id }),
    );
    expect([response.status, (await response.json()).mentorship.rhythm.cadence]).toEqual([200, "NO_REMINDERS"]);
    expect(Object.keys((await refusal(setRhythm(peerA, tie.id, { cadence: "TWICE_MONTHLY" }))).fields ?? {})).toEqual(["cadence"]);

    // Thunks, not promises: a second promise made up front could reject before it is awaited.
    for (const attempt of [() => updateAgreement(peerA, tie.id, agreementBody()), () => confirmAgreement(peerA, tie.id, { version: 1 })]) {
      const error = await refusal(attempt());
      expect([error.code, error.userMessage]).toEqual(["CONFLICT", expect.stringMatching(/peer connection has no agreement/)]);
    }
    const list = await listMentorships(peerA);
    expect(list.mentorships.find((x) => x.id === tie.id)).toMatchObject({
      agreement: null,
      rhythm: { cadence: "NO_REMINDERS" },
      yourRole: "peer",
    });

    const m = await freshMentorship();
    expect((await refusal(setRhythm(mentee, m.id, { cadence: "MONTHLY" }))).code).toBe("CONFLICT");
  });
});

describe("your mentorships", () => {
  it("lists the caller's ties with goals and unread counts: active first, ended last, nobody else's", async () => {
    const me = await createMember("Lena Lister");
    const other = await createMember("Omar Other", { roles: MENTOR_ROLES, goals: { seeks: [], offers: [{ goalAreaId: "job-search" }] } });
    const ended = await createMentorship(other.id, me.id, { status: "ENDED" });
    const active = await createMentorship(other.id, me.id, { goalAreaIds: ["job-search"] });
    await createMentorship(other.id, third.id);
    await postMessage(other, { mentorshipId: active.id }, { body: "Welcome!" });

    const { mentorships } = await listMentorships(me);
    expect(mentorships.map((x) => [x.id, x.status, x.yourRole, x.other.displayName, x.unread])).toEqual([
      [active.id, "ACTIVE", "mentee", "Omar Other", 1],
      [ended.id, "ENDED", "mentee", "Omar Other", 0],
    ]);
    expect(mentorships[0]!.goals.map((g) => g.goalAreaId)).toEqual(["job-search"]);
    expect((await getMentorshipForViewer(me, active.id)).messages).toEqual({ unread: 1, open: true });
    expect((await listMentorships(stranger)).mentorships).toEqual([]);
  });
});

describe("outsiders", () => {
  it("get the generic 404 on every mentorship route, exactly as for a mentorship that does not exist", async () => {
    const m = await freshMentorship();
    const calls = (id: string) => [
      () => getOne(new Request(`http://test/api/mentorships/${id}`), ctx({ id })),
      () =>
        putAgreement(
          new Request(`http://test/api/mentorships/${id}/agreement`, {
            method: "PUT",
            headers: JSON_TYPE,
            body: JSON.stringify(agreementBody()),
          }),
          ctx({ id }),
        ),
      () =>
        postConfirm(
          new Request(`http://test/api/mentorships/${id}/agreement/confirm`, {
            method: "POST",
            headers: JSON_TYPE,
            body: JSON.stringify({ version: 1 }),
          }),
          ctx({ id }),
        ),
      () =>
        putGoal(
          new Request(`http://test/api/mentorships/${id}/goals/job-search`, {
            method: "PUT",
            headers: JSON_TYPE,
            body: JSON.stringify({ progress: "MET" }),
          }),
          ctx({ id, goalId: "job-search" }),
        ),
      () =>
        putRhythm(
          new Request(`http://test/api/mentorships/${id}/rhythm`, {
            method: "PUT",
            headers: JSON_TYPE,
            body: JSON.stringify({ cadence: "MONTHLY" }),
          }),
          ctx({ id }),
        ),
      () => getMessages(new Request(`http://test/api/mentorships/${id}/messages`), ctx({ id })),
      () =>
        postMessageRoute(
          new Request(`http://test/api/mentorships/${id}/messages`, {
            method: "POST",
            headers: JSON_TYPE,
            body: JSON.stringify({ body: "hi" }),
          }),
          ctx({ id }),
        ),
    ];
    const before = await db.mentorship.findUniqueOrThrow({ where: { id: m.id }, include: { goals: true } });
    for (const outsider of [stranger, admin]) {
      actAs(outsider);
      const real = calls(m.id);
      const missing = calls("no-such-mentorship");
      for (let i = 0; i < real.length; i++) {
        const [a, b] = [await real[i]!(), await missing[i]!()];
        expect([a.status, await a.json()], `route ${i} as ${outsider.name}`).toEqual([404, GENERIC_404]);
        expect([b.status, await b.json()]).toEqual([404, GENERIC_404]);
      }
    }
    expect(await db.mentorship.findUniqueOrThrow({ where: { id: m.id }, include: { goals: true } })).toEqual(before);
    expect(await db.message.count({ where: { mentorshipId: m.id } })).toBe(0);
  });

  it("never put the other person's private things in the raw JSON (with a positive control)", async () => {
    const m = await freshMentorship();
    // The mentor has other ties and unread messages of their own; none of it concerns the mentee.
    const elsewhere = await createMentorship(mentor.id, third.id);
    await postMessage(third, { mentorshipId: elsewhere.id }, { body: "A private word for Mateo" });
    await postMessage(mentee, { mentorshipId: m.id }, { body: "Hello from Mei" });

    actAs(mentee);
    const one = await (await getOne(new Request(`http://test/api/mentorships/${m.id}`), ctx({ id: m.id }))).text();
    const list = await (await getList(new Request("http://test/api/mentorships"), ctx({}))).text();
    const attributes = await db.identityAttribute.findMany({ where: { id: { in: ["lgbtq", "neurodivergent"] } } });
    expect(attributes).toHaveLength(2);
    for (const raw of [one, list]) {
      // Positive control: the mentor is there, with name and local time zone.
      expect(raw).toContain("Mateo Mentor");
      expect(raw).toContain("America/Denver");
      for (const secret of [
        mentor.email,
        third.id,
        "Thea Thirdparty",
        elsewhere.id,
        "A private word",
        ...attributes.flatMap((a) => [a.id, a.label]),
      ]) {
        expect(raw, `leaked ${secret}`).not.toContain(secret);
      }
      expect(raw).not.toMatch(/requestsExpired|hoursPerMonth|mentorCapacity|affinit|identit|sessionVersion|passwordHash|lastReadAt/i);
    }
    // The mentor's own view shows their unread message elsewhere, but the mentee's never does.
    expect(JSON.parse(one).mentorship.messages.unread).toBe(0);
  });
});
