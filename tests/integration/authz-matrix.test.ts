// The authorization matrix: every API route and method, and every exported server action, ×
// who is asking (signed out / stranger / owner / admin), with the answer each must get.
//
// The list of routes and actions is not written here: it is discovered from the files
// (app/api/**/route.ts and the HTTP methods each exports; lib/**/actions.ts and the functions
// each exports). A route or action without a row fails this suite, and so does a row for one
// that no longer exists, so every new route or action has to say who may call it.
// How to extend it: docs/decisions/0005-authorization-matrix.md.
//
// Actors
//   signedOut  no session.
//   stranger   a signed-in member who is not the owner (for admin-only routes: any member).
//   owner      the member whose data it is (the row's `owner` says who when it is not obvious).
//   admin      a member with role ADMIN who is not the owner.
//   counterpart the other person in the owner's relationship (a mentorship's other side): given
//              only on rows about a relationship; elsewhere it is "—".
// "—" means the actor has no way to address the owner's data through this route (for example
// GET /api/profile only ever reads the caller's own profile), or the route has no owner.
//
// Every call is a valid request (well-formed JSON, real ids), so the status reflects who is
// asking, not what was sent. The session is faked at lib/auth/session; next/cache and
// next/headers are stubbed because they need a live Next request. Everything else is real.
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./support/fake-session"));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<object>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", async (importOriginal) => ({ ...(await importOriginal<object>()), headers: async () => new Headers() }));

import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { saveProfileSection } from "@/lib/profiles/save-profile";
import { actAs } from "./support/fake-session";
import { createRequest } from "./support/mentorships";
import { MENTOR_ROLES, createMember, createUser, validProfile } from "./support/people";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const ACTORS = ["signedOut", "stranger", "owner", "counterpart", "admin"] as const;
type Actor = (typeof ACTORS)[number];
/** Every row names these four; `counterpart` only where a relationship makes it meaningful. */
type Expect<C> = Record<Exclude<Actor, "counterpart">, C> & { counterpart?: C };

/** The body every refusal to an outsider carries: the same as for a thing that never existed. */
const GENERIC_404 = { error: { code: "NOT_FOUND", message: new AppError("NOT_FOUND").userMessage } };

// ---------------------------------------------------------------------------------------------
// Discovery: what exists.

function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => name.test(path.basename(file)))
    .map((file) => path.join(dir, file).split(path.sep).join("/"))
    .sort();
}

/** app/api/people/[id]/route.ts → /api/people/:id; a catch-all [...x] → *. */
function urlPattern(file: string): string {
  const segments = file
    .replace(/^app/, "")
    .replace(/\/route\.ts$/, "")
    .split("/");
  return segments
    .filter((s) => !/^\(.*\)$/.test(s)) // route groups do not appear in the URL
    .map((s) =>
      s
        .replace(/^\[\.\.\..+\]$/, "*")
        .replace(/^\[\[\.\.\..+\]\]$/, "*")
        .replace(/^\[(.+)\]$/, ":$1"),
    )
    .join("/");
}

type Handler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;
type ServerAction = (...args: unknown[]) => Promise<unknown>;

const routes = new Map<string, Handler>();
for (const file of filesUnder("app/api", /^route\.ts$/)) {
  const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
  for (const method of HTTP_METHODS) {
    if (typeof mod[method] === "function") routes.set(`${method} ${urlPattern(file)}`, mod[method] as Handler);
  }
}

const actions = new Map<string, ServerAction>();
for (const file of filesUnder("lib", /^actions\.ts$/)) {
  const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === "function") actions.set(`${file} ${name}`, value as ServerAction);
  }
}

// ---------------------------------------------------------------------------------------------
// The people every row is about.

type Fixtures = {
  owner: CurrentUser; // a member with a finished profile
  stranger: CurrentUser; // another member with a finished profile
  admin: CurrentUser; // role ADMIN, with a finished profile of their own
  candidate: CurrentUser; // a finished mentor the owner may save or dismiss
  draft: CurrentUser; // a member who started but has not finished their profile (private)
  programId: string;
  counterpart: CurrentUser; // the owner's mentor in `mentorshipId` and peer in `peerTieId`
  mentorshipId: string; // owner (mentee) with counterpart (mentor); rows edit its agreement
  confirmMentorshipId: string; // the same two, agreement left at version 1 for the confirm rows
  peerTieId: string; // owner and counterpart as peers (a rhythm, no agreement)
};
let f: Fixtures;

