"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { z } from "zod";
import { formatLabel, plannedLength } from "@/components/mentorships/labels";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CheckboxCard } from "@/components/ui/checkbox-card";
import { Fieldset } from "@/components/ui/fieldset";
import { RadioGroup } from "@/components/ui/radio-group";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { confirmAgreementAction, updateAgreementAction } from "@/lib/mentorships/actions";
import type { AgreementView } from "@/lib/mentorships/mentorship-view";
import { AGREEMENT_CADENCES, EXPECTATIONS_MAX_CHARS, cadenceLabel } from "@/lib/mentorships/options";
import { AgreementInput } from "@/lib/mentorships/schemas";
import { FORMATS, FORMAT_LEVELS, labelOf, type FormatKey } from "@/lib/profiles/options";

// The kickoff agreement on the relationship home: what the two agreed (or the starting
// suggestions drawn from the request), whether both confirmed this version and, until they
// have, what is still missing; a Confirm button for the viewer's side; and an edit form that
// checks the same zod schema as the server before it sends anything. The agreement helps and
// never blocks: messages work whether or not it is confirmed.

type Formats = Record<FormatKey, string>;

type Props = {
  mentorshipId: string;
  agreement: AgreementView;
  canUpdate: boolean;
  otherName: string;
  /** Both people's format levels, shown next to each format in the form. */
  yourFormats: Formats;
  theirFormats: Formats;
  /** Goal areas the form offers (active ones, plus any the agreement already names). */
  goalOptions: { id: string; label: string }[];
  /** The goals the mentee looks for help with: listed first in the form. */
  suggestedGoalIds: string[];
};

const PLANNED_CHOICES = [3, 6, 9, 12, 18, 24] as const;

function stateBadge(agreement: AgreementView, otherName: string) {
  if (agreement.confirmed) return <Badge tone="success">Confirmed by you both</Badge>;
  if (!agreement.confirmedByYou) return <Badge tone="warning">Waiting for your confirmation</Badge>;
  return <Badge tone="neutral">Waiting for {otherName} to confirm</Badge>;
}

function changedWords(agreement: AgreementView, otherName: string): string {
  if (agreement.lastChangedBy === "you") return `Version ${agreement.version}, last changed by you.`;
  if (agreement.lastChangedBy === "them") return `Version ${agreement.version}, last changed by ${otherName}.`;
  return "These are starting suggestions drawn from the request. Change anything that does not suit you both, then confirm.";
}

