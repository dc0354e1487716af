"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type MouseEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { When } from "@/components/notifications/when";
import { markNotificationsReadAction } from "@/lib/notifications/actions";
import { NOTIFICATION_KIND_COPY, type NotificationKind } from "@/lib/notifications/kinds";

export type NotificationListItem = {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  when: When;
  read: boolean;
};

/**
 * The list on /notifications. Marking read shows at once and is then saved; if saving fails the
 * item turns unread again and the reason is announced. Following a notification's link marks it
 * read first (a click with a modifier key opens a new tab as usual and marks it in passing).
 */
export function NotificationList({ items }: { items: NotificationListItem[] }) {
  const router = useRouter();
  const [readHere, setReadHere] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();

  const isRead = (item: NotificationListItem) => item.read || readHere.has(item.id);
  const unread = items.filter((item) => !isRead(item));

  async function markRead(ids: string[] | "all", announce: string): Promise<boolean> {
    const before = readHere;
    setReadHere(new Set([...before, ...(ids === "all" ? items.map((i) => i.id) : ids)]));
    setError("");
    const result = await markNotificationsReadAction(ids === "all" ? { all: true } : { ids });
    if (!result.ok) {
      setReadHere(before);
      setStatus("");
      setError(result.message ?? "We could not mark that as read. Please try again.");
      return false;
    }
    setStatus(announce);
    return true;
  }

  function open(event: MouseEvent<HTMLAnchorElement>, item: NotificationListItem & { link: string }) {
    if (isRead(item)) return;
    const newTab = event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0;
    if (newTab) {
      void markRead([item.id], "");
      return;
    }
    event.preventDefault();
    startTransition(async () => {
      await markRead([item.id], "");
      router.push(item.link);
    });
  }

  return (
    <section aria-labelledby="notifications-list-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="notifications-list-title" className="text-lg font-semibold text-ink">
          {unread.length === 0 ? "All caught up" : `${unread.length} unread`}
        </h2>
        {unread.length > 0 ? (
          <Button
            type="button"
            variant="secondary"
            className="px-3.5 py-2"
            disabled={pending}
            onClick={() => startTransition(async () => void (await markRead("all", "Marked every notification as read.")))}
          >
            Mark all as read
          </Button>
        ) : null}
      </div>

      <p role="status" aria-live="polite" className={status ? "text-sm font-medium text-emerald-800" : "sr-only"}>
        {status}
      </p>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}

      <ul className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-white shadow-sm">
        {items.map((item) => {
          const read = isRead(item);
          const copy = NOTIFICATION_KIND_COPY[item.kind];
          return (
            <li
              key={item.id}
              className={cn("flex gap-3 px-4 py-4 sm:gap-4 sm:px-6", read ? "bg-white" : "bg-brand-50/60")}
              data-testid="notification"
              data-read={read || undefined}
            >
              <span aria-hidden="true" className={cn("mt-2 h-2.5 w-2.5 shrink-0 rounded-full", read ? "bg-transparent" : "bg-brand-600")} />
              <div className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:items-start sm:gap-4">
                <div className="flex min-w-0 flex-1 flex-col gap-1">
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
                    <Badge tone={read ? "neutral" : "brand"}>{copy.tag}</Badge>
                    <time dateTime={item.when.iso} title={item.when.full}>
                      {item.when.relative}
                    </time>
                  </div>
                  <p className={cn("text-ink", read ? "font-medium" : "font-semibold")}>
                    {read ? null : <span className="sr-only">Unread: </span>}
                    {item.link ? (
                      <Link
                        href={item.link}
                        onClick={(event) => open(event, { ...item, link: item.link! })}
                        className="underline decoration-line underline-offset-4 hover:decoration-brand-600"
                      >
                        {item.title}
                      </Link>
                    ) : (
                      item.title
                    )}
                  </p>
                  {item.body ? <p className="max-w-prose text-sm break-words text-muted">{item.body}</p> : null}
                </div>
                {read ? null : (
                  <div className="-ml-2.5 shrink-0 self-start sm:ml-0">
                    <Button
                      type="button"
                      variant="ghost"
                      className="px-2.5 py-1.5"
                      aria-label={`Mark as read: ${item.title}`}
                      disabled={pending}
                      onClick={() => startTransition(async () => void (await markRead([item.id], "Marked as read.")))}
                    >
                      Mark as read
                    </Button>
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