beforeAll(async () => {
  const owner = await createMember("Olive Owner");
  const stranger = await createMember("Sid Stranger");
  const adminMember = await createMember("Ada Admin");
  await db.user.update({ where: { id: adminMember.id }, data: { role: "ADMIN" } });
  const candidate = await createMember("Cam Candidate", {
    roles: MENTOR_ROLES,
    goals: { seeks: [], offers: [{ goalAreaId: "tenure-promotion" }], learns: [] },
    background: { careerStage: "SENIOR", institution: "Harbor City College" },
  });
  const draft = await createUser({ name: "Dee Draft" });
  await saveProfileSection(draft, "roles", validProfile().roles);
  const program = await db.program.create({ data: { name: "Matrix cohort" } });
  const counterpart = await createMember("Cora Counterpart", {
    roles: MENTOR_ROLES,
    goals: { seeks: [], offers: [{ goalAreaId: "tenure-promotion" }], learns: [] },
  });
  const tie = (kind: "MENTORSHIP" | "PEER") =>
    db.mentorship.create({
      data: { kind, mentorId: counterpart.id, menteeId: owner.id, goals: { create: [{ goalAreaId: "tenure-promotion" }] } },
    });
  const [mentorship, confirmMentorship, peerTie] = [await tie("MENTORSHIP"), await tie("MENTORSHIP"), await tie("PEER")];
  f = {
    owner,
    stranger,
    admin: { ...adminMember, role: "ADMIN" },
    candidate,
    draft,
    programId: program.id,
    counterpart,
    mentorshipId: mentorship.id,
    confirmMentorshipId: confirmMentorship.id,
    peerTieId: peerTie.id,
  };
});

// ---------------------------------------------------------------------------------------------
// The matrix.

type Cell = number | "—";
type Outcome = "ok" | "sign-in" | "not-found" | "refused" | "—";

type RouteRow = {
  route: string; // "METHOD /api/pattern" exactly as discovered
  case?: string; // when a route has several rows: what differs
  owner?: keyof Pick<Fixtures, "owner" | "draft">; // who "owner" is; default f.owner
  expect: Expect<Cell>;
  request: (f: Fixtures) => { path: string; params?: Record<string, unknown>; body?: unknown };
};
type ExcludedRoute = { route: string; excluded: string };

type ActionRow = {
  action: string; // "lib/<domain>/actions.ts exportName"
  case?: string;
  owner?: keyof Pick<Fixtures, "owner" | "draft">;
  expect: Expect<Outcome>;
  args: (f: Fixtures) => unknown[];
};

const STRONG_PASSWORD = "lantern-quarto-marginalia";
const newSignUp = () => ({ name: "Nia Newcomer", email: `newcomer-${randomUUID()}@example.org`, password: STRONG_PASSWORD });

// Notifications: one of the owner's, for the "mark read" rows (anyone else's id must be a 404).
let ownerNotificationId = "";
beforeAll(async () => {
  const created = await db.notification.create({ data: { userId: f.owner.id, kind: "REQUEST_RECEIVED", title: "Matrix check" } });
  ownerNotificationId = created.id;
});

// Requests between the owner and the counterpart, one per row that closes one (its first valid
// call does). Whoever may act is the "owner": the recipient for accept and decline, the sender
// for withdraw; the counterpart is the other side, who can see it but not do that (403).
let rq: {
  open: string; // counterpart → owner, stays open: reading it and its thread
  acceptRoute: string;
  declineRoute: string;
  withdrawRoute: string;
  acceptAction: string;
  declineAction: string;
  withdrawAction: string;
  accepted: string; // owner (mentee) → counterpart, accepted: the overlap question's subject
  sendTo: string; // mentors the owner and the admin may send a request to
  sendToByAction: string;
};
beforeAll(async () => {
  const ask = async (from: CurrentUser, to: CurrentUser, status: "OPEN" | "ACCEPTED" = "OPEN") =>
    (await createRequest(from.id, to.id, { kind: status === "OPEN" ? "PEER" : "MENTORSHIP", status })).id;
  const sendable = (name: string) =>
    createMember(name, {
      roles: MENTOR_ROLES,
      goals: { seeks: [], offers: [{ goalAreaId: "tenure-promotion" }], learns: [] },
      background: { careerStage: "SENIOR", institution: "Harbor City College" },
    });
  rq = {
    open: await ask(f.counterpart, f.owner),
    acceptRoute: await ask(f.counterpart, f.owner),
    declineRoute: await ask(f.counterpart, f.owner),
    withdrawRoute: await ask(f.owner, f.counterpart),
    acceptAction: await ask(f.counterpart, f.owner),
    declineAction: await ask(f.counterpart, f.owner),
    withdrawAction: await ask(f.owner, f.counterpart),
    accepted: await ask(f.owner, f.counterpart, "ACCEPTED"),
    sendTo: (await sendable("Rhea Recipient")).id,
    sendToByAction: (await sendable("Rory Recipient")).id,
  };
});

