"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { OFFLINE_MESSAGE } from "@/components/matches/action-problem";
import { REQUEST_COPY } from "@/components/requests/request-copy";
import { Button, ButtonLink, buttonClass } from "@/components/ui/button";
import { CheckboxCard } from "@/components/ui/checkbox-card";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { Fieldset } from "@/components/ui/fieldset";
import { Textarea } from "@/components/ui/textarea";
import type { Role } from "@/lib/matching";
import { sendRequestAction } from "@/lib/requests/actions";
import type { RequestGoalForm } from "@/lib/requests/goal-choices";
import { MAX_REQUEST_GOALS, NOTE_MAX, SendRequestInput } from "@/lib/requests/schemas";
import { fieldErrorsFrom } from "@/lib/validation";

// "Ask to connect": a button that opens the request form in a dialog (a note and the goals it is
// about), and once sent, becomes a "Requested" link to the request. The service decides every
// limit (3 open, duplicates, paused, full, blocked) and words the refusal; it is shown as it
// comes, and what was typed stays so nothing is lost.

type Props = {
  personId: string;
  name: string;
  /** The viewer's side: a mentee asks a mentor, a mentor invites a mentee, peers ask each other. */
  role: Role;
  goals: RequestGoalForm;
  /** An open request the viewer already sent them, as the server knows it. */
  requestedId?: string | null;
  /** Before the request goes out, and if it fails (the suggestions list keeps the card meanwhile). */
  onSending?: () => void;
  onFailed?: () => void;
  className?: string;
};

type Problems = { note?: string[]; goals?: string[]; message?: string };

/** Splits form-state field errors into the note's, the goals', and the rest as one message. */
function problemsFrom(fields: Record<string, string[]> | undefined, message: string | undefined): Problems {
  const problems: Problems = {};
  const other: string[] = [];
  for (const [key, list] of Object.entries(fields ?? {})) {
    if (key === "note") problems.note = list;
    else if (key === "goalAreaIds" || key.startsWith("goalAreaIds.")) problems.goals = [...new Set([...(problems.goals ?? []), ...list])];
    else other.push(...list);
  }
  const onFields = problems.note || problems.goals;
  problems.message = other.length ? other.join(" ") : onFields ? undefined : message;
  return problems;
}