export function AgreementPanel({
  mentorshipId,
  agreement,
  canUpdate,
  otherName,
  yourFormats,
  theirFormats,
  goalOptions,
  suggestedGoalIds,
}: Props) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const [confirming, startConfirming] = useTransition();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);

  const goalLabel = (id: string) => goalOptions.find((g) => g.id === id)?.label ?? id;
  const missingOther = agreement.missing.filter((m) => m.code !== "YOUR_CONFIRMATION" && m.code !== "THEIR_CONFIRMATION");
  const missingPeople = agreement.missing.filter((m) => m.code === "YOUR_CONFIRMATION" || m.code === "THEIR_CONFIRMATION");

  function confirm() {
    setError("");
    setStatus("");
    startConfirming(async () => {
      const result = await confirmAgreementAction(mentorshipId, { version: agreement.version });
      if (!result.ok) {
        setError(result.message ?? "Your confirmation was not saved. Please try again.");
        // A newer version may have arrived: show it, so the person confirms what they read.
        router.refresh();
        return;
      }
      setStatus(
        result.result?.agreement?.confirmed
          ? "You confirmed the agreement. You have both confirmed it now."
          : `You confirmed the agreement. ${otherName} will be asked to confirm it too.`,
      );
    });
  }

  function finishEditing(message: string) {
    setEditing(false);
    setStatus(message);
    // The form is gone: keep keyboard users in the same place.
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  return (
    <section aria-labelledby="agreement-title" className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="agreement-title" ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-ink">
            Kickoff agreement
          </h2>
          <p className="mt-1 max-w-prose text-sm text-muted">{changedWords(agreement, otherName)}</p>
        </div>
        {stateBadge(agreement, otherName)}
      </div>

      {editing ? (
        <AgreementForm
          mentorshipId={mentorshipId}
          agreement={agreement}
          otherName={otherName}
          yourFormats={yourFormats}
          theirFormats={theirFormats}
          goalOptions={goalOptions}
          suggestedGoalIds={suggestedGoalIds}
          onSaved={(changed) =>
            finishEditing(
              changed
                ? `Agreement saved as version ${agreement.version + 1}. ${otherName} will be asked to confirm it.`
                : "Nothing changed, so the agreement stays as it was.",
            )
          }
          onStale={(message) => {
            setEditing(false);
            setError(message);
            router.refresh();
          }}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editButtonRef.current?.focus());
          }}
        />
      ) : (
        <>
          {!agreement.confirmed && agreement.missing.length ? (
            <div className="mt-4 rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950">
              <h3 className="font-semibold">Not confirmed yet. Still missing:</h3>
              <ul className="mt-1.5 list-disc space-y-1 pl-5">
                {[...missingOther, ...missingPeople].map((m) => (
                  <li key={m.code}>{m.message}</li>
                ))}
              </ul>
              {missingOther.length ? (
                <p className="mt-2 text-amber-900">You can confirm without these; they only help you both start well.</p>
              ) : null}
            </div>
          ) : null}

          <dl className="mt-4 flex flex-col gap-3 text-sm">
            <div className="flex flex-col gap-1 sm:grid sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-x-6">
              <dt className="font-semibold text-muted">Focus goals</dt>
              <dd className="text-ink">
                {agreement.goalAreaIds.length ? (
                  <ul className="flex flex-wrap gap-1.5">
                    {agreement.goalAreaIds.map((id) => (
                      <li key={id}>
                        <Badge tone="brand">{goalLabel(id)}</Badge>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-muted">None chosen yet</span>
                )}
              </dd>
            </div>
            <div className="flex flex-col gap-1 sm:grid sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-x-6">
              <dt className="font-semibold text-muted">How often you meet</dt>
              <dd className="text-ink">{agreement.cadenceLabel}</dd>
            </div>
            <div className="flex flex-col gap-1 sm:grid sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-x-6">
              <dt className="font-semibold text-muted">Main formats</dt>
              <dd className="text-ink">
                {agreement.formats.length ? (
                  agreement.formats.map(formatLabel).join(", ")
                ) : (
                  <span className="text-muted">None chosen yet</span>
                )}
              </dd>
            </div>
            <div className="flex flex-col gap-1 sm:grid sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-x-6">
              <dt className="font-semibold text-muted">Planned length</dt>
              <dd className="text-ink">{plannedLength(agreement.plannedMonths)}</dd>
            </div>
            <div className="flex flex-col gap-1 sm:grid sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-x-6">
              <dt className="font-semibold text-muted">Expectations</dt>
              <dd className="text-ink">
                {agreement.expectations ? (
                  <p className="max-w-prose whitespace-pre-line break-words">{agreement.expectations}</p>
                ) : (
                  <span className="text-muted">None written yet</span>
                )}
              </dd>
            </div>
            <div className="flex flex-col gap-1 sm:grid sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-x-6">
              <dt className="font-semibold text-muted">Confirmed by</dt>
              <dd className="text-ink">
                <ul className="flex flex-col gap-0.5">
                  <li>
                    <span aria-hidden="true">{agreement.confirmedByYou ? "✓ " : "○ "}</span>
                    You: {agreement.confirmedByYou ? "confirmed" : "not yet"}
                  </li>
                  <li>
                    <span aria-hidden="true">{agreement.confirmedByThem ? "✓ " : "○ "}</span>
                    {otherName}: {agreement.confirmedByThem ? "confirmed" : "not yet"}
                  </li>
                </ul>
              </dd>
            </div>
          </dl>

          {canUpdate ? (
            <div className="mt-5 flex flex-wrap items-center gap-3">
              {!agreement.confirmedByYou ? (
                <Button type="button" onClick={confirm} disabled={confirming}>
                  {confirming ? "Confirming…" : `Confirm version ${agreement.version}`}
                </Button>
              ) : null}
              <Button
                type="button"
                variant="secondary"
                ref={editButtonRef}
                onClick={() => {
                  setStatus("");
                  setError("");
                  setEditing(true);
                }}
              >
                Edit the agreement
              </Button>
            </div>
          ) : (
            <p className="mt-4 text-sm text-muted">This relationship has ended, so its agreement is kept as it was.</p>
          )}
        </>
      )}

      {error ? (
        <p role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      <p role="status" aria-live="polite" className="mt-3 text-sm font-medium text-emerald-900">
        {status}
      </p>
    </section>
  );
}

type FormProps = Omit<Props, "canUpdate"> & {
  onSaved: (changed: boolean) => void;
  onStale: (message: string) => void;
  onCancel: () => void;
};

type Errors = Partial<Record<"goalAreaIds" | "cadence" | "formats" | "plannedMonths" | "expectations", string[]>>;

/** "goalAreaIds.2" → "goalAreaIds": the form shows one message per question. */
function errorsByField(fields: Record<string, string[] | undefined>): Errors {
  const errors: Errors = {};
  for (const [key, messages] of Object.entries(fields)) {
    const field = key.split(".")[0] as keyof Errors;
    if (messages?.length) errors[field] = [...(errors[field] ?? []), ...messages.filter((m) => !errors[field]?.includes(m))];
  }
  return errors;
}

function AgreementForm({
  mentorshipId,
  agreement,
  otherName,
  yourFormats,
  theirFormats,
  goalOptions,
  suggestedGoalIds,
  onSaved,
  onStale,
  onCancel,
}: FormProps) {
  const [goalAreaIds, setGoalAreaIds] = useState<string[]>(agreement.goalAreaIds);
  const [cadence, setCadence] = useState(agreement.cadence);
  const [formats, setFormats] = useState<string[]>(agreement.formats);
  const [planned, setPlanned] = useState(agreement.plannedMonths === null ? "" : String(agreement.plannedMonths));
  const [expectations, setExpectations] = useState(agreement.expectations);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState("");
  const [saving, startSaving] = useTransition();
  // Goals either person named first; the rest of the list folded away (fixed when the form opens,
  // so nothing jumps while ticking).
  const [nearIds] = useState(() => new Set([...suggestedGoalIds, ...agreement.goalAreaIds]));
  const nearGoals = goalOptions.filter((g) => nearIds.has(g.id));
  const otherGoals = goalOptions.filter((g) => !nearIds.has(g.id));

  const toggle = (list: string[], value: string, on: boolean) =>
    on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
  const plannedChoices = [...new Set<number>([...PLANNED_CHOICES, ...(agreement.plannedMonths ? [agreement.plannedMonths] : [])])].sort(
    (a, b) => a - b,
  );
  const level = (levels: Formats, key: FormatKey) => labelOf(FORMAT_LEVELS, levels[key]).toLowerCase() || "not said";

  const goalBox = (goal: { id: string; label: string }) => (
    <CheckboxCard
      key={goal.id}
      id={`agreement-goal-${goal.id}`}
      name="goalAreaIds"
      value={goal.id}
      label={goal.label}
      compact
      checked={goalAreaIds.includes(goal.id)}
      onChange={(on) => setGoalAreaIds((list) => toggle(list, goal.id, on))}
    />
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      version: agreement.version,
      // In the order of the list, whatever order they were ticked in.
      goalAreaIds: goalOptions.map((g) => g.id).filter((id) => goalAreaIds.includes(id)),
      cadence,
      formats: FORMATS.map((f) => f.value).filter((v) => formats.includes(v)),
      plannedMonths: planned === "" ? null : Number(planned),
      expectations,
    };
    // The same schema the server uses: the common mistakes are caught before the round trip.
    const checked = AgreementInput.safeParse(input);
    if (!checked.success) {
      setErrors(errorsByField(z.flattenError(checked.error).fieldErrors as Record<string, string[]>));
      setMessage("Please check the highlighted answers.");
      return;
    }
    setErrors({});
    setMessage("");
    startSaving(async () => {
      const result = await updateAgreementAction(mentorshipId, checked.data);
      if (result.ok) {
        onSaved((result.result?.agreement?.version ?? agreement.version) !== agreement.version);
        return;
      }
      if (result.fieldErrors && Object.keys(result.fieldErrors).length) {
        setErrors(errorsByField(result.fieldErrors));
        setMessage(result.message ?? "Please check the highlighted answers.");
        return;
      }
      // The one refusal that is not about an answer: someone saved a newer version meanwhile
      // (lib/mentorships/update-agreement.ts staleAgreement). Close the form and show theirs.
      if (/changed while you had it open/.test(result.message ?? "")) {
        onStale(result.message!);
        return;
      }
      // Anything else (the connection, the rate limit): keep what was typed and say so.
      setMessage(result.message ?? "The agreement was not saved. Please try again.");
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-5 flex flex-col gap-6" aria-labelledby="agreement-title">
      {agreement.confirmedByThem ? (
        <p role="note" className="rounded-lg border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-800">
          {otherName} has confirmed this version. If you save changes, {otherName} will be asked to confirm the new version. Saving counts
          as your own confirmation of it.
        </p>
      ) : (
        <p className="text-sm text-muted">
          Saving changes counts as your confirmation of the new version; {otherName} will be asked to confirm it.
        </p>
      )}

      <Fieldset
        id="agreement-goals"
        legend="Focus goals"
        hint="What you will work on together. The goals the mentee is looking for help with come first; you can change these later."
        errors={errors.goalAreaIds}
      >
        {nearGoals.length ? <div className="grid gap-2 sm:grid-cols-2">{nearGoals.map(goalBox)}</div> : null}
        {otherGoals.length ? (
          <details className="group rounded-xl border border-line bg-paper px-3.5 py-2.5" open={nearGoals.length === 0}>
            <summary className="cursor-pointer text-sm font-semibold text-brand-700">
              {nearGoals.length ? `More goal areas (${otherGoals.length})` : "Goal areas"}
            </summary>
            <div className="mt-3 grid gap-2 sm:grid-cols-2">{otherGoals.map(goalBox)}</div>
          </details>
        ) : null}
      </Fieldset>

      <RadioGroup
        id="agreement-cadence"
        name="cadence"
        legend="How often you meet"
        variant="segmented"
        value={cadence}
        onChange={setCadence}
        options={AGREEMENT_CADENCES.map((value) => ({ value, label: cadenceLabel(value) }))}
        errors={errors.cadence}
      />

      <Fieldset
        id="agreement-formats"
        legend="Main formats"
        hint="How you will mostly meet. Each of your own preferences is shown under it."
        errors={errors.formats}
      >
        <div className="grid gap-2 sm:grid-cols-2">
          {FORMATS.map((f) => (
            <CheckboxCard
              key={f.value}
              id={`agreement-format-${f.value}`}
              name="formats"
              value={f.value}
              label={f.label}
              description={`You: ${level(yourFormats, f.value)} · ${otherName}: ${level(theirFormats, f.value)}`}
              compact
              checked={formats.includes(f.value)}
              onChange={(on) => setFormats((list) => toggle(list, f.value, on))}
            />
          ))}
        </div>
      </Fieldset>

      <Select
        label="Planned length"
        name="plannedMonths"
        id="agreement-planned"
        hint="Six or twelve months suit most pairs. Either of you can extend it later."
        value={planned}
        onChange={(event) => setPlanned(event.target.value)}
        errors={errors.plannedMonths}
      >
        {plannedChoices.map((months) => (
          <option key={months} value={String(months)}>
            {plannedLength(months)}
          </option>
        ))}
        <option value="">No set length</option>
      </Select>

      <Textarea
        label="Expectations"
        name="expectations"
        id="agreement-expectations"
        hint="For example how quickly you reply, what stays between you, and anything off limits."
        value={expectations}
        onChange={(event) => setExpectations(event.target.value)}
        maxLength={EXPECTATIONS_MAX_CHARS}
        errors={errors.expectations}
        rows={5}
      />

      {message ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          {message}
        </p>
      ) : null}

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : "Save the agreement"}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} disabled={saving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
