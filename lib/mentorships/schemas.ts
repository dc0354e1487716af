import { z } from "zod";
import {
  AGREEMENT_CADENCES,
  EXPECTATIONS_MAX_CHARS,
  GOAL_PROGRESS,
  MAX_FOCUS_GOALS,
  PEER_RHYTHMS,
  PLANNED_MONTHS,
} from "@/lib/mentorships/options";
import { FORMATS } from "@/lib/profiles/options";
import { RecordId } from "@/lib/validation";

// Inputs of the relationship home, shared by its forms, the server actions and the API.

const FORMAT_VALUES = FORMATS.map((f) => f.value) as [string, ...string[]];
const distinct = (list: readonly string[]) => new Set(list).size === list.length;

const AgreementVersion = z
  .number({ error: "Give the agreement's version number." })
  .int({ error: "Give the agreement's version number." })
  .min(1, { error: "Give the agreement's version number." })
  .max(1_000_000, { error: "That is not a version of this agreement." });

/**
 * PUT /api/mentorships/:id/agreement: the whole kickoff agreement. `version` is the one the
 * editor started from: when someone else changed it meanwhile the save is refused (409) rather
 * than silently overwriting their edit.
 */
export const AgreementInput = z.strictObject({
  version: AgreementVersion.optional(),
  goalAreaIds: z
    .array(RecordId, { error: "Choose the goals this mentorship focuses on." })
    .max(MAX_FOCUS_GOALS, { error: `Choose at most ${MAX_FOCUS_GOALS} focus goals.` })
    .refine(distinct, { error: "Each goal can be chosen once." }),
  cadence: z.enum(AGREEMENT_CADENCES, { error: "Choose monthly, twice a month or every few months." }),
  formats: z
    .array(z.enum(FORMAT_VALUES, { error: "Choose a format from the list." }), { error: "Choose the main formats." })
    .max(FORMAT_VALUES.length)
    .refine(distinct, { error: "Each format can be chosen once." }),
  plannedMonths: z
    .number({ error: `Give a planned length in months (${PLANNED_MONTHS.min} to ${PLANNED_MONTHS.max}), or none.` })
    .int({ error: "Give a whole number of months." })
    .min(PLANNED_MONTHS.min, { error: `Plan at least ${PLANNED_MONTHS.min} month.` })
    .max(PLANNED_MONTHS.max, { error: `Plan at most ${PLANNED_MONTHS.max} months; you can extend it later.` })
    .nullable(),
  expectations: z
    .string({ error: "Write your expectations, or leave them empty." })
    .trim()
    .max(EXPECTATIONS_MAX_CHARS, { error: `Keep expectations under ${EXPECTATIONS_MAX_CHARS.toLocaleString("en")} characters.` }),
});
export type AgreementInput = z.infer<typeof AgreementInput>;

/** POST /api/mentorships/:id/agreement/confirm: the version the person read and agrees to. */
export const ConfirmAgreementInput = z.strictObject({ version: AgreementVersion });
export type ConfirmAgreementInput = z.infer<typeof ConfirmAgreementInput>;

/** PUT /api/mentorships/:id/goals/:goalId */
export const GoalProgressInput = z.strictObject({
  progress: z.enum(GOAL_PROGRESS.map((g) => g.value) as [GoalProgressValue, ...GoalProgressValue[]], {
    error: "Choose not started, in progress or met.",
  }),
});
type GoalProgressValue = (typeof GOAL_PROGRESS)[number]["value"];
export type GoalProgressInput = z.infer<typeof GoalProgressInput>;

/** PUT /api/mentorships/:id/rhythm (peer ties only). */
export const RhythmInput = z.strictObject({
  cadence: z.enum(PEER_RHYTHMS, { error: "Choose monthly, every few months or no reminders." }),
});
export type RhythmInput = z.infer<typeof RhythmInput>;

/** Path parameters of /api/mentorships/:id/goals/:goalId. */
export const GoalParams = z.object({ id: RecordId, goalId: RecordId });
