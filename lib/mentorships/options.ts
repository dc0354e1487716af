// Fixed choices of a mentorship (enums in prisma/schema.prisma) with the words people see.
// Client-safe: the agreement form and the rhythm picker import these too.

export const CADENCES = [
  { value: "MONTHLY", label: "Monthly" },
  { value: "TWICE_MONTHLY", label: "Twice a month" },
  { value: "EVERY_FEW_MONTHS", label: "Every few months" },
  { value: "NO_REMINDERS", label: "No reminders" },
] as const;
export type Cadence = (typeof CADENCES)[number]["value"];

/** How often a mentorship meets, as the kickoff agreement says (monthly by default). */
export const AGREEMENT_CADENCES = ["MONTHLY", "TWICE_MONTHLY", "EVERY_FEW_MONTHS"] as const satisfies readonly Cadence[];

/** A peer tie's "keep in touch" rhythm, which both choose instead of an agreement. */
export const PEER_RHYTHMS = ["MONTHLY", "EVERY_FEW_MONTHS", "NO_REMINDERS"] as const satisfies readonly Cadence[];

export const GOAL_PROGRESS = [
  { value: "NOT_STARTED", label: "Not started" },
  { value: "IN_PROGRESS", label: "In progress" },
  { value: "MET", label: "Met" },
] as const;
export type GoalProgress = (typeof GOAL_PROGRESS)[number]["value"];

/** Planned length in months: 6 by default, "for example 6 or 12", extendable by both (null: open-ended). */
export const PLANNED_MONTHS = { min: 1, max: 36, default: 6 } as const;

export const EXPECTATIONS_MAX_CHARS = 2000;
/** Focus goals one agreement may name. */
export const MAX_FOCUS_GOALS = 10;

const labelOf = <T extends { value: string; label: string }>(list: readonly T[], value: string) =>
  list.find((item) => item.value === value)?.label ?? value;
export const cadenceLabel = (value: string) => labelOf(CADENCES, value);
export const progressLabel = (value: string) => labelOf(GOAL_PROGRESS, value);
