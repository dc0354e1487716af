import type { ReactNode } from "react";

/** What a section shows before there is anything in it: what it is for and what to do next. */
export function EmptyState({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div className="flex flex-col items-start gap-3 rounded-2xl border border-dashed border-line bg-white px-6 py-10">
      <span aria-hidden="true" className="text-2xl text-star">
        ✦
      </span>
      <h2 className="text-lg font-semibold text-ink">{title}</h2>
      <div className="max-w-prose text-muted">{children}</div>
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
