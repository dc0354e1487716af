"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { finishOnboardingAction } from "@/lib/profiles/actions";
import { ProfileSummary } from "@/components/profile/profile-summary";
import type { StepFormProps } from "@/components/onboarding/types";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import type { FieldErrors } from "@/lib/errors";
import { SECTIONS, type Section } from "@/lib/profiles/schemas";

/** "background.displayName" → { background: ["…"] }, so each summary card shows its own problems. */
function bySection(fieldErrors: FieldErrors): Partial<Record<Section, string[]>> {
  const grouped: Partial<Record<Section, string[]>> = {};
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const section = path.split(".")[0] as Section;
    if (!SECTIONS.includes(section)) continue;
    grouped[section] = [...new Set([...(grouped[section] ?? []), ...messages])];
  }
  return grouped;
}

export function ReviewStep({ profile, vocabulary }: Omit<StepFormProps, "mode" | "timeZones">) {
  const router = useRouter();
  const messageRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();
  const [attention, setAttention] = useState<Partial<Record<Section, string[]>>>({});
  const [status, setStatus] = useState("");

  async function finish() {
    setPending(true);
    setMessage(undefined);
    setStatus("Finishing your profile…");
    try {
      const result = await finishOnboardingAction();
      if (result.ok) {
        setStatus("Your profile is ready. Opening your suggestions…");
        router.push("/matches");
        return;
      }
      const grouped = bySection(result.fieldErrors ?? {});
      setAttention(grouped);
      setMessage(
        Object.keys(grouped).length
          ? "A few answers are missing. The sections that need a look are marked below; use Edit to fix them."
          : (result.message ?? "We could not finish your profile. Please try again."),
      );
      setStatus("");
      setPending(false);
      requestAnimationFrame(() => messageRef.current?.focus());
    } catch {
      setMessage("We could not reach Constellation. Check your connection and try again.");
      setStatus("");
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col gap-8">
      {message ? (
        <div ref={messageRef} tabIndex={-1} className="focus:outline-none">
          <Alert tone="error">{message}</Alert>
        </div>
      ) : null}
      <ProfileSummary profile={profile} vocabulary={vocabulary} editBase="/onboarding" attention={attention} />
      <div className="flex flex-col gap-4 rounded-2xl border border-brand-100 bg-brand-50/60 p-5 sm:p-6">
        <p className="max-w-prose text-sm text-ink">
          When you finish, other members can see your profile (never the identity answers you kept private or for matching only) and you
          will see your first suggestions. Nobody is paired without both of you saying yes.
        </p>
        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
          <Link href="/onboarding/identity" className={buttonClass("secondary")}>
            <span aria-hidden="true">←</span> Back
          </Link>
          <Button type="button" onClick={finish} disabled={pending} aria-busy={pending}>
            {pending ? "Finishing…" : "Finish and see my matches"}
          </Button>
        </div>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
    </div>
  );
}
