import { PageHeader } from "@/components/ui/page-header";

function SkeletonCard() {
  return (
    <li className="rounded-2xl border border-line bg-white p-5 shadow-sm sm:p-6">
      <div className="flex items-start justify-between gap-4">
        <div className="flex flex-1 flex-col gap-2">
          <span className="h-5 w-40 rounded bg-line" />
          <span className="h-4 w-full max-w-md rounded bg-paper" />
          <span className="h-4 w-48 rounded bg-paper" />
        </div>
        <span className="h-6 w-24 rounded-full bg-paper" />
      </div>
      <div className="mt-4 flex flex-col gap-2.5 border-t border-line pt-4">
        <span className="h-4 w-28 rounded bg-line" />
        {[0, 1, 2].map((i) => (
          <span key={i} className="flex items-center gap-3">
            <span className="h-4 flex-1 rounded bg-paper" />
            <span className="h-2 w-14 rounded-full bg-brand-50 sm:w-20" />
          </span>
        ))}
      </div>
      <div className="mt-5 flex gap-2">
        <span className="h-9 w-36 rounded-lg bg-brand-50" />
        <span className="h-9 w-28 rounded-lg bg-paper" />
      </div>
    </li>
  );
}

export default function MatchesLoading() {
  return (
    <>
      <PageHeader
        title="Matches"
        description="People who might be a good fit, best first, with the reasons. Nobody is told when you save or pass on them."
      />
      <div role="status" aria-live="polite">
        <p className="mb-4 flex items-center gap-3 text-muted">
          <span
            className="h-4 w-4 rounded-full border-2 border-brand-600 border-t-transparent motion-safe:animate-spin"
            aria-hidden="true"
          />
          Loading your matches…
        </p>
        <ul aria-hidden="true" className="flex flex-col gap-4 motion-safe:animate-pulse">
          <SkeletonCard />
          <SkeletonCard />
          <SkeletonCard />
        </ul>
      </div>
    </>
  );
}
