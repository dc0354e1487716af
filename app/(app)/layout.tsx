import Link from "next/link";
import { SessionKeepAlive } from "@/components/auth/session-keep-alive";
import { MainNav } from "@/components/shell/main-nav";
import { Logo } from "@/components/ui/logo";
import { requireUser } from "@/lib/auth/session";
import { unreadNotificationCount } from "@/lib/notifications/list-notifications";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  // Re-read on every server render; marking notifications read revalidates this layout.
  const unreadNotifications = await unreadNotificationCount(user.id);
  return (
    <div className="min-h-screen">
      <SessionKeepAlive />
      <header className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-6 py-3">
          <Logo href="/dashboard" />
          <div className="flex items-center gap-3 text-sm">
            <span className="hidden text-muted sm:inline" data-testid="signed-in-as">
              {user.name ?? user.email}
            </span>
            <Link href="/sign-out" className="rounded-lg px-3 py-2 font-semibold text-brand-700 hover:bg-brand-50">
              Sign out
            </Link>
          </div>
        </div>
        <div className="mx-auto max-w-5xl px-4 pb-2">
          <MainNav unreadNotifications={unreadNotifications} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-6 py-8">
        {children}
      </main>
    </div>
  );
}
