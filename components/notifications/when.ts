// How a notification's time reads: "5 minutes ago", "yesterday at 3:04 PM", "Nov 28 at 9:15 AM",
// in the viewer's own time zone (named once on the page). Computed on the server, so the words
// never differ between the server's HTML and the browser.

export type When = { iso: string; relative: string; full: string };

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat("en", { ...options, timeZone });
  } catch {
    // A zone this runtime does not know: UTC rather than an error page.
    return new Intl.DateTimeFormat("en", { ...options, timeZone: "UTC" });
  }
}

export function describeWhen(at: Date, now: Date, timeZone: string): When {
  const day = formatter(timeZone, { year: "numeric", month: "2-digit", day: "2-digit" });
  const time = formatter(timeZone, { hour: "numeric", minute: "2-digit" }).format(at);
  const full = formatter(timeZone, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).format(at);
  const minutes = Math.max(0, Math.round((now.getTime() - at.getTime()) / 60_000));
  const yesterday = new Date(now.getTime() - 24 * 60 * 60 * 1000);

  let relative: string;
  if (minutes < 1) relative = "just now";
  else if (minutes < 60) relative = `${minutes} minute${minutes === 1 ? "" : "s"} ago`;
  else if (day.format(at) === day.format(now)) relative = `today at ${time}`;
  else if (day.format(at) === day.format(yesterday)) relative = `yesterday at ${time}`;
  else {
    const sameYear = formatter(timeZone, { year: "numeric" }).format(at) === formatter(timeZone, { year: "numeric" }).format(now);
    const date = formatter(
      timeZone,
      sameYear ? { month: "short", day: "numeric" } : { month: "short", day: "numeric", year: "numeric" },
    ).format(at);
    relative = `${date} at ${time}`;
  }
  return { iso: at.toISOString(), relative, full };
}
