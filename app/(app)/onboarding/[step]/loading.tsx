// The step itself is validated in ./layout.tsx, outside this boundary, so unknown steps still answer 404.
export default function Loading() {
  return (
    <div className="mx-auto max-w-4xl" role="status" aria-live="polite">
      <span className="sr-only">Loading the next step…</span>
      <div aria-hidden="true" className="animate-pulse">
        <div className="h-4 w-24 rounded bg-line" />
        <div className="mt-4 flex gap-2">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="h-7 flex-1 rounded-full bg-line/70" />
          ))}
        </div>
        <div className="mt-8 h-8 w-2/3 rounded bg-line" />
        <div className="mt-3 h-4 w-1/2 rounded bg-line/70" />
        <div className="mt-8 grid gap-3">
          {Array.from({ length: 3 }, (_, i) => (
            <div key={i} className="h-20 rounded-xl bg-white ring-1 ring-line" />
          ))}
        </div>
      </div>
    </div>
  );
}
