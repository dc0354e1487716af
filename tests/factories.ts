// Data builders shared by prisma/seed.ts and the tests, so demo data and test data agree.
import { Faker, en } from "@faker-js/faker";
import type { PrismaClient } from "../generated/prisma/client";
import { institutionKey } from "../lib/profiles/schemas";

/** A deterministic faker: the same seed gives the same community on every machine. */
export function seededFaker(seed = 2017): Faker {
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  return faker;
}

export type UserSeed = { email: string; name: string };

/** The i-th synthetic member: unique, stable email on a reserved test domain. */
export function buildUser(faker: Faker, index: number): UserSeed {
  const first = faker.person.firstName();
  const last = faker.person.lastName();
  const slug = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "");
  return { email: `${slug}.${index}@example.org`, name: `${first} ${last}` };
}

export const DEMO_ACCOUNTS = {
  member: { email: "demo@constellation.test", name: "Dana Demo", password: "stars-over-the-stacks" },
  admin: { email: "admin@constellation.test", name: "Ada Admin", password: "catalogue-the-cosmos" },
} as const;

// ---------------------------------------------------------------------------------------
// Profiles: a varied synthetic community (roles, stages, sectors, zones, formats, identity).

export const GOAL_AREA_IDS = [
  "tenure-promotion",
  "job-search",
  "career-transition",
  "teaching-instruction",
  "research-publishing",
  "leadership-management",
  "work-life-balance",
  "workplace-politics",
  "cataloguing-metadata",
  "systems-technology",
  "archives-preservation",
  "scholarly-communication",
  "outreach-programming",
  "lis-school-first-job",
  "networking-service",
  "equity-inclusion",
  "mid-career-growth",
  // Beyond academia (issue 9).
  "first-time-supervisor",
  "union-workplace-rights",
  "grants-fundraising",
  "digital-humanities",
  "museum-collections",
  "records-management",
  "reference-readers-advisory",
  "special-collections",
  "youth-school-services",
] as const;

export type GoalAreaId = (typeof GOAL_AREA_IDS)[number];

// Areas of practice that people in a sector reach for more often (drawn three times as often as
// the rest); the career topics suit everyone equally. Keeps a public-desk worker from being
// handed tenure goals as often as an academic, without walling any sector off.
const SECTOR_GOALS: Partial<Record<(typeof SECTOR_VALUES)[number], readonly GoalAreaId[]>> = {
  ACADEMIC: ["tenure-promotion", "research-publishing", "scholarly-communication", "teaching-instruction", "digital-humanities"],
  COMMUNITY_COLLEGE: ["teaching-instruction", "reference-readers-advisory", "outreach-programming", "first-time-supervisor"],
  PUBLIC: ["reference-readers-advisory", "youth-school-services", "outreach-programming", "grants-fundraising", "union-workplace-rights"],
  SCHOOL: ["youth-school-services", "teaching-instruction", "reference-readers-advisory", "union-workplace-rights"],
  SPECIAL: ["records-management", "special-collections", "systems-technology", "cataloguing-metadata"],
  ARCHIVES: ["archives-preservation", "special-collections", "records-management", "digital-humanities"],
  MUSEUM: ["museum-collections", "archives-preservation", "grants-fundraising", "digital-humanities"],
  GOVERNMENT: ["records-management", "union-workplace-rights", "leadership-management"],
  VENDOR: ["systems-technology", "cataloguing-metadata"],
  LIS_EDUCATION: ["teaching-instruction", "research-publishing", "digital-humanities"],
};

export const AVAILABILITY_WINDOW_VALUES = ["WEEKDAY_DAYTIME", "WEEKDAY_EVENING", "WEEKEND"] as const;
export type AvailabilityWindowValue = (typeof AVAILABILITY_WINDOW_VALUES)[number];

export const IDENTITY_ATTRIBUTE_IDS = [
  "bipoc",
  "lgbtq",
  "first-generation",
  "disabled",
  "neurodivergent",
  "immigrant",
  "caregiver",
  "non-mlis",
  "online-degree",
] as const;

