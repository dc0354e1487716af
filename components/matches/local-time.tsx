"use client";

import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void) {
  const timer = setInterval(onChange, 30_000);
  return () => clearInterval(timer);
}

/** Minutes east of UTC for a zone at a moment ("GMT+05:30" → 330), or null if unknown. */
function offsetMinutes(timeZone: string, at: Date): number | null {
  try {
    const part = new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value;
    if (!part) return null;
    if (part === "GMT") return 0;
    const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(part);
    if (!m) return null;
    return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  } catch {
    return null;
  }
}

function hours(minutes: number): string {
  const h = Math.abs(minutes) / 60;
  return Number.isInteger(h) ? `${h} h` : `${h.toFixed(1)} h`;
}

function describe(timeZone: string): string | null {
  const now = new Date();
  let time: string;
  try {
    time = new Intl.DateTimeFormat("en", { timeZone, weekday: "short", hour: "numeric", minute: "2-digit" }).format(now);
  } catch {
    return null;
  }
  const theirs = offsetMinutes(timeZone, now);
  if (theirs === null) return `${time} there now`;
  const diff = theirs - -now.getTimezoneOffset();
  const relative = diff === 0 ? "same time as you" : diff > 0 ? `${hours(diff)} ahead of you` : `${hours(diff)} behind you`;
  return `${time} there now, ${relative}`;
}

/** "Tue 3:42 PM there now, 2 h ahead of you": rendered only in the browser, which knows the viewer's clock. */
export function TheirLocalTime({ timeZone }: { timeZone: string }) {
  const text = useSyncExternalStore(
    subscribe,
    () => describe(timeZone),
    () => null,
  );
  if (!text) return null;
  return <span className="tabular-nums"> · {text}</span>;
}
