"use client";

import { cn } from "@/components/ui/cn";

type SwitchProps = {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Text tied to the switch with aria-describedby. */
  describedBy?: string;
  disabled?: boolean;
  busy?: boolean;
};

/** An on/off switch (a button with role="switch"), labelled by visible text. */
export function Switch({ id, label, checked, onChange, describedBy, disabled, busy }: SwitchProps) {
  return (
    <div className="flex items-center gap-3">
      <button
        id={id}
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy}
        aria-busy={busy || undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
        className={cn(
          "relative inline-flex h-7 w-12 shrink-0 items-center rounded-full border-2 border-transparent transition-colors disabled:cursor-not-allowed disabled:opacity-70",
          checked ? "bg-emerald-700" : "bg-slate-500",
        )}
      >
        <span
          aria-hidden="true"
          className={cn(
            "inline-block h-5 w-5 rounded-full bg-white shadow transition-transform",
            checked ? "translate-x-6" : "translate-x-0.5",
          )}
        />
      </button>
      <span id={`${id}-label`} className="text-sm font-semibold text-ink">
        {label}
      </span>
    </div>
  );
}
