import "server-only";
import { z } from "zod";
import { authorize, policy, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  AFFINITY_PREFERENCES,
  CAREER_STAGES,
  FORMAT_LEVELS,
  FORMATS,
  LANGUAGE_CODES,
  POSITION_TYPES,
  SECTORS,
  VISIBILITIES,
  languageName,
} from "@/lib/profiles/options";
import { parseWith } from "@/lib/validation";

export type VocabularyTerm = { id: string; label: string; description: string | null };
/** A goal area also carries the example sentence its note box shows ("e.g. …"). */
export type GoalAreaTerm = VocabularyTerm & { example: string | null };

export type Vocabulary = {
  goalAreas: GoalAreaTerm[];
  identityAttributes: VocabularyTerm[];
  formats: { value: string; label: string; synchronous: boolean }[];
  formatLevels: { value: string; label: string }[];
  careerStages: { value: string; label: string }[];
  sectors: { value: string; label: string }[];
  positionTypes: { value: string; label: string }[];
  visibilities: { value: string; label: string; help: string }[];
  affinityPreferences: { value: string; label: string }[];
  languages: { value: string; label: string }[];
};

const termSelect = { id: true, label: true, description: true } as const;
const goalAreaSelect = { ...termSelect, example: true } as const;

/** Every choice the profile forms offer; archived terms are left out. */
export async function getVocabulary(): Promise<Vocabulary> {
  const [goalAreas, identityAttributes] = await Promise.all([
    db.goalArea.findMany({ where: { active: true }, orderBy: [{ sortOrder: "asc" }, { label: "asc" }], select: goalAreaSelect }),
    db.identityAttribute.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { label: "asc" }],
      select: termSelect,
    }),
  ]);
  return {
    goalAreas,
    identityAttributes,
    formats: FORMATS.map((f) => ({ ...f })),
    formatLevels: [...FORMAT_LEVELS],
    careerStages: [...CAREER_STAGES],
    sectors: [...SECTORS],
    positionTypes: [...POSITION_TYPES],
    visibilities: [...VISIBILITIES],
    affinityPreferences: [...AFFINITY_PREFERENCES],
    languages: LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code) })),
  };
}

/** Labels for ids, archived terms included (old profiles may still carry them). */
export async function vocabularyLabels() {
  const [goals, attributes] = await Promise.all([
    db.goalArea.findMany({ select: { id: true, label: true } }),
    db.identityAttribute.findMany({ select: { id: true, label: true } }),
  ]);
  return {
    goals: new Map(goals.map((g) => [g.id, g.label])),
    attributes: new Map(attributes.map((a) => [a.id, a.label])),
  };
}

// Strict: an admin who misspells `active` must hear about it, not find the term still live.
export const VocabularyTermInput = z.strictObject({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "Use lower-case letters, digits and hyphens." })
    .max(64),
  label: z.string().trim().min(2, { error: "Give it a label." }).max(80, { error: "Use at most 80 characters." }),
  description: z.string().trim().max(300).nullable().optional(),
  sortOrder: z.int().min(0).max(10_000).optional(),
  active: z.boolean().optional(),
});
export type VocabularyTermInput = z.infer<typeof VocabularyTermInput>;

// Goal areas also take the note box's example; identity communities have none, so for them an
// `example` is an unknown field and refused like any other.
export const GoalAreaInput = VocabularyTermInput.extend({
  example: z
    .string()
    .trim()
    .max(160, { error: "Keep the example to 160 characters." })
    // Written without "e.g." (the form adds it); an empty one means none.
    .transform((value) => value.replace(/^e\.\s?g\.?\s*/i, "") || null)
    .nullable()
    .optional(),
});
export type GoalAreaInput = z.infer<typeof GoalAreaInput>;

export const VOCABULARY_KINDS = ["goal-areas", "identity-attributes"] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

/**
 * Admins add, rename, reorder or archive (active: false) a goal area or identity community, and
 * set a goal area's example sentence.
 */
export async function upsertVocabularyTerm(actor: Actor, kind: VocabularyKind, raw: unknown): Promise<VocabularyTerm | GoalAreaTerm> {
  authorize(policy.canManageVocabulary(actor), "FORBIDDEN");
  if (!VOCABULARY_KINDS.includes(kind)) throw new AppError("NOT_FOUND");
  if (kind === "goal-areas") {
    const { id, ...data } = parseWith(GoalAreaInput, raw);
    return db.goalArea.upsert({ where: { id }, create: { id, ...data }, update: data, select: goalAreaSelect });
  }
  const { id, ...data } = parseWith(VocabularyTermInput, raw);
  return db.identityAttribute.upsert({ where: { id }, create: { id, ...data }, update: data, select: termSelect });
}
