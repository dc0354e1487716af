"use client";

import { useState, useSyncExternalStore } from "react";
import { LocalTime } from "@/components/onboarding/local-time";
import { SectionFormShell } from "@/components/onboarding/section-form-shell";
import { TimeZonePicker } from "@/components/onboarding/time-zone-picker";
import type { StepFormProps } from "@/components/onboarding/types";
import { useSectionForm } from "@/components/onboarding/use-section-form";
import { Alert } from "@/components/ui/alert";
import { CheckboxCard } from "@/components/ui/checkbox-card";
import { Fieldset } from "@/components/ui/fieldset";
import { RadioGroup } from "@/components/ui/radio-group";
import {
  AVAILABILITY_WINDOWS,
  FORMAT_LEVELS,
  FORMATS,
  type AvailabilityWindow,
  type FormatKey,
  type FormatLevelValue,
} from "@/lib/profiles/options";
import { WIZARD_STEPS, isEmailOnly, type FormatsSection } from "@/lib/profiles/schemas";
import { optionForZone } from "@/lib/profiles/time-zone-search";

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

const DAYS: Record<AvailabilityWindow, string> = {
  WEEKDAY_DAYTIME: "Monday to Friday",
  WEEKDAY_EVENING: "Monday to Friday",
  WEEKEND: "Saturday and Sunday",
};

export function FormatsForm({ profile, vocabulary, mode, timeZones }: StepFormProps) {
  const saved = profile.formats;
  const roles = profile.roles;
  const [formats, setFormats] = useState<FormatsSection["formats"]>(saved.formats);
  const [languages, setLanguages] = useState<string[]>(saved.languages);
  // A first-time answer starts empty: weekday daytime is only what older profiles were given,
  // and the point is to ask. Once checked (or when editing), what is saved is shown.
  const unchecked = profile.availabilityCheckedAt === null;
  const [availability, setAvailability] = useState<AvailabilityWindow[]>(unchecked && mode === "wizard" ? [] : saved.availability);
  // null until the person picks a zone themselves.
  const [chosenZone, setChosenZone] = useState<string | null>(null);
  // The browser may report an old alias ("Asia/Calcutta"): use the option that lists it.
  const detected =
    optionForZone(
      timeZones,
      useSyncExternalStore(noop, browserZone, () => null),
    )?.id ?? null;
  // Propose the browser's zone only until this step was first saved, while the zone is still
  // the default; after that, the person's own choice stands (the browser's zone is still listed first).
  const formatsSaved =
    profile.onboardedAt !== null ||
    (profile.wizardStep !== null && WIZARD_STEPS.indexOf(profile.wizardStep) > WIZARD_STEPS.indexOf("formats"));
  const proposed = !formatsSaved && saved.timeZone === "UTC" && detected ? detected : null;
  const timeZone = chosenZone ?? proposed ?? saved.timeZone;
  const form = useSectionForm("formats", mode);
  const errors = form.fieldErrors;
  const mentorOnly = roles.offersMentorship && !roles.seeksMentorship && !roles.openToPeer;

  function onSubmit() {
    form.submit({
      formats,
      timeZone,
      // Keep the vocabulary's order so the review reads the same way every time.
      languages: vocabulary.languages.map((l) => l.value).filter((code) => languages.includes(code)),
      availability: AVAILABILITY_WINDOWS.map((w) => w.value).filter((value) => availability.includes(value)),
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

      <TimeZonePicker
        options={timeZones}
        value={timeZone}
        onChange={setChosenZone}
        suggested={detected}
        errors={errors.timeZone}
        hint={
          proposed && chosenZone === null ? (
            <>We suggested this from your browser. Please check it is right: check-ins are shown in your local time.</>
          ) : (
            <>Check-ins and the times you are free are in your local time.</>
          )
        }
        aside={<LocalTime timeZone={timeZone} prefix="Time there now:" />}
      />

      <Fieldset
        id="availability"
        size="section"
        legend="When are you usually free?"
        hint="Roughly, in your own time zone. Tick all that apply: when you both like to meet by video, phone or in person, we look for people free at the same times."
        errors={errors.availability}
      >
        {unchecked && mode === "edit" ? (
          <Alert tone="info">
            We assumed weekday daytime for everyone before we asked. Please check these times and save them, so suggestions can use when you
            are really free.
          </Alert>
        ) : null}
        <div className="grid gap-2 sm:grid-cols-3">
          {AVAILABILITY_WINDOWS.map((window) => (
            <CheckboxCard
              key={window.value}
              id={`availability-${window.value}`}
              name="availability"
              value={window.value}
              label={window.label}
              description={`${DAYS[window.value]}, ${window.hours} your time`}
              checked={availability.includes(window.value)}
              onChange={(checked) =>
                setAvailability((current) => (checked ? [...current, window.value] : current.filter((value) => value !== window.value)))
              }
            />
          ))}
        </div>
      </Fieldset>

      <Fieldset
        id="languages"
        size="section"
        legend={mentorOnly ? "Languages you can mentor in" : "Languages you can meet in"}
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
