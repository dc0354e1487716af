import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type FieldsetProps = {
  legend: ReactNode;
  /** Used for the hint and error ids; keep it unique on the page. */
  id: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
  className?: string;
  /** "section" for a group that heads a part of the form, "field" for a single question. */
  size?: "section" | "field";
};

/** A group of related controls with its legend, hint and errors tied to it for screen readers. */
export function Fieldset({ legend, id, hint, errors, children, className, size = "field" }: FieldsetProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset
      id={id}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      data-invalid={errorId ? "" : undefined}
      className={cn("flex min-w-0 flex-col gap-2", className)}
    >
      <legend className={cn("mb-1 font-semibold text-ink", size === "section" ? "text-lg" : "text-sm")}>{legend}</legend>
      {hint ? (
        <div id={hintId} className="max-w-prose text-sm text-muted">
          {hint}
        </div>
      ) : null}
      {errorId ? <FieldError id={errorId} errors={errors!} /> : null}
      {children}
    </fieldset>
  );
}

export function FieldError({ id, errors }: { id: string; errors: string[] }) {
  return (
    <p id={id} className="text-sm font-medium text-red-800">
      {errors.join(" ")}
    </p>
  );
}
