"use client";

import { useEffect, useOptimistic, useRef, useState, useTransition } from "react";
import { saveAction, unsaveAction } from "@/lib/matches/actions";
import { actionProblem } from "@/components/matches/action-problem";
import { useMatchActions } from "@/components/matches/match-actions-provider";
import { useKeepCard } from "@/components/matches/suggestion-list";
import { AskToConnect } from "@/components/requests/ask-to-connect";
import { cn } from "@/components/ui/cn";
import { buttonClass } from "@/components/ui/button";
import type { Role } from "@/lib/matching";
import type { RequestGoalForm } from "@/lib/requests/goal-choices";

type CardActionsProps = {
  id: string;
  name: string;
  saved: boolean;
  /** The request form for this person (the viewer's side and the goals it may be about). */
  request?: { role: Role; goals: RequestGoalForm; requestedId?: string | null };
};

/** "Ask to connect", "Save for later" / "Saved" and "Not for me" for one suggestion. */
export function CardActions({ id, name, saved: savedOnServer, request }: CardActionsProps) {
  const { dismiss, dismissError, restoreFocusId, clearRestoreFocus, announce } = useMatchActions();
  const keepCard = useKeepCard();
  const [saving, startTransition] = useTransition();
  const [saved, setSaved] = useOptimistic(savedOnServer);
  const [saveError, setSaveError] = useState<string | null>(null);
  const dismissRef = useRef<HTMLButtonElement>(null);

  // Back after an Undo (or a failed "Not for me"): put focus where the person left off.
  useEffect(() => {
    if (restoreFocusId === id && dismissRef.current) {
      dismissRef.current.focus();
      clearRestoreFocus();
    }
  }, [restoreFocusId, id, clearRestoreFocus]);

  const toggleSave = () => {
    const next = !saved;
    setSaveError(null);
    startTransition(async () => {
      setSaved(next);
      const message = await actionProblem(() => (next ? saveAction(id) : unsaveAction(id)));
      if (message) {
        setSaveError(next ? `Could not save ${name}. ${message}` : `Could not remove ${name} from your saved list. ${message}`);
      } else {
        announce(next ? `${name} saved for later.` : `${name} removed from saved.`);
      }
    });
  };

  const error = saveError ?? dismissError(id);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {request ? (
          <AskToConnect
            personId={id}
            name={name}
            role={request.role}
            goals={request.goals}
            requestedId={request.requestedId}
            onSending={() => keepCard?.keep(id)}
            onFailed={() => keepCard?.release(id)}
          />
        ) : null}
        <button
          type="button"
          onClick={toggleSave}
          aria-busy={saving || undefined}
          className={cn(
            // With "Ask to connect" beside it, one primary button per card is enough.
            buttonClass(saved || request ? "secondary" : "primary", "px-3.5 py-2"),
            saved && "border-star/60 bg-amber-50 text-amber-950 hover:bg-amber-100",
          )}
        >
          <span aria-hidden="true">{saved ? "★" : "☆"}</span>
          {saved ? "Saved" : "Save for later"}
          <span className="sr-only">{saved ? `: ${name}. Select to remove from saved.` : `: ${name}`}</span>
        </button>
        <button
          ref={dismissRef}
          type="button"
          onClick={() => dismiss(id, name)}
          aria-describedby={`dismiss-help-${id}`}
          className={buttonClass("ghost", "px-3.5 py-2")}
        >
          Not for me<span className="sr-only">: {name}</span>
        </button>
        <span id={`dismiss-help-${id}`} className="sr-only">
          Hides this person from your suggestions for 90 days. They are not told.
        </span>
      </div>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
