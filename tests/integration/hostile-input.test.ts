// The hostile-input suite (issue 7, finding 4). Every API route is sent what an attacker or a
// broken client sends: bad JSON, wrong types, NUL and lone surrogates in every text field, path
// parameter and query value, 1 MB strings, a 20 MB body, huge numbers, `__proto__` and
// `constructor` keys, unknown fields. Each must answer 400 / 404 / 413 / 415 in the one JSON
// error format (never a 500), name the field when a field is at fault, and change no stored row.
//
// The routes are discovered from app/api/**/route.ts (next-auth's and the dev outbox excepted)
// together with the HTTP methods each exports; a route or method without a spec below fails
// the suite, so a new route must say how it is attacked.
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./support/fake-session"));
// Hundreds of refused writes per person in a minute: this suite is about input, not the write
// limit (tested with the rate limits), so the limit is raised before lib/env reads it.
vi.hoisted(() => {
  process.env.API_RATE_LIMIT_WRITES_PER_MINUTE = "1000000";
});

import { MAX_BODY_BYTES } from "@/lib/api/http";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { actAs } from "./support/fake-session";
import { createRequest } from "./support/mentorships";
import { MENTOR_ROLES, createMember, createUser, validProfile } from "./support/people";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
type Method = (typeof METHODS)[number];
// Not ours to attack here: next-auth's own handler, and the dev outbox (loopback-only, tested
// with its own rules in outbox.test.ts).
const EXCLUDED = [/^\/api\/auth\//, /^\/api\/dev\//];

// ---------------------------------------------------------------------------------------------
// The small world every request is aimed at (no seeded population: a round here has 2 people).

type World = {
  member: CurrentUser;
  mentor: CurrentUser;
  admin: CurrentUser;
  unfinished: CurrentUser;
  programId: string;
  mentorshipId: string; // mentor with member as mentee
  peerTieId: string; // the same two as peers
};
let world: World;

beforeAll(async () => {
  const member = await createMember("Hana Hostile");
  const mentor = await createMember("Mo Mentor", {
    roles: MENTOR_ROLES,
    goals: { seeks: [], offers: [{ goalAreaId: "tenure-promotion" }], learns: [] },
  });
  const admin = await createUser({ role: "ADMIN", name: "Ada Admin" });
  const unfinished = await createUser({ name: "Una Unfinished" });
  const program = await db.program.create({ data: { name: "Hostile cohort" } });
  await db.programMember.createMany({
    data: [
      { programId: program.id, userId: member.id, role: "MENTEE" },
      { programId: program.id, userId: mentor.id, role: "MENTOR" },
    ],
  });
  const tie = (kind: "MENTORSHIP" | "PEER") =>
    db.mentorship.create({
      data: { kind, mentorId: mentor.id, menteeId: member.id, goals: { create: [{ goalAreaId: "tenure-promotion" }] } },
    });
  const [mentorship, peerTie] = [await tie("MENTORSHIP"), await tie("PEER")];
  world = { member, mentor, admin, unfinished, programId: program.id, mentorshipId: mentorship.id, peerTieId: peerTie.id };
});

// ---------------------------------------------------------------------------------------------
// An open request from the member to the mentor, made in the database: the request routes are
// aimed at it (each case is refused before anything changes, so it stays open throughout).
let openRequestId = "";
beforeAll(async () => {
  openRequestId = (await createRequest(world.member.id, world.mentor.id, { kind: "PEER" })).id;
});

// ---------------------------------------------------------------------------------------------
// Specs: who sends it, and the shape of a valid request (whose fields the cases then poison).

type Spec = {
  route: string; // as the folder names it: /api/people/[id]
  method: Method;
  label?: string;
  as: (w: World) => CurrentUser | null;
  params?: (w: World) => Record<string, string>;
  /** Path parameters that name nothing: the answer is 404. */
  missing?: Record<string, string>;
  /** A JSON body. `text` / `numbers`: dotted paths of its fields; `strict`: unknown fields are refused. */
  body?: { valid: (w: World) => unknown; text: string[]; numbers: string[]; strict: boolean };
  /** A query string (every value is text; `numbers` are the numeric ones). */
  query?: { valid: Record<string, string>; numbers: string[] };
  /** Takes no body or query at all: hostile extras must be ignored (same answer as without). */
  ignoresExtras?: true;
};

const profile = () => validProfile();

const SPECS: Spec[] = [
  { route: "/api/health", method: "GET", as: () => null, ignoresExtras: true },
  { route: "/api/vocabulary", method: "GET", as: (w) => w.member, ignoresExtras: true },
  { route: "/api/profile", method: "GET", as: (w) => w.member, ignoresExtras: true },
  // An unfinished person: finishing is refused (400), and a hostile body must not change that.
  { route: "/api/profile/finish", method: "POST", as: (w) => w.unfinished, ignoresExtras: true },
  {
    route: "/api/matches",
    method: "GET",
    as: (w) => w.member,
    query: { valid: { role: "mentee", limit: "5", goal: "tenure-promotion", format: "video" }, numbers: ["limit"] },
  },
  ...(["POST", "DELETE"] as const).flatMap((method): Spec[] =>
    ["dismiss", "save"].map((verb) => ({
      route: `/api/matches/[id]/${verb}`,
      method,
      as: (w: World) => w.member,
      params: (w: World) => ({ id: w.mentor.id }),
      // DELETE of something never saved is a harmless 204, so only POST has a "missing" case.
      ...(method === "POST" ? { missing: { id: "no-such-person" } } : {}),
    })),
  ),
  {
    route: "/api/people/[id]",
    method: "GET",
    as: (w) => w.member,
    params: (w) => ({ id: w.mentor.id }),
    missing: { id: "no-such-person" },
  },
  {
    route: "/api/profile",
    method: "PUT",
    as: (w) => w.member,
    body: {
      valid: profile,
      text: [
        "goals.seeks.0.goalAreaId",
        "goals.seeks.0.note",
        "formats.timeZone",
        "formats.languages.0",
        "formats.formats.video",
        "background.displayName",
        "background.pronouns",
        "background.bio",
        "background.careerStage",
        "background.sectors.0",
        "background.positionType",
        "background.institution",
      ],
      numbers: ["roles.mentorCapacity", "roles.hoursPerMonth"],
      strict: false,
    },
  },
  {
    route: "/api/profile/[section]",
    method: "PUT",
    label: "background",
    as: (w) => w.member,
    params: () => ({ section: "background" }),
    missing: { section: "no-such-section" },
    body: {
      valid: () => profile().background,
      text: ["displayName", "pronouns", "bio", "careerStage", "sectors.0", "positionType", "institution"],
      numbers: [],
      strict: false,
    },
  },
  {
    route: "/api/profile/[section]",
    method: "PUT",
    label: "roles and goals",
    as: (w) => w.member,
    params: () => ({ section: "goals" }),
    body: {
      valid: () => ({ ...profile().goals, learns: [{ goalAreaId: "job-search", note: "Interviews" }] }),
      text: ["seeks.0.goalAreaId", "seeks.0.note", "learns.0.note"],
      numbers: [],
      strict: false,
    },
  },
  {
    route: "/api/profile/[section]",
    method: "PUT",
    label: "roles",
    as: (w) => w.member,
    params: () => ({ section: "roles" }),
    body: {
      valid: () => ({ ...profile().roles, hoursPerMonth: 4 }),
      text: [],
      numbers: ["mentorCapacity", "hoursPerMonth"],
      strict: false,
    },
  },
  {
    route: "/api/programs/[id]/weights",
    method: "GET",
    as: (w) => w.admin,
    params: (w) => ({ id: w.programId }),
    missing: { id: "no-such-program" },
  },
  {
    route: "/api/programs/[id]/weights",
    method: "PUT",
    as: (w) => w.admin,
    params: (w) => ({ id: w.programId }),
    missing: { id: "no-such-program" },
    body: { valid: () => ({ goalCoverage: 0.5, formatFit: 0.2 }), text: [], numbers: ["goalCoverage", "formatFit"], strict: true },
  },
  {
    route: "/api/rounds/preview",
    method: "POST",
    as: (w) => w.admin,
    body: {
      valid: (w) => ({ objective: "highest-total", menteeIds: [w.member.id], mentorIds: [w.mentor.id], weights: { goalCoverage: 1 } }),
      text: ["objective", "menteeIds.0", "mentorIds.0"],
      numbers: ["weights.goalCoverage"],
      strict: true,
    },
  },
  {
    route: "/api/account/password",
    method: "POST",
    as: (w) => w.member,
    body: {
      valid: () => ({ currentPassword: "the old passphrase here", newPassword: "a brand new long passphrase" }),
      text: ["currentPassword", "newPassword"],
      numbers: [],
      strict: true,
    },
  },
  {
    route: "/api/signup",
    method: "POST",
    as: () => null,
    body: {
      valid: () => ({ name: "Sol Signup", email: "sol@example.org", password: "correct horse battery staple" }),
      text: ["name", "email", "password"],
      numbers: [],
      strict: false,
    },
  },
  { route: "/api/notifications/preferences", method: "GET", as: (w) => w.member, ignoresExtras: true },
  {
    route: "/api/notifications",
    method: "GET",
    as: (w) => w.member,
    query: { valid: { limit: "20" }, numbers: ["limit"] },
  },
  {
    route: "/api/notifications/read",
    method: "POST",
    as: (w) => w.member,
    body: { valid: () => ({ ids: ["no-such-notification"] }), text: ["ids.0"], numbers: [], strict: true },
  },
  {
    route: "/api/notifications/preferences",
    method: "PUT",
    as: (w) => w.member,
    body: { valid: () => ({ email: { NEW_MESSAGE: false, REQUEST_RECEIVED: true } }), text: [], numbers: [], strict: true },
  },
  // Mentorships: the caller is one of the two people, so only the input is at fault.
  { route: "/api/mentorships", method: "GET", as: (w) => w.member, ignoresExtras: true },
  {
    route: "/api/mentorships/[id]",
    method: "GET",
    as: (w) => w.member,
    params: (w) => ({ id: w.mentorshipId }),
    missing: { id: "no-such-mentorship" },
  },
  {
    route: "/api/mentorships/[id]/agreement",
    method: "PUT",
    as: (w) => w.member,
    params: (w) => ({ id: w.mentorshipId }),
    missing: { id: "no-such-mentorship" },
    body: {
      valid: () => ({
        version: 1,
        goalAreaIds: ["tenure-promotion"],
        cadence: "MONTHLY",
        formats: ["video", "email"],
        plannedMonths: 6,
        expectations: "Replies within a week.",
      }),
      text: ["goalAreaIds.0", "cadence", "formats.0", "expectations"],
      numbers: ["version", "plannedMonths"],
      strict: true,
    },
  },
  {
    route: "/api/mentorships/[id]/agreement/confirm",
    method: "POST",
    as: (w) => w.member,
    params: (w) => ({ id: w.mentorshipId }),
    missing: { id: "no-such-mentorship" },
    body: { valid: () => ({ version: 1 }), text: [], numbers: ["version"], strict: true },
  },
  {
    route: "/api/mentorships/[id]/goals/[goalId]",
    method: "PUT",
    as: (w) => w.member,
    params: (w) => ({ id: w.mentorshipId, goalId: "tenure-promotion" }),
    missing: { id: "no-such-mentorship", goalId: "no-such-goal" },
    body: { valid: () => ({ progress: "IN_PROGRESS" }), text: ["progress"], numbers: [], strict: true },
  },
  {
    route: "/api/mentorships/[id]/rhythm",
    method: "PUT",
    as: (w) => w.member,
    params: (w) => ({ id: w.peerTieId }),
    missing: { id: "no-such-mentorship" },
    body: { valid: () => ({ cadence: "EVERY_FEW_MONTHS" }), text: ["cadence"], numbers: [], strict: true },
  },
  {
    route: "/api/mentorships/[id]/messages",
    method: "GET",
    as: (w) => w.member,
    params: (w) => ({ id: w.mentorshipId }),
    missing: { id: "no-such-mentorship" },
    query: { valid: { limit: "5" }, numbers: ["limit"] },
  },
  {
    route: "/api/mentorships/[id]/messages",
    method: "POST",
    as: (w) => w.member,
    params: (w) => ({ id: w.mentorshipId }),
    missing: { id: "no-such-mentorship" },
    body: { valid: () => ({ body: "Hello <b>there</b>" }), text: ["body"], numbers: [], strict: true },
  },
  // Requests: the sender or the recipient of one open request, so only the input is at fault.
  { route: "/api/requests", method: "GET", as: (w) => w.member, ignoresExtras: true },
  {
    route: "/api/requests",
    method: "POST",
    as: (w) => w.member,
    body: {
      valid: (w) => ({ recipientId: w.mentor.id, role: "mentee", note: "Would you mentor me?", goalAreaIds: ["tenure-promotion"] }),
      text: ["recipientId", "role", "note", "goalAreaIds.0"],
      numbers: [],
      strict: true,
    },
  },
  {
    route: "/api/requests/[id]",
    method: "GET",
    as: (w) => w.member,
    params: () => ({ id: openRequestId }),
    missing: { id: "no-such-request" },
  },
  ...(["accept", "decline", "withdraw"] as const).map((verb): Spec => ({
    route: `/api/requests/[id]/${verb}`,
    method: "POST",
    // Whoever may take that step, so a refusal is about the input alone.
    as: (w) => (verb === "withdraw" ? w.member : w.mentor),
    params: () => ({ id: openRequestId }),
    missing: { id: "no-such-request" },
  })),
  {
    route: "/api/requests/[id]/messages",
    method: "GET",
    as: (w) => w.member,
    params: () => ({ id: openRequestId }),
    missing: { id: "no-such-request" },
    query: { valid: { limit: "5" }, numbers: ["limit"] },
  },
  {
    route: "/api/requests/[id]/messages",
    method: "POST",
    as: (w) => w.mentor,
    params: () => ({ id: openRequestId }),
    missing: { id: "no-such-request" },
    body: { valid: () => ({ body: "A question <b>first</b>" }), text: ["body"], numbers: [], strict: true },
  },
  {
    route: "/api/vocabulary/[kind]",
    method: "PUT",
    as: (w) => w.admin,
    params: () => ({ kind: "goal-areas" }),
    missing: { kind: "no-such-kind" },
    body: {
      valid: () => ({
        id: "hostile-term",
        label: "Hostile term",
        description: "A term",
        example: "An example",
        sortOrder: 5,
        active: true,
      }),
      text: ["id", "label", "description", "example"],
      numbers: ["sortOrder"],
      strict: true,
    },
  },
];

// ---------------------------------------------------------------------------------------------
// The cases each spec gets.

type Sent = {
  params?: Record<string, string>;
  query?: string; // raw, after "?"
  body?: string | Uint8Array | ReadableStream<Uint8Array>;
  headers?: Record<string, string>;
};
type Expected = { status: number; code?: string; field?: string };
type Case = { name: string; send: (w: World) => Sent; expect: Expected | "same-as-clean"; after?: () => void };

const NUL = "a\u0000b";
const HIGH = "a\ud800b";
const LOW = "a\udc00b";
const MEGABYTE = "x".repeat(1024 * 1024);
const NEAR_CAP = "x".repeat(MAX_BODY_BYTES - 4 * 1024);
const JSON_TYPE = { "content-type": "application/json" };

/** A copy of `value` with the dotted `at` set; own properties only, so "__proto__" is a key. */
function setAt(value: unknown, at: string, to: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = at.split(".");
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  Object.defineProperty(node, keys.at(-1)!, { value: to, enumerable: true, writable: true, configurable: true });
  return copy;
}
const parentOf = (at: string) => at.split(".").slice(0, -1).join(".");
const valueAt = (value: unknown, at: string): unknown =>
  at.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
const isPlainObject = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);

