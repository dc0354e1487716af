// Notifications: notify() stores the in-app row and emails (the dev outbox here: NODE_ENV=test
// without SMTP) unless that kind's email is off; message emails are batched per thread and never
// carry what was written; the API and actions only ever touch the caller's own notifications.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./support/fake-session"));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<object>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// sendEmail is the real one unless a test makes it fail.
const failEmail = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/notifications/send-email", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/notifications/send-email")>();
  return {
    ...actual,
    sendEmail: async (email: Parameters<typeof actual.sendEmail>[0]) => {
      if (failEmail.on) throw new Error("SMTP is down");
      return actual.sendEmail(email);
    },
  };
});

import { GET as listRoute } from "@/app/api/notifications/route";
import { POST as readRoute } from "@/app/api/notifications/read/route";
import { GET as getPreferencesRoute, PUT as putPreferencesRoute } from "@/app/api/notifications/preferences/route";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { markNotificationsReadAction } from "@/lib/notifications/actions";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { unreadNotificationCount } from "@/lib/notifications/list-notifications";
import { EMAIL_BATCH_WINDOW_MS, UNREAD_EMAIL_REPEAT_MS, markSubjectNotificationsRead, notify } from "@/lib/notifications/notify";
import { actAs } from "./support/fake-session";
import { createUser } from "./support/people";

const GENERIC_404 = { error: { code: "NOT_FOUND", message: new AppError("NOT_FOUND").userMessage } };
const noParams = { params: Promise.resolve({}) };

const emailsTo = (user: CurrentUser) => db.outboxEmail.findMany({ where: { to: user.email }, orderBy: { createdAt: "asc" } });

