import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { FieldError } from "@/components/ui/fieldset";

type SelectProps = ComponentProps<"select"> & {
  label: string;
  name: string;
  hint?: ReactNode;
  errors?: string[];
  /** Extra content after the select on the same line (e.g. the local time there). */
  aside?: ReactNode;
};

/** A labelled native select with its hint and errors tied to it. */
export function Select({ label, name, hint, errors, id, className, aside, children, ...props }: SelectProps) {
  const inputId = id ?? `field-${name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={inputId} className="text-sm font-semibold text-ink">
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="text-sm text-muted">
          {hint}
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <select
          id={inputId}
          name={name}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
          className={cn(
            "w-full max-w-sm rounded-lg border bg-white px-3 py-2.5 text-base text-ink shadow-sm",
            errorId ? "border-red-700" : "border-line",
          )}
          {...props}
        >
          {children}
        </select>
        {aside}
      </div>
      {errorId ? <FieldError id={errorId} errors={errors!} /> : null}
    </div>
  );
}
