import { z } from "zod";
import {
  AFFINITY_PREFERENCES,
  AVAILABILITY_WINDOWS,
  CAREER_STAGES,
  FORMAT_LEVELS,
  LANGUAGE_CODES,
  MENTOR_CAPACITY,
  POSITION_TYPES,
  SECTORS,
  VISIBILITIES,
} from "@/lib/profiles/options";
import { SHARED_NEEDS_HOLDING_COPY } from "@/lib/profiles/identity-copy";

// One schema per profile section, shared by the onboarding wizard, the profile page, the
// server actions and PUT /api/profile. Client-safe (no server imports).

const valuesOf = <T extends readonly { value: string }[]>(list: T) =>
  list.map((item) => item.value) as unknown as [T[number]["value"], ...T[number]["value"][]];

export const WIZARD_STEPS = ["roles", "goals", "formats", "background", "identity", "review"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
export const SECTIONS = ["roles", "goals", "formats", "background", "identity"] as const;
export type Section = (typeof SECTIONS)[number];

const uniqueBy =
  <T>(key: (item: T) => string) =>
  (items: T[]) =>
    new Set(items.map(key)).size === items.length;

export const RolesSection = z
  .object({
    seeksMentorship: z.boolean(),
    offersMentorship: z.boolean(),
    openToPeer: z.boolean(),
    mentorCapacity: z
      .int({ error: "Choose how many mentees you can take on." })
      .min(MENTOR_CAPACITY.min, { error: `At least ${MENTOR_CAPACITY.min}.` })
      .max(MENTOR_CAPACITY.max, { error: `At most ${MENTOR_CAPACITY.max} at a time.` })
      .default(MENTOR_CAPACITY.default),
    acceptingRequests: z.boolean().default(true),
    hoursPerMonth: z
      .int({ error: "Enter a whole number of hours." })
      .min(1, { error: "At least 1 hour." })
      .max(40, { error: "At most 40 hours a month." })
      .nullable()
      .default(null),
  })
  .refine((r) => r.seeksMentorship || r.offersMentorship || r.openToPeer, {
    path: ["roles"],
    error: "Choose at least one way to take part.",
  });
export type RolesSection = z.infer<typeof RolesSection>;

export const GoalChoice = z.object({
  goalAreaId: z.string().trim().min(1).max(64),
  // An empty note is stored as no note.
  note: z.string().trim().max(200, { error: "Keep the note to 200 characters." }).optional(),
});
export type GoalChoice = z.infer<typeof GoalChoice>;

const goalList = (max: number, what: string) =>
  z
    .array(GoalChoice)
    .max(max, { error: `Choose at most ${max} ${what}.` })
    .refine(
      uniqueBy((g: GoalChoice) => g.goalAreaId),
      { error: "Each goal area can be chosen once." },
    );

export const GoalsSection = z.object({
  seeks: goalList(8, "goals"),
  offers: goalList(12, "areas"),
  learns: goalList(8, "areas"),
});
export type GoalsSection = z.infer<typeof GoalsSection>;

/** Goals a person's roles need: mentees something to seek, mentors something to offer. */
export function goalProblems(
  roles: Pick<RolesSection, "seeksMentorship" | "offersMentorship" | "openToPeer">,
  goals: GoalsSection,
): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (roles.seeksMentorship && goals.seeks.length === 0) problems.seeks = ["Choose at least one goal you would like help with."];
  if (roles.offersMentorship && goals.offers.length === 0) problems.offers = ["Choose at least one area you can offer."];
  if (roles.openToPeer && !roles.seeksMentorship && !roles.offersMentorship && goals.seeks.length + goals.offers.length === 0) {
    problems.seeks = ["Choose at least one topic to explore with peers."];
  }
  return problems;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

const Level = z.enum(valuesOf(FORMAT_LEVELS), { error: "Choose preferred, fine or no." });

export const FormatsSection = z
  .object({
    formats: z.object({ video: Level, phone: Level, inPerson: Level, email: Level, asyncChat: Level }),
    timeZone: z.string().trim().refine(isValidTimeZone, { error: "Choose a time zone from the list." }),
    languages: z
      .array(z.enum(LANGUAGE_CODES, { error: "Choose a language from the list." }))
      .min(1, { error: "Choose at least one language." })
      .max(6, { error: "Choose at most 6 languages." })
      .refine(
        uniqueBy((code: string) => code),
        { error: "Each language can be chosen once." },
      ),
    // When the person is usually free, in their own zone. Optional for API clients written before
    // it existed: left out, the saved windows stay as they are and are not marked as checked.
    availability: z
      .array(z.enum(valuesOf(AVAILABILITY_WINDOWS), { error: "Choose times from the list." }))
      .min(1, { error: "Choose at least one time you are usually free." })
      .max(AVAILABILITY_WINDOWS.length)
      .refine(
        uniqueBy((w: string) => w),
        { error: "Each time can be chosen once." },
      )
      .optional(),
  })
  .refine((f) => Object.values(f.formats).some((level) => level !== "NO"), {
    path: ["formats"],
    error: "Mark at least one way of meeting as preferred or fine.",
  });
export type FormatsSection = z.infer<typeof FormatsSection>;

/** Email alone is allowed, but pairs who also talk by phone or video tend to keep going. */
export function isEmailOnly(formats: FormatsSection["formats"]): boolean {
  return Object.entries(formats).every(([key, level]) => (key === "email" ? level !== "NO" : level === "NO"));
}

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { error: message })
    // Saved profiles carry null for "not given"; forms send "" or leave it out.
    .nullish()
    .transform((value) => value || null);

