// npm run db:seed [-- --count N] [-- --if-empty]
// A deterministic demo community: the same accounts on every machine, plus the demo logins
// named in the README. Safe to run twice: existing accounts are left as they are.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Prisma } from "../generated/prisma/client";
import { createPrismaClient } from "../lib/db-client";
import { hashPassword } from "../lib/auth/password";
import { DEMO_ACCOUNTS, buildProfile, buildUser, seededFaker, type ProfileSeed } from "../tests/factories";
import { institutionKey } from "../lib/profiles/schemas";

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
    return { id, ...user, profile: buildProfile(faker, id, user.name) };
  });
  const demo = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.member.email } });
  const demoProfile = demoMenteeProfile(demo.id);
  for (let i = 0; i < members.length; i += BATCH) {
    const batch = members.slice(i, i + BATCH);
    await db.user.createMany({
      data: batch.map(({ id, email, name }) => ({ id, email, name, emailVerified: now })),
      skipDuplicates: true,
    });
    await writeProfiles(
      batch.map((m) => m.profile),
      now,
    );
  }
  if (!(await db.profile.findUnique({ where: { userId: demo.id } }))) await writeProfiles([demoProfile], now);
  const relationships = await seedRelationshipsForCommunity(members, now);
  // Fresh planner statistics after a bulk load. PGlite has no autovacuum, so without this its
  // planner guesses every table is tiny and picks sort-based plans for the suggestion queries.
  await db.$executeRaw`ANALYZE`;
  console.log(`Seeded ${members.length} community members with profiles and ${Object.keys(DEMO_ACCOUNTS).length} demo accounts.`);
  if (relationships)
    console.log(`Seeded ${relationships.mentorships} mentorships and peer ties and ${relationships.requests} requests among them.`);
}

const BATCH = 500;

async function writeProfiles(profiles: ProfileSeed[], onboardedAt: Date) {
  const ids = profiles.map((p) => p.userId);
  const existing = new Set((await db.profile.findMany({ where: { userId: { in: ids } }, select: { userId: true } })).map((p) => p.userId));
  const fresh = profiles.filter((p) => !existing.has(p.userId));
  if (!fresh.length) return;
  await db.profile.createMany({
    data: fresh.map(({ goals: _g, identities: _i, affinities: _a, ...profile }) => ({
      ...profile,
      institutionKey: institutionKey(profile.institution),
      wizardStep: "review",
      onboardedAt,
    })),
  });
  await db.profileGoal.createMany({ data: fresh.flatMap((p) => p.goals.map((g) => ({ profileId: p.userId, ...g }))) });
  const identities = fresh.flatMap((p) => p.identities.map((i) => ({ profileId: p.userId, ...i })));
  await db.profileIdentity.createMany({ data: identities });
  const affinities = fresh.flatMap((p) => p.affinities.map((a) => ({ profileId: p.userId, ...a })));
  await db.profileAffinity.createMany({ data: affinities });
  // Matching reads the delayed copies (lib/profiles/apply-affinities.ts); seeded people start in
  // step, with no change waiting and the clock not started.
  await db.matchingIdentity.createMany({ data: identities.filter((i) => i.visibility !== "PRIVATE") });
  await db.matchingAffinity.createMany({ data: affinities });
}

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

/** The demo login: an early-career academic librarian looking for a mentor. */
function demoMenteeProfile(userId: string): ProfileSeed {
  return {
    userId,
    displayName: DEMO_ACCOUNTS.member.name,
    pronouns: "she/her",
    bio: "Instruction and outreach librarian in my second year, working towards tenure.",
    timeZone: "America/Chicago",
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
  .finally(() => db.$disconnect());