const ROUTES: (RouteRow | ExcludedRoute)[] = [
  // Public
  { route: "GET /api/health", expect: { signedOut: 200, stranger: 200, owner: "—", admin: 200 }, request: () => ({ path: "/api/health" }) },
  {
    route: "POST /api/signup",
    expect: { signedOut: 202, stranger: 202, owner: "—", admin: 202 },
    request: () => ({ path: "/api/signup", body: newSignUp() }),
  },
  { route: "GET /api/auth/*", excluded: "next-auth, covered by tests/integration/accounts.test.ts" },
  { route: "POST /api/auth/*", excluded: "next-auth, covered by tests/integration/accounts.test.ts" },
  { route: "GET /api/dev/outbox", excluded: "dev outbox (loopback, never in production), covered by tests/integration/outbox.test.ts" },

  // The caller's own data: nobody can name someone else's.
  {
    route: "GET /api/profile",
    expect: { signedOut: 401, stranger: "—", owner: 200, admin: 200 },
    request: () => ({ path: "/api/profile" }),
  },
  {
    route: "PUT /api/profile",
    expect: { signedOut: 401, stranger: "—", owner: 200, admin: 200 },
    request: () => ({ path: "/api/profile", body: validProfile() }),
  },
  {
    route: "PUT /api/profile/:section",
    expect: { signedOut: 401, stranger: "—", owner: 200, admin: 200 },
    request: () => ({ path: "/api/profile/background", params: { section: "background" }, body: validProfile().background }),
  },
  {
    // The fixtures signed in just now and have no password yet, so this sets a first one.
    route: "POST /api/account/password",
    expect: { signedOut: 401, stranger: "—", owner: 200, admin: 200 },
    request: () => ({ path: "/api/account/password", body: { newPassword: STRONG_PASSWORD } }),
  },
  {
    route: "POST /api/profile/finish",
    expect: { signedOut: 401, stranger: "—", owner: 200, admin: 200 },
    request: () => ({ path: "/api/profile/finish" }),
  },
  {
    route: "GET /api/matches",
    expect: { signedOut: 401, stranger: "—", owner: 200, admin: 200 },
    request: () => ({ path: "/api/matches?limit=5" }),
  },
  {
    route: "GET /api/vocabulary",
    expect: { signedOut: 401, stranger: 200, owner: "—", admin: 200 },
    request: () => ({ path: "/api/vocabulary" }),
  },

  // A person's page: public to members once finished; until then only theirs.
  {
    route: "GET /api/people/:id",
    case: "a finished profile",
    expect: { signedOut: 401, stranger: 200, owner: 200, admin: 200 },
    request: (f) => ({ path: `/api/people/${f.owner.id}`, params: { id: f.owner.id } }),
  },
  {
    route: "GET /api/people/:id",
    case: "an unfinished profile",
    owner: "draft",
    expect: { signedOut: 401, stranger: 404, owner: 200, admin: 404 },
    request: (f) => ({ path: `/api/people/${f.draft.id}`, params: { id: f.draft.id } }),
  },

  // Save / dismiss: the owner is the viewer whose list it is; :id is the person saved.
  ...(["save", "dismiss"] as const).flatMap((verb): RouteRow[] => [
    {
      route: `POST /api/matches/:id/${verb}`,
      case: "a finished member",
      expect: { signedOut: 401, stranger: "—", owner: 200, admin: 200 },
      request: (f) => ({ path: `/api/matches/${f.candidate.id}/${verb}`, params: { id: f.candidate.id } }),
    },
    {
      // Here the owner is the unfinished person themselves (saving yourself is a 400).
      route: `POST /api/matches/:id/${verb}`,
      case: "an unfinished profile",
      owner: "draft",
      expect: { signedOut: 401, stranger: 404, owner: 400, admin: 404 },
      request: (f) => ({ path: `/api/matches/${f.draft.id}/${verb}`, params: { id: f.draft.id } }),
    },
    {
      // Touches only the caller's own list, so it answers 204 whether or not :id exists.
      route: `DELETE /api/matches/:id/${verb}`,
      expect: { signedOut: 401, stranger: "—", owner: 204, admin: 204 },
      request: (f) => ({ path: `/api/matches/${f.candidate.id}/${verb}`, params: { id: f.candidate.id } }),
    },
  ]),

  // Notifications: always the caller's own; naming someone else's notification is a 404.
  {
    route: "GET /api/notifications",
    expect: { signedOut: 401, stranger: "—", owner: 200, admin: 200 },
    request: () => ({ path: "/api/notifications?limit=10" }),
  },
  {
    route: "POST /api/notifications/read",
    case: "one of the owner's notifications by id",
    expect: { signedOut: 401, stranger: 404, owner: 200, admin: 404 },
    request: () => ({ path: "/api/notifications/read", body: { ids: [ownerNotificationId] } }),
  },
  {
    route: "POST /api/notifications/read",
    case: "all of the caller's own",
    expect: { signedOut: 401, stranger: "—", owner: 200, admin: 200 },
    request: () => ({ path: "/api/notifications/read", body: { all: true } }),
  },
  {
    route: "GET /api/notifications/preferences",
    expect: { signedOut: 401, stranger: "—", owner: 200, admin: 200 },
    request: () => ({ path: "/api/notifications/preferences" }),
  },
  {
    route: "PUT /api/notifications/preferences",
    expect: { signedOut: 401, stranger: "—", owner: 200, admin: 200 },
    request: () => ({ path: "/api/notifications/preferences", body: { email: { NEW_MESSAGE: false } } }),
  },

  // A mentorship and its thread: only its two people (owner and counterpart). Admins are
  // outsiders too, and every refusal is the generic 404.
  {
    route: "GET /api/mentorships",
    expect: { signedOut: 401, stranger: "—", owner: 200, admin: 200 },
    request: () => ({ path: "/api/mentorships" }),
  },
  {
    route: "GET /api/mentorships/:id",
    expect: { signedOut: 401, stranger: 404, owner: 200, counterpart: 200, admin: 404 },
    request: (f) => ({ path: `/api/mentorships/${f.mentorshipId}`, params: { id: f.mentorshipId } }),
  },
  {
    route: "PUT /api/mentorships/:id/agreement",
    expect: { signedOut: 401, stranger: 404, owner: 200, counterpart: 200, admin: 404 },
    request: (f) => ({
      path: `/api/mentorships/${f.mentorshipId}/agreement`,
      params: { id: f.mentorshipId },
      body: {
        goalAreaIds: ["tenure-promotion"],
        cadence: "MONTHLY",
        formats: ["video"],
        plannedMonths: 6,
        expectations: "Replies within a week.",
      },
    }),
  },
  {
    route: "POST /api/mentorships/:id/agreement/confirm",
    expect: { signedOut: 401, stranger: 404, owner: 200, counterpart: 200, admin: 404 },
    request: (f) => ({
      path: `/api/mentorships/${f.confirmMentorshipId}/agreement/confirm`,
      params: { id: f.confirmMentorshipId },
      body: { version: 1 },
    }),
  },
  {
    route: "PUT /api/mentorships/:id/goals/:goalId",
    expect: { signedOut: 401, stranger: 404, owner: 200, counterpart: 200, admin: 404 },
    request: (f) => ({
      path: `/api/mentorships/${f.mentorshipId}/goals/tenure-promotion`,
      params: { id: f.mentorshipId, goalId: "tenure-promotion" },
      body: { progress: "IN_PROGRESS" },
    }),
  },
  {
    route: "PUT /api/mentorships/:id/rhythm",
    case: "a peer tie",
    expect: { signedOut: 401, stranger: 404, owner: 200, counterpart: 200, admin: 404 },
    request: (f) => ({
      path: `/api/mentorships/${f.peerTieId}/rhythm`,
      params: { id: f.peerTieId },
      body: { cadence: "EVERY_FEW_MONTHS" },
    }),
  },
  {
    route: "GET /api/mentorships/:id/messages",
    expect: { signedOut: 401, stranger: 404, owner: 200, counterpart: 200, admin: 404 },
    request: (f) => ({ path: `/api/mentorships/${f.mentorshipId}/messages`, params: { id: f.mentorshipId } }),
  },
  {
    route: "POST /api/mentorships/:id/messages",
    expect: { signedOut: 401, stranger: 404, owner: 201, counterpart: 201, admin: 404 },
    request: (f) => ({
      path: `/api/mentorships/${f.mentorshipId}/messages`,
      params: { id: f.mentorshipId },
      body: { body: "Hello there" },
    }),
  },

  // Requests: the two people see one; only the recipient answers, only the sender withdraws.
  {
    route: "GET /api/requests",
    expect: { signedOut: 401, stranger: "—", owner: 200, admin: 200 },
    request: () => ({ path: "/api/requests" }),
  },
  {
    route: "POST /api/requests",
    expect: { signedOut: 401, stranger: "—", owner: 201, admin: 201 },
    request: () => ({ path: "/api/requests", body: { recipientId: rq.sendTo, note: "Matrix check: would you mentor me?" } }),
  },
  {
    route: "GET /api/requests/:id",
    expect: { signedOut: 401, stranger: 404, owner: 200, counterpart: 200, admin: 404 },
    request: () => ({ path: `/api/requests/${rq.open}`, params: { id: rq.open } }),
  },
  ...(["accept", "decline", "withdraw"] as const).map((verb): RouteRow => ({
    route: `POST /api/requests/:id/${verb}`,
    expect: { signedOut: 401, stranger: 404, owner: 200, counterpart: 403, admin: 404 },
    request: () => {
      const id = { accept: rq.acceptRoute, decline: rq.declineRoute, withdraw: rq.withdrawRoute }[verb];
      return { path: `/api/requests/${id}/${verb}`, params: { id } };
    },
  })),
  {
    route: "GET /api/requests/:id/messages",
    expect: { signedOut: 401, stranger: 404, owner: 200, counterpart: 200, admin: 404 },
    request: () => ({ path: `/api/requests/${rq.open}/messages`, params: { id: rq.open } }),
  },
  {
    route: "POST /api/requests/:id/messages",
    expect: { signedOut: 401, stranger: 404, owner: 201, counterpart: 201, admin: 404 },
    request: () => ({ path: `/api/requests/${rq.open}/messages`, params: { id: rq.open }, body: { body: "A question first" } }),
  },

  // Admin tools (coordinators join with the programs issue). Program settings answer 404 to
  // members, so they cannot tell which programs exist; vocabulary and rounds are no secret.
  {
    route: "GET /api/programs/:id/weights",
    expect: { signedOut: 401, stranger: 404, owner: "—", admin: 200 },
    request: (f) => ({ path: `/api/programs/${f.programId}/weights`, params: { id: f.programId } }),
  },
  {
    route: "PUT /api/programs/:id/weights",
    expect: { signedOut: 401, stranger: 404, owner: "—", admin: 200 },
    request: (f) => ({ path: `/api/programs/${f.programId}/weights`, params: { id: f.programId }, body: { goalCoverage: 0.3 } }),
  },
  {
    route: "POST /api/rounds/preview",
    expect: { signedOut: 401, stranger: 403, owner: "—", admin: 200 },
    request: (f) => ({ path: "/api/rounds/preview", body: { menteeIds: [f.owner.id], mentorIds: [f.candidate.id] } }),
  },
  {
    route: "PUT /api/vocabulary/:kind",
    expect: { signedOut: 401, stranger: 403, owner: "—", admin: 200 },
    request: () => ({
      path: "/api/vocabulary/goal-areas",
      params: { kind: "goal-areas" },
      body: { id: "matrix-check", label: "Matrix check" },
    }),
  },
];

