import type { Metadata } from "next";
import Link from "next/link";
import { NotificationList } from "@/components/notifications/notification-list";
import { describeWhen } from "@/components/notifications/when";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { MAX_NOTIFICATIONS_LIMIT } from "@/lib/notifications/schemas";
import { getOwnProfile } from "@/lib/profiles/get-own-profile";
import { timeZoneLabel } from "@/lib/profiles/time-zones";

export const metadata: Metadata = { title: "Notifications" };

const PAGE_SIZE = 30;

type Props = { searchParams: Promise<{ limit?: string | string[] }> };

export default async function NotificationsPage({ searchParams }: Props) {
  const user = await requireUser();
  const { limit: rawLimit } = await searchParams;
  // A hand-edited ?limit= is clamped rather than an error page.
  const asked = Number.parseInt(typeof rawLimit === "string" ? rawLimit : "", 10);
  const limit = Number.isFinite(asked) ? Math.min(MAX_NOTIFICATIONS_LIMIT, Math.max(PAGE_SIZE, asked)) : PAGE_SIZE;

  const [{ notifications, hasMore }, profile] = await Promise.all([listNotifications(user, { limit }), getOwnProfile(user)]);
  const timeZone = profile.formats.timeZone;
  const now = new Date();

  return (
    <>
      <PageHeader
        title="Notifications"
        description="Requests, answers and messages for you, newest first."
        actions={
          // The empty state offers the same link in its own words.
          notifications.length ? (
            <ButtonLink href="/settings/notifications" variant="secondary" className="px-3.5 py-2">
              Email settings
            </ButtonLink>
          ) : null
        }
      />
      {notifications.length === 0 ? (
        <EmptyState
          title="Nothing here yet"
          action={
            <div className="flex flex-wrap gap-3">
              <ButtonLink href="/matches">Browse your matches</ButtonLink>
              <ButtonLink href="/settings/notifications" variant="secondary">
                Choose which emails you get
              </ButtonLink>
            </div>
          }
        >
          When someone sends you a request, answers one of yours or writes to you, you will see it here, and by email unless you turn that
          off. A good way to start is to look at your suggested matches and send a request.
        </EmptyState>
      ) : (
        <>
          <NotificationList
            items={notifications.map((n) => ({
              id: n.id,
              kind: n.kind,
              title: n.title,
              body: n.body,
              link: n.link,
              when: describeWhen(n.createdAt, now, timeZone),
              read: n.readAt !== null,
            }))}
          />
          <div className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-muted">
            <p>Times are shown in your time zone, {timeZoneLabel(timeZone)}.</p>
            {hasMore && limit < MAX_NOTIFICATIONS_LIMIT ? (
              <Link href={`/notifications?limit=${limit + PAGE_SIZE}`} scroll={false} className={buttonClass("secondary", "px-3.5 py-2")}>
                Show older notifications
              </Link>
            ) : null}
          </div>
        </>
      )}
    </>
  );
}