const json = (path: string, method: string, body: unknown) =>
  new Request(`http://test${path}`, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

let reader: CurrentUser;
let other: CurrentUser;

beforeEach(async () => {
  reader = await createUser({ name: "Rae Reader" });
  other = await createUser({ name: "Oz Other" });
  failEmail.on = false;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("notify", () => {
  it("stores an in-app notification and emails its title with an absolute link, never the in-app body", async () => {
    const result = await notify({
      userId: reader.id,
      kind: "REQUEST_RECEIVED",
      title: "Dana Reyes sent you a mentorship request",
      body: "Private note: I am thinking of leaving my job",
      link: "/requests/req-1",
      subjectId: "req-1",
    });
    expect(result.emailed).toBe(true);
    const row = await db.notification.findUniqueOrThrow({ where: { id: result.notificationId! } });
    expect(row).toMatchObject({
      userId: reader.id,
      kind: "REQUEST_RECEIVED",
      title: "Dana Reyes sent you a mentorship request",
      body: "Private note: I am thinking of leaving my job",
      link: "/requests/req-1",
      readAt: null,
    });
    expect(row.emailedAt).not.toBeNull();

    const [email, ...more] = await emailsTo(reader);
    expect(more).toEqual([]);
    expect(email!.subject).toBe("New mentorship request on Constellation");
    expect(email!.text).toContain("Dana Reyes sent you a mentorship request");
    expect(email!.text).toMatch(/^https?:\/\/[^/\s]+\/requests\/req-1$/m);
    expect(email!.text).toMatch(/^https?:\/\/[^/\s]+\/settings\/notifications$/m);
    // Positive control above (the title is there); the private body is not.
    expect(email!.text).not.toContain("leaving my job");
    expect(await emailsTo(other)).toEqual([]);
  });

  it("sends no email for a kind the person turned off, but still shows it in the app", async () => {
    actAs(reader);
    const put = await putPreferencesRoute(json("/api/notifications/preferences", "PUT", { email: { REQUEST_DECLINED: false } }), noParams);
    expect(put.status).toBe(200);

    const off = await notify({ userId: reader.id, kind: "REQUEST_DECLINED", title: "Your request: not available right now" });
    expect(off).toMatchObject({ emailed: false });
    expect(await db.notification.count({ where: { id: off.notificationId!, emailedAt: null } })).toBe(1);
    expect(await emailsTo(reader)).toEqual([]);

    // Other kinds are untouched, and other people's settings are their own.
    expect((await notify({ userId: reader.id, kind: "REQUEST_EXPIRED", title: "Your request expired" })).emailed).toBe(true);
    expect((await notify({ userId: other.id, kind: "REQUEST_DECLINED", title: "Your request: not available right now" })).emailed).toBe(
      true,
    );
    expect((await emailsTo(reader)).map((e) => e.subject)).toEqual(["Your request expired"]);
  });

  it("batches message emails per thread: one until the person reads it, never two within 30 minutes, at most daily while unread", async () => {
    const start = new Date("2026-12-01T10:00:00Z");
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const message = (subjectId: string, minutes: number) =>
      notify(
        {
          userId: reader.id,
          kind: "NEW_MESSAGE",
          title: "Dana Reyes sent you a message",
          body: "the secret text",
          link: `/t/${subjectId}`,
          subjectId,
        },
        at(minutes),
      );

    const first = await message("thread-a", 0);
    const second = await message("thread-a", 1);
    const third = await message("thread-a", 2);
    expect([first.emailed, second.emailed, third.emailed]).toEqual([true, false, false]);
    // A question on the same thread belongs to the same batch.
    const question = await notify({ userId: reader.id, kind: "REQUEST_QUESTION", title: "A question", subjectId: "thread-a" }, at(3));
    expect(question.emailed).toBe(false);
    // Another thread is another conversation.
    expect((await message("thread-b", 3)).emailed).toBe(true);
    // Every message is still in the app.
    expect(await unreadNotificationCount(reader.id)).toBe(5);

    let emails = await emailsTo(reader);
    expect(emails).toHaveLength(2);
    for (const email of emails) {
      expect(email.text).toContain("Dana Reyes sent you a message");
      expect(email.text).not.toContain("the secret text");
    }

    // Reading the thread ends the batch, but never two emails within the window...
    expect(await markSubjectNotificationsRead(reader.id, "thread-a", at(10))).toBe(4);
    expect(await unreadNotificationCount(reader.id)).toBe(1); // thread-b's
    expect((await message("thread-a", 11)).emailed).toBe(false);
    // ...so the first message after the window emails again, and the next one waits.
    const window = EMAIL_BATCH_WINDOW_MS / 60_000;
    expect((await message("thread-a", window + 1)).emailed).toBe(true);
    expect((await message("thread-a", window + 2)).emailed).toBe(false);
    // Unread past the window: still no more (one email until they catch up)...
    expect((await message("thread-b", window + 5)).emailed).toBe(false);
    // ...unless it stays unread for a day: then one more.
    expect((await message("thread-a", window + 1 + UNREAD_EMAIL_REPEAT_MS / 60_000 + 1)).emailed).toBe(true);

    emails = await emailsTo(reader);
    expect(emails).toHaveLength(4);
  });

  it("keeps only links into this site", async () => {
    for (const link of ["https://evil.example/phish", "//evil.example/phish", "/\\evil.example", "javascript:alert(1)"]) {
      const { notificationId } = await notify({ userId: reader.id, kind: "AGREEMENT_CHANGED", title: "Agreement changed", link });
      expect((await db.notification.findUniqueOrThrow({ where: { id: notificationId! } })).link).toBeNull();
    }
    for (const email of await emailsTo(reader)) {
      expect(email.text).not.toContain("evil.example");
      expect(email.text).toMatch(/^https?:\/\/[^/\s]+\/notifications$/m);
    }
  });

  it("never throws to the caller: a failed email is logged and the in-app row stays", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    failEmail.on = true;
    const result = await notify({ userId: reader.id, kind: "REQUEST_ACCEPTED", title: "Your request was accepted" });
    expect(result.emailed).toBe(false);
    expect(result.notificationId).not.toBeNull();
    expect(await unreadNotificationCount(reader.id)).toBe(1);
    expect(logged).toHaveBeenCalled();

    // A row that cannot be stored (no such person) is logged too, not thrown.
    await expect(notify({ userId: "no-such-user", kind: "REQUEST_ACCEPTED", title: "x" })).resolves.toEqual({
      notificationId: null,
      emailed: false,
    });
  });
});

describe("notifications API", () => {
  const seed = async (user: CurrentUser, count: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const { notificationId } = await notify({ userId: user.id, kind: "REQUEST_RECEIVED", title: `Request ${i + 1}` });
      ids.push(notificationId!);
    }
    return ids;
  };
  const list = async (user: CurrentUser, query = "") => {
    actAs(user);
    const response = await listRoute(new Request(`http://test/api/notifications${query}`), noParams);
    expect(response.status).toBe(200);
    return response.json();
  };
  const markRead = async (user: CurrentUser, body: unknown) => {
    actAs(user);
    const response = await readRoute(json("/api/notifications/read", "POST", body), noParams);
    return { status: response.status, body: await response.json() };
  };

  it("lists only the caller's own notifications, newest first, with the unread count", async () => {
    await seed(reader, 3);
    await seed(other, 2);
    const mine = await list(reader, "?limit=2");
    expect(mine.unreadCount).toBe(3);
    expect(mine.hasMore).toBe(true);
    expect(mine.notifications.map((n: { title: string }) => n.title)).toEqual(["Request 3", "Request 2"]);
    expect(JSON.stringify(await list(reader))).not.toContain(other.id);
    expect((await list(other)).unreadCount).toBe(2);
  });

  it("marks chosen notifications read and lowers the unread count", async () => {
    const [first, second] = await seed(reader, 3);
    const result = await markRead(reader, { ids: [first, second, first] });
    expect(result).toEqual({ status: 200, body: { marked: 2, unreadCount: 1 } });
    // Again: already read, nothing changes, still fine.
    expect(await markRead(reader, { ids: [first] })).toEqual({ status: 200, body: { marked: 0, unreadCount: 1 } });
  });

  it("marks all read, touching nobody else's", async () => {
    await seed(reader, 3);
    await seed(other, 2);
    expect(await markRead(reader, { all: true })).toEqual({ status: 200, body: { marked: 3, unreadCount: 0 } });
    expect(await unreadNotificationCount(other.id)).toBe(2);
  });

  it("answers a stranger's id with the generic 404, the same as a missing one, and marks nothing", async () => {
    const [othersId] = await seed(other, 1);
    const [mineId] = await seed(reader, 1);
    const stranger = await markRead(reader, { ids: [othersId] });
    const missing = await markRead(reader, { ids: ["no-such-notification"] });
    expect(stranger).toEqual({ status: 404, body: GENERIC_404 });
    expect(missing).toEqual(stranger);
    // Mixed with one of the caller's own: still a 404, and neither is marked.
    expect(await markRead(reader, { ids: [mineId, othersId] })).toEqual({ status: 404, body: GENERIC_404 });
    expect(await unreadNotificationCount(other.id)).toBe(1);
    expect(await unreadNotificationCount(reader.id)).toBe(1);

    // The server action refuses the same way.
    actAs(reader);
    expect(await markNotificationsReadAction({ ids: [othersId] })).toMatchObject({ ok: false, message: GENERIC_404.error.message });
    expect(await unreadNotificationCount(other.id)).toBe(1);
  });

  it("names the field when the body is wrong", async () => {
    const neither = await markRead(reader, {});
    expect(neither.status).toBe(400);
    expect(Object.keys(neither.body.error.fields)).toEqual(["ids"]);
    const both = await markRead(reader, { ids: ["x"], all: true });
    expect(both.status).toBe(400);
  });

  it("keeps email settings per person: every kind on by default, changed one at a time", async () => {
    actAs(reader);
    const initial = await (await getPreferencesRoute(new Request("http://test/api/notifications/preferences"), noParams)).json();
    expect(Object.keys(initial.email).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(Object.values(initial.email).every((on) => on === true)).toBe(true);

    const put = await putPreferencesRoute(
      json("/api/notifications/preferences", "PUT", { email: { NEW_MESSAGE: false, REQUEST_RECEIVED: false } }),
      noParams,
    );
    expect((await put.json()).email).toMatchObject({ NEW_MESSAGE: false, REQUEST_RECEIVED: false, REQUEST_ACCEPTED: true });
    // Turning one back on leaves the other off.
    const again = await putPreferencesRoute(json("/api/notifications/preferences", "PUT", { email: { NEW_MESSAGE: true } }), noParams);
    expect((await again.json()).email).toMatchObject({ NEW_MESSAGE: true, REQUEST_RECEIVED: false });

    actAs(other);
    const others = await (await getPreferencesRoute(new Request("http://test/api/notifications/preferences"), noParams)).json();
    expect(others.email.REQUEST_RECEIVED).toBe(true);

    const unknown = await putPreferencesRoute(json("/api/notifications/preferences", "PUT", { email: { SPAM: false } }), noParams);
    expect(unknown.status).toBe(400);
    expect(Object.keys((await unknown.json()).error.fields)).toEqual(["email.SPAM"]);
  });
});
