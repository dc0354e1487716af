import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";
import { FieldError } from "@/components/ui/fieldset";

type TextareaProps = Omit<ComponentProps<"textarea">, "value"> & {
  label: string;
  name: string;
  value: string;
  hint?: string;
  errors?: string[];
  /** Shows "n of max characters" and stops typing at the limit. */
  maxLength?: number;
};

/** A labelled multi-line input with an optional character counter. */
export function Textarea({ label, name, hint, errors, id, className, maxLength, value, ...props }: TextareaProps) {
  const inputId = id ?? `field-${name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const counterId = maxLength ? `${inputId}-counter` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  const length = value.length;
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
      <textarea
        id={inputId}
        name={name}
        value={value}
        maxLength={maxLength}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, counterId, errorId].filter(Boolean).join(" ") || undefined}
        className={cn(
          "min-h-32 rounded-lg border bg-white px-3 py-2.5 text-base text-ink shadow-sm placeholder:text-muted/70",
          errorId ? "border-red-700" : "border-line",
        )}
        {...props}
      />
      <div className="flex flex-wrap items-start justify-between gap-2">
        {errorId ? <FieldError id={errorId} errors={errors!} /> : <span />}
        {maxLength ? (
          <p id={counterId} className={cn("text-sm tabular-nums", length >= maxLength ? "font-semibold text-red-800" : "text-muted")}>
            {length} of {maxLength} characters
          </p>
        ) : null}
      </div>
    </div>
  );
}
