// Consent holds under concurrency (issue 8): the state changes are decided in the database (row
// locks and conditional updates in lib/requests), not only in JavaScript, so racing calls cannot
// exceed a mentor's capacity, pair one request twice or slip past the request limits. Runs on
// PGlite and on PostgreSQL (integration-postgres), where the calls really run in parallel on
// separate connections.
import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => import("./support/fake-session"));
vi.hoisted(() => {
  process.env.API_RATE_LIMIT_WRITES_PER_MINUTE = "1000000";
});

import { POST as acceptRoute } from "@/app/api/requests/[id]/accept/route";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { acceptRequest } from "@/lib/requests/accept-request";
import { sendRequest } from "@/lib/requests/send-request";
import { withdrawRequest } from "@/lib/requests/withdraw-request";
import { actAs } from "./support/fake-session";
import { createMentorship } from "./support/mentorships";
import { mentee, mentor, peer } from "./support/request-people";

const PARALLEL = 20;

/** Settled results split into successes and the AppError codes of the refusals. */
function tally<T>(results: PromiseSettledResult<T>[]) {
  const ok = results.filter((r): r is PromiseFulfilledResult<T> => r.status === "fulfilled").map((r) => r.value);
  const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
  // Anything but a clean refusal (a deadlock, a timeout, a unique violation) is a failure here.
  for (const reason of refused) expect(isAppError(reason) ? reason.code : String(reason)).toBe("CONFLICT");
  return { ok, refused };
}

const activeMentees = (mentorId: string) =>
  db.mentorship.count({ where: { mentorId, kind: "MENTORSHIP", status: { in: ["ACTIVE", "PAUSED"] } } });

describe(`${PARALLEL} parallel accepts at one mentor's last slot`, () => {
  let busy: CurrentUser;
  let requestIds: string[];

  beforeAll(async () => {
    busy = await mentor("Last Slot", { capacity: 2 });
    const existing = await mentee("Already Mentored", { background: { institution: "Elsewhere Library" } });
    await createMentorship(busy.id, existing.id);
    requestIds = [];
    for (let i = 0; i < PARALLEL; i++) {
      const asker = await mentee(`Hopeful ${i + 1}`);
      requestIds.push((await sendRequest(asker, { recipientId: busy.id, note: "Could you mentor me?" })).id);
    }
  }, 120_000);

  it("creates exactly one mentorship: the mentor ends at capacity, never above", async () => {
    expect(await activeMentees(busy.id)).toBe(1);
    const results = await Promise.allSettled(requestIds.map((id) => acceptRequest(busy, id)));
    const { ok, refused } = tally(results);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(PARALLEL - 1);
    expect(refused.every((e) => /your limit/.test(e.userMessage))).toBe(true);
    expect(await activeMentees(busy.id)).toBe(2);
    // The refused requests stay open: the mentor can still decline them, or accept once a slot frees.
    const statuses = await db.mentorshipRequest.groupBy({ by: ["status"], where: { id: { in: requestIds } }, _count: true });
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count]))).toEqual({ ACCEPTED: 1, OPEN: PARALLEL - 1 });
    const accepted = await db.mentorshipRequest.findFirstOrThrow({
      where: { id: { in: requestIds }, status: "ACCEPTED" },
      include: { mentorship: true },
    });
    expect(accepted.mentorship?.id).toBe(ok[0]!.mentorshipId);
  });
});

describe("a double-clicked accept", () => {
  it("creates one mentorship; the other clicks hear it was already accepted (409)", async () => {
    const mo = await mentor("Double Click");
    const mia = await mentee("Double Mentee");
    const { id } = await sendRequest(mia, { recipientId: mo.id, note: "Hello" });
    actAs(mo);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        acceptRoute(new Request(`http://test/api/requests/${id}/accept`, { method: "POST" }), { params: Promise.resolve({ id }) }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409]);
    const refusals = await Promise.all(responses.filter((r) => r.status === 409).map((r) => r.json()));
    expect(refusals.every((b) => b.error.message === "This request was already accepted.")).toBe(true);
    expect(await db.mentorship.count({ where: { requestId: id } })).toBe(1);
    expect(await db.mentorship.count({ where: { mentorId: mo.id } })).toBe(1);
  });
});

describe("other races are decided by the database too", () => {
  it("accept and withdraw at the same moment: exactly one wins, and the state matches it", async () => {
    for (let round = 0; round < 3; round++) {
      const mo = await mentor(`Race Mentor ${round}`);
      const mia = await mentee(`Race Mentee ${round}`);
      const { id } = await sendRequest(mia, { recipientId: mo.id, note: "Hello" });
      const [accepted, withdrawn] = await Promise.allSettled([acceptRequest(mo, id), withdrawRequest(mia, id)]);
      const { ok } = tally([accepted, withdrawn] as PromiseSettledResult<unknown>[]);
      expect(ok).toHaveLength(1);
      const stored = await db.mentorshipRequest.findUniqueOrThrow({ where: { id }, include: { mentorship: true } });
      if (accepted.status === "fulfilled")
        expect(stored).toMatchObject({ status: "ACCEPTED", mentorship: { id: accepted.value.mentorshipId } });
      else expect(stored).toMatchObject({ status: "WITHDRAWN", mentorship: null });
    }
  });

  it("five requests sent at once by one mentee: three go through (the limit), no more", async () => {
    const mia = await mentee("Eager Mentee");
    const mentors = await Promise.all([1, 2, 3, 4, 5].map((i) => mentor(`Eager Mentor ${i}`)));
    const results = await Promise.allSettled(mentors.map((m) => sendRequest(mia, { recipientId: m.id, note: "Hello" })));
    const { ok } = tally(results);
    expect(ok).toHaveLength(3);
    expect(await db.mentorshipRequest.count({ where: { requesterId: mia.id, status: "OPEN" } })).toBe(3);
  });

  it("two peers asking each other at the same moment: one request, not two", async () => {
    const pia = await peer("Mutual Pia");
    const pete = await peer("Mutual Pete", { background: { institution: "Elsewhere Library" } });
    const results = await Promise.allSettled([
      sendRequest(pia, { recipientId: pete.id, note: "Peers?" }),
      sendRequest(pete, { recipientId: pia.id, note: "Peers?" }),
    ]);
    expect(tally(results).ok).toHaveLength(1);
    expect(
      await db.mentorshipRequest.count({
        where: {
          OR: [
            { requesterId: pia.id, recipientId: pete.id },
            { requesterId: pete.id, recipientId: pia.id },
          ],
        },
      }),
    ).toBe(1);
  });
});
