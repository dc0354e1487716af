"use server";
// Server actions for the onboarding wizard and the profile page: requireUser → lib call (which
// parses with the section's schema) → revalidate → form state.

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { formStateFromError, type FormState } from "@/lib/form-state";
import type { OwnProfile } from "@/lib/profiles/profile-view";
import { finishOnboarding, saveProfileSection } from "@/lib/profiles/save-profile";
import type { Section } from "@/lib/profiles/schemas";

export type SaveSectionState = FormState & { profile?: OwnProfile };

/** Saves one section from the onboarding wizard or the profile page. */
export async function saveSectionAction(section: Section, data: unknown): Promise<SaveSectionState> {
  const user = await requireUser();
  try {
    const profile = await saveProfileSection(user, section, data);
    revalidatePath("/profile");
    return { ok: true, profile };
  } catch (error) {
    return formStateFromError(error);
  }
}

export async function finishOnboardingAction(): Promise<SaveSectionState> {
  const user = await requireUser();
  try {
    const profile = await finishOnboarding(user);
    revalidatePath("/", "layout");
    return { ok: true, profile };
  } catch (error) {
    return formStateFromError(error);
  }
}