/** 20 MB of JSON, produced only as fast as it is read; `pulled` says how much was. */
function twentyMegabytes() {
  const chunk = new TextEncoder().encode(`"${"x".repeat(64 * 1024 - 3)}",`);
  const state = { pulled: 0 };
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"padding":['));
    },
    pull(controller) {
      if (sent >= 20 * 1024 * 1024) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.byteLength;
      state.pulled = sent;
    },
  });
  return { stream, state };
}

function bodyCases(spec: Spec): Case[] {
  const b = spec.body!;
  const params = (w: World) => spec.params?.(w);
  const json =
    (text: string): ((w: World) => Sent) =>
    (w) => ({ params: params(w), body: text, headers: JSON_TYPE });
  const withValue = (at: string, to: unknown) => (w: World) => ({
    params: params(w),
    body: JSON.stringify(setAt(b.valid(w), at, to)),
    headers: JSON_TYPE,
  });
  const bad = (status: number, code: string, field?: string): Expected => ({ status, code, field });
  const cases: Case[] = [
    { name: "malformed JSON", send: json('{"name": '), expect: bad(400, "BAD_REQUEST") },
    { name: "a truncated body", send: (w) => json(JSON.stringify(b.valid(w)).slice(0, -1))(w), expect: bad(400, "BAD_REQUEST") },
    { name: "an empty body", send: json(""), expect: bad(400, "BAD_REQUEST") },
    { name: "JSON null", send: json("null"), expect: bad(400, "VALIDATION") },
    { name: "a JSON array", send: json("[1,2,3]"), expect: bad(400, "VALIDATION") },
    { name: "a JSON string", send: json('"hello"'), expect: bad(400, "VALIDATION") },
    {
      name: "JSON sent as text/plain",
      send: (w) => ({ params: params(w), body: JSON.stringify(b.valid(w)), headers: { "content-type": "text/plain" } }),
      expect: bad(415, "UNSUPPORTED_MEDIA_TYPE"),
    },
    {
      name: "bytes that are not UTF-8",
      send: (w) => ({ params: params(w), body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), headers: JSON_TYPE }),
      expect: bad(400, "BAD_REQUEST"),
    },
    { name: "30,000 levels of nesting", send: json("[".repeat(30_000) + "]".repeat(30_000)), expect: bad(400, "VALIDATION") },
    {
      name: "a body with only unknown fields",
      send: json(JSON.stringify({ isAdmin: true, role: "ADMIN", userId: "someone-else" })),
      expect: bad(400, "VALIDATION"),
    },
    {
      name: "a 20 MB body, streamed without Content-Length, refused before it is read",
      send: (w) => {
        const { stream, state } = twentyMegabytes();
        lastStream = state;
        return { params: params(w), body: stream, headers: JSON_TYPE };
      },
      expect: bad(413, "PAYLOAD_TOO_LARGE"),
      after: () => expect(lastStream!.pulled).toBeLessThan(1024 * 1024),
    },
    {
      name: "a 20 MB body behind a lying Content-Length",
      send: (w) => ({ params: params(w), body: twentyMegabytes().stream, headers: { ...JSON_TYPE, "content-length": "100" } }),
      expect: bad(413, "PAYLOAD_TOO_LARGE"),
    },
    {
      name: "a Content-Length over the cap",
      send: (w) => ({ params: params(w), body: "{}", headers: { ...JSON_TYPE, "content-length": String(20 * 1024 * 1024) } }),
      expect: bad(413, "PAYLOAD_TOO_LARGE"),
    },
    {
      name: "a `__proto__` key",
      send: (w) => json(`{"__proto__":{"role":"ADMIN","isAdmin":true},${JSON.stringify(b.valid(w)).slice(1)}`)(w),
      expect: bad(400, "VALIDATION", "__proto__"),
    },
    {
      name: "a `constructor.prototype` key",
      send: (w) => json(`{"constructor":{"prototype":{"isAdmin":true}},${JSON.stringify(b.valid(w)).slice(1)}`)(w),
      expect: bad(400, "VALIDATION", "constructor"),
    },
    {
      name: "a field name with NUL in it",
      send: (w) => json(JSON.stringify({ ...(b.valid(w) as object), "bio\u0000": "x" }))(w),
      expect: bad(400, "VALIDATION", "bio\ufffd"),
    },
  ];
  if (b.strict) {
    cases.push({
      name: "unknown fields next to valid ones",
      send: (w) => json(JSON.stringify({ ...(b.valid(w) as object), isAdmin: true, role: "ADMIN" }))(w),
      expect: bad(400, "VALIDATION", "isAdmin"),
    });
  }
  const sample = b.valid(placeholderWorld);
  const nested = [...b.text, ...b.numbers].map(parentOf).find((p) => p && isPlainObject(valueAt(sample, p)));
  if (nested) {
    cases.push({
      name: `a \`__proto__\` key inside ${nested}`,
      send: withValue(`${nested}.__proto__`, { polluted: true }),
      expect: bad(400, "VALIDATION", `${nested}.__proto__`),
    });
  }
  for (const field of b.text) {
    cases.push(
      { name: `NUL in ${field}`, send: withValue(field, NUL), expect: bad(400, "VALIDATION", field) },
      { name: `a lone high surrogate in ${field}`, send: withValue(field, HIGH), expect: bad(400, "VALIDATION", field) },
      { name: `a lone low surrogate in ${field}`, send: withValue(field, LOW), expect: bad(400, "VALIDATION", field) },
      { name: `a 1 MB ${field}`, send: withValue(field, MEGABYTE), expect: bad(413, "PAYLOAD_TOO_LARGE") },
      {
        name: `a ${NEAR_CAP.length / 1024} kB ${field}, just under the body cap`,
        send: withValue(field, NEAR_CAP),
        expect: bad(400, "VALIDATION", field),
      },
      { name: `${field} as a number`, send: withValue(field, 12345), expect: bad(400, "VALIDATION", field) },
      { name: `${field} as an object`, send: withValue(field, { $ne: "" }), expect: bad(400, "VALIDATION", field) },
    );
  }
  for (const field of b.numbers) {
    cases.push(
      { name: `${field} = 1e308`, send: withValue(field, 1e308), expect: bad(400, "VALIDATION", field) },
      { name: `${field} = -1e308`, send: withValue(field, -1e308), expect: bad(400, "VALIDATION", field) },
      {
        name: `${field} = 1e999 (Infinity once parsed)`,
        send: (w) => json(JSON.stringify(setAt(b.valid(w), field, "__HUGE__")).replace('"__HUGE__"', "1e999"))(w),
        expect: bad(400, "VALIDATION", field),
      },
      { name: `${field} as the string "NaN"`, send: withValue(field, "NaN"), expect: bad(400, "VALIDATION", field) },
      { name: `${field} as a string`, send: withValue(field, "1"), expect: bad(400, "VALIDATION", field) },
    );
  }
  return cases;
}

