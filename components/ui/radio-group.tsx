import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Fieldset } from "@/components/ui/fieldset";

export type RadioOption = { value: string; label: ReactNode; help?: ReactNode; disabled?: boolean };

type RadioGroupProps = {
  id: string;
  name: string;
  legend: ReactNode;
  options: readonly RadioOption[];
  value: string | null;
  onChange: (value: string) => void;
  hint?: ReactNode;
  errors?: string[];
  /** cards: one option per card with help text; segmented: a compact row of choices. */
  variant?: "cards" | "segmented";
  className?: string;
  optionsClassName?: string;
  size?: "section" | "field";
};

/**
 * Native radio buttons in a fieldset: arrow keys move between choices, Tab leaves the group.
 * The inputs stay in the accessibility tree; only their look is replaced.
 */
export function RadioGroup({
  id,
  name,
  legend,
  options,
  value,
  onChange,
  hint,
  errors,
  variant = "cards",
  className,
  optionsClassName,
  size,
}: RadioGroupProps) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} errors={errors} className={className} size={size}>
      <div
        className={cn(
          variant === "segmented" ? "inline-flex w-fit flex-wrap rounded-lg border border-line bg-white p-1" : "grid gap-2",
          optionsClassName,
        )}
      >
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          const helpId = option.help ? `${optionId}-help` : undefined;
          const checked = value === option.value;
          return variant === "segmented" ? (
            <label
              key={option.value}
              htmlFor={optionId}
              className={cn(
                "relative cursor-pointer rounded-md px-3 py-1.5 text-sm font-semibold transition-colors",
                "has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                checked ? "bg-brand-700 text-white" : "text-muted hover:bg-brand-50 hover:text-ink",
              )}
            >
              <input
                id={optionId}
                type="radio"
                name={name}
                value={option.value}
                checked={checked}
                onChange={() => onChange(option.value)}
                className="sr-only"
              />
              {option.label}
            </label>
          ) : (
            <label
              key={option.value}
              htmlFor={optionId}
              className={cn(
                "flex cursor-pointer items-start gap-3 rounded-xl border bg-white px-3.5 py-3 transition-colors",
                checked ? "border-brand-600 bg-brand-50" : "border-line hover:border-brand-600/50",
                option.disabled && "cursor-not-allowed border-dashed hover:border-line",
              )}
            >
              <input
                id={optionId}
                type="radio"
                name={name}
                value={option.value}
                checked={checked}
                disabled={option.disabled}
                onChange={() => onChange(option.value)}
                aria-describedby={helpId}
                className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700"
              />
              <span className="flex flex-col gap-0.5">
                <span className="text-sm font-semibold text-ink">{option.label}</span>
                {option.help ? (
                  <span id={helpId} className="text-sm text-muted">
                    {option.help}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </Fieldset>
  );
}
