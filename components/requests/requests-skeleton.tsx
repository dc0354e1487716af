/** The requests page while it loads: a spoken "Loading" and the outline of the lists. */
export function RequestsSkeleton() {
  return (
    <div role="status" aria-live="polite">
      <p className="mb-4 flex items-center gap-3 text-muted">
        <span className="h-4 w-4 rounded-full border-2 border-brand-600 border-t-transparent motion-safe:animate-spin" aria-hidden="true" />
        Loading your requests…
      </p>
      <div aria-hidden="true" className="flex flex-col gap-3 motion-safe:animate-pulse">
        <span className="h-6 w-56 rounded bg-line" />
        {[0, 1, 2].map((i) => (
          <span key={i} className="flex flex-col gap-2 rounded-2xl border border-line bg-white p-5 shadow-sm">
            <span className="h-5 w-72 max-w-full rounded bg-line" />
            <span className="h-4 w-48 rounded bg-paper" />
            <span className="h-4 w-40 rounded bg-paper" />
          </span>
        ))}
      </div>
    </div>
  );
}
