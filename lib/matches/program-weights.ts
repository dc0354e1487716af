import "server-only";
import { authorize, policy, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DEFAULT_WEIGHTS, ProgramWeightsInput, resolveWeights, type Weights } from "@/lib/matching";
import { parseWith } from "@/lib/validation";

/** A program's matching weights: its stored override, or the defaults, always summing to 1. */
export async function getProgramWeights(actor: Actor, programId: string): Promise<Weights> {
  authorize(policy.canManagePrograms(actor));
  const program = await db.program.findUnique({ where: { id: programId }, select: { weights: true } });
  if (!program) throw new AppError("NOT_FOUND");
  return resolveWeights(program.weights ?? undefined);
}

/**
 * Stores a program's weights: any subset of components, validated, merged over the defaults
 * and normalised to sum to 1 before it is saved.
 */
export async function setProgramWeights(actor: Actor, programId: string, raw: unknown): Promise<Weights> {
  authorize(policy.canManagePrograms(actor));
  const override = parseWith(ProgramWeightsInput, raw);
  const weights = resolveWeights(override);
  const updated = await db.program.updateMany({ where: { id: programId }, data: { weights: { ...weights } } });
  if (updated.count === 0) throw new AppError("NOT_FOUND");
  return weights;
}

export { DEFAULT_WEIGHTS };
