import type { Metadata } from "next";
import Link from "next/link";
import { NotificationSettingsForm } from "@/components/notifications/notification-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getNotificationPreferences } from "@/lib/notifications/notification-preferences";

export const metadata: Metadata = { title: "Email settings" };

export default async function NotificationSettingsPage() {
  const user = await requireUser();
  const preferences = await getNotificationPreferences(user);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/notifications" className="font-semibold text-brand-700 underline-offset-4 hover:underline">
          ← Notifications
        </Link>
      </p>
      <PageHeader
        title="Email settings"
        description={
          <>
            Choose what we also send to <span className="font-semibold text-ink">{user.email}</span>. Everything always appears on your
            notifications page. Emails never include what someone wrote to you; they say who it is from, with a link to read it here.
          </>
        }
      />
      <NotificationSettingsForm initial={preferences.email} />
    </>
  );
}
