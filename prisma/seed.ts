// npm run db:seed [-- --count N] [-- --if-empty]
// A deterministic demo community: the same accounts on every machine, plus the demo logins
// named in the README. Safe to run twice: existing accounts are left as they are. Ends by
// calibrating the score bands on the community it wrote (lib/matches/calibrate-bands.ts).
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Prisma } from "../generated/prisma/client";
import { createPrismaClient } from "../lib/db-client";
import { hashPassword } from "../lib/auth/password";
import { DEMO_ACCOUNTS, buildProfile, buildUser, seededFaker, writeProfiles, type ProfileSeed } from "../tests/factories";
import { institutionKey } from "../lib/profiles/schemas";
import { recalibrateBandsWith } from "../lib/matches/calibrate-bands";

// Same env files as Next.js and prisma.config.ts; real environment variables win.
for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);

const { values } = parseArgs({
  options: { count: { type: "string", default: "300" }, "if-empty": { type: "boolean", default: false } },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 0) {
  console.error(`--count must be a whole number, got "${values.count}"`);
  process.exit(2);
}

const { db } = createPrismaClient(process.env.DATABASE_URL);

async function main() {
  if (values["if-empty"] && (await db.user.count()) > 0) {
    console.log("Database already has accounts; seed skipped.");
    return;
  }
  const now = new Date();
  for (const [role, account] of [
    ["MEMBER", DEMO_ACCOUNTS.member],
    ["ADMIN", DEMO_ACCOUNTS.admin],
  ] as const) {
    await db.user.upsert({
      where: { email: account.email },
      update: {},
      create: {
        email: account.email,
        name: account.name,
        role,
        emailVerified: now,
        passwordHash: await hashPassword(account.password),
      },
    });
  }

  // Community members sign in by emailed link (no password), which keeps seeding fast.
  const faker = seededFaker();
  const members = Array.from({ length: count }, (_, i) => {
    const user = buildUser(faker, i);
    const id = `seed-${String(i).padStart(6, "0")}`;
    return { id, ...user, profile: buildProfile(faker, id, user.name, now) };
  });
  const demo = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.member.email } });
  const demoProfile = demoMenteeProfile(demo.id, now);
  for (let i = 0; i < members.length; i += BATCH) {
    const batch = members.slice(i, i + BATCH);
    await db.user.createMany({
      data: batch.map(({ id, email, name }) => ({ id, email, name, emailVerified: now })),
      skipDuplicates: true,
    });
    await writeProfiles(
      db,
      batch.map((m) => m.profile),
      now,
    );
  }
  if (!(await db.profile.findUnique({ where: { userId: demo.id } }))) await writeProfiles(db, [demoProfile], now);
  const relationships = await seedRelationshipsForCommunity(members, now);
  const demoTies = await seedDemoRelationships(members, now);
  // Fresh planner statistics after a bulk load. PGlite has no autovacuum, so without this its
  // planner guesses every table is tiny and picks sort-based plans for the suggestion queries.
  await db.$executeRaw`ANALYZE`;
  // Bands as the app will show them: calibrated on this community's own pairs (the server would
  // otherwise do it in the background on the first suggestions request).
  const bands = await recalibrateBandsWith(db);
  console.log(`Seeded ${members.length} community members with profiles and ${Object.keys(DEMO_ACCOUNTS).length} demo accounts.`);
  if (relationships)
    console.log(`Seeded ${relationships.mentorships} mentorships and peer ties and ${relationships.requests} requests among them.`);
  if (demoTies)
    console.log(
      `Seeded ${demoTies.mentorships} mentorships and peer ties, ${demoTies.requests} requests and ${demoTies.messages} messages for ${DEMO_ACCOUNTS.member.email}.`,
    );
  const calibrated = Object.entries(bands).filter(([, b]) => b);
  console.log(
    calibrated.length
      ? `Calibrated score bands for ${calibrated.map(([role, b]) => `${role} (${b!.viewers} viewers, ${b!.pairs} pairs)`).join(", ")}.`
      : "Score bands keep their defaults: too few people to calibrate on.",
  );
}

const BATCH = 500;

type Member = { id: string; profile: ProfileSeed };

const DAY_MS = 24 * 60 * 60 * 1000;
const FORMAT_COLUMNS = {
  video: "formatVideo",
  phone: "formatPhone",
  inPerson: "formatInPerson",
  email: "formatEmail",
  asyncChat: "formatAsyncChat",
} as const;

/**
 * Relationships among the synthetic community, so mentors carry real load (suggestions, the
 * round and the benchmark see full mentors and engaged pairs) and some people have let
 * requests lapse. Roughly: 30% of mentors mentor 1..capacity people (15% of those ties
 * paused), a few ended ties, 5% of peers with a peer tie, 8% of mentees with 1-3 open requests
 * (a quarter past the reminder), and 3% of mentors with requests that expired on them. Every
 * pair is one the app itself could make: a shared format, the mentee's institution rule, no
 * request to a full or paused mentor, at most 3 open requests per person, no duplicates.
 *
 * Deterministic (its own seeded generator, so the community's profiles stay as they were),
 * and only once: it does nothing when seeded relationships exist. The demo logins are left
 * alone; their own lived-in requests are seeded separately.
 */
