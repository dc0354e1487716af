import { PageHeader } from "@/components/ui/page-header";

// This page never calls notFound(), so a loading boundary here cannot turn a 404 into a 200.
export default function NotificationSettingsLoading() {
  return (
    <>
      <PageHeader title="Email settings" />
      <div role="status" aria-live="polite" className="flex items-center gap-3 py-10 text-muted">
        <span className="h-4 w-4 animate-spin rounded-full border-2 border-brand-600 border-t-transparent" aria-hidden="true" />
        Loading your settings…
      </div>
    </>
  );
}