export const BackgroundSection = z.object({
  displayName: z
    .string({ error: "Tell us the name to show." })
    .trim()
    .min(1, { error: "Tell us the name to show." })
    .max(80, { error: "Use at most 80 characters." }),
  pronouns: optionalText(40, "Use at most 40 characters."),
  bio: z.string().trim().max(600, { error: "Keep your introduction to 600 characters." }).default(""),
  careerStage: z.enum(valuesOf(CAREER_STAGES), { error: "Choose your career stage." }),
  sectors: z
    .array(z.enum(valuesOf(SECTORS), { error: "Choose a sector from the list." }))
    .min(1, { error: "Choose at least one sector." })
    .max(4, { error: "Choose at most 4 sectors." })
    .refine(
      uniqueBy((s: string) => s),
      { error: "Each sector can be chosen once." },
    ),
  positionType: z.enum(valuesOf(POSITION_TYPES), { error: "Choose your position type." }),
  institution: optionalText(120, "Use at most 120 characters."),
  preferOutsideInstitution: z.boolean().default(true),
});
export type BackgroundSection = z.infer<typeof BackgroundSection>;

export const IdentitySection = z
  .object({
    identities: z
      .array(z.object({ attributeId: z.string().min(1).max(64), visibility: z.enum(valuesOf(VISIBILITIES)) }))
      .max(30)
      .refine(
        uniqueBy((i: { attributeId: string }) => i.attributeId),
        { error: "Each community can be listed once." },
      ),
    affinities: z
      .array(
        z.object({
          attributeId: z.string().min(1).max(64),
          preference: z.enum(valuesOf(AFFINITY_PREFERENCES)),
          required: z.boolean().default(false),
        }),
      )
      .max(30)
      .refine(
        uniqueBy((a: { attributeId: string }) => a.attributeId),
        { error: "Each community can be listed once." },
      )
      .refine((list) => list.every((a) => !a.required || a.preference !== "NONE"), {
        error: "A preference can only be required when it is 'prefer shared' or 'prefer different'.",
      }),
  })
  .superRefine((section, ctx) => {
    // "Prefer someone who shares this" needs holding it oneself, with matching allowed to use it:
    // otherwise the preference would only serve to find out who holds it.
    const usable = new Set(section.identities.filter((i) => i.visibility !== "PRIVATE").map((i) => i.attributeId));
    section.affinities.forEach((a, index) => {
      if (a.preference === "SHARED" && !usable.has(a.attributeId)) {
        ctx.addIssue({ code: "custom", path: ["affinities", index, "preference"], message: SHARED_NEEDS_HOLDING_COPY });
      }
    });
  });
export type IdentitySection = z.infer<typeof IdentitySection>;

export const SECTION_SCHEMAS = {
  roles: RolesSection,
  goals: GoalsSection,
  formats: FormatsSection,
  background: BackgroundSection,
  identity: IdentitySection,
} as const;

/** The whole profile, as PUT /api/profile takes it. */
export const ProfileInput = z
  .object({
    roles: RolesSection,
    goals: GoalsSection,
    formats: FormatsSection,
    background: BackgroundSection,
    identity: IdentitySection.default({ identities: [], affinities: [] }),
  })
  .superRefine((profile, ctx) => {
    for (const [field, messages] of Object.entries(goalProblems(profile.roles, profile.goals))) {
      for (const message of messages) ctx.addIssue({ code: "custom", path: ["goals", field], message });
    }
  });
export type ProfileInput = z.infer<typeof ProfileInput>;

/** Normalised institution key: case, accents, punctuation and a leading "The" don't matter. */
export function institutionKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const key = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/^the /, "")
    .trim();
  return key || null;
}