export async function seedRelationshipsForCommunity(members: Member[], now: Date) {
  const seeded = await db.mentorship.findFirst({ where: { id: { startsWith: "seed-" } }, select: { id: true } });
  if (seeded || members.length < 2) return null;
  const faker = seededFaker(2018);
  const ago = (minDays: number, maxDays: number) =>
    new Date(now.getTime() - faker.number.int({ min: minDays * 24, max: maxDays * 24 }) * 3600_000);
  const seeks = (m: Member) => m.profile.goals.filter((g) => g.kind === "SEEK").map((g) => g.goalAreaId);
  const offers = (m: Member) => m.profile.goals.filter((g) => g.kind === "OFFER").map((g) => g.goalAreaId);
  const shared = (a: Member, b: Member) =>
    (Object.keys(FORMAT_COLUMNS) as (keyof typeof FORMAT_COLUMNS)[]).filter(
      (f) => a.profile[FORMAT_COLUMNS[f]] !== "NO" && b.profile[FORMAT_COLUMNS[f]] !== "NO",
    );
  const canMentor = (mentee: Member, mentor: Member) =>
    mentee.id !== mentor.id &&
    shared(mentee, mentor).length > 0 &&
    !(mentee.profile.preferOutsideInstitution && mentee.profile.institution && mentee.profile.institution === mentor.profile.institution);
  const goalsFor = (mentee: Member, mentor: Member) => {
    const covered = seeks(mentee).filter((g) => offers(mentor).includes(g));
    return covered.length ? covered : seeks(mentee).slice(0, 1);
  };
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

  const mentorships: Prisma.MentorshipCreateManyInput[] = [];
  const mentorshipGoals: Prisma.MentorshipGoalCreateManyInput[] = [];
  const requests: Prisma.MentorshipRequestCreateManyInput[] = [];
  const requestGoals: Prisma.RequestGoalCreateManyInput[] = [];
  const tied = new Set<string>();
  const load = new Map<string, number>();
  const expiredOn = new Map<string, number>();

  const addRequest = (
    requester: Member,
    recipient: Member,
    kind: "MENTORSHIP" | "PEER",
    status: "OPEN" | "ACCEPTED" | "DECLINED" | "EXPIRED",
    createdAt: Date,
    goals: string[],
    closedAt: Date | null,
  ) => {
    const id = `seed-rq-${String(requests.length).padStart(6, "0")}`;
    const pastReminder = status === "OPEN" && now.getTime() - createdAt.getTime() > 7 * DAY_MS;
    requests.push({
      id,
      kind,
      requesterId: requester.id,
      recipientId: recipient.id,
      mentorId: kind === "MENTORSHIP" ? recipient.id : null,
      menteeId: kind === "MENTORSHIP" ? requester.id : null,
      note: faker.helpers.arrayElement(REQUEST_NOTES),
      status,
      createdAt,
      closedAt,
      // The sweep's reminder already went out for those past it, so re-seeding sends nothing.
      remindedAt: pastReminder || status === "EXPIRED" ? new Date(createdAt.getTime() + 7 * DAY_MS) : null,
      expiresAt: new Date(createdAt.getTime() + 14 * DAY_MS),
    });
    for (const goalAreaId of new Set(goals)) requestGoals.push({ requestId: id, goalAreaId });
    return id;
  };

  const addTie = (mentor: Member, mentee: Member, kind: "MENTORSHIP" | "PEER", status: "ACTIVE" | "PAUSED" | "ENDED") => {
    const id = `seed-ms-${String(mentorships.length).padStart(6, "0")}`;
    const goals = kind === "MENTORSHIP" ? goalsFor(mentee, mentor) : seeks(mentee).slice(0, 1);
    const startedAt = status === "ENDED" ? ago(200, 500) : ago(10, 300);
    // A peer tie keeps its requester in mentorId (as lib/requests/accept-request.ts stores it).
    const [requester, recipient] = kind === "PEER" ? [mentor, mentee] : [mentee, mentor];
    const requestId = addRequest(requester, recipient, kind, "ACCEPTED", new Date(startedAt.getTime() - 3 * DAY_MS), goals, startedAt);
    const confirmed = kind === "MENTORSHIP" && faker.datatype.boolean(0.8) ? 1 : null;
    mentorships.push({
      id,
      kind,
      mentorId: mentor.id,
      menteeId: mentee.id,
      requestId,
      status,
      startedAt,
      endedAt: status === "ENDED" ? new Date(startedAt.getTime() + 180 * DAY_MS) : null,
      cadence: "MONTHLY",
      formats: shared(mentee, mentor),
      plannedMonths: kind === "MENTORSHIP" ? faker.helpers.arrayElement([6, 6, 12]) : null,
      mentorConfirmedVersion: confirmed,
      menteeConfirmedVersion: confirmed,
    });
    for (const goalAreaId of new Set(goals)) {
      mentorshipGoals.push({
        mentorshipId: id,
        goalAreaId,
        progress: faker.helpers.arrayElement(["NOT_STARTED", "IN_PROGRESS", "MET"] as const),
      });
    }
    if (status !== "ENDED") tied.add(pairKey(mentor.id, mentee.id));
    if (kind === "MENTORSHIP" && status !== "ENDED") load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
  };

  const mentors = members.filter((m) => m.profile.offersMentorship);
  const mentees = faker.helpers.shuffle(members.filter((m) => m.profile.seeksMentorship));
  const peers = members.filter((m) => m.profile.openToPeer);
  const busy = new Set<string>(); // mentees with a mentor already
  let cursor = 0;
  // A mentee for `mentor`, preferring one whose goals the mentor covers; each mentee gets one mentor.
  const nextMentee = (mentor: Member): Member | null => {
    let fallback: Member | null = null;
    for (let tries = 0; tries < 60 && tries < mentees.length; tries++) {
      const m = mentees[(cursor + tries) % mentees.length]!;
      if (busy.has(m.id) || !canMentor(m, mentor)) continue;
      if (goalsFor(m, mentor).some((g) => offers(mentor).includes(g))) {
        cursor = (cursor + tries + 1) % mentees.length;
        return m;
      }
      fallback ??= m;
    }
    return fallback;
  };

  for (const mentor of mentors) {
    if (!faker.datatype.boolean(0.3)) continue;
    const count = faker.number.int({ min: 1, max: mentor.profile.mentorCapacity });
    for (let i = 0; i < count; i++) {
      const mentee = nextMentee(mentor);
      if (!mentee) break;
      busy.add(mentee.id);
      addTie(mentor, mentee, "MENTORSHIP", faker.datatype.boolean(0.85) ? "ACTIVE" : "PAUSED");
    }
    // Some mentors also have a mentorship behind them.
    if (faker.datatype.boolean(0.2)) {
      const past = nextMentee(mentor);
      if (past && !tied.has(pairKey(mentor.id, past.id))) addTie(mentor, past, "MENTORSHIP", "ENDED");
    }
  }

  for (const a of peers) {
    if (!faker.datatype.boolean(0.05)) continue;
    const b = faker.helpers.arrayElement(peers);
    if (b.id === a.id || tied.has(pairKey(a.id, b.id)) || shared(a, b).length === 0) continue;
    addTie(a, b, "PEER", "ACTIVE");
  }

  // Open requests to mentors with a free slot who are taking requests, some past the reminder;
  // a few declined ones, which leave no trace on anyone's standing.
  const open = new Set<string>();
  const room = (mentor: Member) => mentor.profile.acceptingRequests && (load.get(mentor.id) ?? 0) < mentor.profile.mentorCapacity;
  for (const mentee of mentees) {
    if (!faker.datatype.boolean(0.08)) continue;
    const wanted = faker.number.int({ min: 1, max: 3 });
    for (let tries = 0, sent = 0; tries < 20 && sent < wanted; tries++) {
      const mentor = faker.helpers.arrayElement(mentors);
      const key = pairKey(mentee.id, mentor.id);
      if (!canMentor(mentee, mentor) || !room(mentor) || tied.has(key) || open.has(key)) continue;
      const late = faker.datatype.boolean(0.25);
      addRequest(mentee, mentor, "MENTORSHIP", "OPEN", late ? ago(8, 13) : ago(0, 6), goalsFor(mentee, mentor), null);
      open.add(key);
      sent++;
    }
    if (faker.datatype.boolean(0.2)) {
      const mentor = faker.helpers.arrayElement(mentors);
      if (canMentor(mentee, mentor))
        addRequest(mentee, mentor, "MENTORSHIP", "DECLINED", ago(20, 120), goalsFor(mentee, mentor), ago(1, 19));
    }
  }

  // Requests that lapsed on a few mentors: the private count the responsiveness score reads.
  for (const mentor of mentors) {
    if (!faker.datatype.boolean(0.03)) continue;
    for (let i = faker.number.int({ min: 1, max: 2 }); i > 0; i--) {
      const mentee = faker.helpers.arrayElement(mentees);
      if (!canMentor(mentee, mentor)) continue;
      const createdAt = ago(30, 200);
      addRequest(mentee, mentor, "MENTORSHIP", "EXPIRED", createdAt, goalsFor(mentee, mentor), new Date(createdAt.getTime() + 14 * DAY_MS));
      expiredOn.set(mentor.id, (expiredOn.get(mentor.id) ?? 0) + 1);
    }
  }

  for (let i = 0; i < requests.length; i += 2000)
    await db.mentorshipRequest.createMany({ data: requests.slice(i, i + 2000), skipDuplicates: true });
  for (let i = 0; i < requestGoals.length; i += 5000)
    await db.requestGoal.createMany({ data: requestGoals.slice(i, i + 5000), skipDuplicates: true });
  for (let i = 0; i < mentorships.length; i += 2000)
    await db.mentorship.createMany({ data: mentorships.slice(i, i + 2000), skipDuplicates: true });
  for (let i = 0; i < mentorshipGoals.length; i += 5000) {
    await db.mentorshipGoal.createMany({ data: mentorshipGoals.slice(i, i + 5000), skipDuplicates: true });
  }
  const byCount = new Map<number, string[]>();
  for (const [id, n] of expiredOn) byCount.set(n, [...(byCount.get(n) ?? []), id]);
  for (const [n, ids] of byCount) await db.profile.updateMany({ where: { userId: { in: ids } }, data: { requestsExpired: n } });
  return { mentorships: mentorships.length, requests: requests.length };
}

