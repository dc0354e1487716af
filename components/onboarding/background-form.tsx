"use client";

import { useState } from "react";
import { SectionFormShell } from "@/components/onboarding/section-form-shell";
import type { StepFormProps } from "@/components/onboarding/types";
import { useSectionForm } from "@/components/onboarding/use-section-form";
import { CheckboxCard } from "@/components/ui/checkbox-card";
import { Field } from "@/components/ui/field";
import { Fieldset } from "@/components/ui/fieldset";
import { RadioGroup } from "@/components/ui/radio-group";
import { Textarea } from "@/components/ui/textarea";

const BIO_MAX = 600;

const STAGE_HELP: Record<string, string> = {
  LIS_STUDENT: "In an LIS, archives or museum studies program.",
  EARLY_CAREER: "Roughly the first five years in the field.",
  MID_CAREER: "Established, and perhaps wondering what comes next.",
  SENIOR: "Leading people, programs or an institution.",
  RETIRED: "Retired, and still glad to share what you know.",
};

export function BackgroundForm({ profile, vocabulary, mode }: StepFormProps) {
  const saved = profile.background;
  const [displayName, setDisplayName] = useState(saved.displayName);
  const [pronouns, setPronouns] = useState(saved.pronouns ?? "");
  const [bio, setBio] = useState(saved.bio);
  const [careerStage, setCareerStage] = useState<string | null>(saved.careerStage);
  const [sectors, setSectors] = useState<string[]>(saved.sectors);
  const [positionType, setPositionType] = useState<string | null>(saved.positionType);
  const [institution, setInstitution] = useState(saved.institution ?? "");
  const [preferOutside, setPreferOutside] = useState(saved.preferOutsideInstitution);
  const form = useSectionForm("background", mode);
  const errors = form.fieldErrors;
  const seeking = profile.roles.seeksMentorship;

  function onSubmit() {
    form.submit({
      displayName,
      pronouns,
      bio,
      careerStage: careerStage ?? undefined,
      sectors: vocabulary.sectors.map((s) => s.value).filter((value) => sectors.includes(value)),
      positionType: positionType ?? undefined,
      institution,
      preferOutsideInstitution: preferOutside,
    });
  }

  return (
    <SectionFormShell section="background" mode={mode} onSubmit={onSubmit} {...form}>
      <div className="grid gap-5 sm:grid-cols-[2fr_1fr]">
        <Field
          label="Name to show"
          name="displayName"
          autoComplete="name"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          maxLength={80}
          errors={errors.displayName}
          required
        />
        <Field
          label="Pronouns (optional)"
          name="pronouns"
          value={pronouns}
          onChange={(event) => setPronouns(event.target.value)}
          placeholder="e.g. she/her, they/them"
          maxLength={40}
          errors={errors.pronouns}
        />
      </div>

      <Textarea
        label="A short introduction (optional)"
        name="bio"
        value={bio}
        onChange={(event) => setBio(event.target.value)}
        maxLength={BIO_MAX}
        rows={5}
        hint="A few sentences about your work and what you hope mentoring brings. People read this before they send a request."
        errors={errors.bio}
      />

      <RadioGroup
        id="careerStage"
        name="careerStage"
        legend="Career stage"
        hint="A matching input, not a ladder: mentors can be at any stage, and peers are matched at a similar one."
        options={vocabulary.careerStages.map((stage) => ({ ...stage, help: STAGE_HELP[stage.value] }))}
        value={careerStage}
        onChange={setCareerStage}
        errors={errors.careerStage}
        optionsClassName="sm:grid-cols-2"
      />

      <Fieldset id="sectors" legend="Sectors" hint="Where you work or have worked. Choose 1 to 4." errors={errors.sectors}>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {vocabulary.sectors.map((sector) => (
            <CheckboxCard
              key={sector.value}
              id={`sector-${sector.value}`}
              name="sectors"
              value={sector.value}
              label={sector.label}
              checked={sectors.includes(sector.value)}
              onChange={(checked) =>
                setSectors((current) => (checked ? [...current, sector.value] : current.filter((value) => value !== sector.value)))
              }
              compact
            />
          ))}
        </div>
      </Fieldset>

      <RadioGroup
        id="positionType"
        name="positionType"
        legend="Position type"
        hint="Every position type can mentor and be mentored. There is no “real librarian” test here."
        options={vocabulary.positionTypes}
        value={positionType}
        onChange={setPositionType}
        errors={errors.positionType}
        optionsClassName="sm:grid-cols-2"
      />

      <div className="flex flex-col gap-3">
        <Field
          label="Institution (optional)"
          name="institution"
          autoComplete="organization"
          value={institution}
          onChange={(event) => setInstitution(event.target.value)}
          maxLength={120}
          hint="Shown on your profile. We use it to find mentors outside your own workplace if you like."
          errors={errors.institution}
        />
        {seeking ? (
          <CheckboxCard
            id="preferOutsideInstitution"
            name="preferOutsideInstitution"
            label="Prefer a mentor outside my institution"
            description="Someone from elsewhere can ask the questions people inside can't. We never suggest your own colleagues while this is on."
            checked={preferOutside}
            onChange={setPreferOutside}
          />
        ) : null}
      </div>
    </SectionFormShell>
  );
}
