"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useState, useTransition, type FormEvent, type KeyboardEvent } from "react";
import { MessageText } from "@/components/messages/message-text";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Textarea } from "@/components/ui/textarea";
import { postMessageAction } from "@/lib/messages/actions";
import type { ThreadPage } from "@/lib/messages/list-messages";
import type { MessageView } from "@/lib/messages/post-message";
import { MESSAGE_MAX_CHARS, type ThreadRef } from "@/lib/messages/schemas";

// The conversation on a request or a mentorship page: the messages, oldest first, and a box to
// write in. Nothing here is real-time: after sending, and every minute while the tab is visible,
// the page is refreshed from the server (which also marks the thread read). Earlier pages come
// from the thread's GET route. A closed thread shows its messages and says why it takes no more.

type Props = {
  thread: ThreadRef;
  /** The newest page, as listMessages returned it on the server. */
  initial: Pick<ThreadPage, "thread" | "messages" | "nextBefore">;
  /** The viewer's own time zone (their profile's), so times read the same on server and browser. */
  timeZone: string;
  /** The other person's name, for the box's label ("Write to Ada"). */
  otherName?: string;
  /** Heading above the thread; pass null when the page already has one. */
  title?: string | null;
};

const POLL_MS = 60_000;

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat("en", { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat("en", { ...options, timeZone: "UTC" });
  }
}

/** "Nov 28, 3:04 PM" in the viewer's zone (the year only when it is not this year). */
function shortTime(iso: string, timeZone: string): string {
  const at = new Date(iso);
  const year = formatter(timeZone, { year: "numeric" });
  const sameYear = year.format(at) === year.format(new Date());
  return formatter(timeZone, {
    month: "short",
    day: "numeric",
    ...(sameYear ? {} : { year: "numeric" }),
    hour: "numeric",
    minute: "2-digit",
  }).format(at);
}

function fullTime(iso: string, timeZone: string): string {
  return formatter(timeZone, { dateStyle: "full", timeStyle: "short" }).format(new Date(iso));
}

function byTime(a: MessageView, b: MessageView): number {
  return a.createdAt === b.createdAt ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.createdAt < b.createdAt ? -1 : 1;
}

function threadUrl(thread: ThreadRef): string {
  return "requestId" in thread ? `/api/requests/${thread.requestId}/messages` : `/api/mentorships/${thread.mentorshipId}/messages`;
}

