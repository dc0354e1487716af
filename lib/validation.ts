import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";

/** Turns zod issues into `{ "path.to.field": ["message", ...] }` (root issues under "_"). */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Parses with a zod schema or throws a VALIDATION AppError carrying field errors. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("VALIDATION", { fields: fieldErrorsFrom(result.error) });
  }
  return result.data;
}
