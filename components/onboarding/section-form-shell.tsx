"use client";

import Link from "next/link";
import type { FormEvent, ReactNode, RefObject } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { previousStepOf, type FormMode } from "@/components/onboarding/steps";
import type { Section } from "@/lib/profiles/schemas";

type ShellProps = {
  section: Section;
  mode: FormMode;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: () => void;
  onFieldChange?: (target: EventTarget) => void;
  pending: boolean;
  message?: string;
  status: string;
  children: ReactNode;
  /** Extra buttons between Back and Continue (e.g. "Skip this step"). */
  secondaryActions?: ReactNode;
};

/** The frame every section form shares: message, fields, and Back / Continue (or Cancel / Save). */
export function SectionFormShell({
  section,
  mode,
  formRef,
  onSubmit,
  onFieldChange,
  pending,
  message,
  status,
  children,
  secondaryActions,
}: ShellProps) {
  const previous = previousStepOf(section);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form
      ref={formRef}
      onSubmit={handleSubmit}
      onChange={onFieldChange ? (event) => onFieldChange(event.target) : undefined}
      noValidate
      aria-describedby={message ? `${section}-form-message` : undefined}
      className="flex flex-col gap-8"
    >
      {message ? (
        <div id={`${section}-form-message`} tabIndex={-1} data-form-message className="focus:outline-none">
          <Alert tone="error">{message}</Alert>
        </div>
      ) : null}
      {children}
      <div className="flex flex-col-reverse gap-3 border-t border-line pt-6 sm:flex-row sm:items-center sm:justify-between">
        {mode === "wizard" ? (
          previous ? (
            <Link href={`/onboarding/${previous}`} className={buttonClass("secondary")}>
              <span aria-hidden="true">←</span> Back
            </Link>
          ) : (
            <span />
          )
        ) : (
          <Link href="/profile" className={buttonClass("secondary")}>
            Cancel
          </Link>
        )}
        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center">
          {secondaryActions}
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? "Saving…" : mode === "wizard" ? "Save and continue" : "Save changes"}
            {!pending && mode === "wizard" ? <span aria-hidden="true">→</span> : null}
          </Button>
        </div>
      </div>
      <p aria-live="polite" role="status" className="sr-only">
        {status}
      </p>
    </form>
  );
}