// Weighted towards North America, with members on every inhabited continent.
const TIME_ZONES = [
  ["America/New_York", 18],
  ["America/Chicago", 12],
  ["America/Denver", 6],
  ["America/Los_Angeles", 12],
  ["America/Toronto", 6],
  ["America/Vancouver", 3],
  ["America/Anchorage", 1],
  ["Pacific/Honolulu", 1],
  ["America/Mexico_City", 3],
  ["America/Sao_Paulo", 3],
  ["Europe/London", 6],
  ["Europe/Dublin", 2],
  ["Europe/Berlin", 4],
  ["Africa/Johannesburg", 2],
  ["Africa/Lagos", 2],
  ["Asia/Kolkata", 3],
  ["Asia/Singapore", 2],
  ["Asia/Tokyo", 2],
  ["Australia/Sydney", 4],
  ["Pacific/Auckland", 2],
] as const;

const INSTITUTIONS = [
  "Riverside Public Library",
  "Northern State University",
  "Lakeshore Community College",
  "Metro County Library System",
  "Harbor City Archives",
  "Valley Museum of History",
  "Westfield School District",
  "Pine Ridge University",
  "Capital Law Library",
  "Coastal Medical Center Library",
  "State Historical Society",
  "Eastbrook College",
  "Summit Public Library",
  "Great Plains University",
  "Museum of Art and Design",
  "National Records Office",
  "Cedar Valley Community College",
  "Bayview Public Library",
  "Old Mill Town Archives",
  "Highland Technical Institute",
  "Prairie Regional Library",
  "University of the Northwest",
  "Sunrise Elementary School",
  "Ledger & Co. (vendor)",
] as const;

const SECTOR_VALUES = [
  "ACADEMIC",
  "COMMUNITY_COLLEGE",
  "PUBLIC",
  "SCHOOL",
  "SPECIAL",
  "ARCHIVES",
  "MUSEUM",
  "GOVERNMENT",
  "VENDOR",
  "LIS_EDUCATION",
  "OTHER",
] as const;
const LEVELS = ["PREFERRED", "FINE", "NO"] as const;

export type ProfileSeed = {
  userId: string;
  displayName: string;
  pronouns: string | null;
  bio: string;
  timeZone: string;
  // When they are usually free, in their own zone; availabilityCheckedAt null = never confirmed
  // (the default a profile from before availability existed got: weekday daytime, unchecked).
  availability: AvailabilityWindowValue[];
  availabilityCheckedAt: Date | null;
  languages: string[];
  careerStage: "LIS_STUDENT" | "EARLY_CAREER" | "MID_CAREER" | "SENIOR" | "RETIRED";
  sectors: (typeof SECTOR_VALUES)[number][];
  positionType: "LIBRARIAN" | "STAFF" | "STUDENT" | "OTHER";
  institution: string | null;
  seeksMentorship: boolean;
  offersMentorship: boolean;
  openToPeer: boolean;
  formatVideo: (typeof LEVELS)[number];
  formatPhone: (typeof LEVELS)[number];
  formatInPerson: (typeof LEVELS)[number];
  formatEmail: (typeof LEVELS)[number];
  formatAsyncChat: (typeof LEVELS)[number];
  mentorCapacity: number;
  acceptingRequests: boolean;
  hoursPerMonth: number | null;
  preferOutsideInstitution: boolean;
  goals: { kind: "SEEK" | "OFFER" | "LEARN"; goalAreaId: string; note: string | null }[];
  identities: { attributeId: string; visibility: "PRIVATE" | "MATCHING" | "SHOWN" }[];
  affinities: { attributeId: string; preference: "SHARED" | "DIFFERENT"; required: boolean }[];
};

function weighted<T>(faker: Faker, items: readonly (readonly [T, number])[]): T {
  return faker.helpers.weightedArrayElement(items.map(([value, weight]) => ({ value, weight })));
}

