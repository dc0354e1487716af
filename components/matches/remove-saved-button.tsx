"use client";

import { useState, useTransition } from "react";
import { unsaveAction } from "@/lib/matches/actions";
import { actionProblem } from "@/components/matches/action-problem";
import { focusHeading, useMatchActions } from "@/components/matches/match-actions-provider";
import { buttonClass } from "@/components/ui/button";

/** Takes someone off the saved list; focus goes back to the list's heading once they are gone. */
export function RemoveSavedButton({ id, name, last }: { id: string; name: string; /** The section goes away with them. */ last: boolean }) {
  const { announce } = useMatchActions();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const remove = () => {
    if (pending) return;
    setError(null);
    startTransition(async () => {
      const message = await actionProblem(() => unsaveAction(id));
      if (message) {
        setError(`Could not remove ${name}. ${message}`);
      } else {
        announce(`${name} removed from saved.`);
        // The list has been redrawn without them; with the last one the whole section goes.
        requestAnimationFrame(() => (last ? focusHeading("results-title") : focusHeading("saved-title", "results-title")));
      }
    });
  };

  return (
    <span className="flex flex-col items-end gap-1">
      <button type="button" onClick={remove} aria-busy={pending || undefined} className={buttonClass("ghost", "px-3 py-1.5")}>
        {pending ? "Removing…" : "Remove"}
        <span className="sr-only">: {name}</span>
      </button>
      {error ? (
        <span role="alert" className="text-sm font-medium text-red-800">
          {error}
        </span>
      ) : null}
    </span>
  );
}
