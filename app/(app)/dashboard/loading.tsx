// Only folders whose pages never call notFound() get a loading.tsx: anything below a loading
// boundary is streamed after the HTTP status is sent, so a notFound() there answers 200.
export default function DashboardLoading() {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-10 text-muted">
      <span className="h-4 w-4 animate-spin rounded-full border-2 border-brand-600 border-t-transparent" aria-hidden="true" />
      Loading…
    </div>
  );
}