/** Up to `n` distinct goal areas, the sector's own areas three times as likely, never one in `exclude`. */
function pickGoals(
  faker: Faker,
  n: number,
  sectors: readonly (typeof SECTOR_VALUES)[number][],
  exclude: ReadonlySet<string>,
): GoalAreaId[] {
  const favoured = new Set(sectors.flatMap((sector) => SECTOR_GOALS[sector] ?? []));
  const pool = GOAL_AREA_IDS.filter((id) => !exclude.has(id)).map((id) => [id, favoured.has(id) ? 3 : 1] as const);
  const picked: GoalAreaId[] = [];
  while (picked.length < n && pool.length) {
    const id = weighted(faker, pool);
    picked.push(id);
    pool.splice(
      pool.findIndex(([g]) => g === id),
      1,
    );
  }
  return picked;
}

/**
 * When someone is usually free. Most people meet on weekday daytime; public-desk and school
 * staff, students and paraprofessionals often work days and meet evenings or weekends; retired
 * people are mostly free by day. Never empty.
 */
function buildAvailability(
  faker: Faker,
  p: { careerStage: ProfileSeed["careerStage"]; sectors: readonly string[]; positionType: ProfileSeed["positionType"] },
): AvailabilityWindowValue[] {
  const deskHours = p.sectors.includes("PUBLIC") || p.sectors.includes("SCHOOL") || p.positionType === "STAFF";
  const [day, evening, weekend] =
    p.careerStage === "RETIRED"
      ? [0.9, 0.15, 0.3]
      : p.careerStage === "LIS_STUDENT"
        ? [0.6, 0.5, 0.4]
        : deskHours
          ? [0.55, 0.5, 0.4]
          : [0.9, 0.2, 0.12];
  const windows = AVAILABILITY_WINDOW_VALUES.filter((_, i) => faker.datatype.boolean([day, evening, weekend][i]));
  return windows.length ? windows : ["WEEKDAY_DAYTIME"];
}

/**
 * A profile for the i-th synthetic member; deterministic for a given faker seed. `now` is only
 * the moment their availability counts as confirmed (about one in seven never confirmed it and
 * keeps the weekday-daytime default, as profiles from before availability existed did).
 */