const ACTIONS: ActionRow[] = [
  {
    action: "lib/auth/actions.ts signUpAction",
    expect: { signedOut: "ok", stranger: "ok", owner: "—", admin: "ok" },
    args: () => [newSignUp()],
  },
  ...(["saveAction", "dismissAction"] as const).flatMap((name): ActionRow[] => [
    {
      action: `lib/matches/actions.ts ${name}`,
      case: "a finished member",
      expect: { signedOut: "sign-in", stranger: "—", owner: "ok", admin: "ok" },
      args: (f) => [f.candidate.id],
    },
    {
      action: `lib/matches/actions.ts ${name}`,
      case: "an unfinished profile",
      owner: "draft",
      expect: { signedOut: "sign-in", stranger: "not-found", owner: "refused", admin: "not-found" },
      args: (f) => [f.draft.id],
    },
  ]),
  {
    action: "lib/matches/actions.ts unsaveAction",
    expect: { signedOut: "sign-in", stranger: "—", owner: "ok", admin: "ok" },
    args: (f) => [f.candidate.id],
  },
  {
    action: "lib/matches/actions.ts undoDismissAction",
    expect: { signedOut: "sign-in", stranger: "—", owner: "ok", admin: "ok" },
    args: (f) => [f.candidate.id],
  },
  {
    action: "lib/notifications/actions.ts markNotificationsReadAction",
    case: "one of the owner's notifications by id",
    expect: { signedOut: "sign-in", stranger: "not-found", owner: "ok", admin: "not-found" },
    args: () => [{ ids: [ownerNotificationId] }],
  },
  {
    action: "lib/notifications/actions.ts markNotificationsReadAction",
    case: "all of the caller's own",
    expect: { signedOut: "sign-in", stranger: "—", owner: "ok", admin: "ok" },
    args: () => [{ all: true }],
  },
  {
    action: "lib/notifications/actions.ts saveNotificationPreferencesAction",
    expect: { signedOut: "sign-in", stranger: "—", owner: "ok", admin: "ok" },
    args: () => [{ email: { NEW_MESSAGE: false } }],
  },
  // A mentorship and its thread: only its two people.
  {
    action: "lib/messages/actions.ts postMessageAction",
    case: "a mentorship's thread",
    expect: { signedOut: "sign-in", stranger: "not-found", owner: "ok", counterpart: "ok", admin: "not-found" },
    args: (f) => [{ mentorshipId: f.mentorshipId }, { body: "Hello from an action" }],
  },
  {
    action: "lib/mentorships/actions.ts updateAgreementAction",
    expect: { signedOut: "sign-in", stranger: "not-found", owner: "ok", counterpart: "ok", admin: "not-found" },
    args: (f) => [
      f.mentorshipId,
      { goalAreaIds: ["tenure-promotion"], cadence: "TWICE_MONTHLY", formats: ["email"], plannedMonths: 12, expectations: "" },
    ],
  },
  {
    action: "lib/mentorships/actions.ts confirmAgreementAction",
    expect: { signedOut: "sign-in", stranger: "not-found", owner: "ok", counterpart: "ok", admin: "not-found" },
    args: (f) => [f.confirmMentorshipId, { version: 1 }],
  },
  {
    action: "lib/mentorships/actions.ts setGoalProgressAction",
    expect: { signedOut: "sign-in", stranger: "not-found", owner: "ok", counterpart: "ok", admin: "not-found" },
    args: (f) => [f.mentorshipId, "tenure-promotion", { progress: "MET" }],
  },
  {
    action: "lib/mentorships/actions.ts setRhythmAction",
    case: "a peer tie",
    expect: { signedOut: "sign-in", stranger: "not-found", owner: "ok", counterpart: "ok", admin: "not-found" },
    args: (f) => [f.peerTieId, { cadence: "NO_REMINDERS" }],
  },
  // Requests: as their routes.
  {
    action: "lib/requests/actions.ts sendRequestAction",
    expect: { signedOut: "sign-in", stranger: "—", owner: "ok", admin: "ok" },
    args: () => [{ recipientId: rq.sendToByAction, note: "Matrix check: would you mentor me?" }],
  },
  ...(["accept", "decline", "withdraw"] as const).map((verb): ActionRow => ({
    action: `lib/requests/actions.ts ${verb}RequestAction`,
    expect: { signedOut: "sign-in", stranger: "not-found", owner: "ok", counterpart: "refused", admin: "not-found" },
    args: () => [{ accept: rq.acceptAction, decline: rq.declineAction, withdraw: rq.withdrawAction }[verb]],
  })),
  {
    // The owner is the mentee of an accepted request; an empty answer keeps every other request.
    action: "lib/requests/actions.ts withdrawOverlappingAction",
    expect: { signedOut: "sign-in", stranger: "not-found", owner: "ok", counterpart: "refused", admin: "not-found" },
    args: () => [rq.accepted, { withdrawIds: [] }],
  },
  {
    action: "lib/profiles/actions.ts saveSectionAction",
    expect: { signedOut: "sign-in", stranger: "—", owner: "ok", admin: "ok" },
    args: () => ["background", validProfile().background],
  },
  {
    action: "lib/profiles/actions.ts finishOnboardingAction",
    expect: { signedOut: "sign-in", stranger: "—", owner: "ok", admin: "ok" },
    args: () => [],
  },
];

