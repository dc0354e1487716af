import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { AppError, isAppError, type FieldErrors } from "@/lib/errors";
import { parseWith } from "@/lib/validation";

export type ErrorBody = { error: { code: string; message: string; fields?: FieldErrors } };

/** Reads and validates a JSON body; a missing or malformed body is a 400, never a 500. */
export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    throw new AppError("BAD_REQUEST", { userMessage: "The request body must be valid JSON." });
  }
  return parseWith(schema, raw);
}

/** Validates the query string; repeated keys become arrays. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = new URL(request.url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  return parseWith(schema, raw);
}

export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  if (isAppError(error)) {
    const headers: Record<string, string> = {};
    if (error.retryAfterSeconds) headers["Retry-After"] = String(error.retryAfterSeconds);
    return NextResponse.json(
      { error: { code: error.code, message: error.userMessage, ...(error.fields ? { fields: error.fields } : {}) } },
      { status: error.status, headers },
    );
  }
  // Internals stay in the server log; the client gets a generic message.
  console.error(error);
  const internal = new AppError("INTERNAL");
  return NextResponse.json({ error: { code: internal.code, message: internal.userMessage } }, { status: 500 });
}

type RouteContext<P> = { params: Promise<P> };

/** Wraps a route handler so every thrown error becomes the one JSON error format. */
export function apiHandler<P = Record<string, string>>(
  handler: (request: Request, context: RouteContext<P>) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
