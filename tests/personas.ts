// Six people who tried the app as new users would (issue 9), as data builders shared by the
// persona integration test, the persona e2e test and scripts/persona-screenshots.ts. Each is a
// ProfileSeed, the same shape prisma/seed.ts writes for the synthetic community, so a persona
// sits in the seeded community exactly as a seeded member would.
//
// Relative imports only: scripts run under tsx import this file too.
import type { PrismaClient } from "../generated/prisma/client";
import { buildProfile, buildUser, seededFaker, writeProfiles, type ProfileSeed } from "./factories";

/** A persona's profile: the same shape as a seeded member's (availability always confirmed). */
export type PersonaProfile = ProfileSeed;

export type PersonaKey = "paraprofessional" | "archivist" | "student" | "firstGen" | "registrar" | "schoolLibrarian";

export type Persona = {
  key: PersonaKey;
  /** Stable user id, so reruns and screenshots find the same person. */
  id: string;
  email: string;
  name: string;
  /** What the persona tells about themselves, for test names and the screenshot index. */
  summary: string;
  profile: PersonaProfile;
};

/** Every persona signs in with this password in browser tests and the screenshot script. */
export const PERSONA_PASSWORD = "persona-lantern-shelves-42";

const NO = "NO" as const;
const FINE = "FINE" as const;
const PREFERRED = "PREFERRED" as const;

type Spec = Omit<PersonaProfile, "userId" | "displayName" | "goals" | "availabilityCheckedAt"> & {
  seeks: string[];
  offers: string[];
  learns?: string[];
};

