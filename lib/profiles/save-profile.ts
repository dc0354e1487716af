import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applyAffinitiesIn } from "@/lib/profiles/apply-affinities";
import { getOwnProfile } from "@/lib/profiles/get-own-profile";
import { canonicalTimeZone } from "@/lib/profiles/time-zones";
import type { OwnProfile } from "@/lib/profiles/profile-view";
import {
  BackgroundSection,
  FormatsSection,
  GoalsSection,
  IdentitySection,
  ProfileInput,
  RolesSection,
  SECTION_SCHEMAS,
  WIZARD_STEPS,
  goalProblems,
  institutionKey,
  type Section,
  type WizardStep,
} from "@/lib/profiles/schemas";
import { parseWith } from "@/lib/validation";

type Tx = Prisma.TransactionClient;

// Every write of a profile goes through here. A person only ever writes their own profile:
// the actor *is* the owner, so there is no way to address somebody else's row.

const nextStep = (section: Section): WizardStep => WIZARD_STEPS[WIZARD_STEPS.indexOf(section) + 1]!;
const furthest = (a: WizardStep | null, b: WizardStep): WizardStep => (a && WIZARD_STEPS.indexOf(a) > WIZARD_STEPS.indexOf(b) ? a : b);

async function checkVocabulary(tx: Tx, goals?: GoalsSection, identity?: IdentitySection) {
  const fields: Record<string, string[]> = {};
  if (goals) {
    const ids = [...goals.seeks, ...goals.offers, ...goals.learns].map((g) => g.goalAreaId);
    const known = new Set((await tx.goalArea.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((g) => g.id));
    for (const key of ["seeks", "offers", "learns"] as const) {
      if (goals[key].some((g) => !known.has(g.goalAreaId))) fields[key] = ["Choose goal areas from the list."];
    }
  }
  if (identity) {
    const ids = [...identity.identities, ...identity.affinities].map((i) => i.attributeId);
    const known = new Set((await tx.identityAttribute.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((a) => a.id));
    if (identity.identities.some((i) => !known.has(i.attributeId))) fields.identities = ["Choose communities from the list."];
    if (identity.affinities.some((a) => !known.has(a.attributeId))) fields.affinities = ["Choose communities from the list."];
  }
  if (Object.keys(fields).length) throw new AppError("VALIDATION", { fields });
}

/**
 * The zone as saved: the canonical id of what was chosen ("Asia/Calcutta" → "Asia/Kolkata"), so
 * matching, labels and the picker all meet the same name. `path` is where a refusal is reported.
 */
function canonicalZoneOrThrow(zone: string, path: string): string {
  const id = canonicalTimeZone(zone);
  if (!id) throw new AppError("VALIDATION", { fields: { [path]: ["Choose a time zone from the list."] } });
  return id;
}

function columnsFor(section: Section, data: unknown, now: Date): Prisma.ProfileUncheckedUpdateInput {
  switch (section) {
    case "roles": {
      const r = data as RolesSection;
      return { ...r };
    }
    case "formats": {
      const f = data as FormatsSection;
      return {
        formatVideo: f.formats.video,
        formatPhone: f.formats.phone,
        formatInPerson: f.formats.inPerson,
        formatEmail: f.formats.email,
        formatAsyncChat: f.formats.asyncChat,
        timeZone: f.timeZone,
        languages: f.languages,
        // Saving the windows is the person checking them (the profile page stops asking).
        ...(f.availability ? { availability: f.availability, availabilityCheckedAt: now } : {}),
      };
    }
    case "background": {
      const b = data as BackgroundSection;
      return { ...b, institutionKey: institutionKey(b.institution) };
    }
    default:
      return {};
  }
}

async function writeSection(tx: Tx, actor: Actor, section: Section, data: unknown, wizardStep: WizardStep | null) {
  const columns = columnsFor(section, data, new Date());
  const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, email: true } });
  await tx.profile.upsert({
    where: { userId: actor.id },
    create: {
      // The account name stands in until the background step sets a display name.
      ...({ displayName: user.name ?? user.email.split("@")[0]! } as { displayName: string }),
      ...(columns as Omit<Prisma.ProfileUncheckedCreateInput, "userId">),
      userId: actor.id,
      ...(wizardStep ? { wizardStep } : {}),
    },
    // Always bump updatedAt: the matching cache (lib/matches/load-profiles.ts) trusts it.
    update: { ...columns, ...(wizardStep ? { wizardStep } : {}), updatedAt: new Date() },
  });
  if (section === "goals") {
    const goals = data as GoalsSection;
    await tx.profileGoal.deleteMany({ where: { profileId: actor.id } });
    const rows = (
      [
        ["SEEK", goals.seeks],
        ["OFFER", goals.offers],
        ["LEARN", goals.learns],
      ] as const
    ).flatMap(([kind, list]) => list.map((g) => ({ profileId: actor.id, kind, goalAreaId: g.goalAreaId, note: g.note || null })));
    if (rows.length) await tx.profileGoal.createMany({ data: rows });
  }
  if (section === "identity") {
    const identity = data as IdentitySection;
    await tx.profileIdentity.deleteMany({ where: { profileId: actor.id } });
    await tx.profileAffinity.deleteMany({ where: { profileId: actor.id } });
    if (identity.identities.length) {
      await tx.profileIdentity.createMany({ data: identity.identities.map((i) => ({ profileId: actor.id, ...i })) });
    }
    // "No preference" rows carry nothing; keep only real preferences.
    const affinities = identity.affinities.filter((a) => a.preference !== "NONE");
    if (affinities.length) {
      await tx.profileAffinity.createMany({ data: affinities.map((a) => ({ profileId: actor.id, ...a })) });
    }
    // The person sees their new preferences at once; matching gets them when the window allows.
    await applyAffinitiesIn(tx, actor.id);
  }
}

