"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { OFFLINE_MESSAGE } from "@/components/matches/action-problem";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import type { FormState } from "@/lib/form-state";
import { acceptRequestAction, declineRequestAction, withdrawRequestAction } from "@/lib/requests/actions";

// Accept, decline or withdraw a request. Declining and withdrawing ask first (in a dialog);
// declining is gentle: no reason is asked or shared. After accepting, the mentorship's page
// opens, unless the mentee now has other requests about the same goals to decide on, which
// this page then shows. The component stays on the page after the answer (the page refreshes
// without the buttons) so the outcome can be read out and focused.

type Props = {
  requestId: string;
  name: string;
  kind: "MENTORSHIP" | "PEER";
  can: { accept: boolean; decline: boolean; withdraw: boolean };
  /** For the wrapper, which is only there while there is something to do or say. */
  className?: string;
};

type Confirming = "decline" | "withdraw" | null;

async function attempt<T extends FormState>(call: () => Promise<T>): Promise<T | FormState> {
  try {
    return await call();
  } catch {
    return { ok: false, message: OFFLINE_MESSAGE };
  }
}

export function RequestActions({ requestId, name, kind, can, className }: Props) {
  const router = useRouter();
  const base = useId();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [outcome, setOutcome] = useState<{ tone: "done" | "error"; text: string; focus?: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const relationship = kind === "PEER" ? "peer connection" : "mentorship";

  // The outcome takes focus once it is on the page (after the dialog, and maybe the button that
  // opened it, are gone), so it is read out and the person is not left on an empty spot.
  useEffect(() => {
    if (outcome?.focus) outcomeRef.current?.focus();
  }, [outcome]);

  const show = (tone: "done" | "error", text: string) => setOutcome({ tone, text, focus: true });

  const accept = () => {
    if (pending) return;
    setOutcome(null);
    startTransition(async () => {
      const result = await attempt(() => acceptRequestAction(requestId));
      if (!result.ok) return show("error", result.message ?? "That did not work. Please try again.");
      const { mentorshipId, overlapping } = result as Awaited<ReturnType<typeof acceptRequestAction>>;
      if (overlapping) {
        // The question about the other requests is on this page now (the refresh brings it).
        show("done", `You accepted. Before you go to your ${relationship}, decide about your other requests below.`);
        return;
      }
      setOutcome({ tone: "done", text: `You accepted. Opening your ${relationship} with ${name}…` });
      router.push(`/mentorships/${mentorshipId}`);
    });
  };

  const close = (which: "decline" | "withdraw") => {
    if (pending) return;
    startTransition(async () => {
      const result = await attempt(() => (which === "decline" ? declineRequestAction(requestId) : withdrawRequestAction(requestId)));
      setConfirming(null);
      if (!result.ok) return show("error", result.message ?? "That did not work. Please try again.");
      show(
        "done",
        which === "decline"
          ? `You declined. ${name} will see that you are not available right now, with no reason given.`
          : `You withdrew your request. ${name} has been told.`,
      );
    });
  };

  const any = can.accept || can.decline || can.withdraw;
  const titleId = `${base}-confirm-title`;
  const textId = `${base}-confirm-text`;

  // Nothing to do and nothing to report (a closed request, opened afresh): nothing to show. The
  // component stays mounted, so an outcome shown after an answer survives the page's refresh.
  if (!any && !outcome) return null;

  return (
    <div className={cn("flex flex-col gap-3", className)}>
      {any ? (
        <div className="flex flex-wrap gap-2">
          {can.accept ? (
            <Button type="button" onClick={accept} aria-disabled={pending || undefined}>
              {pending && !confirming ? "Accepting…" : "Accept"}
            </Button>
          ) : null}
          {can.decline ? (
            <Button type="button" variant="secondary" onClick={() => setConfirming("decline")} aria-haspopup="dialog">
              Decline
            </Button>
          ) : null}
          {can.withdraw ? (
            <Button type="button" variant="secondary" onClick={() => setConfirming("withdraw")} aria-haspopup="dialog">
              Withdraw request
            </Button>
          ) : null}
        </div>
      ) : null}
      {can.decline ? <p className="text-sm text-muted">If you decline, no reason is shared with them.</p> : null}

      {outcome ? (
        <p
          ref={outcomeRef}
          tabIndex={-1}
          role={outcome.tone === "error" ? "alert" : "status"}
          className={cn(
            "rounded-lg border px-4 py-3 text-sm",
            outcome.tone === "error" ? "border-red-200 bg-red-50 text-red-900" : "border-emerald-200 bg-emerald-50 text-emerald-900",
          )}
        >
          {outcome.text}
        </p>
      ) : null}

      <Dialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        labelledBy={titleId}
        describedBy={textId}
        className="w-[min(30rem,calc(100vw-1.5rem))]"
      >
        <div className="flex flex-col gap-4 p-5 sm:p-6">
          <h2 id={titleId} className="text-xl font-semibold text-ink">
            {confirming === "decline" ? `Decline ${name}'s request?` : `Withdraw your request to ${name}?`}
          </h2>
          <p id={textId} className="text-ink">
            {confirming === "decline"
              ? `No reason is shared with them. ${name} will see that you are not available right now, along with other suggestions.`
              : `${name} will be told that you withdrew it. You can send a new request later.`}
          </p>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button type="button" variant="secondary" onClick={() => setConfirming(null)}>
              Keep it open
            </Button>
            <Button
              type="button"
              onClick={() => close(confirming === "decline" ? "decline" : "withdraw")}
              aria-disabled={pending || undefined}
            >
              {pending
                ? confirming === "decline"
                  ? "Declining…"
                  : "Withdrawing…"
                : confirming === "decline"
                  ? "Decline request"
                  : "Withdraw request"}
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
