// Helpers for integration tests that need people with profiles.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import type { ProfileInput } from "@/lib/profiles/schemas";

export async function createUser(
  overrides: Partial<{ name: string; role: "MEMBER" | "ADMIN" | "COORDINATOR" }> = {},
): Promise<CurrentUser> {
  const user = await db.user.create({
    data: {
      email: `member-${randomUUID()}@example.org`,
      name: overrides.name ?? "Test Member",
      role: overrides.role ?? "MEMBER",
      emailVerified: new Date(),
    },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** A complete, valid profile body for PUT /api/profile. */
export function validProfile(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    roles: {
      seeksMentorship: true,
      offersMentorship: false,
      openToPeer: false,
      mentorCapacity: 2,
      acceptingRequests: true,
      hoursPerMonth: null,
    },
    goals: { seeks: [{ goalAreaId: "tenure-promotion", note: "First review file" }], offers: [], learns: [] },
    formats: {
      formats: { video: "PREFERRED", phone: "FINE", inPerson: "NO", email: "FINE", asyncChat: "NO" },
      timeZone: "America/Chicago",
      languages: ["en"],
    },
    background: {
      displayName: "Robin Example",
      pronouns: "they/them",
      bio: "Instruction librarian.",
      careerStage: "EARLY_CAREER",
      sectors: ["ACADEMIC"],
      positionType: "LIBRARIAN",
      institution: "Great Plains University",
      preferOutsideInstitution: true,
    },
    identity: { identities: [], affinities: [] },
    ...overrides,
  };
}

type ProfileOverrides = {
  roles?: Partial<ProfileInput["roles"]>;
  goals?: Partial<ProfileInput["goals"]>;
  formats?: Partial<ProfileInput["formats"]["formats"]>;
  timeZone?: string;
  background?: Partial<ProfileInput["background"]>;
  identity?: ProfileInput["identity"];
};

/** A member with a finished profile, built through the real profile service. */
export async function createMember(name: string, overrides: ProfileOverrides = {}): Promise<CurrentUser> {
  const { replaceProfile } = await import("@/lib/profiles/save-profile");
  const user = await createUser({ name });
  const base = validProfile();
  await replaceProfile(user, {
    roles: { ...base.roles, ...overrides.roles },
    goals: { ...base.goals, ...overrides.goals },
    formats: {
      ...base.formats,
      formats: { ...base.formats.formats, ...overrides.formats },
      timeZone: overrides.timeZone ?? base.formats.timeZone,
    },
    background: { ...base.background, displayName: name, ...overrides.background },
    identity: overrides.identity ?? base.identity,
  });
  await db.profile.update({ where: { userId: user.id }, data: { onboardedAt: new Date() } });
  return user;
}

export const MENTOR_ROLES = {
  seeksMentorship: false,
  offersMentorship: true,
  openToPeer: false,
  mentorCapacity: 2,
  acceptingRequests: true,
  hoursPerMonth: 3,
};
