import { isIP } from "node:net";
import { env } from "@/lib/env";

// Kept apart from rate-limit.ts (which needs the database) so the rules are tested alone.

/** What clientIp answers when the client's address cannot be known. */
export const UNKNOWN_CLIENT = "unknown-client";

/**
 * The client's address. Next.js does not expose the connection's address to route handlers, and
 * it keeps any X-Forwarded-For the client sent, so the header is trusted only when
 * TRUSTED_PROXIES says how many proxies of ours append to it: then the entry that many places
 * from the right is the address our outermost proxy saw. Otherwise every client shares
 * UNKNOWN_CLIENT (per-IP limits become one shared limit; set TRUSTED_PROXIES in production).
 */
export function clientIp(headers: Headers): string {
  if (env.TRUSTED_PROXIES === 0 && env.NODE_ENV === "production") warnOnce();
  return clientIpFrom(headers, env.TRUSTED_PROXIES);
}

let warned = false;
function warnOnce(): void {
  if (warned) return;
  warned = true;
  console.warn(
    "TRUSTED_PROXIES is not set: the app cannot tell clients apart, so every per-IP rate limit is one limit shared by everyone. Behind a reverse proxy or load balancer, set TRUSTED_PROXIES to the number of proxies (usually 1).",
  );
}

export function clientIpFrom(headers: Headers, trustedProxies: number): string {
  if (trustedProxies <= 0) return UNKNOWN_CLIENT;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request did not come through all of them.
  if (chain.length < trustedProxies) return UNKNOWN_CLIENT;
  return normaliseIp(chain[chain.length - trustedProxies]!) ?? UNKNOWN_CLIENT;
}

/**
 * A canonical form for limiting: IPv4 as is (also when written as IPv4-mapped IPv6 or with a
 * port), IPv6 cut to its /64, since one subscriber usually holds a whole /64.
 */
export function normaliseIp(raw: string): string | null {
  let value = raw.trim();
  const bracketed = value.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed) value = bracketed[1]!;
  const v4WithPort = value.match(/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/);
  if (v4WithPort) value = v4WithPort[1]!;
  value = value.replace(/%.*$/, "").toLowerCase(); // zone index
  const mapped = value.match(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/);
  if (mapped) value = mapped[1]!;
  const kind = isIP(value);
  if (kind === 4) return value;
  if (kind !== 6) return null;
  const [head, tail] = value.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  // A dotted IPv4 tail ("64:ff9b::1.2.3.4") stands for two groups.
  const tailSize = tailGroups.length + (tail?.includes(".") ? 1 : 0);
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(8 - headGroups.length - tailSize).fill("0"), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
