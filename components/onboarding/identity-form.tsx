"use client";

import { useState } from "react";
import { SectionFormShell } from "@/components/onboarding/section-form-shell";
import type { StepFormProps } from "@/components/onboarding/types";
import { useSectionForm } from "@/components/onboarding/use-section-form";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { CheckboxCard } from "@/components/ui/checkbox-card";
import { FieldError } from "@/components/ui/fieldset";
import { RadioGroup } from "@/components/ui/radio-group";
import {
  COORDINATORS_COPY,
  PREFERENCE_HINT_COPY,
  PREFERENCE_TIMING_COPY,
  PROBING_RISK_COPY,
  SHARED_NEEDS_HOLDING_COPY,
  VISIBILITY_COPY,
  pendingChangeCopy,
  requiredCopy,
} from "@/lib/profiles/identity-copy";
import { AFFINITY_PREFERENCES, VISIBILITIES, labelOf, type AffinityValue, type VisibilityValue } from "@/lib/profiles/options";
import type { IdentitySection } from "@/lib/profiles/schemas";

type Answer = {
  describes: boolean;
  visibility: VisibilityValue;
  preference: AffinityValue;
  required: boolean;
  /** "Prefer shared" was just cleared because the answer no longer lets matching use it. */
  sharedCleared?: boolean;
};

const EMPTY: Answer = { describes: false, visibility: "PRIVATE", preference: "NONE", required: false };

/** "Prefer someone who shares this" needs holding it, with matching allowed to use it (the schema checks the same). */
const canPreferShared = (a: Answer) => a.describes && a.visibility !== "PRIVATE";

function initialAnswers(identity: IdentitySection): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const i of identity.identities) answers[i.attributeId] = { ...EMPTY, describes: true, visibility: i.visibility };
  for (const a of identity.affinities) {
    answers[a.attributeId] = { ...(answers[a.attributeId] ?? EMPTY), preference: a.preference, required: a.required };
  }
  return answers;
}

/** The plain-words explanation of who sees what (words from lib/profiles/identity-copy.ts). */
export function IdentityPrivacyExplainer() {
  return (
    <section aria-labelledby="identity-privacy-title" className="rounded-2xl border border-brand-100 bg-brand-50/60 p-5 sm:p-6">
      <h2 id="identity-privacy-title" className="font-semibold text-ink">
        Who sees what
      </h2>
      <p className="mt-1 max-w-prose text-sm text-muted">
        Every answer here is optional and yours to change or remove at any time. For each one you choose:
      </p>
      <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-[11rem_1fr] sm:gap-x-4">
        {(["PRIVATE", "MATCHING", "SHOWN"] as const).map((v) => (
          <div key={v} className="contents">
            <dt className="font-semibold text-ink">{VISIBILITY_COPY[v].label}</dt>
            <dd className="text-muted">{VISIBILITY_COPY[v].help}</dd>
          </div>
        ))}
        <dt className="font-semibold text-ink">Coordinators</dt>
        <dd className="text-muted">{COORDINATORS_COPY}</dd>
      </dl>
      <p className="mt-4 max-w-prose text-sm text-muted">{PROBING_RISK_COPY}</p>
    </section>
  );
}

