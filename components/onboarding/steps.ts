import { WIZARD_STEPS, type RolesSection, type Section, type WizardStep } from "@/lib/profiles/schemas";

// Titles and plain-language introductions of the wizard's steps, shared by the wizard,
// the review step and the profile page.

export const STEP_INFO: Record<WizardStep, { label: string; title: string; description: string }> = {
  roles: {
    label: "Roles",
    title: "How would you like to take part?",
    description: "Choose any combination. You can change it later, and you can have several mentorships at once.",
  },
  goals: {
    label: "Goals",
    title: "What would you like to work on?",
    description: "Goals are the heart of matching: suggestions are ranked by how well they cover them.",
  },
  formats: {
    label: "Meeting",
    title: "How and when you like to meet",
    description: "Nobody is matched without a way of meeting that suits you both.",
  },
  background: {
    label: "Background",
    title: "About you",
    description: "What people see when they look at your profile.",
  },
  identity: {
    label: "Identity",
    title: "Identity and affinity (optional)",
    description:
      "Some people want a mentor who shares their experience; others want a different view. Both are welcome, and so is skipping this.",
  },
  review: {
    label: "Review",
    title: "Review and finish",
    description: "Check your answers. Once you finish, you will see your first suggestions.",
  },
};

type StepInfo = (typeof STEP_INFO)[WizardStep];
type Roles = Pick<RolesSection, "seeksMentorship" | "offersMentorship" | "openToPeer">;

/** A step's title and introduction in words that fit the person's roles (goals differ most). */
export function stepInfoFor(step: WizardStep, roles: Roles): StepInfo {
  const info = STEP_INFO[step];
  if (step !== "goals" || roles.seeksMentorship) return info;
  if (roles.offersMentorship) {
    return {
      ...info,
      title: "What can you offer, and what would you like to learn?",
      description:
        "Mentees' goals lead matching: we suggest you to mentees whose goals fit what you offer, and favour those who can teach you something in return.",
    };
  }
  if (roles.openToPeer) {
    return {
      ...info,
      title: "What would you like to explore and share?",
      description: "Peers are matched on the topics they want to explore and on what each of them could share.",
    };
  }
  return info;
}

export const SECTION_LABELS: Record<Section, string> = {
  roles: "Roles",
  goals: "Goals",
  formats: "Meeting and languages",
  background: "Background",
  identity: "Identity and affinity",
};

export type FormMode = "wizard" | "edit";

export const stepIndex = (step: WizardStep) => WIZARD_STEPS.indexOf(step);
export const nextStepOf = (step: WizardStep): WizardStep | null => WIZARD_STEPS[stepIndex(step) + 1] ?? null;
export const previousStepOf = (step: WizardStep): WizardStep | null => WIZARD_STEPS[stepIndex(step) - 1] ?? null;
export const isWizardStep = (value: string): value is WizardStep => (WIZARD_STEPS as readonly string[]).includes(value);
