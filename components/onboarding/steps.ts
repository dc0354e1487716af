import { WIZARD_STEPS, type Section, type WizardStep } from "@/lib/profiles/schemas";

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