let lastStream: { pulled: number } | undefined;

function paramCases(spec: Spec): Case[] {
  const cases: Case[] = [];
  const body = (w: World) => (spec.body ? JSON.stringify(spec.body.valid(w)) : undefined);
  const withParam = (name: string, value: string) => (w: World) => ({
    params: { ...spec.params!(w), [name]: value },
    body: body(w),
    headers: spec.body ? JSON_TYPE : undefined,
  });
  for (const name of Object.keys(spec.params!(placeholderWorld))) {
    cases.push(
      { name: `NUL in :${name}`, send: withParam(name, NUL), expect: { status: 400, code: "VALIDATION", field: name } },
      { name: `a lone surrogate in :${name}`, send: withParam(name, HIGH), expect: { status: 400, code: "VALIDATION", field: name } },
      {
        name: `a control character in :${name}`,
        send: withParam(name, "a\u0007b"),
        expect: { status: 400, code: "VALIDATION", field: name },
      },
      { name: `a 1 MB :${name}`, send: withParam(name, MEGABYTE), expect: { status: 400, code: "VALIDATION", field: name } },
    );
  }
  for (const [name, value] of Object.entries(spec.missing ?? {})) {
    // "constructor" and "__proto__" are names every object answers to: lookups by name must not.
    for (const missing of [value, "constructor", "__proto__", "toString"]) {
      cases.push({
        name: `:${name} = "${missing}", which names nothing`,
        send: withParam(name, missing),
        expect: { status: 404, code: "NOT_FOUND" },
      });
    }
  }
  return cases;
}

