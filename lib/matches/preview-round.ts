import "server-only";
import { authorize, policy, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  ProgramWeightsInput,
  computeAffinityDemand,
  createPairContext,
  resolveWeights,
  runRound,
  type RoundAssignment,
  type RoundMetrics,
  type RoundObjective,
} from "@/lib/matching";
import { loadPairContext, loadRoundSide } from "@/lib/matches/load-profiles";
import { RoundPreviewInput } from "@/lib/matches/schemas";
import { parseWith } from "@/lib/validation";

export type RoundPreview = {
  objective: RoundObjective;
  assignments: (RoundAssignment & { menteeName: string; mentorName: string })[];
  metrics: RoundMetrics;
};

/**
 * A coordinator's matching round, previewed: the exact assignment for the chosen objective
 * and its metrics. It proposes only; nobody is paired without both saying yes. Mentors bring
 * only their free slots (capacity minus active and paused mentorships), so a full mentor is
 * assigned nobody; pairs with an open request or a tie already are never proposed again.
 */
export async function previewRound(actor: Actor, raw: unknown): Promise<RoundPreview> {
  authorize(policy.canPreviewRound(actor), "FORBIDDEN");
  const input = parseWith(RoundPreviewInput, raw);
  let menteeIds = input.menteeIds;
  let mentorIds = input.mentorIds;
  let weightsOverride: unknown = input.weights ?? undefined;
  if (input.programId) {
    const program = await db.program.findUnique({ where: { id: input.programId }, include: { members: true } });
    if (!program) throw new AppError("NOT_FOUND");
    menteeIds ??= program.members.filter((m) => m.role === "MENTEE").map((m) => m.userId);
    mentorIds ??= program.members.filter((m) => m.role === "MENTOR").map((m) => m.userId);
    weightsOverride ??= program.weights ?? undefined;
  }
  const weights = resolveWeights(weightsOverride == null ? undefined : parseWith(ProgramWeightsInput, weightsOverride));
  const [mentees, mentors] = await Promise.all([loadRoundSide("mentee", menteeIds), loadRoundSide("mentor", mentorIds)]);
  const pairs = await loadPairContext([...mentees, ...mentors].map((p) => p.match.id));
  const result = runRound(
    mentees.map((m) => m.match),
    mentors.map((m) => m.match),
    {
      objective: input.objective,
      weights,
      context: createPairContext(pairs),
      affinityDemand: computeAffinityDemand(
        mentees.map((m) => m.match),
        mentors.map((m) => m.match),
      ),
    },
  );
  const names = new Map([...mentees, ...mentors].map((p) => [p.person.id, p.person.displayName]));
  return {
    objective: result.objective,
    assignments: result.assignments.map((a) => ({ ...a, menteeName: names.get(a.menteeId)!, mentorName: names.get(a.mentorId)! })),
    metrics: result.metrics,
  };
}
