"use server";
// Server actions behind the relationship home (/mentorships/[id]): requireUser → lib call (which
// checks the person is one of the two and the relationship is still open) → revalidate → state.
// Components import these from lib, never from app/.

import { revalidatePath } from "next/cache";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { formStateFromError, type FormState } from "@/lib/form-state";
import { confirmAgreement } from "@/lib/mentorships/confirm-agreement";
import type { MentorshipView } from "@/lib/mentorships/get-mentorship";
import type { GoalView } from "@/lib/mentorships/mentorship-view";
import { setGoalProgress } from "@/lib/mentorships/set-goal-progress";
import { setRhythm } from "@/lib/mentorships/set-rhythm";
import { updateAgreement } from "@/lib/mentorships/update-agreement";

async function run<T>(mentorshipId: string, work: (user: CurrentUser) => Promise<T>): Promise<FormState & { result?: T }> {
  const user = await requireUser();
  try {
    const result = await work(user);
    revalidatePath(`/mentorships/${mentorshipId}`);
    revalidatePath("/dashboard");
    return { ok: true, result };
  } catch (error) {
    return formStateFromError(error);
  }
}

/** Saves the kickoff agreement `{ version?, goalAreaIds, cadence, formats, plannedMonths, expectations }`. */
export async function updateAgreementAction(mentorshipId: string, input: unknown): Promise<FormState & { result?: MentorshipView }> {
  return run(mentorshipId, (user) => updateAgreement(user, mentorshipId, input));
}

/** Confirms the agreement version `{ version }` the person read. */
export async function confirmAgreementAction(mentorshipId: string, input: unknown): Promise<FormState & { result?: MentorshipView }> {
  return run(mentorshipId, (user) => confirmAgreement(user, mentorshipId, input));
}

/** Sets a focus goal's progress `{ progress }`. */
export async function setGoalProgressAction(
  mentorshipId: string,
  goalAreaId: string,
  input: unknown,
): Promise<FormState & { result?: GoalView }> {
  return run(mentorshipId, (user) => setGoalProgress(user, mentorshipId, goalAreaId, input));
}

/** Sets a peer tie's keep-in-touch rhythm `{ cadence }`. */
export async function setRhythmAction(mentorshipId: string, input: unknown): Promise<FormState & { result?: MentorshipView }> {
  return run(mentorshipId, (user) => setRhythm(user, mentorshipId, input));
}