function queryCases(spec: Spec): Case[] {
  const q = spec.query!;
  const qs = (entries: [string, string][]) => () => ({ query: new URLSearchParams(entries).toString() });
  const valid = Object.entries(q.valid);
  const replace = (key: string, value: string) => qs(valid.map(([k, v]) => [k, k === key ? value : v]));
  const bad = (field?: string): Expected => ({ status: 400, code: "VALIDATION", field });
  const cases: Case[] = [
    { name: "a `__proto__` key", send: qs([...valid, ["__proto__", "x"]]), expect: bad("__proto__") },
    { name: "a repeated `__proto__` key", send: qs([...valid, ["__proto__", "x"], ["__proto__", "y"]]), expect: bad("__proto__") },
    { name: "a `constructor` key", send: qs([...valid, ["constructor", "x"]]), expect: bad("constructor") },
    { name: "an unknown key", send: qs([...valid, ["isAdmin", "true"]]), expect: bad("isAdmin") },
    { name: "a key with NUL in it", send: qs([...valid, ["role\u0000", "x"]]), expect: bad("role\ufffd") },
  ];
  for (const [key] of valid) {
    cases.push(
      { name: `NUL in ${key}`, send: replace(key, NUL), expect: bad(key) },
      { name: `a 1 MB ${key}`, send: replace(key, MEGABYTE), expect: bad(key) },
      { name: `${key} given twice`, send: qs([...valid, [key, q.valid[key]!]]), expect: bad(key) },
    );
  }
  for (const key of q.numbers) {
    for (const value of ["1e308", "-1e308", "Infinity", "NaN", "abc"]) {
      cases.push({ name: `${key}=${value}`, send: replace(key, value), expect: bad(key) });
    }
  }
  return cases;
}

