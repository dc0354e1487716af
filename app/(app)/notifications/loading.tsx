import { PageHeader } from "@/components/ui/page-header";

// This page never calls notFound(), so a loading boundary here cannot turn a 404 into a 200.
export default function NotificationsLoading() {
  return (
    <>
      <PageHeader title="Notifications" description="Requests, answers and messages for you, newest first." />
      <div role="status" aria-live="polite">
        <span className="sr-only">Loading your notifications…</span>
        <ul aria-hidden="true" className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-white shadow-sm">
          {[0, 1, 2, 3].map((i) => (
            <li key={i} className="flex gap-4 px-4 py-4 sm:px-6">
              <span className="mt-2 h-2.5 w-2.5 shrink-0 rounded-full bg-line" />
              <div className="flex flex-1 flex-col gap-2">
                <span className="h-4 w-32 rounded bg-paper" />
                <span className="h-5 w-full max-w-md rounded bg-line" />
              </div>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