// ---------------------------------------------------------------------------------------------
// Running it.

const label = (row: { route?: string; action?: string; case?: string }) => `${row.route ?? row.action}${row.case ? ` (${row.case})` : ""}`;
const isExcluded = (row: RouteRow | ExcludedRoute): row is ExcludedRoute => "excluded" in row;

function actorUser(actor: Actor, row: { owner?: "owner" | "draft" }): CurrentUser | null {
  if (actor === "signedOut") return null;
  // Each call is a session that began just now.
  const user = actor === "owner" ? f[row.owner ?? "owner"] : f[actor];
  if (!user) throw new Error(`no fixture for ${actor}`);
  return { ...user, signedInAt: new Date() };
}

async function callRoute(row: RouteRow, actor: Actor): Promise<Response> {
  const handler = routes.get(row.route)!;
  const [method] = row.route.split(" ");
  const { path: url, params = {}, body } = row.request(f);
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { "content-type": "application/json" };
  }
  actAs(actorUser(actor, row));
  return handler(new Request(`http://test${url}`, init), { params: Promise.resolve(params) });
}

/** What a server action did, in the matrix's words. */
async function runAction(row: ActionRow, actor: Actor): Promise<{ outcome: Outcome; detail: unknown }> {
  actAs(actorUser(actor, row));
  try {
    const state = (await actions.get(row.action)!(...row.args(f))) as { ok: boolean; message?: string } | undefined;
    if (state?.ok) return { outcome: "ok", detail: state };
    if (state && !state.ok && state.message === GENERIC_404.error.message) return { outcome: "not-found", detail: state };
    return { outcome: "refused", detail: state };
  } catch (error) {
    // next/navigation's redirect() throws an error whose digest carries the target.
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;") && digest.split(";")[2] === "/sign-in") {
      return { outcome: "sign-in", detail: digest };
    }
    throw error;
  }
}

