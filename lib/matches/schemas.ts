import { z } from "zod";

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

export const ROUND_OBJECTIVES = ["most-matched-then-fairest", "highest-total"] as const;

/** POST /api/rounds/preview. Without ids, every finished mentee and mentor profile takes part. */
export const RoundPreviewInput = z.object({
  objective: z.enum(ROUND_OBJECTIVES).default("most-matched-then-fairest"),
  programId: z.string().min(1).max(64).optional(),
  menteeIds: z.array(z.string().min(1).max(64)).max(20_000).optional(),
  mentorIds: z.array(z.string().min(1).max(64)).max(20_000).optional(),
  weights: z.unknown().optional(),
});
export type RoundPreviewInput = z.infer<typeof RoundPreviewInput>;