const REQUEST_NOTES = [
  "Your profile mentions exactly what I am working on this year. Would you have time for a monthly call?",
  "I'm preparing for my first review and would love a second pair of eyes on my plans.",
  "Hi! I'm new to the field and think your experience would help me a lot.",
  "Could we talk about moving from staff into a librarian role?",
  "I'd love to learn from how you built your outreach programme.",
  "",
] as const;

/**
 * The demo login's own relationships, so signing in as demo@constellation.test shows a lived-in
 * dashboard and a full relationship home (issue 8, seed):
 * - a mentorship for their first two goals, started seven weeks ago from a request they sent
 *   (the mentor asked a question first): agreement confirmed by both after the demo added
 *   expectations, goals in progress and met, a dozen messages, the newest one unread;
 * - a mentorship for their third goal from a mentor's invitation, accepted ten days ago: the
 *   mentor has since changed the agreement, so it waits for the demo's confirmation;
 * - a peer tie with a "keep in touch" rhythm the peer chose;
 * - requests in every other state: open (sent, about the goal nobody covers yet), open
 *   (received from a peer, with the demo's question and the peer's unread answer), declined
 *   ("not available right now"), expired and withdrawn;
 * - the notifications those would have sent, the newest few unread.
 *
 * Rows are written directly, in the shapes the services create (lib/requests/accept-request.ts,
 * lib/mentorships/update-agreement.ts, lib/messages/post-message.ts, request-notices.ts).
 * Counterparts are chosen from the seeded community the way the app would allow them: mentors
 * who offer the goal, take requests, have a free slot, share a format and are outside the
 * demo's institution (the demo asks for that); peers open to peer mentoring with a shared format
 * and room for another open request. Deterministic (same community, same picks), and only once:
 * nothing is written when the demo already has a request or a mentorship.
 */