/**
 * Saves one section (a wizard step or a profile-page card). Goals are checked against the
 * roles already saved, so a mentor cannot end up offering nothing.
 */
export async function saveProfileSection(actor: Actor, section: Section, raw: unknown): Promise<OwnProfile> {
  if (!(section in SECTION_SCHEMAS)) throw new AppError("NOT_FOUND");
  let data = parseWith(SECTION_SCHEMAS[section], raw);
  if (section === "formats") {
    const formats = data as FormatsSection;
    data = { ...formats, timeZone: canonicalZoneOrThrow(formats.timeZone, "timeZone") };
  }
  await db.$transaction(async (tx) => {
    const current = await tx.profile.findUnique({
      where: { userId: actor.id },
      select: { wizardStep: true, onboardedAt: true, seeksMentorship: true, offersMentorship: true, openToPeer: true },
    });
    if (section === "goals") {
      const roles = current ?? { seeksMentorship: false, offersMentorship: false, openToPeer: false };
      const problems = goalProblems(roles, data as GoalsSection);
      if (Object.keys(problems).length) throw new AppError("VALIDATION", { fields: problems });
    }
    await checkVocabulary(
      tx,
      section === "goals" ? (data as GoalsSection) : undefined,
      section === "identity" ? (data as IdentitySection) : undefined,
    );
    const step = current?.onboardedAt ? null : furthest((current?.wizardStep as WizardStep | null) ?? null, nextStep(section));
    await writeSection(tx, actor, section, data, step);
  });
  return getOwnProfile(actor);
}

/** PUT /api/profile: the whole profile at once, validated as one. */
export async function replaceProfile(actor: Actor, raw: unknown): Promise<OwnProfile> {
  const parsed = parseWith(ProfileInput, raw);
  const input = { ...parsed, formats: { ...parsed.formats, timeZone: canonicalZoneOrThrow(parsed.formats.timeZone, "formats.timeZone") } };
  await db.$transaction(async (tx) => {
    await checkVocabulary(tx, input.goals, input.identity);
    for (const section of ["roles", "formats", "background", "goals", "identity"] as const) {
      await writeSection(tx, actor, section, input[section], null);
    }
    await tx.profile.update({ where: { userId: actor.id }, data: { wizardStep: "review" } });
  });
  return getOwnProfile(actor);
}

const STEP_NAMES: Record<string, string> = {
  roles: "how you take part",
  goals: "goals",
  formats: "ways of meeting and time zone",
  background: "about you",
  identity: "identity and affinity",
};

/** The wizard's last step: the saved profile must be complete; then matching may use it. */
export async function finishOnboarding(actor: Actor): Promise<OwnProfile> {
  const profile = await getOwnProfile(actor);
  if (!profile.exists) throw new AppError("VALIDATION", { userMessage: "Please fill in the earlier steps first." });
  const result = ProfileInput.safeParse(profile);
  if (!result.success) {
    const steps = [...new Set(result.error.issues.map((i) => STEP_NAMES[String(i.path[0])] ?? String(i.path[0])))];
    throw new AppError("VALIDATION", {
      userMessage: `Some answers are missing or need another look: ${steps.join(", ")}.`,
      fields: Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), [i.message]])),
    });
  }
  await db.$transaction(async (tx) => {
    // Matching starts from exactly the preferences the person finished with.
    await applyAffinitiesIn(tx, actor.id);
    await tx.profile.update({ where: { userId: actor.id }, data: { onboardedAt: new Date(), wizardStep: "review" } });
  });
  return getOwnProfile(actor);
}