export function AskToConnect({ personId, name, role, goals, requestedId, onSending, onFailed, className }: Props) {
  const copy = REQUEST_COPY[role];
  const base = useId();
  const titleId = `${base}-title`;
  const introId = `${base}-intro`;
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [checked, setChecked] = useState<string[]>(goals.checked);
  const [problems, setProblems] = useState<Problems>({});
  const [justSent, setSent] = useState<{ id: string } | null>(null);
  const sent = justSent ?? (requestedId ? { id: requestedId } : null);
  const [pending, startTransition] = useTransition();
  const requestedRef = useRef<HTMLAnchorElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // Once sent, the dialog says so: its heading takes focus so it is read out.
  useEffect(() => {
    if (justSent && open) doneRef.current?.focus();
  }, [justSent, open]);

  const toggle = (id: string, on: boolean) =>
    setChecked((current) => (on ? [...current.filter((g) => g !== id), id] : current.filter((g) => g !== id)));

  // After a refusal, focus goes to what needs fixing: the note, else the goals, else the message.
  useEffect(() => {
    const form = formRef.current;
    if (!form || !(problems.note || problems.goals || problems.message)) return;
    const target = problems.note
      ? form.querySelector<HTMLElement>("textarea")
      : problems.goals
        ? form.querySelector<HTMLElement>('input[type="checkbox"]')
        : form.querySelector<HTMLElement>("[data-form-message]");
    target?.focus();
  }, [problems]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const input = { recipientId: personId, role, note, goalAreaIds: checked };
    const parsed = SendRequestInput.safeParse(input);
    const found: Problems = parsed.success ? {} : problemsFrom(fieldErrorsFrom(parsed.error), undefined);
    if (goals.options.length && !checked.length) found.goals = ["Choose at least one goal this request is about."];
    if (found.note || found.goals || found.message) {
      setProblems(found);
      return;
    }
    setProblems({});
    onSending?.();
    startTransition(async () => {
      let result: Awaited<ReturnType<typeof sendRequestAction>>;
      try {
        result = await sendRequestAction(input);
      } catch {
        result = { ok: false, message: OFFLINE_MESSAGE };
      }
      if (result.ok && result.request) {
        setSent({ id: result.request.id });
        setNote("");
        return;
      }
      onFailed?.();
      const refused = problemsFrom(result.fieldErrors, result.message ?? "Your request was not sent. Please try again.");
      setProblems(refused);
    });
  };

  return (
    <>
      {sent ? (
        <Link
          ref={requestedRef}
          href={`/requests/${sent.id}`}
          className={cn(
            "inline-flex items-center justify-center gap-2 rounded-lg border border-emerald-300 bg-emerald-50 px-3.5 py-2 text-sm font-semibold text-emerald-900 transition-colors hover:bg-emerald-100",
            className,
          )}
        >
          <span aria-hidden="true">✓</span>
          Requested
          <span aria-hidden="true" className="font-normal underline underline-offset-2">
            View
          </span>
          <span className="sr-only">: see your request to {name}</span>
        </Link>
      ) : (
        <button
          type="button"
          aria-haspopup="dialog"
          onClick={() => setOpen(true)}
          className={cn(buttonClass("primary", "px-3.5 py-2"), className)}
        >
          {copy.button}
          <span className="sr-only">: {name}</span>
        </button>
      )}

      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        labelledBy={titleId}
        describedBy={sent ? undefined : introId}
        returnFocusTo={sent ? requestedRef : undefined}
      >
        {sent ? (
          <div role="status" className="flex flex-col gap-4 p-5 sm:p-6">
            <h2 id={titleId} ref={doneRef} tabIndex={-1} className="flex items-center gap-2 text-xl font-semibold text-ink">
              <span aria-hidden="true" className="text-emerald-700">
                ✓
              </span>
              Request sent
            </h2>
            <p className="text-ink">{copy.sent(name)}</p>
            <div className="flex flex-wrap gap-2">
              <ButtonLink href={`/requests/${sent.id}`}>See your request</ButtonLink>
              <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
                Close
              </Button>
            </div>
          </div>
        ) : (
          <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-5 p-5 sm:p-6">
            <div className="flex items-start justify-between gap-3">
              <div>
                <h2 id={titleId} className="text-xl font-semibold text-ink">
                  {copy.title(name)}
                </h2>
                <p id={introId} className="mt-1 text-sm text-muted">
                  {copy.intro(name)}
                </p>
              </div>
            </div>

            <Textarea
              label={copy.noteLabel(name)}
              name="note"
              id={`${base}-note`}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              hint={copy.noteHint}
              maxLength={NOTE_MAX}
              errors={problems.note}
              required
              rows={5}
            />

            <Fieldset
              id={`${base}-goals`}
              legend={copy.goalsLegend(name)}
              hint={
                goals.options.length
                  ? `${copy.goalsHint(name)} Choose up to ${MAX_REQUEST_GOALS}.`
                  : "There are no goals to choose from yet: add the goals you would like help with to your profile."
              }
              errors={problems.goals}
            >
              {goals.options.length ? (
                <div className="grid gap-2 sm:grid-cols-2">
                  {goals.options.map((goal) => (
                    <CheckboxCard
                      key={goal.goalAreaId}
                      id={`${base}-goal-${goal.goalAreaId}`}
                      name="goalAreaIds"
                      value={goal.goalAreaId}
                      label={goal.label}
                      checked={checked.includes(goal.goalAreaId)}
                      onChange={(on) => toggle(goal.goalAreaId, on)}
                      compact
                    />
                  ))}
                </div>
              ) : null}
            </Fieldset>

            {problems.message ? (
              <p
                data-form-message
                tabIndex={-1}
                role="alert"
                className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900"
              >
                {problems.message}
              </p>
            ) : null}

            <div className="flex flex-col-reverse gap-2 border-t border-line pt-4 sm:flex-row sm:justify-end">
              <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" aria-disabled={pending || undefined}>
                {pending ? "Sending…" : copy.submit}
              </Button>
            </div>
          </form>
        )}
      </Dialog>
    </>
  );
}
