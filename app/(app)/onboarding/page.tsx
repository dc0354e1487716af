import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/profiles/get-own-profile";

// /onboarding resumes a half-finished wizard where it stopped; finished profiles live at /profile.
export default async function OnboardingPage() {
  const user = await requireUser();
  const profile = await getOwnProfile(user);
  if (profile.onboardedAt) redirect("/profile");
  redirect(`/onboarding/${profile.wizardStep ?? "roles"}`);
}
