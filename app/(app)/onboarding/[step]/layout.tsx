import { notFound } from "next/navigation";
import { isWizardStep } from "@/components/onboarding/steps";

// The step is checked here, above this folder's loading.tsx: a notFound() thrown inside a loading
// boundary arrives after the 200 status has been sent, so an unknown step would not be a real 404.
export default async function WizardStepLayout({ children, params }: { children: React.ReactNode; params: Promise<{ step: string }> }) {
  const { step } = await params;
  if (!isWizardStep(step)) notFound();
  return children;
}
