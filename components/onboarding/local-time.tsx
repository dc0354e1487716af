"use client";

import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void) {
  const timer = setInterval(onChange, 15_000);
  return () => clearInterval(timer);
}

function formatNow(timeZone: string): string | null {
  try {
    return new Intl.DateTimeFormat("en", { timeZone, weekday: "short", hour: "numeric", minute: "2-digit" }).format(new Date());
  } catch {
    return null;
  }
}

/** "Tue 10:42 AM": the current time in a zone, ticking; rendered only in the browser. */
export function LocalTime({ timeZone, prefix = "Now" }: { timeZone: string; prefix?: string }) {
  const now = useSyncExternalStore(
    subscribe,
    () => formatNow(timeZone),
    () => null,
  );
  if (!now) return null;
  return (
    <span className="text-sm text-muted">
      {prefix} <span className="font-semibold text-ink tabular-nums">{now}</span>
    </span>
  );
}
