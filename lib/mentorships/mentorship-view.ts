import "server-only";
import { timeZoneLabel } from "@/lib/profiles/time-zones";
import type { Prisma } from "@/generated/prisma/client";
import { authorize, policy, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cadenceLabel, progressLabel } from "@/lib/mentorships/options";
import { profileInclude, toPublicProfile, type PublicProfile } from "@/lib/profiles/profile-view";
import { vocabularyLabels } from "@/lib/profiles/vocabulary";
import { RecordId, parseWith } from "@/lib/validation";

// What every mentorship use case shares: loading one for either of its two people (anyone else,
// admins included, gets NOT_FOUND, as for a missing id), and the shapes the two people see.

export const mentorshipSelect = {
  id: true,
  kind: true,
  mentorId: true,
  menteeId: true,
  requestId: true,
  status: true,
  startedAt: true,
  endedAt: true,
  agreementVersion: true,
  cadence: true,
  formats: true,
  plannedMonths: true,
  expectations: true,
  mentorConfirmedVersion: true,
  menteeConfirmedVersion: true,
  agreementUpdatedById: true,
  goals: {
    select: { goalAreaId: true, progress: true, goalArea: { select: { label: true } } },
    orderBy: [{ goalArea: { sortOrder: "asc" } }, { goalAreaId: "asc" }],
  },
} satisfies Prisma.MentorshipSelect;

export type LoadedMentorship = Prisma.MentorshipGetPayload<{ select: typeof mentorshipSelect }>;

/** The mentorship, for one of its two people; NOT_FOUND for everyone else. */
export async function loadMentorshipFor(actor: Actor, rawId: unknown, client: Prisma.TransactionClient = db): Promise<LoadedMentorship> {
  // Ids reach here from server actions as well as routes: a hostile one is a 400, never a query.
  const id = parseWith(RecordId, rawId);
  const mentorship = await client.mentorship.findFirst({
    where: { id, OR: [{ mentorId: actor.id }, { menteeId: actor.id }] },
    select: mentorshipSelect,
  });
  authorize(!!mentorship && policy.canViewMentorship(actor, mentorship));
  return mentorship!;
}

/** Changes need the relationship to be active or paused; an ended one is kept as it was. */
export function assertCanUpdate(actor: Actor, m: LoadedMentorship): void {
  if (!policy.canUpdateMentorship(actor, m)) {
    throw new AppError("CONFLICT", { userMessage: "This mentorship has ended, so it can no longer be changed." });
  }
}

export type RelationshipRole = "mentor" | "mentee" | "peer";

export function roleOf(m: { kind: string; mentorId: string }, userId: string): RelationshipRole {
  if (m.kind === "PEER") return "peer";
  return m.mentorId === userId ? "mentor" : "mentee";
}

export const otherPersonId = (m: { mentorId: string; menteeId: string }, userId: string) =>
  m.mentorId === userId ? m.menteeId : m.mentorId;

/** Which confirmation column is this person's. */
export const confirmationColumn = (m: { mentorId: string }, userId: string) =>
  m.mentorId === userId ? ("mentorConfirmedVersion" as const) : ("menteeConfirmedVersion" as const);

/**
 * One of the two people as the relationship home shows them: name, local time zone, formats and
 * languages, taken from their public profile (lib/profiles); nothing the public profile keeps back.
 */
export type PersonView = Pick<PublicProfile, "id" | "displayName" | "pronouns" | "timeZone" | "timeZoneLabel" | "languages" | "formats"> & {
  role: RelationshipRole;
};

export type GoalView = { goalAreaId: string; label: string; progress: string; progressLabel: string };

export type AgreementView = {
  version: number;
  goalAreaIds: string[];
  cadence: string;
  cadenceLabel: string;
  formats: string[];
  plannedMonths: number | null;
  expectations: string;
  /** Who changed it last: the viewer, the other person, or nobody yet (the defaults). */
  lastChangedBy: "you" | "them" | null;
  confirmedByYou: boolean;
  confirmedByThem: boolean;
  /** Both confirmed this version. */
  confirmed: boolean;
  /** What stands between now and an agreement both confirmed, in words (empty once both have). */
  missing: { code: "FOCUS_GOALS" | "FORMATS" | "EXPECTATIONS" | "YOUR_CONFIRMATION" | "THEIR_CONFIRMATION"; message: string }[];
};

export type RhythmView = { cadence: string; label: string; lastChangedBy: "you" | "them" | null };

