"use client";

import { useOptimistic, useState, useTransition } from "react";
import { cn } from "@/components/ui/cn";
import { setGoalProgressAction } from "@/lib/mentorships/actions";
import type { GoalView } from "@/lib/mentorships/mentorship-view";
import { GOAL_PROGRESS, progressLabel } from "@/lib/mentorships/options";

// The focus goals, each with a simple status either person can change: not started, in
// progress, met. A choice shows at once and is saved in the background; if saving fails the old
// status comes back and the reason is announced.

type Props = { mentorshipId: string; goals: GoalView[]; canUpdate: boolean; isPeer: boolean };

const TONE: Record<string, string> = {
  NOT_STARTED: "bg-white text-muted",
  IN_PROGRESS: "bg-brand-50 text-brand-800",
  MET: "bg-emerald-50 text-emerald-900",
};

export function GoalProgressList({ mentorshipId, goals, canUpdate, isPeer }: Props) {
  const [shown, setShown] = useOptimistic(goals, (list, change: { goalAreaId: string; progress: string }) =>
    list.map((g) =>
      g.goalAreaId === change.goalAreaId ? { ...g, progress: change.progress, progressLabel: progressLabel(change.progress) } : g,
    ),
  );
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const [, startSaving] = useTransition();
  const met = shown.filter((g) => g.progress === "MET").length;

  function change(goal: GoalView, progress: string) {
    setError("");
    setStatus("");
    startSaving(async () => {
      setShown({ goalAreaId: goal.goalAreaId, progress });
      const result = await setGoalProgressAction(mentorshipId, goal.goalAreaId, { progress });
      if (!result.ok) {
        setError(`${goal.label} was not updated: ${result.message ?? "please try again."}`);
        return;
      }
      setStatus(`${goal.label}: ${progressLabel(progress).toLowerCase()}. Saved.`);
    });
  }

  return (
    <section aria-labelledby="goals-title" className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="goals-title" className="text-lg font-semibold text-ink">
          Goals
        </h2>
        {shown.length ? (
          <p className="text-sm text-muted">
            {met} of {shown.length} met
          </p>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <p className="mt-2 max-w-prose text-sm text-muted">
          {isPeer
            ? "No goals were named for this connection. Talk about what you would like to share in your messages."
            : "No focus goals yet. Choose them when you edit the kickoff agreement above."}
        </p>
      ) : (
        <>
          <p className="mt-1 max-w-prose text-sm text-muted">Either of you can update a goal as things move along.</p>
          <ul className="mt-4 flex flex-col divide-y divide-line">
            {shown.map((goal) => {
              const groupId = `goal-${goal.goalAreaId}`;
              return (
                <li
                  key={goal.goalAreaId}
                  className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between"
                >
                  <span id={`${groupId}-label`} className="font-medium text-ink">
                    {goal.label}
                  </span>
                  {canUpdate ? (
                    <div
                      role="radiogroup"
                      aria-labelledby={`${groupId}-label`}
                      className="inline-flex w-fit flex-wrap rounded-lg border border-line bg-white p-1"
                    >
                      {GOAL_PROGRESS.map((option) => {
                        const optionId = `${groupId}-${option.value}`;
                        const checked = goal.progress === option.value;
                        return (
                          <label
                            key={option.value}
                            htmlFor={optionId}
                            className={cn(
                              "cursor-pointer rounded-md px-3 py-1.5 text-sm font-semibold transition-colors",
                              "has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                              checked ? "bg-brand-700 text-white" : "text-muted hover:bg-brand-50 hover:text-ink",
                            )}
                          >
                            <input
                              id={optionId}
                              type="radio"
                              name={groupId}
                              value={option.value}
                              checked={checked}
                              onChange={() => change(goal, option.value)}
                              className="sr-only"
                            />
                            {option.label}
                          </label>
                        );
                      })}
                    </div>
                  ) : (
                    <span className={cn("w-fit rounded-full border border-line px-2.5 py-0.5 text-xs font-semibold", TONE[goal.progress])}>
                      {goal.progressLabel}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {error ? (
        <p role="alert" className="mt-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
    </section>
  );
}
