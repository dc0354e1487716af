"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

export const NAV_ITEMS = [
  { href: "/dashboard", label: "Home" },
  { href: "/matches", label: "Matches" },
  { href: "/requests", label: "Requests" },
  { href: "/mentorships", label: "Mentorships" },
  { href: "/checkins", label: "Check-ins" },
  { href: "/notifications", label: "Notifications" },
  { href: "/profile", label: "Profile" },
] as const;

/** "99+" past 99, so the badge keeps its size. */
const countLabel = (count: number) => (count > 99 ? "99+" : String(count));

/**
 * The main navigation. `unreadNotifications` (computed by the app layout on each server render)
 * shows as a badge on Notifications; screen readers hear "Notifications, 3 unread".
 */
export function MainNav({ unreadNotifications = 0 }: { unreadNotifications?: number }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-1">
        {NAV_ITEMS.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          const badge = item.href === "/notifications" && unreadNotifications > 0 ? unreadNotifications : 0;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                aria-label={badge ? `${item.label}, ${badge} unread` : undefined}
                className={cn(
                  "flex items-center gap-1.5 whitespace-nowrap rounded-lg px-2.5 py-2 text-sm font-semibold sm:px-3",
                  current ? "bg-brand-100 text-brand-800" : "text-muted hover:bg-brand-50 hover:text-ink",
                )}
              >
                {item.label}
                {badge ? (
                  <span
                    aria-hidden="true"
                    data-testid="unread-notifications"
                    className="inline-flex h-5 min-w-5 items-center justify-center rounded-full bg-brand-700 px-1.5 text-xs font-bold leading-none text-white"
                  >
                    {countLabel(badge)}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