describe("authorization matrix: coverage", () => {
  it("discovers the routes and actions (a glob that finds nothing would make the rest vacuous)", () => {
    expect(routes.size).toBeGreaterThan(10);
    expect(actions.size).toBeGreaterThan(3);
  });

  it("has a row for every API route and method", () => {
    const covered = new Set(ROUTES.map((r) => r.route));
    const missing = [...routes.keys()].filter((key) => !covered.has(key));
    if (missing.length)
      throw new Error(
        missing.map((key) => `no authorization row for ${key}: add one to tests/integration/authz-matrix.test.ts`).join("\n"),
      );
  });

  it("has a row for every exported server action", () => {
    const covered = new Set(ACTIONS.map((a) => a.action));
    const missing = [...actions.keys()].filter((key) => !covered.has(key));
    if (missing.length)
      throw new Error(
        missing.map((key) => `no authorization row for action ${key}: add one to tests/integration/authz-matrix.test.ts`).join("\n"),
      );
  });

  it("has no row for a route or action that no longer exists", () => {
    const stale = [
      ...ROUTES.filter((r) => !routes.has(r.route)).map((r) => `row for ${r.route}, which no app/api route exports: remove or rename it`),
      ...ACTIONS.filter((a) => !actions.has(a.action)).map((a) => `row for action ${a.action}, which is not exported: remove or rename it`),
    ];
    if (stale.length) throw new Error([...new Set(stale)].join("\n"));
  });

  it("finds server actions only in lib/<domain>/actions.ts, where this matrix looks for them", () => {
    const elsewhere = [...filesUnder("app", /\.tsx?$/), ...filesUnder("components", /\.tsx?$/), ...filesUnder("lib", /\.tsx?$/)]
      .filter((file) => !/^lib\/.+\/actions\.ts$/.test(file))
      .filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(elsewhere, "move these server actions to lib/<domain>/actions.ts").toEqual([]);
  });
});

