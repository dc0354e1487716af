import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCanUpdate, loadMentorshipFor, type GoalView } from "@/lib/mentorships/mentorship-view";
import { progressLabel } from "@/lib/mentorships/options";
import { GoalProgressInput } from "@/lib/mentorships/schemas";
import { RecordId, parseWith } from "@/lib/validation";

/**
 * Sets one focus goal's progress (not started / in progress / met). Either person may, while
 * the relationship is active or paused. A goal the relationship does not cover is NOT_FOUND.
 */
export async function setGoalProgress(actor: Actor, id: unknown, goalAreaId: unknown, raw: unknown): Promise<GoalView> {
  const { progress } = parseWith(GoalProgressInput, raw);
  const goalId = parseWith(RecordId, goalAreaId);
  const m = await loadMentorshipFor(actor, id);
  const goal = m.goals.find((g) => g.goalAreaId === goalId);
  if (!goal) throw new AppError("NOT_FOUND");
  assertCanUpdate(actor, m);
  // updateMany: an agreement edit may have dropped the goal a moment ago (then NOT_FOUND, not a 500).
  const { count } = await db.mentorshipGoal.updateMany({ where: { mentorshipId: m.id, goalAreaId: goalId }, data: { progress } });
  if (count !== 1) throw new AppError("NOT_FOUND");
  return { goalAreaId: goalId, label: goal.goalArea.label, progress, progressLabel: progressLabel(progress) };
}
