// The list only: it sits in the (list) route group so this boundary never wraps /mentorships/[id],
// whose notFound() must answer a real 404 (tests/unit/not-found-status.test.ts).
export default function MentorshipsLoading() {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-10 text-muted">
      <span className="h-4 w-4 animate-spin rounded-full border-2 border-brand-600 border-t-transparent" aria-hidden="true" />
      Loading…
    </div>
  );
}
