import { env } from "@/lib/env";

/**
 * An absolute link into the app for emails. Built from configuration, never from the request's
 * Host header, which a client could set to send people a link to somewhere else.
 */
export function appUrl(path: string): string {
  return new URL(path, env.AUTH_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").toString();
}