function extrasCases(spec: Spec): Case[] {
  const hostileQuery = new URLSearchParams([
    ["__proto__", "x"],
    ["constructor", "y"],
    ["q", NUL],
    ["limit", "1e308"],
  ]).toString();
  const cases: Case[] = [{ name: "a hostile query string is ignored", send: () => ({ query: hostileQuery }), expect: "same-as-clean" }];
  if (spec.method !== "GET" && spec.method !== "HEAD") {
    cases.push(
      { name: "a malformed body is ignored", send: () => ({ body: '{"__proto__": ', headers: JSON_TYPE }), expect: "same-as-clean" },
      {
        name: "a NUL-laden body is ignored",
        send: () => ({ body: JSON.stringify({ a: NUL }), headers: JSON_TYPE }),
        expect: "same-as-clean",
      },
    );
  }
  return cases;
}

// Only the keys of a spec's params are read from this.
const placeholderWorld = new Proxy({} as World, { get: () => ({ id: "placeholder" }) });

function casesFor(spec: Spec): Case[] {
  if (spec.ignoresExtras) return extrasCases(spec);
  return [...(spec.params ? paramCases(spec) : []), ...(spec.body ? bodyCases(spec) : []), ...(spec.query ? queryCases(spec) : [])];
}

// ---------------------------------------------------------------------------------------------
// Sending, and proving nothing changed.

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const modules = new Map<string, Record<string, unknown>>();

