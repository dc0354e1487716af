// PUT /api/mentorships/:id/goals/:goalId – set a focus goal's progress { progress }
import { NextResponse } from "next/server";
import { apiHandler, parseParams, readJsonBody } from "@/lib/api/http";
import { requireApiUser } from "@/lib/auth/session";
import { GoalParams } from "@/lib/mentorships/schemas";
import { setGoalProgress } from "@/lib/mentorships/set-goal-progress";

export const PUT = apiHandler<{ id: string; goalId: string }>(async (request, { params }) => {
  const user = await requireApiUser();
  const { id, goalId } = parseParams(await params, GoalParams);
  return NextResponse.json({ goal: await setGoalProgress(user, id, goalId, await readJsonBody(request)) });
});
