import type { Prisma } from "@/generated/prisma/client";
import type { BackgroundSection, FormatsSection, GoalsSection, IdentitySection, RolesSection, WizardStep } from "@/lib/profiles/schemas";

// How profiles leave the database: the owner's full view and the public view of someone else.

export const profileInclude = {
  goals: { orderBy: [{ kind: "asc" }, { goalArea: { sortOrder: "asc" } }, { goalAreaId: "asc" }] },
  identities: { orderBy: { attributeId: "asc" } },
  affinities: { orderBy: { attributeId: "asc" } },
} satisfies Prisma.ProfileInclude;

export type ProfileRow = Prisma.ProfileGetPayload<{ include: typeof profileInclude }>;

/** Everything the owner may see and edit, grouped as the wizard's sections. */
export type OwnProfile = {
  userId: string;
  exists: boolean;
  wizardStep: WizardStep | null;
  onboardedAt: string | null;
  roles: RolesSection;
  goals: GoalsSection;
  formats: FormatsSection;
  background: Omit<BackgroundSection, "careerStage" | "positionType"> & {
    careerStage: BackgroundSection["careerStage"] | null;
    positionType: BackgroundSection["positionType"] | null;
  };
  identity: IdentitySection;
};

type FormatColumns<L> = { formatVideo: L; formatPhone: L; formatInPerson: L; formatEmail: L; formatAsyncChat: L };

/** The five format columns as the { video, phone, ... } record every layer uses. */
export function formatsOf<L>(row: FormatColumns<L>) {
  return {
    video: row.formatVideo,
    phone: row.formatPhone,
    inPerson: row.formatInPerson,
    email: row.formatEmail,
    asyncChat: row.formatAsyncChat,
  };
}

const goalsOf = (row: ProfileRow, kind: "SEEK" | "OFFER" | "LEARN") =>
  row.goals.filter((g) => g.kind === kind).map((g) => ({ goalAreaId: g.goalAreaId, ...(g.note ? { note: g.note } : {}) }));

export function toOwnProfile(row: ProfileRow): OwnProfile {
  return {
    userId: row.userId,
    exists: true,
    wizardStep: (row.wizardStep as WizardStep | null) ?? null,
    onboardedAt: row.onboardedAt?.toISOString() ?? null,
    roles: {
      seeksMentorship: row.seeksMentorship,
      offersMentorship: row.offersMentorship,
      openToPeer: row.openToPeer,
      mentorCapacity: row.mentorCapacity,
      acceptingRequests: row.acceptingRequests,
      hoursPerMonth: row.hoursPerMonth,
    },
    goals: { seeks: goalsOf(row, "SEEK"), offers: goalsOf(row, "OFFER"), learns: goalsOf(row, "LEARN") },
    formats: {
      formats: formatsOf(row),
      timeZone: row.timeZone,
      languages: row.languages as FormatsSection["languages"],
    },
    background: {
      displayName: row.displayName,
      pronouns: row.pronouns,
      bio: row.bio,
      careerStage: row.careerStage,
      sectors: row.sectors,
      positionType: row.positionType,
      institution: row.institution,
      preferOutsideInstitution: row.preferOutsideInstitution,
    },
    identity: {
      identities: row.identities.map((i) => ({ attributeId: i.attributeId, visibility: i.visibility })),
      affinities: row.affinities.map((a) => ({ attributeId: a.attributeId, preference: a.preference, required: a.required })),
    },
  };
}

/** A profile nobody has saved yet: sensible defaults, the account name as display name. */
export function emptyOwnProfile(userId: string, name: string | null): OwnProfile {
  return {
    userId,
    exists: false,
    wizardStep: null,
    onboardedAt: null,
    roles: {
      seeksMentorship: false,
      offersMentorship: false,
      openToPeer: false,
      mentorCapacity: 2,
      acceptingRequests: true,
      hoursPerMonth: null,
    },
    goals: { seeks: [], offers: [], learns: [] },
    formats: {
      // The same as the database defaults, so nothing changes when the first section is saved.
      formats: { video: "FINE", phone: "FINE", inPerson: "NO", email: "FINE", asyncChat: "FINE" },
      timeZone: "UTC",
      languages: ["en"],
    },
    background: {
      displayName: name ?? "",
      pronouns: null,
      bio: "",
      careerStage: null,
      sectors: [],
      positionType: null,
      institution: null,
      preferOutsideInstitution: true,
    },
    identity: { identities: [], affinities: [] },
  };
}

/**
 * What anyone signed in may see about another person. Identity attributes appear only when
 * the person chose "shown to matches" AND the viewer is connected to them (see policy.ts).
 */
export type PublicProfile = {
  id: string;
  displayName: string;
  pronouns: string | null;
  bio: string;
  roles: { mentee: boolean; mentor: boolean; peer: boolean };
  acceptingRequests: boolean;
  careerStage: string | null;
  sectors: string[];
  positionType: string | null;
  institution: string | null;
  timeZone: string;
  languages: string[];
  formats: FormatsSection["formats"];
  goals: { seeks: GoalChoice[]; offers: GoalChoice[]; learns: GoalChoice[] };
  identities: { attributeId: string; label: string }[];
};
type GoalChoice = { goalAreaId: string; label: string; note?: string };

export function toPublicProfile(
  row: ProfileRow,
  labels: { goals: Map<string, string>; attributes: Map<string, string> },
  showIdentity: boolean,
): PublicProfile {
  const goals = (kind: "SEEK" | "OFFER" | "LEARN") =>
    row.goals
      .filter((g) => g.kind === kind)
      .map((g) => ({ goalAreaId: g.goalAreaId, label: labels.goals.get(g.goalAreaId) ?? g.goalAreaId, ...(g.note ? { note: g.note } : {}) }));
  return {
    id: row.userId,
    displayName: row.displayName,
    pronouns: row.pronouns,
    bio: row.bio,
    roles: { mentee: row.seeksMentorship, mentor: row.offersMentorship, peer: row.openToPeer },
    acceptingRequests: row.offersMentorship && row.acceptingRequests,
    careerStage: row.careerStage,
    sectors: row.sectors,
    positionType: row.positionType,
    institution: row.institution,
    timeZone: row.timeZone,
    languages: row.languages,
    formats: formatsOf(row),
    goals: { seeks: goals("SEEK"), offers: goals("OFFER"), learns: goals("LEARN") },
    // Only SHOWN, only for connected viewers; PRIVATE and MATCHING never leave the server.
    identities: showIdentity
      ? row.identities
          .filter((i) => i.visibility === "SHOWN")
          .map((i) => ({ attributeId: i.attributeId, label: labels.attributes.get(i.attributeId) ?? i.attributeId }))
      : [],
  };
}
