import "server-only";
import { db } from "@/lib/db";
import { outboxEnabled } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * The dev outbox, newest first. It holds working sign-in links for any address, so it answers
 * NOT_FOUND (indistinguishable from "no such page") unless the outbox is on (development or tests,
 * no SMTP: see lib/env.ts) and the request comes from this machine.
 */
export async function listOutbox(requestHeaders: RequestHeaders, options: { to?: string; limit?: number } = {}) {
  if (!outboxEnabled || !isLoopbackRequest(requestHeaders)) throw new AppError("NOT_FOUND");
  return db.outboxEmail.findMany({
    where: options.to ? { to: options.to.trim().toLowerCase() } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? 50, 200),
  });
}

/** A request's headers, as route handlers (`request.headers`) and pages (`await headers()`) see them. */
type RequestHeaders = Pick<Headers, "get" | "has">;

const LOOPBACK_HOSTNAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (how Node reports IPv4 peers on a dual-stack socket). */
function isLoopbackAddress(address: string): boolean {
  const ip = address
    .trim()
    .toLowerCase()
    .replace(/^::ffff:/, "");
  return ip === "::1" || /^127(\.\d{1,3}){3}$/.test(ip);
}

/** "localhost:3000" → "localhost", "[::1]:3000" → "[::1]". */
function hostnameOf(host: string): string {
  const value = host.trim().toLowerCase();
  return value.startsWith("[") ? value.slice(0, value.indexOf("]") + 1) : value.split(":")[0];
}

/**
 * Whether a request plainly comes from this machine, judged from its headers: a Next.js route
 * handler never sees the socket (no `req.socket`, and NextRequest.ip is gone since Next 15).
 * What we can rely on:
 * - The real boundary is the socket: `npm run dev` binds 127.0.0.1 (scripts/dev.mjs), so nothing
 *   off this machine can connect at all unless someone binds another interface on purpose.
 * - Next's server copies the socket's peer address into X-Forwarded-For when the request has
 *   none (next/dist/server/base-server.js: `x-forwarded-for ??= socket.remoteAddress`), so a lone
 *   loopback address there is the peer itself; anything else came from a proxy or a client.
 * - Local tunnels and reverse proxies (ngrok, an nginx, an editor's port forwarding) connect from
 *   127.0.0.1 but announce themselves with Forwarded / X-Forwarded-For / X-Real-IP / Via, and keep
 *   the public Host. A web page trying DNS rebinding carries its own host name in Host.
 * So: Host must be a loopback name, no proxy header may name anyone else, and X-Forwarded-For,
 * when present, must be a single loopback address. A client that can already reach a server bound
 * to another interface can forge all of these headers; the dev script warns about that binding.
 */
export function isLoopbackRequest(headers: RequestHeaders): boolean {
  const host = headers.get("host");
  if (!host || !LOOPBACK_HOSTNAMES.has(hostnameOf(host))) return false;
  if (headers.has("forwarded") || headers.has("x-real-ip") || headers.has("via")) return false;
  const forwardedHost = headers.get("x-forwarded-host");
  if (forwardedHost !== null && !LOOPBACK_HOSTNAMES.has(hostnameOf(forwardedHost))) return false;
  const forwardedFor = headers.get("x-forwarded-for");
  return forwardedFor === null || isLoopbackAddress(forwardedFor);
}
