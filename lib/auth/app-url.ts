import { env } from "@/lib/env";

// The address emailed links point to (sign-up confirmations, sign-in links, notifications).
// Built from configuration, never from the request's Host or X-Forwarded-Host headers: a client
// can set those, and a link built from them would send the person to a site of the sender's
// choosing with their sign-in token in it.
//
// 1. AUTH_URL (or NEXTAUTH_URL, next-auth's own name for it) when set. Production sets it: the
//    public address people use, e.g. https://mentoring.example.org.
// 2. Otherwise this machine, on the port the server listens on. Next.js writes PORT into the
//    server's environment once it is listening (`next start -p 4000`, `npm run dev -- --port
//    4000`, `PORT=4000 npm start`, or the next free port when 3000 is taken), so links follow
//    the server rather than assuming 3000.

const DEFAULT_PORT = "3000";

/** The app's base address: AUTH_URL / NEXTAUTH_URL, else http://localhost on the server's own port. */
export function appOrigin(): string {
  const configured = env.AUTH_URL ?? process.env.NEXTAUTH_URL?.trim();
  if (configured) return configured;
  const port = process.env.PORT?.trim() ?? "";
  const valid = /^\d{1,5}$/.test(port) && Number(port) > 0 && Number(port) < 65536;
  return `http://localhost:${valid ? port : DEFAULT_PORT}`;
}

/** An absolute link into the app for emails. */
export function appUrl(path: string): string {
  return new URL(path, appOrigin()).toString();
}

/**
 * next-auth v4 builds its emailed sign-in links from NEXTAUTH_URL, and without it falls back to
 * http://localhost:3000 whatever port the server is on. Give it the same address as appUrl().
 */
export function shareAppOriginWithNextAuth(): void {
  if (!process.env.NEXTAUTH_URL?.trim()) process.env.NEXTAUTH_URL = appOrigin();
}
