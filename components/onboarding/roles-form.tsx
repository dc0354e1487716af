"use client";

import { useState } from "react";
import { SectionFormShell } from "@/components/onboarding/section-form-shell";
import type { StepFormProps } from "@/components/onboarding/types";
import { useSectionForm } from "@/components/onboarding/use-section-form";
import { CheckboxCard } from "@/components/ui/checkbox-card";
import { Field } from "@/components/ui/field";
import { Fieldset } from "@/components/ui/fieldset";
import { RadioGroup } from "@/components/ui/radio-group";
import { MENTOR_CAPACITY } from "@/lib/profiles/options";

const ROLE_CHOICES = [
  {
    key: "seeksMentorship",
    label: "Looking for a mentor",
    description: "Someone a little further along who can help with the goals you choose next.",
  },
  {
    key: "offersMentorship",
    label: "Offering mentorship",
    description: "Share what you know with people who ask for it, and learn from them in return.",
  },
  {
    key: "openToPeer",
    label: "Open to peer mentoring",
    description: "Learn side by side with someone at a similar stage, each bringing what you know.",
  },
] as const;

type RoleKey = (typeof ROLE_CHOICES)[number]["key"];

const CAPACITY_OPTIONS = Array.from({ length: MENTOR_CAPACITY.max - MENTOR_CAPACITY.min + 1 }, (_, i) => {
  const n = MENTOR_CAPACITY.min + i;
  return { value: String(n), label: String(n) };
});

export function RolesForm({ profile, mode }: StepFormProps) {
  const saved = profile.roles;
  const [roles, setRoles] = useState<Record<RoleKey, boolean>>({
    seeksMentorship: saved.seeksMentorship,
    offersMentorship: saved.offersMentorship,
    openToPeer: saved.openToPeer,
  });
  const [capacity, setCapacity] = useState(saved.mentorCapacity);
  const [accepting, setAccepting] = useState(saved.acceptingRequests);
  // Kept as typed so a half-typed value is not lost when validation fails.
  const [hours, setHours] = useState(saved.hoursPerMonth === null ? "" : String(saved.hoursPerMonth));
  const form = useSectionForm("roles", mode);
  const errors = form.fieldErrors;

  function onSubmit() {
    const trimmed = hours.trim();
    const hoursValue = trimmed === "" ? null : Number(trimmed);
    form.submit({
      ...roles,
      mentorCapacity: capacity,
      acceptingRequests: accepting,
      // A non-number reaches the schema as NaN and gets its "whole number" message.
      hoursPerMonth: roles.offersMentorship ? hoursValue : saved.hoursPerMonth,
    });
  }

  return (
    <SectionFormShell section="roles" mode={mode} onSubmit={onSubmit} {...form}>
      <Fieldset
        id="roles"
        size="section"
        legend="I am…"
        hint="Tick all that apply. Every position type can mentor: staff, paraprofessionals, students, librarians, archivists and curators alike. What counts is what you know, not your job title."
        errors={errors.roles}
      >
        <div className="grid gap-3">
          {ROLE_CHOICES.map((choice) => (
            <CheckboxCard
              key={choice.key}
              id={`role-${choice.key}`}
              name="roles"
              value={choice.key}
              label={choice.label}
              description={choice.description}
              checked={roles[choice.key]}
              onChange={(checked) => setRoles((current) => ({ ...current, [choice.key]: checked }))}
            />
          ))}
        </div>
      </Fieldset>

      {roles.offersMentorship ? (
        <section aria-labelledby="mentor-settings-title" className="flex flex-col gap-6 rounded-2xl border border-line bg-white p-5 sm:p-6">
          <div>
            <h2 id="mentor-settings-title" className="text-lg font-semibold text-ink">
              As a mentor
            </h2>
            <p className="mt-1 max-w-prose text-sm text-muted">Set a pace that suits you, so mentoring never turns into an extra job.</p>
          </div>
          <RadioGroup
            id="mentorCapacity"
            name="mentorCapacity"
            legend="How many mentees at a time?"
            hint="Active mentorships only. We stop suggesting you to new mentees when you reach this number."
            options={CAPACITY_OPTIONS}
            value={String(capacity)}
            onChange={(value) => setCapacity(Number(value))}
            errors={errors.mentorCapacity}
            variant="segmented"
          />
          <div className="flex flex-col gap-1.5">
            <CheckboxCard
              id="acceptingRequests"
              name="acceptingRequests"
              label="Accepting new requests"
              description="Turn this off to pause: nobody can send you new requests and you are not suggested to anyone. Your current mentorships carry on, and you can turn it back on any time."
              checked={accepting}
              onChange={setAccepting}
            />
          </div>
          <Field
            label="About how many hours a month can you give? (optional)"
            name="hoursPerMonth"
            type="number"
            inputMode="numeric"
            min={1}
            max={40}
            step={1}
            value={hours}
            onChange={(event) => setHours(event.target.value)}
            hint="A monthly hour-long check-in plus a little follow-up is typical. Between 1 and 40."
            errors={errors.hoursPerMonth}
            inputClassName="max-w-40"
          />
        </section>
      ) : null}
    </SectionFormShell>
  );
}
