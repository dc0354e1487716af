import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { clientIp, consumeApiWrite } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";
import { AppError, isAppError, type FieldErrors } from "@/lib/errors";
import { parseWith } from "@/lib/validation";

export type ErrorBody = { error: { code: string; message: string; fields?: FieldErrors } };

/** Largest request body any route reads. A whole profile is about 5 kB. */
export const MAX_BODY_BYTES = 64 * 1024;

const MUTATING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", { userMessage: `The request body is larger than ${MAX_BODY_BYTES / 1024} kB.` });

/** `application/json`, or a `+json` type such as `application/merge-patch+json`. */
function isJsonContentType(header: string | null): boolean {
  const type = header?.split(";")[0]!.trim().toLowerCase();
  return !!type && (type === "application/json" || /^application\/[\w.-]+\+json$/.test(type));
}

/**
 * The body's bytes, refused as soon as they pass `limit`: a Content-Length header may be
 * missing or lie, so the stream itself is counted and never buffered past the cap.
 */
async function readCapped(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null) {
    if (!/^\s*\d+\s*$/.test(declared)) throw new AppError("BAD_REQUEST", { userMessage: "The Content-Length header is not a number." });
    if (Number(declared) > limit) throw tooLarge();
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        void reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    // The client went away or sent a broken stream: nothing to parse, and not our failure.
    throw new AppError("BAD_REQUEST", { userMessage: "The request body could not be read.", cause: error });
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The one way a route reads its JSON body. At most 64 kB (413 beyond, before any parsing);
 * Content-Type must be JSON (415); the bytes must be UTF-8 JSON (400). An empty body is a 400
 * unless the route says the body is optional, in which case it reads as `undefined`.
 * The result is untrusted: hand it to a schema (parseBody, or the service's parseWith).
 */
export async function readJsonBody(request: Request, options: { optional?: boolean } = {}): Promise<unknown> {
  const bytes = await readCapped(request, MAX_BODY_BYTES);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("BAD_REQUEST", { userMessage: "The request body must be UTF-8 encoded JSON." });
  }
  if (text.trim() === "") {
    if (options.optional) return undefined;
    throw new AppError("BAD_REQUEST", { userMessage: "This request needs a JSON body." });
  }
  if (!isJsonContentType(request.headers.get("content-type"))) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", { userMessage: "The request body must be valid JSON." });
  }
}

/** Reads the JSON body (see readJsonBody) and validates it; bad input is a 400 naming the field. */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  options: { optional?: boolean } = {},
): Promise<z.infer<S>> {
  return parseWith(schema, await readJsonBody(request, options));
}

/** Validates the query string; repeated keys become arrays. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = new URL(request.url).searchParams;
  // fromEntries makes own properties, so `?__proto__=x` stays a key (and is refused) instead
  // of replacing the object's prototype.
  const raw = Object.fromEntries(
    [...new Set(params.keys())].map((key) => {
      const all = params.getAll(key);
      return [key, all.length > 1 ? all : all[0]!];
    }),
  );
  return parseWith(schema, raw);
}

/** Validates a route's path parameters (ids, slugs) with the same checks as bodies. */
export function parseParams<S extends z.ZodType>(params: unknown, schema: S): z.infer<S> {
  return parseWith(schema, params);
}

/** API answers are per person and often private: no browser or proxy may keep a copy. */
function withNoStore(response: Response): Response {
  if (response.headers.has("cache-control")) return response;
  try {
    response.headers.set("Cache-Control", "no-store");
    return response;
  } catch {
    // Response.redirect() and friends have immutable headers: answer with a copy instead.
    const headers = new Headers(response.headers);
    headers.set("Cache-Control", "no-store");
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  if (isAppError(error)) {
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (error.retryAfterSeconds) headers["Retry-After"] = String(error.retryAfterSeconds);
    return NextResponse.json(
      { error: { code: error.code, message: error.userMessage, ...(error.fields ? { fields: error.fields } : {}) } },
      { status: error.status, headers },
    );
  }
  // Internals stay in the server log; the client gets a generic message.
  console.error(error);
  const internal = new AppError("INTERNAL");
  return NextResponse.json(
    { error: { code: internal.code, message: internal.userMessage } },
    { status: 500, headers: { "Cache-Control": "no-store" } },
  );
}

const originOf = (url: string | undefined): string | null => {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/** `host` (a Host header's value) as `scheme` would address it, so default ports compare equal. */
const hostAs = (scheme: string, host: string | null | undefined): string | null => {
  if (!host) return null;
  try {
    return new URL(`${scheme}//${host.trim()}`).host;
  } catch {
    return null;
  }
};

/**
 * Cross-site request forgery guard for writes. A browser names the page that sent a request in
 * `Origin` (and, in current browsers, `Sec-Fetch-Site`); anything but this app is refused.
 * Requests without either header come from scripts and tests, which carry no victim's cookie.
 *
 * "This app" is the host the browser addressed (Host, or X-Forwarded-Host behind a proxy: a
 * page on another site cannot set either), the public AUTH_URL, or the URL Next.js reports.
 * Next.js builds request.url from its own configured hostname, not from the Host header, so
 * that alone would refuse a browser that reached the same server as 127.0.0.1 or by a
 * proxy's name. Next's own server-action check compares against the same headers.
 */
export function assertSameOrigin(request: Request): void {
  const refused = () => new AppError("FORBIDDEN", { userMessage: "This request came from another site, so it was refused." });
  if (request.headers.get("sec-fetch-site")?.toLowerCase() === "cross-site") throw refused();
  const origin = request.headers.get("origin");
  if (origin === null) return;
  let claimed: URL;
  try {
    // `Origin: null` (sandboxed frames, file: pages) does not parse, and is refused.
    claimed = new URL(origin);
  } catch {
    throw refused();
  }
  if (claimed.origin === originOf(request.url) || claimed.origin === originOf(env.AUTH_URL)) return;
  const addressed = [request.headers.get("x-forwarded-host")?.split(",")[0], request.headers.get("host")];
  if (addressed.some((host) => hostAs(claimed.protocol, host) === claimed.host)) return;
  throw refused();
}

type HandlerOptions = {
  /**
   * Whose budget the route's writes spend. "person" (default): the signed-in person's, else the
   * client address's. "address": always the address's, without looking up a session; for routes
   * that only signed-out people use (sign-up).
   */
  writesCountAgainst?: "person" | "address";
};

async function writeLimitKey(request: Request, options: HandlerOptions): Promise<string> {
  const user = options.writesCountAgainst === "address" ? null : await getCurrentUser();
  return user ? `user:${user.id}` : `ip:${clientIp(request.headers)}`;
}

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps a route handler: writes (POST/PUT/PATCH/DELETE) must come from this app's own pages
 * (403) and within the per-person write limit (429 with Retry-After) before the handler runs;
 * every thrown error becomes the one JSON error format; no answer may be cached.
 */
export function apiHandler<P = Record<string, string>>(
  handler: (request: Request, context: RouteContext<P>) => Promise<Response>,
  options: HandlerOptions = {},
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      if (MUTATING_METHODS.has(request.method.toUpperCase())) {
        assertSameOrigin(request);
        await consumeApiWrite(await writeLimitKey(request, options));
      }
      return withNoStore(await handler(request, context));
    } catch (error) {
      return errorResponse(error);
    }
  };
}
