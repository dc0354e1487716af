import { STEP_INFO, stepInfoFor } from "@/components/onboarding/steps";
import { ProgressSteps } from "@/components/ui/progress-steps";
import { WIZARD_STEPS, type RolesSection, type WizardStep } from "@/lib/profiles/schemas";

/**
 * The wizard's progress and the step's title. Steps up to the furthest one saved are links,
 * so people can jump back without losing anything.
 */
export function StepHeader({ step, furthest, roles }: { step: WizardStep; furthest: WizardStep | null; roles: RolesSection }) {
  const current = WIZARD_STEPS.indexOf(step);
  // `furthest` is the step after the last one saved: everything before it is done.
  const furthestIndex = furthest ? WIZARD_STEPS.indexOf(furthest) : 0;
  const reached = Math.max(current, furthestIndex);
  const info = stepInfoFor(step, roles);
  return (
    <>
      <ProgressSteps
        label="Setting up your profile"
        current={current}
        steps={WIZARD_STEPS.map((key, index) => ({
          key,
          label: STEP_INFO[key].label,
          href: index <= reached ? `/onboarding/${key}` : undefined,
          done: index < furthestIndex,
        }))}
      />
      <header className="mb-8">
        <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">{info.title}</h1>
        <p className="mt-2 max-w-prose text-muted">{info.description}</p>
      </header>
    </>
  );
}
