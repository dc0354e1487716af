import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, ERROR_STATUS } from "@/lib/errors";
import { RecordId, UNSTORABLE_MESSAGE, hasUnstorableCharacter, hostileInputProblems, parseWith } from "@/lib/validation";

describe("AppError and validation", () => {
  it("maps every code to its HTTP status", () => {
    expect(new AppError("RATE_LIMITED").status).toBe(429);
    expect(new AppError("CONFLICT").status).toBe(409);
    expect(new AppError("UNAUTHENTICATED").status).toBe(401);
    expect(new AppError("PAYLOAD_TOO_LARGE").status).toBe(413);
    expect(new AppError("UNSUPPORTED_MEDIA_TYPE").status).toBe(415);
    expect(Object.values(ERROR_STATUS)).toContain(403);
  });

  it("turns zod issues into field errors keyed by path", () => {
    const schema = z.object({ name: z.string().min(1, "Name please"), tags: z.array(z.string().max(2, "Too long")) });
    try {
      parseWith(schema, { name: "", tags: ["ok", "toolong"] });
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).code).toBe("VALIDATION");
      expect((error as AppError).fields).toEqual({ name: ["Name please"], "tags.1": ["Too long"] });
    }
  });
});

describe("hostile input refused in parseWith, the one place every service validates", () => {
  const Note = z.object({ name: z.string(), goals: z.array(z.object({ note: z.string() })) });
  const fieldsOf = (input: unknown, schema: z.ZodType = Note) => {
    try {
      parseWith(schema, input);
    } catch (error) {
      expect((error as AppError).code).toBe("VALIDATION");
      return (error as AppError).fields;
    }
    return expect.unreachable("parseWith accepted it");
  };

  it("names the field holding a NUL or a lone surrogate, however deep", () => {
    expect(fieldsOf({ name: "a\u0000b", goals: [] })).toEqual({ name: [UNSTORABLE_MESSAGE] });
    expect(fieldsOf({ name: "ok", goals: [{ note: "ok" }, { note: "x\ud800" }] })).toEqual({ "goals.1.note": [UNSTORABLE_MESSAGE] });
    expect(fieldsOf({ name: "\udc00 low first", goals: [] })).toEqual({ name: [UNSTORABLE_MESSAGE] });
    // A NUL is refused even where the schema would have accepted any string, or dropped the field.
    expect(Object.keys(fieldsOf({ name: "ok", goals: [], extra: "\u0000" })!)).toEqual(["extra"]);
    expect(fieldsOf("\u0000", z.string())).toEqual({ _: [UNSTORABLE_MESSAGE] });
  });

  it("accepts real text: emoji (surrogate pairs), accents, newlines", () => {
    expect(hostileInputProblems({ name: "Zoë 🌟🏳️‍🌈", goals: [{ note: "line one\nline two\ttab" }] })).toBeNull();
    expect(parseWith(Note, { name: "🌟", goals: [] })).toEqual({ name: "🌟", goals: [] });
    expect(hasUnstorableCharacter("\ud83c\udf1f")).toBe(false);
    expect(hasUnstorableCharacter("\udf1f\ud83c")).toBe(true); // the same halves, out of order
  });

  it("refuses __proto__, constructor and prototype keys as parsed from JSON", () => {
    const proto = fieldsOf(JSON.parse('{"name":"a","goals":[],"__proto__":{"isAdmin":true}}'))!;
    expect(Object.entries(proto)).toEqual([["__proto__", ["This field name isn't allowed."]]]);
    expect(Object.keys(fieldsOf(JSON.parse('{"name":"a","goals":[{"note":"x","constructor":{"prototype":{}}}]}'))!)).toEqual([
      "goals.0.constructor",
    ]);
    expect(Object.keys(fieldsOf({ name: "a", goals: [], prototype: 1 })!)).toEqual(["prototype"]);
  });

  it("names a field whose name holds NUL, printably", () => {
    expect(fieldsOf({ name: "a", goals: [], "bio\u0000": "x" })).toEqual({
      "bio\ufffd": ["This field name contains a character that can't be stored."],
    });
  });

  it("refuses absurd nesting without overflowing the stack", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const fields = fieldsOf(deep, z.unknown())!;
    expect(Object.values(fields)).toEqual([["This is nested too deeply."]]);
  });

  it("reports at most 20 fields for a body full of bad strings", () => {
    const fields = fieldsOf({ name: "a", goals: Array.from({ length: 5000 }, () => ({ note: "\u0000" })) })!;
    expect(Object.keys(fields)).toHaveLength(20);
  });

  it("names each unknown field of a strict schema", () => {
    expect(fieldsOf({ a: 1, isAdmin: true, role: "ADMIN" }, z.strictObject({ a: z.number() }))).toEqual({
      isAdmin: ["This field isn't recognised."],
      role: ["This field isn't recognised."],
    });
  });

  it("keeps a field called __proto__ as an ordinary key of the error", () => {
    const fields = fieldsOf({ ["__proto__"]: "x" }, z.strictObject({}))!;
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(Object.hasOwn(fields, "__proto__")).toBe(true);
    expect(JSON.parse(JSON.stringify(fields))).toEqual(JSON.parse('{"__proto__":["This field name isn\'t allowed."]}'));
  });

  it("bounds ids from paths and clients", () => {
    expect(RecordId.safeParse("cmx3j4h9b00006k7dvn5fx9g7").success).toBe(true);
    for (const bad of ["", "a\u0007b", "x".repeat(129), "a\nb", 42])
      expect(RecordId.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