export function buildProfile(faker: Faker, userId: string, name: string, now: Date = new Date()): ProfileSeed {
  const careerStage = weighted(faker, [
    ["LIS_STUDENT", 15],
    ["EARLY_CAREER", 30],
    ["MID_CAREER", 30],
    ["SENIOR", 18],
    ["RETIRED", 7],
  ] as const);
  const drawn = weighted(faker, [
    ["mentee", 40],
    ["mentor", 25],
    ["both", 15],
    ["peer", 20],
  ] as const);
  // Students can mentor peers in the product, but the demo community keeps its mentors ahead.
  const role = careerStage === "LIS_STUDENT" && drawn !== "mentee" ? "peer" : drawn;
  const ahead = careerStage === "SENIOR" || careerStage === "RETIRED" || careerStage === "MID_CAREER";
  const offersMentorship = role === "mentor" || role === "both" || (role === "peer" && ahead && faker.datatype.boolean(0.3));
  const seeksMentorship = role === "mentee" || role === "both" || (careerStage === "LIS_STUDENT" && role !== "mentor");
  const openToPeer = role === "peer" || faker.datatype.boolean(0.25);
  const positionType =
    careerStage === "LIS_STUDENT"
      ? "STUDENT"
      : weighted(faker, [
          ["LIBRARIAN", 60],
          ["STAFF", 30],
          ["OTHER", 10],
        ] as const);
  const sectors = faker.helpers.arrayElements([...SECTOR_VALUES], faker.number.int({ min: 1, max: 2 }));

  // Goals: what they seek, what they could share (mentors; peers who only look for peers; and
  // about two in five mentees, since mentoring goes both ways), and what mentors want to learn.
  // Nobody seeks, offers or learns the same area twice.
  const note = (id: GoalAreaId) => (faker.datatype.boolean(0.3) ? GOAL_NOTES[id] : null);
  const goals: ProfileSeed["goals"] = [];
  const used = new Set<string>();
  const add = (kind: "SEEK" | "OFFER" | "LEARN", n: number, withNote: boolean) => {
    for (const id of pickGoals(faker, n, sectors, used)) {
      used.add(id);
      goals.push({ kind, goalAreaId: id, note: withNote ? note(id) : null });
    }
  };
  if (seeksMentorship || openToPeer) add("SEEK", faker.number.int({ min: 1, max: 4 }), true);
  if (offersMentorship || (openToPeer && !seeksMentorship)) add("OFFER", faker.number.int({ min: 2, max: 6 }), true);
  else if (seeksMentorship && faker.datatype.boolean(0.4)) add("OFFER", faker.number.int({ min: 1, max: 2 }), true);
  if (offersMentorship) add("LEARN", faker.number.int({ min: 0, max: 3 }), false);

  // Formats: most people take video; a few are email-only, a few in-person lovers.
  const level = (weights: readonly [number, number, number]) =>
    weighted(
      faker,
      LEVELS.map((l, i) => [l, weights[i]!] as const),
    );
  let formats = {
    formatVideo: level([55, 35, 10]),
    formatPhone: level([20, 55, 25]),
    formatInPerson: level([15, 30, 55]),
    formatEmail: level([15, 60, 25]),
    formatAsyncChat: level([15, 50, 35]),
  };
  if (Object.values(formats).every((l) => l === "NO")) formats = { ...formats, formatVideo: "FINE" };

  const identities: ProfileSeed["identities"] = [];
  const affinities: ProfileSeed["affinities"] = [];
  if (faker.datatype.boolean(0.45)) {
    for (const attributeId of faker.helpers.arrayElements([...IDENTITY_ATTRIBUTE_IDS], faker.number.int({ min: 1, max: 3 }))) {
      identities.push({
        attributeId,
        visibility: weighted(faker, [
          ["PRIVATE", 30],
          ["MATCHING", 35],
          ["SHOWN", 35],
        ] as const),
      });
    }
  }
  if (seeksMentorship && faker.datatype.boolean(0.3)) {
    const attributeId = faker.helpers.arrayElement([...IDENTITY_ATTRIBUTE_IDS]);
    affinities.push({
      attributeId,
      preference: faker.datatype.boolean(0.85) ? "SHARED" : "DIFFERENT",
      required: faker.datatype.boolean(0.1),
    });
  }
  // "Prefer someone who shares this" needs holding it with matching allowed to use it (the
  // profile schema refuses anything else). Adjusted without drawing again, so every other
  // field of the community stays what it was.
  for (const a of affinities) {
    if (a.preference !== "SHARED") continue;
    const held = identities.find((i) => i.attributeId === a.attributeId);
    if (!held) identities.push({ attributeId: a.attributeId, visibility: "MATCHING" });
    else if (held.visibility === "PRIVATE") held.visibility = "MATCHING";
  }

  const institution = faker.datatype.boolean(0.9) ? faker.helpers.arrayElement(INSTITUTIONS) : null;
  const languages = [
    "en",
    ...(faker.datatype.boolean(0.25) ? [faker.helpers.arrayElement(["es", "fr", "de", "pt", "zh", "hi", "ko", "ar"])] : []),
  ];
  const checked = faker.datatype.boolean(0.85);
  return {
    userId,
    displayName: name,
    pronouns: faker.helpers.arrayElement([null, null, "she/her", "he/him", "they/them", "she/they"]),
    bio: faker.helpers.arrayElement(BIOS),
    timeZone: weighted(faker, TIME_ZONES),
    availability: checked ? buildAvailability(faker, { careerStage, sectors, positionType }) : ["WEEKDAY_DAYTIME"],
    availabilityCheckedAt: checked ? now : null,
    languages,
    careerStage,
    sectors,
    positionType,
    institution,
    seeksMentorship,
    offersMentorship,
    openToPeer,
    ...formats,
    mentorCapacity: faker.number.int({ min: 1, max: 5 }),
    acceptingRequests: faker.datatype.boolean(0.9),
    hoursPerMonth: offersMentorship ? faker.helpers.arrayElement([null, 2, 3, 4, 6]) : null,
    preferOutsideInstitution: faker.datatype.boolean(0.8),
    goals,
    identities,
    affinities,
  };
}

