import { z } from "zod";
import { ProgramWeightsInput } from "@/lib/matching/weights";
import { RecordId } from "@/lib/validation";

export const MATCH_ROLES = ["mentee", "mentor", "peer"] as const;
export const MATCH_FORMATS = ["video", "phone", "inPerson", "email", "asyncChat"] as const;

/** GET /api/matches and the /matches page filters. */
export const MatchesQuery = z.object({
  role: z.enum(MATCH_ROLES, { error: "Choose mentee, mentor or peer." }).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  goal: z.string().trim().min(1).max(64).optional(),
  format: z.enum(MATCH_FORMATS, { error: "Choose a format from the list." }).optional(),
});
export type MatchesQuery = z.infer<typeof MatchesQuery>;

/** GET /api/matches: the same filters, but a misspelt one is a 400 rather than silently ignored. */
export const MatchesApiQuery = MatchesQuery.strict();

export const ROUND_OBJECTIVES = ["most-matched-then-fairest", "highest-total"] as const;

/**
 * POST /api/rounds/preview. Without ids, every finished mentee and mentor profile takes part.
 * Strict: a misspelt `menteeIDs` must be a 400, not a round over everyone.
 */
export const RoundPreviewInput = z.strictObject({
  objective: z.enum(ROUND_OBJECTIVES, { error: "Choose most-matched-then-fairest or highest-total." }).default("most-matched-then-fairest"),
  programId: RecordId.optional(),
  menteeIds: z.array(RecordId).max(20_000).optional(),
  mentorIds: z.array(RecordId).max(20_000).optional(),
  weights: ProgramWeightsInput.nullish(),
});
export type RoundPreviewInput = z.infer<typeof RoundPreviewInput>;