describe("authorization matrix: API routes", () => {
  for (const row of ROUTES) {
    if (isExcluded(row)) {
      // Not called here: the named file covers it. Check that the file is really there.
      it(`${row.route} · ${row.excluded}`, () => {
        const file = /tests\/integration\/[\w-]+\.test\.ts/.exec(row.excluded)?.[0];
        expect(file, "an excluded route must name the test file that covers it").toBeDefined();
        expect(existsSync(path.join(ROOT, file!)), `${file} must exist`).toBe(true);
      });
      continue;
    }
    for (const actor of ACTORS) {
      const expected = row.expect[actor] ?? "—";
      if (expected === "—") continue;
      it(`${label(row)} · ${actor} → ${expected}`, async (context) => {
        if (!routes.has(row.route)) context.skip(); // reported by the coverage test
        const response = await callRoute(row, actor);
        const text = await response.text();
        expect(response.status, `${label(row)} as ${actor} answered ${response.status}: ${text.slice(0, 300)}`).toBe(expected);
        if (expected === 401) expect(JSON.parse(text).error.code).toBe("UNAUTHENTICATED");
        if (expected === 403) expect(JSON.parse(text).error.code).toBe("FORBIDDEN");
        // Refused outsiders learn nothing: the same body as for something that never existed.
        if (expected === 404) expect(JSON.parse(text)).toEqual(GENERIC_404);
      });
    }
  }
});

