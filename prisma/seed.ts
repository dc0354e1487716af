// npm run db:seed [-- --count N] [-- --if-empty]
// A deterministic demo community: the same accounts on every machine, plus the demo logins
// named in the README. Safe to run twice: existing accounts are left as they are.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
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
  console.log(`Seeded ${members.length} community members with profiles and ${Object.keys(DEMO_ACCOUNTS).length} demo accounts.`);
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
