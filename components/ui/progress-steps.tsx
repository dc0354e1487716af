import Link from "next/link";
import { cn } from "@/components/ui/cn";

export type ProgressStep = { key: string; label: string; href?: string; /** Defaults to "before the current step". */ done?: boolean };

/**
 * Where the person is in a multi-step form. The current step carries aria-current="step";
 * steps already reached are links so people can go back to them.
 */
export function ProgressSteps({ steps, current, label = "Progress" }: { steps: ProgressStep[]; current: number; label?: string }) {
  return (
    <nav aria-label={label} className="mb-6">
      <p className="text-sm font-semibold text-brand-700">
        Step {current + 1} of {steps.length}
        <span className="text-muted sm:hidden"> · {steps[current]?.label}</span>
      </p>
      <ol className="mt-3 flex items-center gap-1.5 sm:gap-2">
        {steps.map((step, index) => {
          const state = index === current ? "current" : (step.done ?? index < current) ? "done" : "upcoming";
          const content = (
            <>
              <span
                aria-hidden="true"
                className={cn(
                  "flex h-7 w-7 shrink-0 items-center justify-center rounded-full border-2 text-xs font-bold",
                  state === "done" && "border-brand-700 bg-brand-700 text-white",
                  state === "current" && "border-brand-700 bg-white text-brand-800",
                  state === "upcoming" && "border-line bg-white text-muted",
                )}
              >
                {state === "done" ? "✓" : index + 1}
              </span>
              <span className={cn("sr-only lg:not-sr-only lg:text-sm", state === "current" ? "font-semibold text-ink" : "text-muted")}>
                {step.label}
                {state === "done" ? <span className="sr-only"> (done)</span> : null}
              </span>
            </>
          );
          return (
            <li
              key={step.key}
              aria-current={state === "current" ? "step" : undefined}
              className="flex flex-1 items-center gap-1.5 sm:gap-2"
            >
              {step.href && state !== "current" ? (
                <Link href={step.href} className="flex items-center gap-2 rounded-full hover:underline">
                  {content}
                </Link>
              ) : (
                <span className="flex items-center gap-2">{content}</span>
              )}
              {index < steps.length - 1 ? (
                <span aria-hidden="true" className={cn("h-0.5 min-w-2 flex-1 rounded", state === "done" ? "bg-brand-700" : "bg-line")} />
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
