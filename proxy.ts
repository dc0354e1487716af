// Next.js 16 proxy (formerly middleware): runs before every request and only sets headers.
// No sessions, no database, no business rules here (see CONVENTIONS.md, rule 4).
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { newNonce, securityHeaders, servedOverHttps } from "@/lib/security-headers";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const headers = securityHeaders({
    nonce,
    development: process.env.NODE_ENV === "development",
    https: servedOverHttps(request.headers.get("x-forwarded-proto"), env.AUTH_URL),
  });

  // Next.js reads the nonce for its own scripts from the CSP header of the *request* it renders,
  // so the policy goes on the request too (overwriting anything a client sent under that name).
  // x-nonce is for our own components, should one ever need `<Script nonce>`.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]);
  requestHeaders.set("x-nonce", nonce);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Every path, static files and API routes included: every response gets the headers. (The guide's
// example skips prefetches and assets for speed; skipping a path would also skip its headers, and a
// prefetch skipped here would be rendered with whatever CSP header the client chose to send.)
export const config = { matcher: "/:path*" };
