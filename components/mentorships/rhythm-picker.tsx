"use client";

import { useState, useTransition } from "react";
import { RadioGroup } from "@/components/ui/radio-group";
import { setRhythmAction } from "@/lib/mentorships/actions";
import type { RhythmView } from "@/lib/mentorships/mentorship-view";
import { PEER_RHYTHMS, cadenceLabel } from "@/lib/mentorships/options";

// A peer tie has no agreement ("formal programs felt forced"): instead both choose how often to
// be nudged to keep in touch. Either person may change it; both see who chose it last.

const HELP: Record<(typeof PEER_RHYTHMS)[number], string> = {
  MONTHLY: "A gentle reminder once a month to get in touch.",
  EVERY_FEW_MONTHS: "A reminder every three months or so.",
  NO_REMINDERS: "You get in touch whenever you like.",
};

type Props = { mentorshipId: string; rhythm: RhythmView; canUpdate: boolean; otherName: string };

export function RhythmPicker({ mentorshipId, rhythm, canUpdate, otherName }: Props) {
  const [value, setValue] = useState(rhythm.cadence);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const [saving, startSaving] = useTransition();

  const chosenBy =
    rhythm.lastChangedBy === "you"
      ? "You chose this rhythm."
      : rhythm.lastChangedBy === "them"
        ? `${otherName} chose this rhythm.`
        : "Monthly is where every peer connection starts. Either of you can change it.";

  function choose(next: string) {
    const before = value;
    setValue(next);
    setError("");
    setStatus("");
    startSaving(async () => {
      const result = await setRhythmAction(mentorshipId, { cadence: next });
      if (!result.ok) {
        setValue(before);
        setError(result.message ?? "The rhythm was not saved. Please try again.");
        return;
      }
      setStatus(`Saved: ${cadenceLabel(next).toLowerCase()}. ${otherName} sees the same choice.`);
    });
  }

  return (
    <section aria-labelledby="rhythm-title" className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
      <h2 id="rhythm-title" className="text-lg font-semibold text-ink">
        Keep in touch
      </h2>
      <p className="mt-1 max-w-prose text-sm text-muted">
        Peer connections have no formal agreement. Choose together how often you would like a reminder to get in touch. {chosenBy}
      </p>
      {canUpdate ? (
        <RadioGroup
          id="rhythm"
          name="rhythm"
          legend={<span className="sr-only">How often to be reminded</span>}
          value={value}
          onChange={choose}
          options={PEER_RHYTHMS.map((cadence) => ({ value: cadence, label: cadenceLabel(cadence), help: HELP[cadence] }))}
          optionsClassName="sm:grid-cols-3"
          className="mt-4"
        />
      ) : (
        <p className="mt-3 font-medium text-ink">{cadenceLabel(rhythm.cadence)}</p>
      )}
      {error ? (
        <p role="alert" className="mt-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      <p role="status" aria-live="polite" className="mt-3 text-sm font-medium text-emerald-900">
        {saving ? "Saving…" : status}
      </p>
    </section>
  );
}