async function handlerFor(spec: Spec): Promise<Handler> {
  if (!modules.has(spec.route)) modules.set(spec.route, await import(path.join(ROOT, "app", spec.route, "route.ts")));
  return modules.get(spec.route)![spec.method] as Handler;
}

async function send(spec: Spec, sent: Sent): Promise<Response> {
  const handler = await handlerFor(spec);
  const url = `http://test${spec.route}${sent.query !== undefined ? `?${sent.query}` : ""}`;
  const init: RequestInit & { duplex?: "half" } = { method: spec.method, headers: sent.headers };
  if (sent.body !== undefined) {
    init.body = sent.body as BodyInit;
    if (sent.body instanceof ReadableStream) init.duplex = "half";
  }
  return handler(new Request(url, init), { params: Promise.resolve(sent.params ?? spec.params?.(world) ?? {}) });
}

// Every table but the rate-limit store (a refused write still spends its sender's budget) and
// Prisma's own bookkeeping.
let checksumSql: string;
async function checksums(): Promise<Record<string, string>> {
  if (!checksumSql) {
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
         AND table_name NOT IN ('_prisma_migrations', 'RateLimiterFlexible') ORDER BY table_name`,
    );
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["User", "Profile", "ProfileGoal", "Program", "GoalArea", "SavedMatch"]),
    );
    checksumSql = tables
      .map(
        ({ name }) =>
          `SELECT '${name}' AS name, md5(coalesce(string_agg(hostile_row::text, ',' ORDER BY hostile_row::text), '')) AS sum FROM "${name}" hostile_row`,
      )
      .join(" UNION ALL ");
  }
  const rows = await db.$queryRawUnsafe<{ name: string; sum: string }[]>(checksumSql);
  return Object.fromEntries(rows.map((r) => [r.name, r.sum]));
}

// ---------------------------------------------------------------------------------------------

function discoveredRoutes(): { route: string; method: Method }[] {
  const apiDir = path.join(ROOT, "app", "api");
  const files = readdirSync(apiDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => `/api/${path.dirname(file).split(path.sep).join("/")}`)
    .filter((route) => !EXCLUDED.some((pattern) => pattern.test(`${route}/`)));
  return files.flatMap((route) => METHODS.map((method) => ({ route, method })));
}

describe("hostile input", () => {
  it("has a spec for every API route and method, and no spec for one that is gone", async () => {
    const exported: string[] = [];
    for (const { route, method } of discoveredRoutes()) {
      const routeModule = await import(path.join(ROOT, "app", route, "route.ts"));
      if (typeof routeModule[method] === "function") exported.push(`${method} ${route}`);
    }
    const specified = [...new Set(SPECS.map((s) => `${s.method} ${s.route}`))];
    expect(exported.length).toBeGreaterThan(10);
    expect(
      exported.filter((r) => !specified.includes(r)),
      "routes without a hostile-input spec",
    ).toEqual([]);
    expect(
      specified.filter((r) => !exported.includes(r)),
      "specs for routes that no longer exist",
    ).toEqual([]);
    for (const spec of SPECS) expect(casesFor(spec).length, `${spec.method} ${spec.route}`).toBeGreaterThan(0);
  });

  for (const spec of SPECS) {
    describe(`${spec.method} ${spec.route}${spec.label ? ` (${spec.label})` : ""}`, () => {
      let before: Record<string, string>;
      let clean: { status: number; body: string } | undefined;

      beforeAll(async () => {
        actAs(spec.as(world));
        if (spec.ignoresExtras) {
          before = await checksums();
          const response = await send(spec, {});
          clean = { status: response.status, body: await response.text() };
        }
        // Routes that take input are never sent a valid request here, so nothing may change at all.
        before = await checksums();
      });

      for (const c of casesFor(spec)) {
        it(`answers ${c.name} without a 500 or a stored change`, async () => {
          actAs(spec.as(world));
          const response = await send(spec, c.send(world));
          const text = await response.text();
          expect(response.status, text.slice(0, 500)).toBeLessThan(500);
          expect(response.headers.get("cache-control")).toBe("no-store");
          if (c.expect === "same-as-clean") {
            expect(response.status).toBe(clean!.status);
          } else {
            expect(response.status, text.slice(0, 500)).toBe(c.expect.status);
            const body = JSON.parse(text);
            expect(body.error.code).toBe(c.expect.code);
            expect(typeof body.error.message).toBe("string");
            if (c.expect.field) expect(Object.keys(body.error.fields ?? {}), text.slice(0, 500)).toContain(c.expect.field);
          }
          c.after?.();
          expect(await checksums()).toEqual(before);
        });
      }
    });
  }
});
