"use server";
// Server actions behind the match cards: requireUser → lib call (which checks the candidate)
// → revalidate → form state. Components import these from lib, never from app/.

import { revalidatePath } from "next/cache";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { formStateFromError, type FormState } from "@/lib/form-state";
import { dismissMatch, saveMatch, undoDismissMatch, unsaveMatch } from "@/lib/matches/mark-match";

async function run(work: (user: CurrentUser) => Promise<unknown>): Promise<FormState> {
  const user = await requireUser();
  try {
    await work(user);
    revalidatePath("/matches");
    return { ok: true };
  } catch (error) {
    return formStateFromError(error);
  }
}

export async function dismissAction(candidateId: string) {
  return run((user) => dismissMatch(user, candidateId));
}
export async function undoDismissAction(candidateId: string) {
  return run((user) => undoDismissMatch(user, candidateId));
}
export async function saveAction(candidateId: string) {
  return run((user) => saveMatch(user, candidateId));
}
export async function unsaveAction(candidateId: string) {
  return run((user) => unsaveMatch(user, candidateId));
}
