import type { Prisma } from "@/generated/prisma/client";
import { pendingUntil } from "@/lib/profiles/affinity-window";
import type { AvailabilityWindow } from "@/lib/profiles/options";
import { timeZoneLabel } from "@/lib/profiles/time-zones";
import type { BackgroundSection, FormatsSection, GoalsSection, IdentitySection, RolesSection, WizardStep } from "@/lib/profiles/schemas";

// How profiles leave the database: the owner's full view and the public view of someone else.

// The public view never even loads anyone's preferences; only the owner's view does.
export const profileInclude = {
  goals: { orderBy: [{ kind: "asc" }, { goalArea: { sortOrder: "asc" } }, { goalAreaId: "asc" }] },
  identities: { orderBy: { attributeId: "asc" } },
} satisfies Prisma.ProfileInclude;

export const ownProfileInclude = {
  ...profileInclude,
  affinities: { orderBy: { attributeId: "asc" } },
  matchingAffinities: { select: { attributeId: true, preference: true, required: true } },
  matchingIdentities: { select: { attributeId: true, visibility: true } },
} satisfies Prisma.ProfileInclude;

export type ProfileRow = Prisma.ProfileGetPayload<{ include: typeof profileInclude }>;
export type OwnProfileRow = Prisma.ProfileGetPayload<{ include: typeof ownProfileInclude }>;

/** Everything the owner may see and edit, grouped as the wizard's sections. */
export type OwnProfile = {
  userId: string;
  exists: boolean;
  wizardStep: WizardStep | null;
  onboardedAt: string | null;
  roles: RolesSection;
  goals: GoalsSection;
  formats: FormatsSection & { availability: AvailabilityWindow[] };
  background: Omit<BackgroundSection, "careerStage" | "positionType"> & {
    careerStage: BackgroundSection["careerStage"] | null;
    positionType: BackgroundSection["positionType"] | null;
  };
  identity: IdentitySection;
  /**
   * When the affinity preferences saved last reach suggestions (ISO), or null when suggestions
   * already use them; see lib/profiles/affinity-window.ts. Outside `identity`, so what GET
   * returns can still be sent back unchanged.
   */
  affinitiesPendingUntil: string | null;
  /**
   * When the person last saved their availability (ISO), or null when it is still the weekday
   * daytime every profile got before availability was asked: the profile page asks them to check.
   */
  availabilityCheckedAt: string | null;
  /** The friendly name of their time zone ("Central Time, Chicago"), for display only. */
  timeZoneLabel: string;
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

export function toOwnProfile(row: OwnProfileRow, now = new Date()): OwnProfile {
  const pending = pendingUntil(
    {
      onboarded: row.onboardedAt !== null,
      appliedAt: row.affinitiesAppliedAt,
      set: row.affinities,
      applied: row.matchingAffinities,
      setIdentities: row.identities,
      appliedIdentities: row.matchingIdentities,
    },
    now,
  );
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
      availability: [...row.availability],
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
    affinitiesPendingUntil: pending?.toISOString() ?? null,
    availabilityCheckedAt: row.availabilityCheckedAt?.toISOString() ?? null,
    timeZoneLabel: timeZoneLabel(row.timeZone),
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
      availability: ["WEEKDAY_DAYTIME"],
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
    affinitiesPendingUntil: null,
    availabilityCheckedAt: null,
    timeZoneLabel: timeZoneLabel("UTC"),
  };
}

/**
 * What anyone signed in may see about another person, identity attributes included when the
 * person chose "shown on my profile" (see policy.ts and lib/profiles/identity-copy.ts).
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
  /** "Pacific Time, Vancouver". */
  timeZoneLabel: string;
  /** When they are usually free, in their own zone. */
  availability: AvailabilityWindow[];
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
      .map((g) => ({
        goalAreaId: g.goalAreaId,
        label: labels.goals.get(g.goalAreaId) ?? g.goalAreaId,
        ...(g.note ? { note: g.note } : {}),
      }));
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
    timeZoneLabel: timeZoneLabel(row.timeZone),
    availability: [...row.availability],
    languages: row.languages,
    formats: formatsOf(row),
    goals: { seeks: goals("SEEK"), offers: goals("OFFER"), learns: goals("LEARN") },
    // Only SHOWN; PRIVATE and MATCHING never leave the server.
    identities: showIdentity
      ? row.identities
          .filter((i) => i.visibility === "SHOWN")
          .map((i) => ({ attributeId: i.attributeId, label: labels.attributes.get(i.attributeId) ?? i.attributeId }))
      : [],
  };
}
