// Dates on the request pages, in the viewer's own time zone (their profile's), computed on the
// server so the words never differ between the server's HTML and the browser. The page names
// the zone once.

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat("en", { ...options, timeZone });
  } catch {
    // A zone this runtime does not know: UTC rather than an error page.
    return new Intl.DateTimeFormat("en", { ...options, timeZone: "UTC" });
  }
}

/** "Nov 28" (with the year when it is not this year's). */
export function shortDate(iso: string, timeZone: string, now = new Date()): string {
  const year = formatter(timeZone, { year: "numeric" });
  const at = new Date(iso);
  const sameYear = year.format(at) === year.format(now);
  return formatter(timeZone, sameYear ? { month: "short", day: "numeric" } : { month: "short", day: "numeric", year: "numeric" }).format(
    at,
  );
}

/** "Friday, December 12 at 3:04 PM": a deadline, to the minute. */
export function deadline(iso: string, timeZone: string): string {
  const at = new Date(iso);
  const day = formatter(timeZone, { weekday: "long", month: "long", day: "numeric" }).format(at);
  const time = formatter(timeZone, { hour: "numeric", minute: "2-digit" }).format(at);
  return `${day} at ${time}`;
}

/** "America/Chicago" → "America/Chicago" with spaces for underscores, as profiles show zones. */