export async function seedDemoRelationships(members: Member[], now: Date) {
  const demo = await db.user.findUnique({
    where: { email: DEMO_ACCOUNTS.member.email },
    select: {
      id: true,
      profile: {
        select: {
          displayName: true,
          institutionKey: true,
          preferOutsideInstitution: true,
          formatVideo: true,
          formatPhone: true,
          formatInPerson: true,
          formatEmail: true,
          formatAsyncChat: true,
          goals: { select: { kind: true, goalAreaId: true }, orderBy: { goalAreaId: "asc" } },
        },
      },
    },
  });
  if (!demo?.profile) return null;
  const mine = await db.mentorshipRequest.findFirst({ where: { OR: [{ requesterId: demo.id }, { recipientId: demo.id }] } });
  const tied = await db.mentorship.findFirst({ where: { OR: [{ mentorId: demo.id }, { menteeId: demo.id }] } });
  if (mine || tied) return null;

  const me = demo.profile;
  const name = me.displayName;
  // The demo's goals in the order its profile lists them (seed order: tenure, research, teaching, balance).
  const demoOrder = demoMenteeProfile(demo.id).goals.map((g) => g.goalAreaId);
  const byProfileOrder = (ids: string[]) =>
    [...ids].sort((a, b) => (demoOrder.indexOf(a) + 1 || 99) - (demoOrder.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const seeks = byProfileOrder(me.goals.filter((g) => g.kind === "SEEK").map((g) => g.goalAreaId));
  const demoGoals = new Set(me.goals.map((g) => g.goalAreaId));
  const offersOfDemo = me.goals.filter((g) => g.kind === "OFFER").map((g) => g.goalAreaId);
  if (!seeks.length) return null;

  const formatKeys = Object.keys(FORMAT_COLUMNS) as (keyof typeof FORMAT_COLUMNS)[];
  const sharedFormats = (m: Member) => formatKeys.filter((f) => me[FORMAT_COLUMNS[f]] !== "NO" && m.profile[FORMAT_COLUMNS[f]] !== "NO");
  const goalsOf = (m: Member, kind: "SEEK" | "OFFER" | "LEARN") => m.profile.goals.filter((g) => g.kind === kind).map((g) => g.goalAreaId);
  const [loads, openSent] = await Promise.all([
    db.mentorship.groupBy({
      by: ["mentorId"],
      where: { kind: "MENTORSHIP", status: { in: ["ACTIVE", "PAUSED"] } },
      _count: { _all: true },
    }),
    db.mentorshipRequest.groupBy({ by: ["requesterId"], where: { status: "OPEN" }, _count: { _all: true } }),
  ]);
  const load = new Map(loads.map((l) => [l.mentorId, l._count._all]));
  const outgoing = new Map(openSent.map((r) => [r.requesterId, r._count._all]));

  // Who the app itself would let the demo ask (lib/matching/constraints.ts): no required
  // preference here, since the demo holds only one attribute and the picks need not hinge on it.
  const eligible = (m: Member) => sharedFormats(m).length > 0 && !m.profile.affinities.some((a) => a.required);
  const full = (m: Member) => (load.get(m.id) ?? 0) >= m.profile.mentorCapacity;
  const mentorFits = (m: Member, room = true) =>
    eligible(m) &&
    m.profile.offersMentorship &&
    m.profile.acceptingRequests &&
    full(m) !== room &&
    !(
      me.preferOutsideInstitution &&
      me.institutionKey &&
      m.profile.institution &&
      institutionKey(m.profile.institution) === me.institutionKey
    );
  const peerFits = (m: Member) => eligible(m) && m.profile.openToPeer && (outgoing.get(m.id) ?? 0) < 3;
  // A familiar face for an early-career academic librarian who writes in English: same sector,
  // further along in their career, a shared language, video welcome.
  const affinity = (m: Member) =>
    (m.profile.sectors.includes("ACADEMIC") ? 4 : 0) +
    (["MID_CAREER", "SENIOR", "RETIRED"].includes(m.profile.careerStage) ? 2 : 0) +
    (m.profile.languages.includes("en") ? 2 : 0) +
    (m.profile.formatVideo === "PREFERRED" ? 1 : 0);

  const taken = new Set<string>([demo.id]);
  const pick = (fits: (m: Member) => boolean, rank: (m: Member) => number): Member | null => {
    let best: Member | null = null;
    let bestRank = -Infinity;
    for (const m of members) {
      if (taken.has(m.id) || !fits(m)) continue;
      const r = rank(m);
      if (r > bestRank || (r === bestRank && best && m.id < best.id)) [best, bestRank] = [m, r];
    }
    if (best) taken.add(best.id);
    return best;
  };
  const coverage = (m: Member, wanted: string[]) => wanted.filter((g) => goalsOf(m, "OFFER").includes(g)).length;
  const pickMentor = (wanted: string[]) => pick(mentorFits, (m) => coverage(m, wanted) * 10 + affinity(m));
  // A mentor whose slots have filled since the demo asked. The requests that ended without a
  // relationship (expired, withdrawn) go to such mentors: full mentors are not suggested, so the
  // demo's suggestions never show someone whose old request sits beside a new one.
  const pickNowFull = (wanted: string[]) =>
    pick(
      (m) => mentorFits(m, false),
      (m) => coverage(m, wanted) * 10 + affinity(m),
    ) ?? pickMentor(wanted);
  // A mentorship request's goals: what the mentee seeks and the mentor offers (else what they seek).
  const mentorGoals = (m: Member, wanted: string[]) => {
    const covered = wanted.filter((g) => goalsOf(m, "OFFER").includes(g));
    return covered.length ? covered : wanted.slice(0, 1);
  };
  const allGoalsOf = (m: Member) => new Set(m.profile.goals.map((g) => g.goalAreaId));

  // The goals each relationship is about: the first two with the main mentor, the third with
  // the mentor who invited the demo, the fourth left for "goals nobody is helping with yet"
  // (the open request is about it).
  const mainGoals = seeks.slice(0, 2);
  const teachingGoals = [seeks[2] ?? seeks[0]!];
  const openGoals = [seeks[3] ?? seeks.at(-1)!];
  const mentorA = pickMentor(mainGoals);
  const mentorB = pickMentor(teachingGoals);
  const mentorD = pickMentor(openGoals);
  const mentorF = pickMentor(seeks);
  const mentorG = pickNowFull(seeks);
  const mentorH = pickNowFull(mainGoals);
  // A peer who would like what the demo offers, and another who shares goals with them.
  const peerC = pick(peerFits, (m) => offersOfDemo.filter((g) => allGoalsOf(m).has(g)).length * 10 + affinity(m));
  const peerE = pick(peerFits, (m) => [...allGoalsOf(m)].filter((g) => demoGoals.has(g)).length * 10 + affinity(m));

  // A moment `daysAgo` days back, moved into that day's working hours in the Americas (14:00-23:00
  // UTC, in order within the day), so messages are not written at three in the morning.
  const at = (daysAgo: number) => {
    const moment = now.getTime() - Math.round(daysAgo * DAY_MS);
    const midnight = Math.floor(moment / DAY_MS) * DAY_MS;
    const working = midnight + 14 * 3600_000 + Math.round(((moment - midnight) / DAY_MS) * 9 * 3600_000);
    return new Date(Math.min(working, now.getTime() - 60_000));
  };
  const DEMO_EXPIRY = 14 * DAY_MS;
  const requests: Prisma.MentorshipRequestCreateManyInput[] = [];
  const requestGoals: Prisma.RequestGoalCreateManyInput[] = [];
  const mentorships: Prisma.MentorshipCreateManyInput[] = [];
  const mentorshipGoals: Prisma.MentorshipGoalCreateManyInput[] = [];
  const messages: Prisma.MessageCreateManyInput[] = [];
  const reads: Prisma.ThreadReadCreateManyInput[] = [];
  const notifications: Prisma.NotificationCreateManyInput[] = [];

  type Status = "OPEN" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "WITHDRAWN";
  const addRequest = (
    key: string,
    r: { from: string; to: string; kind: "MENTORSHIP" | "PEER"; mentorId?: string; note: string; goals: string[] },
    status: Status,
    createdAt: Date,
    closedAt: Date | null,
  ) => {
    const id = `demo-rq-${key}`;
    requests.push({
      id,
      kind: r.kind,
      requesterId: r.from,
      recipientId: r.to,
      mentorId: r.kind === "MENTORSHIP" ? r.mentorId! : null,
      menteeId: r.kind === "MENTORSHIP" ? (r.mentorId === r.from ? r.to : r.from) : null,
      note: r.note,
      status,
      createdAt,
      closedAt,
      remindedAt: status === "EXPIRED" ? new Date(createdAt.getTime() + 7 * DAY_MS) : null,
      expiresAt: new Date(createdAt.getTime() + DEMO_EXPIRY),
    });
    for (const goalAreaId of new Set(r.goals)) requestGoals.push({ requestId: id, goalAreaId });
    return id;
  };
  // A thread's messages, and how far each person has read it (their own newest message, or the
  // one given): postMessage marks its author's read marker, opening the thread marks the reader's.
  const addThread = (
    thread: { requestId: string } | { mentorshipId: string },
    lines: [author: string, daysAgo: number, body: string][],
    readUpTo: Record<string, number> = {},
  ) => {
    const threadId = "requestId" in thread ? thread.requestId : thread.mentorshipId;
    const lastRead = new Map<string, Date>();
    lines.forEach(([authorId, daysAgo, body], i) => {
      const createdAt = at(daysAgo);
      messages.push({ id: `${threadId}-msg-${String(i + 1).padStart(2, "0")}`, ...thread, authorId, body, createdAt });
      lastRead.set(authorId, createdAt);
    });
    for (const [userId, index] of Object.entries(readUpTo)) lastRead.set(userId, at(lines[index]![1]));
    for (const [userId, lastReadAt] of lastRead) reads.push({ userId, threadId, lastReadAt });
  };
  const notice = (
    userId: string,
    kind: Prisma.NotificationCreateManyInput["kind"],
    title: string,
    body: string,
    link: string,
    subjectId: string,
    createdAt: Date,
    readAt: Date | null,
  ) =>
    notifications.push({
      id: `demo-nt-${String(notifications.length + 1).padStart(2, "0")}`,
      userId,
      kind,
      title,
      body,
      link,
      subjectId,
      createdAt,
      readAt,
    });
  const nameOf = (m: Member) => m.profile.displayName;
  const seen = (d: Date, hours = 3) => new Date(d.getTime() + hours * 3600_000);
  const BODY = {
    received: "Read their note and the goals it is about, then accept, decline, or ask a question first. It stays open for 14 days.",
    acceptedMentorship: "Your mentorship has started. Look over the kickoff agreement together and say hello.",
    acceptedPeer: "You are connected. Choose a keep-in-touch rhythm together and say hello.",
    declined: "That happens for all sorts of reasons, most of them about timing. Here are fresh suggestions to look at.",
    expired: "Busy seasons happen, and it says nothing about you. Your request slot is free again: here are fresh suggestions.",
  };

  // 1. The main mentorship: the demo asked, the mentor asked a question, then accepted.
  if (mentorA) {
    const a = mentorA.id;
    const goals = mentorGoals(mentorA, mainGoals);
    const requestId = addRequest(
      "main",
      {
        from: demo.id,
        to: a,
        kind: "MENTORSHIP",
        mentorId: a,
        note: "I'm preparing my first tenure review file this year, and your profile says you have guided people through exactly that. Would you have time for a monthly call?",
        goals,
      },
      "ACCEPTED",
      at(54),
      at(52),
    );
    addThread({ requestId }, [
      [
        a,
        53.6,
        "Happy to help. Before I say yes: is your review this academic year or next? I'd like to be sure we have enough time together.",
      ],
      [demo.id, 53.4, "This year: my file is due in the spring, so the next few months matter most."],
    ]);
    const id = "demo-ms-main";
    const formats = sharedFormats(mentorA).filter((f) => f === "video" || f === "email");
    mentorships.push({
      id,
      kind: "MENTORSHIP",
      mentorId: a,
      menteeId: demo.id,
      requestId,
      status: "ACTIVE",
      startedAt: at(52),
      // The demo added expectations and a longer plan (version 2); the mentor confirmed it.
      agreementVersion: 2,
      cadence: "MONTHLY",
      formats: formats.length ? formats : sharedFormats(mentorA),
      plannedMonths: 12,
      expectations:
        "We reply to messages within three working days. A video call once a month, with notes by email afterwards.\nEverything about my review file stays between us.\nThe politics of my own library are off limits: we focus on what I can control.",
      mentorConfirmedVersion: 2,
      menteeConfirmedVersion: 2,
      agreementUpdatedById: demo.id,
    });
    const progress = ["IN_PROGRESS", "MET", "NOT_STARTED"] as const;
    goals.forEach((goalAreaId, i) => mentorshipGoals.push({ mentorshipId: id, goalAreaId, progress: progress[i % 3]! }));
    addThread({ mentorshipId: id }, [
      [
        a,
        51.8,
        `Welcome, ${name.split(" ")[0]}! I'm glad you asked. Shall we start with a video call next week? Tuesday or Thursday afternoons work for me.`,
      ],
      [
        demo.id,
        51.2,
        "Thank you! Thursday works. I added our expectations to the agreement: replies within a few days, and the review file stays between us.",
      ],
      [a, 50.1, "Confirmed. Before Thursday, could you send me your CV and the promotion criteria from your library's handbook?"],
      [demo.id, 49.3, "Sent by email just now. The criteria are vague about “scholarly contribution”, which is what worries me most."],
      [
        a,
        43.2,
        "Good call today. As promised: start one document that lists every instruction session, with numbers and a line on what changed. It will be the spine of your teaching section.",
      ],
      [demo.id, 41.9, "Started it: 46 sessions since last fall. Seeing them together already helps."],
      [
        a,
        34.5,
        "On research: the poster you gave at the state conference counts. Would you like to turn it into a short article? Two journals I know take practice pieces.",
      ],
      [demo.id, 33.8, "Yes please. I have an outline on first-year information literacy assessment."],
      [a, 26.4, "Read your outline. It is strong; cut the literature review to a page and lead with your assessment data."],
      [demo.id, 12.6, "The article was accepted with minor revisions! I've marked our research goal as met."],
      [
        a,
        11.9,
        "Congratulations, that is a real milestone. Next call: the narrative statement for your file. Could you bring a first draft?",
      ],
      [demo.id, 5.2, "Draft is in your inbox. It is rough, but it is a start. Does the same time next week still suit you?"],
      [a, 0.9, "Read it twice: the structure is right, and I left comments in the document. Same time next week is perfect."],
    ]);
    notice(
      a,
      "REQUEST_RECEIVED",
      `${name} asked you to be their mentor`,
      BODY.received,
      `/requests/${requestId}`,
      requestId,
      at(54),
      seen(at(54)),
    );
    notice(
      demo.id,
      "REQUEST_QUESTION",
      `${nameOf(mentorA)} has a question about your request`,
      "",
      `/requests/${requestId}`,
      requestId,
      at(53.6),
      at(53.4),
    );
    notice(
      demo.id,
      "REQUEST_ACCEPTED",
      `${nameOf(mentorA)} accepted your mentorship request`,
      BODY.acceptedMentorship,
      `/mentorships/${id}`,
      requestId,
      at(52),
      seen(at(52)),
    );
    notice(
      a,
      "AGREEMENT_CHANGED",
      `${name} changed your kickoff agreement`,
      "Look over the new version and confirm it when it suits you both.",
      `/mentorships/${id}`,
      id,
      at(51.2),
      seen(at(51.2)),
    );
    notice(
      demo.id,
      "AGREEMENT_CHANGED",
      `${nameOf(mentorA)} confirmed your kickoff agreement`,
      "You have both confirmed it.",
      `/mentorships/${id}`,
      id,
      at(50.1),
      seen(at(50.1)),
    );
    notice(demo.id, "NEW_MESSAGE", `${nameOf(mentorA)} sent you a message`, "", `/mentorships/${id}`, id, at(0.9), null);
  }

  // 2. A mentor invited the demo; since accepting, the mentor changed the agreement.
  if (mentorB) {
    const b = mentorB.id;
    const goals = mentorGoals(mentorB, teachingGoals);
    const requestId = addRequest(
      "invited",
      {
        from: b,
        to: demo.id,
        kind: "MENTORSHIP",
        mentorId: b,
        note: "Your profile says you'd like help with your teaching. I have coordinated instruction for years and would enjoy working on it with you.",
        goals,
      },
      "ACCEPTED",
      at(12),
      at(10),
    );
    const id = "demo-ms-invited";
    const formats = sharedFormats(mentorB);
    mentorships.push({
      id,
      kind: "MENTORSHIP",
      mentorId: b,
      menteeId: demo.id,
      requestId,
      status: "ACTIVE",
      startedAt: at(10),
      // Version 1 (the defaults) was confirmed by the demo; the mentor's edit made version 2.
      agreementVersion: 2,
      cadence: "TWICE_MONTHLY",
      formats: formats.includes("video") ? ["video"] : formats.slice(0, 1),
      plannedMonths: 6,
      expectations:
        "I reply within two working days. What we talk about stays between us unless you say otherwise.\nI'm glad to look at lesson plans and slides; I won't write them for you.",
      mentorConfirmedVersion: 2,
      menteeConfirmedVersion: 1,
      agreementUpdatedById: b,
    });
    for (const goalAreaId of goals) mentorshipGoals.push({ mentorshipId: id, goalAreaId, progress: "NOT_STARTED" });
    addThread({ mentorshipId: id }, [
      [b, 9.9, "I'm so glad you said yes. Shall we begin with the workshop series you mentioned in your profile?"],
      [demo.id, 9.1, "Thank you for inviting me! I'd love to work on active learning for one-shot sessions first."],
      [
        b,
        2.0,
        "I changed our agreement to twice a month while you plan the series, and wrote down how I work. Have a look and confirm if it suits you.",
      ],
    ]);
    notice(
      demo.id,
      "REQUEST_RECEIVED",
      `${nameOf(mentorB)} offered to mentor you`,
      BODY.received,
      `/requests/${requestId}`,
      requestId,
      at(12),
      seen(at(12), 20),
    );
    notice(
      b,
      "REQUEST_ACCEPTED",
      `${name} accepted your mentorship request`,
      BODY.acceptedMentorship,
      `/mentorships/${id}`,
      requestId,
      at(10),
      seen(at(10)),
    );
    notice(
      demo.id,
      "AGREEMENT_CHANGED",
      `${nameOf(mentorB)} changed your kickoff agreement`,
      "Look over the new version and confirm it when it suits you both.",
      `/mentorships/${id}`,
      id,
      at(2.01),
      null,
    );
    notice(demo.id, "NEW_MESSAGE", `${nameOf(mentorB)} sent you a message`, "", `/mentorships/${id}`, id, at(2.0), null);
  }

  // 3. A peer tie: the demo asked, the peer accepted and chose to keep in touch every few months.
  if (peerC) {
    const c = peerC.id;
    // What the demo can share with them (their talk is about outreach), else goals they have in common.
    const theirs = allGoalsOf(peerC);
    const giving = offersOfDemo.filter((g) => theirs.has(g));
    const shared = [...theirs].filter((g) => demoGoals.has(g) && !openGoals.includes(g));
    const goals = byProfileOrder(giving.length ? giving : shared.length ? shared : seeks.slice(0, 1)).slice(0, 2);
    const requestId = addRequest(
      "peer",
      {
        from: demo.id,
        to: c,
        kind: "PEER",
        note: "Hi! We seem to care about the same things. Would you like to swap ideas every now and then?",
        goals,
      },
      "ACCEPTED",
      at(33),
      at(31),
    );
    const id = "demo-ms-peer";
    // A peer tie keeps its requester in mentorId, as acceptRequest stores it; `cadence` is the rhythm.
    mentorships.push({
      id,
      kind: "PEER",
      mentorId: demo.id,
      menteeId: c,
      requestId,
      status: "ACTIVE",
      startedAt: at(31),
      cadence: "EVERY_FEW_MONTHS",
      formats: sharedFormats(peerC),
      plannedMonths: null,
      agreementUpdatedById: c,
    });
    goals.forEach((goalAreaId, i) =>
      mentorshipGoals.push({ mentorshipId: id, goalAreaId, progress: i === 0 ? "IN_PROGRESS" : "NOT_STARTED" }),
    );
    addThread(
      { mentorshipId: id },
      [
        [demo.id, 30.9, "Thanks for connecting! I'd love to hear how you plan your outreach events."],
        [c, 30.2, "Likewise! I set our rhythm to every few months, since we're both busy this term. A video chat later this month?"],
        [demo.id, 28.7, "Sounds good. I'll send you our first-year outreach kit beforehand."],
        [c, 9.4, "Thanks for the kit: we borrowed the scavenger hunt for our open day, and it went down well!"],
      ],
      { [demo.id]: 3 },
    );
    notice(
      c,
      "REQUEST_RECEIVED",
      `${name} would like to connect as peers`,
      BODY.received,
      `/requests/${requestId}`,
      requestId,
      at(33),
      seen(at(33)),
    );
    notice(
      demo.id,
      "REQUEST_ACCEPTED",
      `${nameOf(peerC)} accepted your peer connection request`,
      BODY.acceptedPeer,
      `/mentorships/${id}`,
      requestId,
      at(31),
      seen(at(31)),
    );
    notice(demo.id, "NEW_MESSAGE", `${nameOf(peerC)} sent you a message`, "", `/mentorships/${id}`, id, at(9.4), seen(at(9.4), 6));
  }

  // 4. Open, sent: about the goal nobody covers yet, waiting for the mentor's answer.
  if (mentorD) {
    const requestId = addRequest(
      "open-sent",
      {
        from: demo.id,
        to: mentorD.id,
        kind: "MENTORSHIP",
        mentorId: mentorD.id,
        note: "A heavy teaching term leaves me little time for research or rest. Could we talk about how you keep the balance?",
        goals: mentorGoals(mentorD, openGoals),
      },
      "OPEN",
      at(3),
      null,
    );
    notice(
      mentorD.id,
      "REQUEST_RECEIVED",
      `${name} asked you to be their mentor`,
      BODY.received,
      `/requests/${requestId}`,
      requestId,
      at(3),
      null,
    );
  }

  // 5. Open, received from a peer: the demo asked a question first and the answer is unread.
  if (peerE) {
    const e = peerE.id;
    const theirs = [...allGoalsOf(peerE)];
    const shared = theirs.filter((g) => demoGoals.has(g));
    const goals = byProfileOrder(shared.length ? shared : [...goalsOf(peerE, "SEEK"), ...goalsOf(peerE, "LEARN")]).slice(0, 2);
    const requestId = addRequest(
      "open-received",
      {
        from: e,
        to: demo.id,
        kind: "PEER",
        note: `Hi ${name.split(" ")[0]}! We're both fairly new in our roles and I'd love a peer to swap ideas with. Interested?`,
        goals: goals.length ? goals : seeks.slice(0, 1),
      },
      "OPEN",
      at(4),
      null,
    );
    addThread({ requestId }, [
      [demo.id, 3.1, "Hi! Happy to hear from you. Were you thinking of regular calls, or more of an email exchange?"],
      [e, 0.8, "Email mostly, with a call every couple of months if that suits you. No pressure either way!"],
    ]);
    notice(
      demo.id,
      "REQUEST_RECEIVED",
      `${nameOf(peerE)} would like to connect as peers`,
      BODY.received,
      `/requests/${requestId}`,
      requestId,
      at(4),
      at(3.1),
    );
    notice(e, "REQUEST_QUESTION", `${name} has a question about your request`, "", `/requests/${requestId}`, requestId, at(3.1), at(0.8));
    notice(
      demo.id,
      "NEW_MESSAGE",
      `${nameOf(peerE)} sent you a message about a mentorship request`,
      "",
      `/requests/${requestId}`,
      requestId,
      at(0.8),
      null,
    );
  }

  // 6. Declined: the demo was told only "not available right now"; the mentor stays out of
  // their suggestions for the cooldown, as declineRequest does.
  if (mentorF) {
    const closedAt = at(45);
    const requestId = addRequest(
      "declined",
      {
        from: demo.id,
        to: mentorF.id,
        kind: "MENTORSHIP",
        mentorId: mentorF.id,
        note: "Would you be open to talking about how you got started publishing?",
        goals: mentorGoals(mentorF, seeks).slice(0, 2),
      },
      "DECLINED",
      at(47),
      closedAt,
    );
    await db.matchDismissal.upsert({
      where: { userId_candidateId: { userId: demo.id, candidateId: mentorF.id } },
      create: { userId: demo.id, candidateId: mentorF.id, hiddenUntil: new Date(closedAt.getTime() + 90 * DAY_MS), createdAt: closedAt },
      update: {},
    });
    notice(
      mentorF.id,
      "REQUEST_RECEIVED",
      `${name} asked you to be their mentor`,
      BODY.received,
      `/requests/${requestId}`,
      requestId,
      at(47),
      seen(at(47)),
    );
    notice(
      demo.id,
      "REQUEST_DECLINED",
      `${nameOf(mentorF)} is not available right now`,
      BODY.declined,
      "/matches?role=mentee",
      requestId,
      closedAt,
      seen(closedAt),
    );
  }

  // 7. Expired: never answered (reminded after 7 days); it counts against the mentor's
  // private responsiveness, as the sweep does.
  if (mentorG) {
    const createdAt = at(40);
    const requestId = addRequest(
      "expired",
      {
        from: demo.id,
        to: mentorG.id,
        kind: "MENTORSHIP",
        mentorId: mentorG.id,
        note: "I'd love advice on planning my research for the next two years.",
        goals: mentorGoals(mentorG, seeks).slice(0, 2),
      },
      "EXPIRED",
      createdAt,
      new Date(createdAt.getTime() + DEMO_EXPIRY),
    );
    notice(
      mentorG.id,
      "REQUEST_RECEIVED",
      `${name} asked you to be their mentor`,
      BODY.received,
      `/requests/${requestId}`,
      requestId,
      createdAt,
      null,
    );
    notice(
      mentorG.id,
      "REQUEST_REMINDER",
      `${name} is still waiting for your answer`,
      "A short “not right now” is kinder than no answer.",
      `/requests/${requestId}`,
      requestId,
      new Date(createdAt.getTime() + 7 * DAY_MS),
      null,
    );
    notice(
      demo.id,
      "REQUEST_EXPIRED",
      `Your request to ${nameOf(mentorG)} closed without an answer`,
      BODY.expired,
      "/matches?role=mentee",
      requestId,
      new Date(createdAt.getTime() + DEMO_EXPIRY),
      seen(new Date(createdAt.getTime() + DEMO_EXPIRY)),
    );
    await db.profile.update({ where: { userId: mentorG.id }, data: { requestsExpired: { increment: 1 } } });
  }

  // 8. Withdrawn by the demo before the mentor answered.
  if (mentorH) {
    const requestId = addRequest(
      "withdrawn",
      {
        from: demo.id,
        to: mentorH.id,
        kind: "MENTORSHIP",
        mentorId: mentorH.id,
        note: "Could we talk about how you prepared for your own tenure review?",
        goals: mentorGoals(mentorH, mainGoals),
      },
      "WITHDRAWN",
      at(22),
      at(20),
    );
    notice(
      mentorH.id,
      "REQUEST_RECEIVED",
      `${name} asked you to be their mentor`,
      BODY.received,
      `/requests/${requestId}`,
      requestId,
      at(22),
      null,
    );
    notice(
      mentorH.id,
      "REQUEST_WITHDRAWN",
      `${name} withdrew their mentorship request`,
      "Nothing more to do.",
      `/requests/${requestId}`,
      requestId,
      at(20),
      null,
    );
  }

  await db.mentorshipRequest.createMany({ data: requests });
  await db.requestGoal.createMany({ data: requestGoals });
  await db.mentorship.createMany({ data: mentorships });
  await db.mentorshipGoal.createMany({ data: mentorshipGoals });
  await db.message.createMany({ data: messages });
  await db.threadRead.createMany({ data: reads });
  await db.notification.createMany({ data: notifications });
  return { mentorships: mentorships.length, requests: requests.length, messages: messages.length };
}

/** The demo login: an early-career academic librarian looking for a mentor, free by day and on weekday evenings. */
function demoMenteeProfile(userId: string, now = new Date()): ProfileSeed {
  return {
    userId,
    displayName: DEMO_ACCOUNTS.member.name,
    pronouns: "she/her",
    bio: "Instruction and outreach librarian in my second year, working towards tenure.",
    timeZone: "America/Chicago",
    availability: ["WEEKDAY_DAYTIME", "WEEKDAY_EVENING"],
    availabilityCheckedAt: now,
    languages: ["en", "es"],
    careerStage: "EARLY_CAREER",
    sectors: ["ACADEMIC"],
    positionType: "LIBRARIAN",
    institution: "Great Plains University",
    seeksMentorship: true,
    offersMentorship: false,
    openToPeer: true,
    formatVideo: "PREFERRED",
    formatPhone: "FINE",
    formatInPerson: "NO",
    formatEmail: "FINE",
    formatAsyncChat: "FINE",
    mentorCapacity: 2,
    acceptingRequests: true,
    hoursPerMonth: null,
    preferOutsideInstitution: true,
    goals: [
      { kind: "SEEK", goalAreaId: "tenure-promotion", note: "Preparing my first review file this year." },
      { kind: "SEEK", goalAreaId: "research-publishing", note: null },
      { kind: "SEEK", goalAreaId: "teaching-instruction", note: null },
      { kind: "SEEK", goalAreaId: "work-life-balance", note: null },
      { kind: "OFFER", goalAreaId: "outreach-programming", note: "Happy to share our first-year outreach kit." },
    ],
    identities: [{ attributeId: "first-generation", visibility: "SHOWN" }],
    affinities: [{ attributeId: "first-generation", preference: "SHARED", required: false }],
  };
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await db.$disconnect();
    // The embedded PGlite database keeps the event loop alive after Prisma disconnects (seen on
    // the `--if-empty` path, which `npm run dev` takes on every start): end the script here.
    process.exit();
  });
