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

const NBSP = "\u00a0";

/** 180 → "3 h", 330 → "5 h 30 min", 45 → "45 min"; a no-break space inside each amount. */
function duration(minutes: number): string {
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return [h ? `${h}${NBSP}h` : "", m ? `${m}${NBSP}min` : ""].filter(Boolean).join(" ");
}

// The snapshot is a string (useSyncExternalStore compares snapshots by value): "time|relative".
function describe(timeZone: string): string | null {
  const now = new Date();
  let time: string;
  try {
    time = new Intl.DateTimeFormat("en", { timeZone, weekday: "short", hour: "numeric", minute: "2-digit" }).format(now);
  } catch {
    return null;
  }
  const theirs = offsetMinutes(timeZone, now);
  if (theirs === null) return `${time}|`;
  const diff = theirs - -now.getTimezoneOffset();
  const relative = diff === 0 ? "same time as you" : `${duration(diff)} ${diff > 0 ? "ahead of" : "behind"} you`;
  return `${time}|${relative}`;
}

/**
 * " · Tue 3:42 PM, 3 h behind you": their time now and how far from the viewer's clock. Rendered
 * only in the browser, which knows the viewer's clock. The time and the distance each stay on one
 * line ("8 h" never splits), so a narrow card wraps between them instead.
 */
export function TheirLocalTime({ timeZone }: { timeZone: string }) {
  const text = useSyncExternalStore(
    subscribe,
    () => describe(timeZone),
    () => null,
  );
  if (!text) return null;
  const [time, relative] = text.split("|");
  return (
    <span className="tabular-nums">
      {" · "}
      <span className="whitespace-nowrap">
        <span className="sr-only">their time now </span>
        {time}
      </span>
      {relative ? (
        <>
          {", "}
          <span className="whitespace-nowrap">{relative}</span>
        </>
      ) : null}
    </span>
  );
}

/** "Pacific Time, Vancouver · Tue 3:42 PM, 3 h behind you": a person's zone by its friendly name, and their time now. */
export function TimeZoneAndLocalTime({
  label,
  timeZone,
  named = true,
}: {
  label: string;
  timeZone: string;
  /** Says "Time zone:" to screen readers; off where a visible term already does (a description list). */
  named?: boolean;
}) {
  return (
    <>
      {named ? <span className="sr-only">Time zone: </span> : null}
      {label}
      <TheirLocalTime timeZone={timeZone} />
    </>
  );
}