function persona(key: PersonaKey, name: string, summary: string, spec: Spec): Persona {
  const id = `persona-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const { seeks, offers, learns = [], ...rest } = spec;
  return {
    key,
    id,
    email: `${id}@personas.constellation.test`,
    name,
    summary,
    profile: {
      ...rest,
      userId: id,
      displayName: name,
      goals: [
        ...seeks.map((goalAreaId) => ({ kind: "SEEK" as const, goalAreaId, note: null })),
        ...offers.map((goalAreaId) => ({ kind: "OFFER" as const, goalAreaId, note: null })),
        ...learns.map((goalAreaId) => ({ kind: "LEARN" as const, goalAreaId, note: null })),
      ],
      availabilityCheckedAt: new Date("2026-11-30T12:00:00Z"),
    },
  };
}

const base = {
  pronouns: null,
  languages: ["en"],
  mentorCapacity: 2,
  acceptingRequests: true,
  hoursPerMonth: null,
  preferOutsideInstitution: true,
  identities: [],
  affinities: [],
} satisfies Partial<Spec>;

export const PERSONAS: readonly Persona[] = [
  persona(
    "paraprofessional",
    "Rosa Delgado",
    "public-library paraprofessional who talks by phone and email only, free on weekday evenings and weekends",
    {
      ...base,
      pronouns: "she/her",
      bio: "Library associate at a branch library for eleven years: the desk, the holds shelf and a bilingual story hour. Thinking about the MLIS.",
      timeZone: "America/Denver",
      languages: ["en", "es"],
      careerStage: "MID_CAREER",
      sectors: ["PUBLIC"],
      positionType: "STAFF",
      institution: "Summit Public Library",
      seeksMentorship: true,
      offersMentorship: false,
      openToPeer: false,
      formatVideo: NO,
      formatPhone: PREFERRED,
      formatInPerson: NO,
      formatEmail: FINE,
      formatAsyncChat: NO,
      availability: ["WEEKDAY_EVENING", "WEEKEND"],
      seeks: ["career-transition", "reference-readers-advisory", "union-workplace-rights"],
      offers: ["outreach-programming", "youth-school-services"],
    },
  ),
  persona("archivist", "Theo Okonkwo", "senior archivist, a mentor who wants to learn digital humanities", {
    ...base,
    pronouns: "he/him",
    bio: "Head of archives at a state historical society. Thirty years of finding aids, donor visits and leaky basements.",
    timeZone: "America/New_York",
    careerStage: "SENIOR",
    sectors: ["ARCHIVES"],
    positionType: "OTHER",
    institution: "State Historical Society",
    seeksMentorship: false,
    offersMentorship: true,
    openToPeer: false,
    formatVideo: PREFERRED,
    formatPhone: FINE,
    formatInPerson: NO,
    formatEmail: FINE,
    formatAsyncChat: FINE,
    mentorCapacity: 3,
    hoursPerMonth: 4,
    availability: ["WEEKDAY_DAYTIME"],
    seeks: [],
    offers: ["archives-preservation", "special-collections", "records-management"],
    learns: ["digital-humanities"],
  }),
  persona("student", "Priya Raman", "LIS student open to peers, who can share systems and digital humanities", {
    ...base,
    pronouns: "she/they",
    bio: "Second-year LIS student and digital scholarship assistant. I like text mining, maps and old photographs.",
    timeZone: "America/Los_Angeles",
    careerStage: "LIS_STUDENT",
    sectors: ["LIS_EDUCATION", "ARCHIVES"],
    positionType: "STUDENT",
    institution: "University of the Northwest",
    seeksMentorship: true,
    offersMentorship: false,
    openToPeer: true,
    formatVideo: PREFERRED,
    formatPhone: FINE,
    formatInPerson: NO,
    formatEmail: FINE,
    formatAsyncChat: PREFERRED,
    availability: ["WEEKDAY_DAYTIME", "WEEKEND"],
    seeks: ["archives-preservation", "special-collections", "lis-school-first-job"],
    offers: ["digital-humanities", "systems-technology"],
  }),
  persona("firstGen", "Marisol Vega", "first-generation early-career academic librarian with a matching-only identity preference", {
    ...base,
    pronouns: "she/her",
    bio: "Instruction librarian in my first year on the tenure track, and the first in my family to go to college.",
    timeZone: "America/Chicago",
    careerStage: "EARLY_CAREER",
    sectors: ["ACADEMIC"],
    positionType: "LIBRARIAN",
    institution: "Eastbrook College",
    seeksMentorship: true,
    offersMentorship: false,
    openToPeer: false,
    formatVideo: PREFERRED,
    formatPhone: FINE,
    formatInPerson: NO,
    formatEmail: FINE,
    formatAsyncChat: FINE,
    availability: ["WEEKDAY_DAYTIME"],
    seeks: ["tenure-promotion", "research-publishing", "teaching-instruction"],
    offers: ["outreach-programming"],
    identities: [{ attributeId: "first-generation", visibility: "MATCHING" }],
    affinities: [{ attributeId: "first-generation", preference: "SHARED", required: false }],
  }),
  persona("registrar", "Jun Takahashi", "mid-career museum registrar looking for help with collections and leading a team", {
    ...base,
    pronouns: "he/him",
    bio: "Registrar at an art museum in London: loans, couriers, condition reports. I now lead a team of four.",
    timeZone: "Europe/London",
    careerStage: "MID_CAREER",
    sectors: ["MUSEUM"],
    positionType: "OTHER",
    institution: "Museum of Art and Design",
    seeksMentorship: true,
    offersMentorship: false,
    openToPeer: true,
    formatVideo: PREFERRED,
    formatPhone: FINE,
    formatInPerson: FINE,
    formatEmail: FINE,
    formatAsyncChat: NO,
    availability: ["WEEKDAY_DAYTIME"],
    seeks: ["museum-collections", "leadership-management", "first-time-supervisor"],
    offers: ["records-management", "cataloguing-metadata"],
  }),
  persona("schoolLibrarian", "Dee Whitaker", "school librarian, free only on weekday evenings", {
    ...base,
    pronouns: "she/her",
    bio: "The one librarian for two middle schools. Free once the buses have gone and dinner is done.",
    timeZone: "America/New_York",
    careerStage: "MID_CAREER",
    sectors: ["SCHOOL"],
    positionType: "LIBRARIAN",
    institution: "Westfield School District",
    seeksMentorship: true,
    offersMentorship: false,
    openToPeer: true,
    formatVideo: PREFERRED,
    formatPhone: FINE,
    formatInPerson: NO,
    formatEmail: FINE,
    formatAsyncChat: FINE,
    availability: ["WEEKDAY_EVENING"],
    seeks: ["youth-school-services", "grants-fundraising", "work-life-balance"],
    offers: ["teaching-instruction"],
  }),
];

export const personaByKey = (key: PersonaKey): Persona => PERSONAS.find((p) => p.key === key)!;

// ---------------------------------------------------------------------------------------------
// Writing them (and a community around them) to a database, as prisma/seed.ts does.

/**
 * The synthetic community of prisma/seed.ts (same generator, same seed, same ids and emails): the
 * first `count` members of `npm run db:seed -- --count <count>`, profiles only.
 */
export async function seedCommunity(db: PrismaClient, count: number, now = new Date()): Promise<string[]> {
  const faker = seededFaker();
  const members = Array.from({ length: count }, (_, i) => {
    const user = buildUser(faker, i);
    const id = `seed-${String(i).padStart(6, "0")}`;
    return { id, ...user, profile: buildProfile(faker, id, user.name, now) };
  });
  for (let i = 0; i < members.length; i += 500) {
    const batch = members.slice(i, i + 500);
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
  return members.map((m) => m.id);
}

/**
 * The six personas, with finished profiles; with `passwordHash`, they can sign in with
 * PERSONA_PASSWORD (the caller hashes it, so this file needs no server-only imports).
 */
export async function seedPersonas(db: PrismaClient, options: { passwordHash?: string; now?: Date } = {}): Promise<void> {
  const now = options.now ?? new Date();
  await db.user.createMany({
    data: PERSONAS.map((p) => ({ id: p.id, email: p.email, name: p.name, emailVerified: now, passwordHash: options.passwordHash ?? null })),
    skipDuplicates: true,
  });
  await writeProfiles(
    db,
    PERSONAS.map((p) => p.profile),
    now,
  );
}

/** A persona's profile as the body of PUT /api/profile (the wizard's sections), for browser tests. */
export function personaProfileInput(p: Persona) {
  const goals = (kind: "SEEK" | "OFFER" | "LEARN") =>
    p.profile.goals.filter((g) => g.kind === kind).map((g) => ({ goalAreaId: g.goalAreaId, ...(g.note ? { note: g.note } : {}) }));
  const f = p.profile;
  return {
    roles: {
      seeksMentorship: f.seeksMentorship,
      offersMentorship: f.offersMentorship,
      openToPeer: f.openToPeer,
      mentorCapacity: f.mentorCapacity,
      acceptingRequests: f.acceptingRequests,
      hoursPerMonth: f.hoursPerMonth,
    },
    goals: { seeks: goals("SEEK"), offers: goals("OFFER"), learns: goals("LEARN") },
    formats: {
      formats: {
        video: f.formatVideo,
        phone: f.formatPhone,
        inPerson: f.formatInPerson,
        email: f.formatEmail,
        asyncChat: f.formatAsyncChat,
      },
      availability: f.availability,
      timeZone: f.timeZone,
      languages: f.languages,
    },
    background: {
      displayName: f.displayName,
      pronouns: f.pronouns,
      bio: f.bio,
      careerStage: f.careerStage,
      sectors: f.sectors,
      positionType: f.positionType,
      institution: f.institution,
      preferOutsideInstitution: f.preferOutsideInstitution,
    },
    identity: {
      identities: f.identities.map((i) => ({ attributeId: i.attributeId, visibility: i.visibility })),
      affinities: f.affinities.map((a) => ({ attributeId: a.attributeId, preference: a.preference, required: a.required })),
    },
  };
}