describe("authorization matrix: server actions", () => {
  for (const row of ACTIONS) {
    for (const actor of ACTORS) {
      const expected = row.expect[actor] ?? "—";
      if (expected === "—") continue;
      it(`${label(row)} · ${actor} → ${expected}`, async (context) => {
        if (!actions.has(row.action)) context.skip();
        const { outcome, detail } = await runAction(row, actor);
        expect(outcome, `${label(row)} as ${actor}: ${JSON.stringify(detail)}`).toBe(expected);
      });
    }
  }
});

describe("a stranger cannot tell a private thing exists", () => {
  const missingId = () => `missing-${randomUUID()}`;
  const routeCall = async (key: string, url: string, params: Record<string, unknown>) => {
    actAs(f.stranger);
    const response = await routes.get(key)!(new Request(`http://test${url}`, { method: key.split(" ")[0] }), {
      params: Promise.resolve(params),
    });
    return { status: response.status, body: await response.json() };
  };

  it.each([
    ["GET /api/people/:id", (id: string) => `/api/people/${id}`, () => f.draft.id],
    ["POST /api/matches/:id/save", (id: string) => `/api/matches/${id}/save`, () => f.draft.id],
    ["POST /api/matches/:id/dismiss", (id: string) => `/api/matches/${id}/dismiss`, () => f.draft.id],
    ["GET /api/programs/:id/weights", (id: string) => `/api/programs/${id}/weights`, () => f.programId],
    ["GET /api/mentorships/:id", (id: string) => `/api/mentorships/${id}`, () => f.mentorshipId],
    ["GET /api/mentorships/:id/messages", (id: string) => `/api/mentorships/${id}/messages`, () => f.mentorshipId],
    ["GET /api/requests/:id", (id: string) => `/api/requests/${id}`, () => rq.open],
    ["GET /api/requests/:id/messages", (id: string) => `/api/requests/${id}/messages`, () => rq.open],
  ])("%s answers the same for an existing private thing as for a missing one", async (key, url, existing) => {
    const real = await routeCall(key, url(existing()), { id: existing() });
    const missing = missingId();
    const absent = await routeCall(key, url(missing), { id: missing });
    expect(real).toEqual({ status: 404, body: GENERIC_404 });
    expect(absent).toEqual(real);
  });
});