export function MessageThread({ thread, initial, timeZone, otherName, title = "Messages" }: Props) {
  const router = useRouter();
  const headingId = useId();
  const [body, setBody] = useState("");
  const [error, setError] = useState<{ message: string; field?: string[] } | null>(null);
  const [status, setStatus] = useState("");
  const [posted, setPosted] = useState<MessageView[]>([]);
  const [older, setOlder] = useState<MessageView[]>([]);
  const [olderCursor, setOlderCursor] = useState<string | null | undefined>(undefined);
  const [olderError, setOlderError] = useState("");
  const [sending, startSending] = useTransition();
  const [loadingOlder, startLoadingOlder] = useTransition();

  // The server's newest page wins; messages sent here stay until a refresh brings them back.
  const messages = useMemo(() => {
    const seen = new Map<string, MessageView>();
    for (const m of [...older, ...initial.messages, ...posted]) seen.set(m.id, m);
    return [...seen.values()].sort(byTime);
  }, [older, initial.messages, posted]);
  const cursor = olderCursor === undefined ? initial.nextBefore : olderCursor;
  const open = initial.thread.open;

  useEffect(() => {
    if (!open) return;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [open, router]);

  function send() {
    if (sending) return;
    if (!body.trim()) {
      setError({ message: "Write a message first.", field: ["Write a message."] });
      return;
    }
    setError(null);
    setStatus("");
    startSending(async () => {
      const result = await postMessageAction(thread, { body });
      if (!result.ok || !result.posted) {
        // The text stays in the box so nothing typed is lost.
        setError({
          message: result.message ?? "Your message was not sent. Please try again.",
          field: result.fieldErrors?.body,
        });
        return;
      }
      setPosted((list) => [...list, result.posted!]);
      setBody("");
      setStatus("Message sent.");
      router.refresh();
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    }
  }

  function loadOlder() {
    if (!cursor) return;
    setOlderError("");
    startLoadingOlder(async () => {
      try {
        const response = await fetch(`${threadUrl(thread)}?before=${encodeURIComponent(cursor)}`, {
          headers: { accept: "application/json" },
        });
        if (!response.ok) throw new Error(String(response.status));
        const page = (await response.json()) as ThreadPage;
        setOlder((list) => [...page.messages, ...list]);
        setOlderCursor(page.nextBefore);
      } catch {
        setOlderError("We could not load the earlier messages. Please try again.");
      }
    });
  }

  return (
    <section aria-labelledby={title ? headingId : undefined} aria-label={title ? undefined : "Messages"} className="flex flex-col gap-4">
      {title ? (
        <h2 id={headingId} className="text-lg font-semibold text-ink">
          {title}
        </h2>
      ) : null}

      {cursor ? (
        <div className="flex flex-col items-start gap-2">
          <Button type="button" variant="secondary" className="px-3.5 py-2" onClick={loadOlder} disabled={loadingOlder}>
            {loadingOlder ? "Loading earlier messages…" : "Show earlier messages"}
          </Button>
          {olderError ? (
            <p role="alert" className="text-sm font-medium text-red-800">
              {olderError}
            </p>
          ) : null}
        </div>
      ) : null}

      {messages.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line bg-white px-4 py-6 text-sm text-muted">
          {open
            ? `No messages yet. ${otherName ? `Write to ${otherName}` : "Write"} below: a hello, a question, or when suits you to talk.`
            : "No messages were written here."}
        </p>
      ) : (
        <ol className="flex flex-col gap-3" aria-label="Messages, oldest first">
          {messages.map((m) => (
            <li key={m.id} className={cn("flex flex-col", m.mine ? "items-end" : "items-start")}>
              <article
                aria-label={`${m.mine ? "You" : m.author.displayName}, ${shortTime(m.createdAt, timeZone)}`}
                className={cn(
                  "max-w-[min(36rem,100%)] rounded-2xl border px-4 py-3 shadow-sm",
                  m.mine ? "border-brand-100 bg-brand-50" : "border-line bg-white",
                )}
              >
                <p className="mb-1 flex flex-wrap items-baseline gap-x-2 text-sm">
                  <span className="font-semibold text-ink">{m.mine ? "You" : m.author.displayName}</span>
                  <time dateTime={m.createdAt} title={fullTime(m.createdAt, timeZone)} className="text-muted">
                    {shortTime(m.createdAt, timeZone)}
                  </time>
                </p>
                <MessageText text={m.body} className="text-base text-ink" />
              </article>
            </li>
          ))}
        </ol>
      )}

      {open ? (
        <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
          <Textarea
            label={otherName ? `Write to ${otherName}` : "Write a message"}
            name="body"
            id={`${headingId}-body`}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            onKeyDown={onKeyDown}
            maxLength={MESSAGE_MAX_CHARS}
            hint="Only the two of you can read this. Press Ctrl+Enter (⌘+Enter on a Mac) to send."
            errors={error?.field}
            rows={4}
            className="[&_textarea]:min-h-28"
          />
          {error && !error.field ? (
            <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
              {error.message}
            </p>
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={sending}>
              {sending ? "Sending…" : "Send message"}
            </Button>
            <p aria-live="polite" role="status" className="text-sm text-muted">
              {status}
            </p>
          </div>
        </form>
      ) : (
        <p role="note" className="rounded-lg border border-line bg-paper px-4 py-3 text-sm text-muted">
          {initial.thread.closedReason ?? "This conversation is closed."}
        </p>
      )}
    </section>
  );
}