export function IdentityForm({ profile, vocabulary, mode }: StepFormProps) {
  const [answers, setAnswers] = useState<Record<string, Answer>>(() => initialAnswers(profile.identity));
  // Communities with saved answers start open; after that each disclosure is the person's to open or close.
  const [initiallyOpen] = useState(() => new Set(Object.keys(answers)));
  const form = useSectionForm("identity", mode);
  const errors = form.fieldErrors;
  const communities = vocabulary.identityAttributes;

  const answerOf = (id: string) => answers[id] ?? EMPTY;
  const update = (id: string, patch: Partial<Answer>) =>
    setAnswers((current) => {
      const before = current[id] ?? EMPTY;
      let next: Answer = { ...before, ...patch, sharedCleared: false };
      // Unticking "This describes me" or making it private takes "prefer shared" with it:
      // the server would refuse the pair, and the note below says what happened.
      if (next.preference === "SHARED" && !canPreferShared(next))
        next = { ...next, preference: "NONE", required: false, sharedCleared: true };
      return { ...current, [id]: next };
    });
  const pendingNotice = pendingChangeCopy(profile.affinitiesPendingUntil, profile.formats.timeZone, profile.timeZoneLabel);

  function onSubmit() {
    const entries = communities.map((c) => [c.id, answerOf(c.id)] as const);
    form.submit({
      identities: entries.filter(([, a]) => a.describes).map(([attributeId, a]) => ({ attributeId, visibility: a.visibility })),
      affinities: entries
        .filter(([, a]) => a.preference !== "NONE")
        .map(([attributeId, a]) => ({ attributeId, preference: a.preference, required: a.required })),
    });
  }

  // Errors for the lists as a whole or for one entry ("affinities.2.preference" from the server).
  const listErrors = [
    ...new Set(
      Object.entries(errors)
        .filter(([key]) => /^(identities|affinities)(\.|$)/.test(key))
        .flatMap(([, messages]) => messages),
    ),
  ];

  return (
    <SectionFormShell
      section="identity"
      mode={mode}
      onSubmit={onSubmit}
      {...form}
      secondaryActions={
        mode === "wizard" ? (
          <ButtonLink href="/onboarding/review" variant="ghost">
            Skip this step
          </ButtonLink>
        ) : null
      }
    >
      <IdentityPrivacyExplainer />

      <section aria-labelledby="communities-title" className="flex flex-col gap-3">
        <div>
          <h2 id="communities-title" className="text-lg font-semibold text-ink">
            Communities
          </h2>
          <p className="mt-1 max-w-prose text-sm text-muted">
            Open any that matter to you. Nothing is shared unless you say so: every answer starts as private.
          </p>
          <p className="mt-2 max-w-prose text-sm text-muted">{PREFERENCE_TIMING_COPY}</p>
          {pendingNotice ? (
            <p className="mt-2 max-w-prose rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-ink" role="status">
              {pendingNotice}
            </p>
          ) : null}
        </div>
        {listErrors.length ? <FieldError id="identity-errors" errors={listErrors} /> : null}
        <ul className="flex flex-col gap-2">
          {communities.map((community) => {
            const answer = answerOf(community.id);
            const base = `identity-${community.id}`;
            const shareable = canPreferShared(answer);
            const preferenceOptions = AFFINITY_PREFERENCES.map((option) =>
              option.value === "SHARED" && !shareable ? { ...option, disabled: true, help: SHARED_NEEDS_HOLDING_COPY } : option,
            );
            return (
              <li key={community.id}>
                <details
                  open={initiallyOpen.has(community.id) || undefined}
                  className="group rounded-xl border border-line bg-white open:border-brand-600/60"
                >
                  <summary className="flex cursor-pointer list-none items-start gap-3 rounded-xl px-4 py-3 hover:bg-brand-50 [&::-webkit-details-marker]:hidden">
                    <span aria-hidden="true" className="text-brand-700 transition-transform group-open:rotate-90">
                      ▸
                    </span>
                    <span className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1.5">
                      <span className="font-semibold text-ink">{community.label}</span>
                      <span className="flex flex-wrap gap-1.5">
                        {answer.describes ? <Badge tone="brand">Describes you · {labelOf(VISIBILITIES, answer.visibility)}</Badge> : null}
                        {answer.preference !== "NONE" ? (
                          <Badge tone="neutral">
                            {answer.preference === "SHARED" ? "Prefers shared" : "Prefers different"}
                            {answer.required ? " · required" : ""}
                          </Badge>
                        ) : null}
                      </span>
                    </span>
                  </summary>
                  <div className="flex flex-col gap-5 border-t border-line px-4 pb-5 pt-4">
                    {community.description ? <p className="max-w-prose text-sm text-muted">{community.description}</p> : null}
                    <div className="flex flex-col gap-3">
                      <CheckboxCard
                        id={`${base}-describes`}
                        name={`${base}-describes`}
                        label={
                          <>
                            This describes me<span className="sr-only">: {community.label}</span>
                          </>
                        }
                        checked={answer.describes}
                        onChange={(describes) => update(community.id, { describes })}
                      />
                      {answer.describes ? (
                        <RadioGroup
                          id={`${base}-visibility`}
                          name={`${base}-visibility`}
                          legend={
                            <>
                              Who may use or see this answer?<span className="sr-only"> ({community.label})</span>
                            </>
                          }
                          options={VISIBILITIES}
                          value={answer.visibility}
                          onChange={(value) => update(community.id, { visibility: value as VisibilityValue })}
                          className="pl-1 sm:pl-8"
                        />
                      ) : null}
                    </div>
                    <div className="flex flex-col gap-3">
                      <RadioGroup
                        id={`${base}-preference`}
                        name={`${base}-preference`}
                        legend={
                          <>
                            When we suggest people to you<span className="sr-only"> ({community.label})</span>
                          </>
                        }
                        hint={PREFERENCE_HINT_COPY}
                        options={preferenceOptions}
                        value={answer.preference}
                        onChange={(value) =>
                          update(community.id, {
                            preference: value as AffinityValue,
                            ...(value === "NONE" ? { required: false } : {}),
                          })
                        }
                      />
                      {answer.sharedCleared ? (
                        <p className="text-sm text-ink sm:ml-8" role="status">
                          &ldquo;Prefer someone who shares this&rdquo; was cleared: it needs this to describe you, with matching allowed to
                          use it.
                        </p>
                      ) : null}
                      {answer.preference !== "NONE" ? (
                        <CheckboxCard
                          id={`${base}-required`}
                          name={`${base}-required`}
                          label={
                            <>
                              Only suggest people who match this<span className="sr-only"> ({community.label})</span>
                            </>
                          }
                          description={requiredCopy(answer.preference)}
                          checked={answer.required}
                          onChange={(required) => update(community.id, { required })}
                          className="sm:ml-8"
                        />
                      ) : null}
                    </div>
                  </div>
                </details>
              </li>
            );
          })}
        </ul>
      </section>
    </SectionFormShell>
  );
}
