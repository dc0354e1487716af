import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type CheckboxCardProps = {
  id: string;
  name: string;
  value?: string;
  label: ReactNode;
  description?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Shown under the label while the box is ticked (e.g. a note about the choice). */
  children?: ReactNode;
  compact?: boolean;
  className?: string;
  /** E.g. "hidden sm:block" to keep long lists short on phones (still read by screen readers via aria-describedby). */
  descriptionClassName?: string;
};

/** A checkbox presented as a card: the whole label is the click target. */
export function CheckboxCard({
  id,
  name,
  value,
  label,
  description,
  checked,
  onChange,
  disabled,
  children,
  compact,
  className,
  descriptionClassName,
}: CheckboxCardProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <div
      className={cn(
        "flex flex-col rounded-xl border bg-white transition-colors",
        checked ? "border-brand-600 bg-brand-50 shadow-sm" : "border-line hover:border-brand-600/50",
        disabled && !checked && "opacity-60",
        className,
      )}
    >
      <label
        htmlFor={id}
        className={cn("flex cursor-pointer items-start gap-3", compact ? "px-3 py-2.5" : "p-3.5", disabled && "cursor-not-allowed")}
      >
        <input
          id={id}
          type="checkbox"
          name={name}
          value={value}
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={descriptionId}
          className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700"
        />
        <span className="flex min-w-0 flex-col gap-0.5">
          <span className="text-sm font-semibold text-ink">{label}</span>
          {description ? (
            <span id={descriptionId} className={cn("text-sm text-muted", descriptionClassName)}>
              {description}
            </span>
          ) : null}
        </span>
      </label>
      {checked && children ? <div className="px-3.5 pb-3.5">{children}</div> : null}
    </div>
  );
}