const changedBy = (m: LoadedMentorship, viewerId: string) =>
  m.agreementUpdatedById === null ? null : m.agreementUpdatedById === viewerId ? ("you" as const) : ("them" as const);

export function goalViews(m: LoadedMentorship): GoalView[] {
  return m.goals.map((g) => ({
    goalAreaId: g.goalAreaId,
    label: g.goalArea.label,
    progress: g.progress,
    progressLabel: progressLabel(g.progress),
  }));
}

/** The kickoff agreement from the viewer's side; null for a peer tie, which has none. */
export function agreementView(m: LoadedMentorship, viewerId: string, otherName: string): AgreementView | null {
  if (m.kind === "PEER") return null;
  const mine = m[confirmationColumn(m, viewerId)];
  const theirs = m[confirmationColumn(m, otherPersonId(m, viewerId))];
  const confirmedByYou = mine === m.agreementVersion;
  const confirmedByThem = theirs === m.agreementVersion;
  const confirmed = confirmedByYou && confirmedByThem;
  const missing: AgreementView["missing"] = [];
  // Advice, never a gate: confirming with an empty field is allowed, and messages work meanwhile.
  if (!confirmed && m.status !== "ENDED") {
    if (!m.goals.length) missing.push({ code: "FOCUS_GOALS", message: "No focus goals yet: choose what you will work on together." });
    if (!m.formats.length) missing.push({ code: "FORMATS", message: "No main formats yet: choose how you will meet." });
    if (!m.expectations.trim())
      missing.push({
        code: "EXPECTATIONS",
        message: "No expectations written yet: how quickly you reply, what stays confidential, anything off limits.",
      });
    if (!confirmedByYou)
      missing.push({
        code: "YOUR_CONFIRMATION",
        message:
          mine === null ? "You haven't confirmed it yet." : "It changed since you confirmed it: look it over and confirm this version.",
      });
    if (!confirmedByThem)
      missing.push({
        code: "THEIR_CONFIRMATION",
        message:
          theirs === null
            ? `${otherName} hasn't confirmed it yet.`
            : `${otherName} confirmed an earlier version and needs to confirm this one.`,
      });
  }
  return {
    version: m.agreementVersion,
    goalAreaIds: m.goals.map((g) => g.goalAreaId),
    cadence: m.cadence,
    cadenceLabel: cadenceLabel(m.cadence),
    formats: m.formats,
    plannedMonths: m.plannedMonths,
    expectations: m.expectations,
    lastChangedBy: changedBy(m, viewerId),
    confirmedByYou,
    confirmedByThem,
    confirmed,
    missing,
  };
}

/** A peer tie's keep-in-touch rhythm; null for a mentorship (its cadence is in the agreement). */
export function rhythmView(m: LoadedMentorship, viewerId: string): RhythmView | null {
  if (m.kind !== "PEER") return null;
  return { cadence: m.cadence, label: cadenceLabel(m.cadence), lastChangedBy: changedBy(m, viewerId) };
}

/**
 * The people of some mentorships as PersonViews, by id. Built from the public profile view
 * (lib/profiles/profile-view.ts) and then narrowed, so nothing private can come along.
 */
export async function peopleViews(ids: readonly string[]): Promise<Map<string, Omit<PersonView, "role">>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const [rows, labels] = await Promise.all([
    db.profile.findMany({ where: { userId: { in: unique } }, include: profileInclude }),
    vocabularyLabels(),
  ]);
  const people = new Map<string, Omit<PersonView, "role">>();
  for (const row of rows) {
    // The identity step is not part of this view at all: `false` leaves it out.
    const p = toPublicProfile(row, labels, false);
    people.set(p.id, {
      id: p.id,
      displayName: p.displayName,
      pronouns: p.pronouns,
      timeZone: p.timeZone,
      timeZoneLabel: p.timeZoneLabel,
      languages: p.languages,
      formats: p.formats,
    });
  }
  // Someone without a profile row (never in practice: both finished onboarding to be matched).
  const unprofiled = unique.filter((id) => !people.has(id));
  const users = unprofiled.length ? await db.user.findMany({ where: { id: { in: unprofiled } }, select: { id: true, name: true } }) : [];
  for (const user of users) {
    {
      people.set(user.id, {
        id: user.id,
        displayName: user.name || "A member",
        pronouns: null,
        timeZone: "UTC",
        timeZoneLabel: timeZoneLabel("UTC"),
        languages: [],
        formats: { video: "NO", phone: "NO", inPerson: "NO", email: "NO", asyncChat: "NO" },
      });
    }
  }
  return people;
}
