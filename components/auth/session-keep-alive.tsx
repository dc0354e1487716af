"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** At most one renewal per this many milliseconds, however busy the person is. */
const RENEW_EVERY_MS = 5 * 60 * 1000;
const ACTIVITY = ["pointerdown", "keydown", "scroll", "visibilitychange"] as const;

/**
 * Keeps an active person signed in. The session cookie expires after the idle lifetime (two
 * hours by default) unless renewed, and next-auth renews it only when its session endpoint is
 * read; page loads do not. So on activity, at most every five minutes, this reads it. When the
 * session has ended (signed out elsewhere, revoked, or past the absolute lifetime), the page is
 * refreshed and the server sends the person to sign in.
 */
export function SessionKeepAlive() {
  const router = useRouter();
  useEffect(() => {
    let last = 0;
    let inFlight = false;
    async function renew() {
      if (inFlight || document.visibilityState !== "visible" || Date.now() - last < RENEW_EVERY_MS) return;
      inFlight = true;
      last = Date.now();
      try {
        const response = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" });
        const session = (await response.json().catch(() => null)) as { user?: unknown } | null;
        if (response.ok && !session?.user) router.refresh();
      } catch {
        // Offline for a moment: try again on activity after half a minute.
        last = Date.now() - RENEW_EVERY_MS + 30_000;
      } finally {
        inFlight = false;
      }
    }
    void renew();
    for (const type of ACTIVITY) document.addEventListener(type, renew, { passive: true });
    return () => {
      for (const type of ACTIVITY) document.removeEventListener(type, renew);
    };
  }, [router]);
  return null;
}
