"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import { saveSectionAction } from "@/lib/profiles/actions";
import { nextStepOf, type FormMode } from "@/components/onboarding/steps";
import type { FieldErrors } from "@/lib/errors";
import { SECTION_SCHEMAS, type Section } from "@/lib/profiles/schemas";
import { fieldErrorsFrom } from "@/lib/validation";

const CHECK_MESSAGE = "Some answers need another look. The messages are next to the questions.";

/** Where a saved section leads: the next wizard step, or back to the profile page. */
export function destinationAfter(section: Section, mode: FormMode): string {
  return mode === "wizard" ? `/onboarding/${nextStepOf(section)}` : `/profile?saved=${section}`;
}

/**
 * Validate a section with the same zod schema the server uses, then save it with the server
 * action and move on. Errors come back keyed by field path ("seeks.2.note", "formats").
 */
export function useSectionForm(section: Section, mode: FormMode) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState("");
  // The "some answers need another look" banner goes away once every flagged answer was changed.
  const [messageIsAboutFields, setMessageIsAboutFields] = useState(false);

  function showErrors(fields: FieldErrors, text: string | undefined) {
    // Render the messages first, then move focus to the first question that needs attention.
    flushSync(() => {
      setFieldErrors(fields);
      setMessage(text);
      setMessageIsAboutFields(Object.keys(fields).length > 0);
      setStatus("");
    });
    const form = formRef.current;
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid]');
    const target =
      first && first.matches("input, select, textarea") ? first : first?.querySelector<HTMLElement>("input, select, textarea, button");
    (target ?? form?.querySelector<HTMLElement>("[data-form-message]"))?.focus();
  }

  /** `extra` adds checks that need more than the section itself (e.g. goals against roles). */
  async function submit(values: unknown, extra: FieldErrors = {}) {
    const parsed = SECTION_SCHEMAS[section].safeParse(values);
    const clientErrors = { ...(parsed.success ? {} : fieldErrorsFrom(parsed.error)), ...extra };
    if (Object.keys(clientErrors).length) {
      showErrors(clientErrors, CHECK_MESSAGE);
      return;
    }
    setPending(true);
    setMessage(undefined);
    setFieldErrors({});
    setStatus("Saving your answers…");
    try {
      const result = await saveSectionAction(section, values);
      if (!result.ok) {
        setPending(false);
        showErrors(result.fieldErrors ?? {}, result.message ?? CHECK_MESSAGE);
        return;
      }
      setStatus(mode === "wizard" ? "Saved. Opening the next step…" : "Saved.");
      router.push(destinationAfter(section, mode));
      // Stay "pending" while the next page loads so Continue is not pressed twice.
    } catch {
      setPending(false);
      setStatus("");
      setMessage("We could not reach Constellation. Check your connection and try again; your answers are still here.");
    }
  }

  /**
   * Form-wide change handler: once a person changes an answer that was flagged, its message
   * goes (the error key is the input's data-error-key or name, or the flagged fieldset's id).
   */
  function onFieldChange(target: EventTarget) {
    if (!(target instanceof HTMLElement)) return;
    const keys = [target.dataset.errorKey, target.getAttribute("aria-invalid") === "true" ? target.getAttribute("name") : null];
    keys.push(target.closest("fieldset[data-invalid]")?.id);
    const flagged = keys.filter((key): key is string => !!key);
    if (!flagged.length) return;
    setFieldErrors((current) => {
      if (!flagged.some((key) => key in current)) return current;
      const next = { ...current };
      for (const key of flagged) delete next[key];
      return next;
    });
  }

  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  return {
    formRef,
    pending,
    message: messageIsAboutFields && !hasFieldErrors ? undefined : message,
    fieldErrors,
    status,
    submit,
    onFieldChange,
  };
}

/** Errors for one field, by its dotted path. */
export const errorsAt = (fieldErrors: FieldErrors, path: string): string[] | undefined => fieldErrors[path];
