"use client";

import { useState, useSyncExternalStore } from "react";
import { LocalTime } from "@/components/onboarding/local-time";
import { SectionFormShell } from "@/components/onboarding/section-form-shell";
import type { StepFormProps } from "@/components/onboarding/types";
import { useSectionForm } from "@/components/onboarding/use-section-form";
import { Alert } from "@/components/ui/alert";
import { CheckboxCard } from "@/components/ui/checkbox-card";
import { Fieldset } from "@/components/ui/fieldset";
import { RadioGroup } from "@/components/ui/radio-group";
import { Select } from "@/components/ui/select";
import { FORMAT_LEVELS, FORMATS, type FormatKey, type FormatLevelValue } from "@/lib/profiles/options";
import { WIZARD_STEPS, isEmailOnly, type FormatsSection } from "@/lib/profiles/schemas";

const noop = () => () => {};
const browserZone = () => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
};

const FORMAT_HELP: Record<FormatKey, string> = {
  video: "Zoom, Teams, Meet or similar.",
  phone: "A regular call.",
  inPerson: "Coffee, a conference, a visit to each other's workplace.",
  email: "Longer messages, answered when you can.",
  asyncChat: "Short messages back and forth, no need to be online together.",
};

export function FormatsForm({ profile, vocabulary, mode, timeZones }: StepFormProps) {
  const saved = profile.formats;
  const [formats, setFormats] = useState<FormatsSection["formats"]>(saved.formats);
  const [languages, setLanguages] = useState<string[]>(saved.languages);
  // null until the person picks a zone themselves.
  const [chosenZone, setChosenZone] = useState<string | null>(null);
  const detected = useSyncExternalStore(noop, browserZone, () => null);
  // Propose the browser's zone only until this step was first saved, while the zone is still
  // the default; after that, the person's own choice stands.
  const formatsSaved =
    profile.onboardedAt !== null ||
    (profile.wizardStep !== null && WIZARD_STEPS.indexOf(profile.wizardStep) > WIZARD_STEPS.indexOf("formats"));
  const proposed = !formatsSaved && saved.timeZone === "UTC" && detected ? detected : null;
  const timeZone = chosenZone ?? proposed ?? saved.timeZone;
  const zoneOptions = timeZones.includes(timeZone) ? timeZones : [timeZone, ...timeZones];
  const form = useSectionForm("formats", mode);
  const errors = form.fieldErrors;

  function onSubmit() {
    form.submit({
      formats,
      timeZone,
      // Keep the vocabulary's order so the review reads the same way every time.
      languages: vocabulary.languages.map((l) => l.value).filter((code) => languages.includes(code)),
    });
  }

  const emailOnly = isEmailOnly(formats);
  const formatErrors =
    errors.formats ??
    (Object.keys(errors).some((k) => k.startsWith("formats.")) ? ["Choose preferred, fine or no for each way of meeting."] : undefined);

  return (
    <SectionFormShell section="formats" mode={mode} onSubmit={onSubmit} {...form}>
      <Fieldset
        id="formats"
        size="section"
        legend="Ways of meeting"
        hint="Mark each one. People are only matched when they share at least one way of meeting that is preferred or fine for both."
        errors={formatErrors}
      >
        <ul className="divide-y divide-line rounded-2xl border border-line bg-white">
          {FORMATS.map((format) => (
            <li key={format.value} className="px-4 py-3 sm:px-5">
              <RadioGroup
                id={`format-${format.value}`}
                name={`format-${format.value}`}
                legend={format.label}
                hint={FORMAT_HELP[format.value]}
                options={FORMAT_LEVELS}
                value={formats[format.value]}
                onChange={(value) => setFormats((current) => ({ ...current, [format.value]: value as FormatLevelValue }))}
                errors={errors[`formats.${format.value}`]}
                variant="segmented"
              />
            </li>
          ))}
        </ul>
        {emailOnly ? (
          <Alert tone="info">
            Email only is fine. One thing worth knowing: pairs who also talk by phone or video now and then tend to keep going longer. If
            you can, consider marking one of those as fine.
          </Alert>
        ) : null}
      </Fieldset>

      <Select
        label="Your time zone"
        name="timeZone"
        value={timeZone}
        onChange={(event) => setChosenZone(event.target.value)}
        errors={errors.timeZone}
        hint={
          proposed && chosenZone === null ? (
            <>We suggested this from your browser. Please check it is right: check-ins are shown in your local time.</>
          ) : (
            <>Check-ins and shared working hours are shown in your local time.</>
          )
        }
        aside={<LocalTime timeZone={timeZone} prefix="Time there now:" />}
      >
        {zoneOptions.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </Select>

      <Fieldset
        id="languages"
        size="section"
        legend="Languages you can mentor in"
        hint="Choose at least one, up to 6."
        errors={errors.languages}
      >
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {vocabulary.languages.map((language) => (
            <CheckboxCard
              key={language.value}
              id={`language-${language.value}`}
              name="languages"
              value={language.value}
              label={language.label}
              checked={languages.includes(language.value)}
              onChange={(checked) =>
                setLanguages((current) => (checked ? [...current, language.value] : current.filter((code) => code !== language.value)))
              }
              compact
            />
          ))}
        </div>
      </Fieldset>
    </SectionFormShell>
  );
}