// A note someone might write on a goal, in that goal's own terms (so a youth-services goal never
// carries a note about a review file).
const GOAL_NOTES: Readonly<Record<GoalAreaId, string>> = {
  "tenure-promotion": "Preparing my first review file this year.",
  "job-search": "I have two interviews coming up and freeze on the presentation.",
  "career-transition": "Moving from circulation staff into a librarian role.",
  "teaching-instruction": "Designing a credit-bearing course for the first time.",
  "research-publishing": "Writing up a research project for publication.",
  "leadership-management": "I just became head of a small branch.",
  "work-life-balance": "Evening and Saturday shifts leave little room for anything else.",
  "workplace-politics": "Looking for ways to say no without burning bridges.",
  "cataloguing-metadata": "I'd love to learn more about linked data.",
  "systems-technology": "Our consortium is migrating systems next year.",
  "archives-preservation": "Building a digital preservation plan for a small shop.",
  "scholarly-communication": "Helping faculty understand author rights.",
  "outreach-programming": "Happy to share what worked for our family programs.",
  "lis-school-first-job": "Choosing between a practicum and a part-time job.",
  "networking-service": "I'd like to find a committee where I can be useful.",
  "equity-inclusion": "Our hiring panel wants to reduce bias in interviews.",
  "mid-career-growth": "Fifteen years in and looking for what comes next.",
  "first-time-supervisor": "Starting to supervise student workers.",
  "union-workplace-rights": "I'm a new steward and still learning the contract.",
  "grants-fundraising": "Writing our first grant for a makerspace.",
  "digital-humanities": "A faculty project needs a map-based exhibit.",
  "museum-collections": "Preparing an inventory before a collection move.",
  "records-management": "Our office needs a retention schedule that people follow.",
  "reference-readers-advisory": "I want readers' advisory to feel less like guessing.",
  "special-collections": "Teaching with rare books for the first time.",
  "youth-school-services": "Starting a teen advisory board this fall.",
};

const BIOS = [
  "Instruction librarian who loves a good one-shot redesign and a better cup of tea.",
  "Archivist at a small historical society; I process, digitise and answer every email myself.",
  "Second-year LIS student working part-time at a public library branch.",
  "Cataloguer turned metadata manager. Ask me about authority control and team retrospectives.",
  "Youth services librarian; programming, outreach and a lot of craft glue.",
  "Systems librarian at a consortium. I like scripting the boring parts away.",
  "Museum registrar curious about how libraries handle digital collections.",
  "Recently moved from staff to faculty and happy to talk about the jump.",
  "Library director at a mid-sized public system, mentoring for fifteen years.",
  "Scholarly communication librarian working on open access and author rights.",
  "Retired academic librarian with time to listen and stories to share.",
  "School librarian in a district that shares one librarian across three schools.",
] as const;

// ---------------------------------------------------------------------------------------
// Writing profiles to a database.

/**
 * Writes finished profiles (the seed, the persona suite): the profile row, goals,
 * identity answers and preferences, and matching's delayed copies in step with them (no change
 * waiting, the clock not started). Profiles that exist already are left alone.
 */
export async function writeProfiles(db: PrismaClient, profiles: readonly ProfileSeed[], onboardedAt = new Date()): Promise<void> {
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
  const affinities = fresh.flatMap((p) => p.affinities.map((a) => ({ profileId: p.userId, ...a })));
  if (identities.length) await db.profileIdentity.createMany({ data: identities });
  if (affinities.length) await db.profileAffinity.createMany({ data: affinities });
  const matchingIdentities = identities.filter((i) => i.visibility !== "PRIVATE");
  if (matchingIdentities.length) await db.matchingIdentity.createMany({ data: matchingIdentities });
  if (affinities.length) await db.matchingAffinity.createMany({ data: affinities });
}
