import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";

type FieldProps = ComponentProps<"input"> & {
  label: string;
  name: string;
  hint?: string;
  errors?: string[];
  /** Classes for the input itself (e.g. a narrow number field under a long label). */
  inputClassName?: string;
};

/** A labelled input with its hint and errors tied to it for screen readers. */
export function Field({ label, name, hint, errors, id, className, inputClassName, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={inputId} className="text-sm font-semibold text-ink">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={inputId}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={cn(
          "rounded-lg border bg-white px-3 py-2.5 text-base text-ink shadow-sm placeholder:text-muted/70",
          errorId ? "border-red-700" : "border-line",
          inputClassName,
        )}
        {...input}
      />
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
