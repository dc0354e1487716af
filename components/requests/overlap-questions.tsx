"use client";

import Link from "next/link";
import { useEffect, useRef, useState, useTransition } from "react";
import { OFFLINE_MESSAGE } from "@/components/matches/action-problem";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxCard } from "@/components/ui/checkbox-card";
import { Fieldset } from "@/components/ui/fieldset";
import { withdrawOverlappingAction } from "@/lib/requests/actions";
import type { OverlapPrompt } from "@/lib/requests/overlapping-requests";

// After a mentor says yes, the mentee's other open requests about the same goals are still
// waiting on people. The mentee is asked, never decided for: tick the ones to withdraw, or keep
// them all. The answer's result stays on the page after the server stops listing the question.

const names = (list: string[]) => (list.length <= 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`);

type Answered = { prompt: OverlapPrompt; withdrawn: string[]; kept: string[] };

function Question({ prompt, onAnswered }: { prompt: OverlapPrompt; onAnswered: (answer: Answered) => void }) {
  const [ticked, setTicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const errorRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  const id = `overlap-${prompt.acceptedRequestId}`;
  // Goal labels have "and" in them ("Tenure and promotion"), so goals are listed with commas.
  const goals = prompt.goals.map((g) => g.label).join(", ");

  const answer = (withdrawIds: string[]) => {
    if (pending) return;
    setError(null);
    startTransition(async () => {
      let result: Awaited<ReturnType<typeof withdrawOverlappingAction>>;
      try {
        result = await withdrawOverlappingAction(prompt.acceptedRequestId, { withdrawIds });
      } catch {
        result = { ok: false, message: OFFLINE_MESSAGE };
      }
      if (result.ok) {
        onAnswered({ prompt, withdrawn: result.withdrawn ?? [], kept: result.kept ?? [] });
        return;
      }
      const fieldProblem = Object.values(result.fieldErrors ?? {})[0]?.[0];
      setError(fieldProblem ?? result.message ?? "That did not work. Please try again.");
    });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-2xl border border-amber-200 bg-amber-50/60 p-4 shadow-sm sm:p-6">
      <h2 id={`${id}-title`} className="text-lg font-semibold text-ink">
        Withdraw your other requests about the same goals?
      </h2>
      <p className="mt-1 max-w-prose text-ink">
        You and {prompt.withName} are now connected for {prompt.goals.length === 1 ? "this goal" : "these goals"}: {goals}. You also asked{" "}
        {prompt.requests.length === 1 ? "someone else" : "other people"} about {prompt.goals.length === 1 ? "it" : "them"}. Withdraw any you
        no longer need? Nothing is withdrawn unless you tick it, and keeping them is fine.
      </p>
      {prompt.mentorshipId ? (
        <p className="mt-1 text-sm">
          <Link href={`/mentorships/${prompt.mentorshipId}`} className="font-semibold text-brand-700 underline underline-offset-2">
            Go to your mentorship with {prompt.withName}
          </Link>
        </p>
      ) : null}
      <form
        className="mt-4 flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (!ticked.length) {
            setError("Tick the requests to withdraw, or choose “Keep them all”.");
            return;
          }
          answer(ticked);
        }}
      >
        <Fieldset id={`${id}-requests`} legend="Your open requests about the same goals">
          <div className="grid gap-2 sm:grid-cols-2">
            {prompt.requests.map((request) => (
              <CheckboxCard
                key={request.id}
                id={`${id}-${request.id}`}
                name="withdrawIds"
                value={request.id}
                label={`Withdraw my request to ${request.recipientName}`}
                description={`About: ${request.goals.map((g) => g.label).join(", ")}`}
                checked={ticked.includes(request.id)}
                onChange={(on) => setTicked((list) => (on ? [...list, request.id] : list.filter((x) => x !== request.id)))}
                compact
              />
            ))}
          </div>
        </Fieldset>
        {error ? (
          <p ref={errorRef} tabIndex={-1} role="alert" className="text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" aria-disabled={pending || undefined}>
            {pending ? "Saving…" : "Withdraw the ones I ticked"}
          </Button>
          <Button type="button" variant="secondary" onClick={() => answer([])} aria-disabled={pending || undefined}>
            Keep them all
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The open overlap questions, and the outcome of the ones just answered. */
export function OverlapQuestions({ prompts }: { prompts: OverlapPrompt[] }) {
  const [answered, setAnswered] = useState<Answered[]>([]);
  const resultsRef = useRef<HTMLDivElement>(null);
  // The question just answered is gone: its outcome takes focus.
  useEffect(() => {
    if (answered.length) resultsRef.current?.focus();
  }, [answered.length]);
  const done = new Set(answered.map((a) => a.prompt.acceptedRequestId));
  const open = prompts.filter((p) => !done.has(p.acceptedRequestId));
  if (!open.length && !answered.length) return null;
  return (
    <div className="flex flex-col gap-4">
      {/* The question the person answered is gone; focus goes to its outcome instead. */}
      <div ref={resultsRef} tabIndex={-1} className="flex flex-col gap-4 empty:hidden">
        {answered.map(({ prompt, withdrawn, kept }) => {
          const nameOf = (id: string) => prompt.requests.find((r) => r.id === id)?.recipientName ?? "someone";
          return (
            <Alert key={prompt.acceptedRequestId} tone="success">
              {withdrawn.length
                ? `Withdrawn: your request${withdrawn.length === 1 ? "" : "s"} to ${names(withdrawn.map(nameOf))}.`
                : "Nothing was withdrawn."}{" "}
              {kept.length ? `Still open: ${names(kept.map(nameOf))}.` : ""}
            </Alert>
          );
        })}
      </div>
      {open.map((prompt) => (
        <Question key={prompt.acceptedRequestId} prompt={prompt} onAnswered={(a) => setAnswered((list) => [...list, a])} />
      ))}
    </div>
  );
}
