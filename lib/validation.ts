import { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";

/** Turns zod issues into `{ "path.to.field": ["message", ...] }` (root issues under "_"). */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const fields = new FieldErrorList();
  for (const issue of error.issues) {
    // A strict schema's unknown fields are named one by one, like any other field at fault.
    if (issue.code === "unrecognized_keys") for (const key of issue.keys) fields.add([...issue.path, key], "This field isn't recognised.");
    else fields.add(issue.path, issue.message);
  }
  return fields.toObject();
}

/**
 * Field errors collected in a Map: a field may be called "__proto__", and `fields[key] ??= []`
 * on a plain object would then reach Object.prototype instead of making an entry.
 */
class FieldErrorList {
  private readonly byField = new Map<string, string[]>();
  get size() {
    return this.byField.size;
  }
  has(path: PropertyKey[]) {
    return this.byField.has(keyOf(path));
  }
  add(path: PropertyKey[], message: string) {
    const key = keyOf(path);
    const messages = this.byField.get(key) ?? [];
    if (!messages.includes(message)) messages.push(message);
    this.byField.set(key, messages);
  }
  /** Own properties only (Object.fromEntries defines "__proto__" as an ordinary key). */
  toObject(): FieldErrors {
    return Object.fromEntries(this.byField);
  }
}
const keyOf = (path: PropertyKey[]) => (path.length ? path.map(String).join(".") : "_");

// NUL: PostgreSQL text cannot hold 0x00, so the write fails deep inside the database (it used
// to surface as a 500). Unpaired UTF-16 surrogates are not Unicode at all: they cannot be
// encoded as UTF-8 and would be stored mangled. Neither has any use in this app's text.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, "g");

/** True when a string holds a character that can't be stored (NUL or a lone surrogate). */
export function hasUnstorableCharacter(text: string): boolean {
  return UNSTORABLE.test(text);
}

// Keys that reach prototype machinery the moment any code spreads or merges input into an
// object. No schema here uses them, so they are refused rather than silently dropped.
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
// Real inputs nest four levels at most; a deeper body is an attack on recursive code.
const MAX_DEPTH = 32;
// Enough to show a person every problem in a form; a body of 10,000 bad strings gets a sample.
const MAX_REPORTED = 20;

export const UNSTORABLE_MESSAGE = "This contains a character that can't be stored (a null character or a broken Unicode character).";

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

// A field name shown back to the client must itself be printable.
const shownKey = (key: string) => key.replace(UNSTORABLE_ALL, "\uFFFD");

/**
 * Finds input no schema should ever see: strings or object keys holding NUL or a lone
 * surrogate, the keys `__proto__` / `constructor` / `prototype`, and absurd nesting.
 * Returns field errors keyed like zod's ("goals.seeks.0.note"), or null when the input is clean.
 * Walks iteratively, so a deeply nested body cannot overflow the stack here.
 */
export function hostileInputProblems(input: unknown): FieldErrors | null {
  const fields = new FieldErrorList();
  const report = (path: (string | number)[], message: string) => {
    if (fields.size < MAX_REPORTED || fields.has(path)) fields.add(path, message);
  };

  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  while (stack.length && fields.size < MAX_REPORTED) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      if (hasUnstorableCharacter(value)) report(path, UNSTORABLE_MESSAGE);
      continue;
    }
    const isArray = Array.isArray(value);
    if (!isArray && !isPlainObject(value)) continue;
    if (path.length >= MAX_DEPTH) {
      report(path, "This is nested too deeply.");
      continue;
    }
    if (isArray) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    for (const key of Object.keys(value).reverse()) {
      const at = [...path, shownKey(key)];
      if (FORBIDDEN_KEYS.has(key)) report(at, "This field name isn't allowed.");
      else if (hasUnstorableCharacter(key)) report(at, "This field name contains a character that can't be stored.");
      else stack.push({ value: value[key], path: at });
    }
  }
  return fields.size ? fields.toObject() : null;
}

/**
 * Parses with a zod schema or throws a VALIDATION AppError carrying field errors.
 * Every service, route and server action validates through here, so the hostile-input checks
 * above guard them all in one place before zod (and then Prisma) sees the value.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const hostile = hostileInputProblems(input);
  if (hostile) throw new AppError("VALIDATION", { fields: hostile });
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("VALIDATION", { fields: fieldErrorsFrom(result.error) });
  }
  return result.data;
}

/**
 * A record id as it arrives in a path or from a client: cuids, slugs and the like. Bounded,
 * and free of control characters, so a hostile id fails here and never reaches a query.
 */
export const RecordId = z
  .string({ error: "Give an id." })
  .min(1, { error: "Give an id." })
  .max(128, { error: "That id is too long." })
  .regex(/^[^\u0000-\u001f\u007f]+$/, { error: "That id contains a character that isn't allowed." });

/** Path parameters `{ id }` of routes like /api/people/:id. */
export const IdParams = z.object({ id: RecordId });
