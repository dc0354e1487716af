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
import { AFFINITY_PREFERENCES, VISIBILITIES, labelOf, type AffinityValue, type VisibilityValue } from "@/lib/profiles/options";
import type { IdentitySection } from "@/lib/profiles/schemas";

type Answer = { describes: boolean; visibility: VisibilityValue; preference: AffinityValue; required: boolean };

const EMPTY: Answer = { describes: false, visibility: "PRIVATE", preference: "NONE", required: false };

function initialAnswers(identity: IdentitySection): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const i of identity.identities) answers[i.attributeId] = { ...EMPTY, describes: true, visibility: i.visibility };
  for (const a of identity.affinities) {
    answers[a.attributeId] = { ...(answers[a.attributeId] ?? EMPTY), preference: a.preference, required: a.required };
  }
  return answers;
}

/** The plain-words explanation of who sees what; also shown on the profile page. */
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
        <dt className="font-semibold text-ink">Private</dt>
        <dd className="text-muted">Only you can see it. It is never used, not even for matching.</dd>
        <dt className="font-semibold text-ink">Matching only</dt>
        <dd className="text-muted">Used to score suggestions. Never shown to anyone, not even in the reasons we give for a match.</dd>
        <dt className="font-semibold text-ink">Shown to matches</dt>
        <dd className="text-muted">
          Used for matching, and shown on your profile to people you are matched or connected with, never to everyone.
        </dd>
        <dt className="font-semibold text-ink">Coordinators</dt>
        <dd className="text-muted">
          Program coordinators never see anyone&apos;s identity. They see only totals for a whole group, and not even those when the
          group is small.
        </dd>
      </dl>
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
    setAnswers((current) => ({ ...current, [id]: { ...(current[id] ?? EMPTY), ...patch } }));

  function onSubmit() {
    const entries = communities.map((c) => [c.id, answerOf(c.id)] as const);
    form.submit({
      identities: entries.filter(([, a]) => a.describes).map(([attributeId, a]) => ({ attributeId, visibility: a.visibility })),
      affinities: entries
        .filter(([, a]) => a.preference !== "NONE")
        .map(([attributeId, a]) => ({ attributeId, preference: a.preference, required: a.required })),
    });
  }

  const listErrors = [...(errors.identities ?? []), ...(errors.affinities ?? [])];

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
        </div>
        {listErrors.length ? <FieldError id="identity-errors" errors={listErrors} /> : null}
        <ul className="flex flex-col gap-2">
          {communities.map((community) => {
            const answer = answerOf(community.id);
            const base = `identity-${community.id}`;
            return (
              <li key={community.id}>
                <details open={initiallyOpen.has(community.id) || undefined} className="group rounded-xl border border-line bg-white open:border-brand-600/60">
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
                          legend={`Who may use or see that you are part of ${community.label}?`}
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
                        hint="This only counts with people who chose to let matching use this part of their identity."
                        options={AFFINITY_PREFERENCES}
                        value={answer.preference}
                        onChange={(value) =>
                          update(community.id, {
                            preference: value as AffinityValue,
                            ...(value === "NONE" ? { required: false } : {}),
                          })
                        }
                      />
                      {answer.preference !== "NONE" ? (
                        <CheckboxCard
                          id={`${base}-required`}
                          name={`${base}-required`}
                          label={
                            <>
                              Only suggest people who match this<span className="sr-only"> ({community.label})</span>
                            </>
                          }
                          description="Others are left out entirely, so you may see fewer suggestions."
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
