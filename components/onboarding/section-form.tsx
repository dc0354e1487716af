"use client";

import { BackgroundForm } from "@/components/onboarding/background-form";
import { FormatsForm } from "@/components/onboarding/formats-form";
import { GoalsForm } from "@/components/onboarding/goals-form";
import { IdentityForm } from "@/components/onboarding/identity-form";
import { RolesForm } from "@/components/onboarding/roles-form";
import type { StepFormProps } from "@/components/onboarding/types";
import type { Section } from "@/lib/profiles/schemas";

const FORMS = {
  roles: RolesForm,
  goals: GoalsForm,
  formats: FormatsForm,
  background: BackgroundForm,
  identity: IdentityForm,
} satisfies Record<Section, (props: StepFormProps) => React.ReactNode>;

/** One form per profile section, used by the onboarding wizard and by the profile page's Edit. */
export function SectionForm({ section, ...props }: StepFormProps & { section: Section }) {
  const Form = FORMS[section];
  return <Form {...props} />;
}
