import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ReviewStep } from "@/components/onboarding/review-step";
import { SectionForm } from "@/components/onboarding/section-form";
import { StepHeader } from "@/components/onboarding/step-header";
import { STEP_INFO, isWizardStep } from "@/components/onboarding/steps";
import { requireUser } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/profiles/get-own-profile";
import { timeZoneOptions } from "@/lib/profiles/time-zones";
import { getVocabulary } from "@/lib/profiles/vocabulary";

type Props = { params: Promise<{ step: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { step } = await params;
  return { title: isWizardStep(step) ? `Set up your profile: ${STEP_INFO[step].label}` : "Set up your profile" };
}

export default async function OnboardingStepPage({ params }: Props) {
  const { step } = await params;
  if (!isWizardStep(step)) notFound();
  const user = await requireUser();
  const [profile, vocabulary] = await Promise.all([getOwnProfile(user), getVocabulary()]);
  // Later steps depend on the roles chosen first.
  if (!profile.exists && step !== "roles") redirect("/onboarding/roles");
  return (
    <div className="mx-auto max-w-4xl">
      <StepHeader step={step} furthest={profile.onboardedAt ? "review" : profile.wizardStep} roles={profile.roles} />
      {step === "review" ? (
        <ReviewStep profile={profile} vocabulary={vocabulary} />
      ) : (
        <SectionForm
          section={step}
          mode="wizard"
          profile={profile}
          vocabulary={vocabulary}
          timeZones={step === "formats" ? timeZoneOptions() : []}
        />
      )}
    </div>
  );
}
