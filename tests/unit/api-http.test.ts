// lib/api/http.ts: the one body reader (size cap before parsing, JSON only), query and path
// parameter parsing, and apiHandler's guards (no-store, same-origin writes, the write limit).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const auth = vi.hoisted(() => {
  // The app's public address, as a deployment behind a proxy sets it (read by lib/env at import).
  process.env.AUTH_URL = "https://constellation.example.org";
  return { user: null as { id: string } | null };
});
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(async () => auth.user) }));
vi.mock("@/lib/auth/rate-limit", () => ({ clientIp: () => "203.0.113.9", consumeApiWrite: vi.fn(async () => {}) }));

import { MAX_BODY_BYTES, apiHandler, parseBody, parseParams, parseQuery, readJsonBody } from "@/lib/api/http";
import { getCurrentUser } from "@/lib/auth/session";
import { consumeApiWrite } from "@/lib/auth/rate-limit";
import { AppError } from "@/lib/errors";
import { IdParams, UNSTORABLE_MESSAGE } from "@/lib/validation";

const JSON_TYPE = { "content-type": "application/json" };
const post = (body: BodyInit | null, headers: Record<string, string> = JSON_TYPE) =>
  new Request("http://app.internal:3000/api/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

/** Why readJsonBody refused, as an AppError (fails the test if it accepted). */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  return expect.unreachable("it was accepted");
}

/** `total` bytes of a JSON string, produced only as they are read; `pulled` says how many were. */
function lazyBody(total: number) {
  const state = { pulled: 0 };
  const chunk = new Uint8Array(16 * 1024).fill(0x78); // "x"
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === 0) controller.enqueue(new TextEncoder().encode('"'));
      if (state.pulled >= total) return controller.close();
      controller.enqueue(chunk);
      state.pulled += chunk.byteLength;
    },
  });
  return { stream, state };
}

describe("readJsonBody", () => {
  it("reads JSON, including +json types and a charset", async () => {
    expect(await readJsonBody(post('{"a":[1,"b"]}'))).toEqual({ a: [1, "b"] });
    expect(await readJsonBody(post('{"a":1}', { "content-type": "application/merge-patch+json; charset=utf-8" }))).toEqual({ a: 1 });
    expect(await readJsonBody(post("\ufeff[1]"))).toEqual([1]); // a byte-order mark is not an error
  });

  it("answers malformed JSON with a 400, always", async () => {
    for (const text of ["{not json", '{"a":', "undefined", "{'a':1}", '{"a":1}}']) {
      const error = await refusal(readJsonBody(post(text)));
      expect([error.status, error.code, error.userMessage]).toEqual([400, "BAD_REQUEST", "The request body must be valid JSON."]);
    }
    expect((await refusal(readJsonBody(post("{not json"), { optional: true }))).status).toBe(400);
  });

  it("needs a body unless the route says it is optional", async () => {
    for (const body of [null, "", "  \n"]) {
      expect((await refusal(readJsonBody(post(body)))).userMessage).toBe("This request needs a JSON body.");
      expect(await readJsonBody(post(body), { optional: true })).toBeUndefined();
    }
  });

  it("answers 415 to a body that is not declared JSON", async () => {
    const types: Record<string, string>[] = [
      {},
      { "content-type": "text/plain" },
      { "content-type": "application/x-www-form-urlencoded" },
      { "content-type": "multipart/form-data; boundary=x" },
    ];
    for (const headers of types) {
      const error = await refusal(readJsonBody(post('{"a":1}', headers)));
      expect([error.status, error.code]).toEqual([415, "UNSUPPORTED_MEDIA_TYPE"]);
    }
  });

  it("takes exactly 64 kB and refuses one byte more with a 413", async () => {
    const exact = `"${"x".repeat(MAX_BODY_BYTES - 2)}"`;
    expect(((await readJsonBody(post(exact))) as string).length).toBe(MAX_BODY_BYTES - 2);
    const error = await refusal(readJsonBody(post(`"${"x".repeat(MAX_BODY_BYTES - 1)}"`)));
    expect([error.status, error.code]).toEqual([413, "PAYLOAD_TOO_LARGE"]);
  });

  it("refuses a declared 20 MB body before reading it", async () => {
    const { stream, state } = lazyBody(20 * 1024 * 1024);
    const error = await refusal(readJsonBody(post(stream, { ...JSON_TYPE, "content-length": String(20 * 1024 * 1024) })));
    expect(error.status).toBe(413);
    expect(state.pulled).toBeLessThanOrEqual(16 * 1024); // at most the stream's own read-ahead
  });

  it("counts the bytes itself when Content-Length is missing or lies", async () => {
    for (const headers of [JSON_TYPE, { ...JSON_TYPE, "content-length": "10" }]) {
      const { stream, state } = lazyBody(20 * 1024 * 1024);
      expect((await refusal(readJsonBody(post(stream, headers)))).status).toBe(413);
      expect(state.pulled).toBeLessThan(MAX_BODY_BYTES + 64 * 1024); // stopped just past the cap
    }
  });

  it("answers 400 to a broken Content-Length, bytes that are not UTF-8, and a stream that fails", async () => {
    expect((await refusal(readJsonBody(post("{}", { ...JSON_TYPE, "content-length": "12abc" })))).status).toBe(400);
    expect((await refusal(readJsonBody(post(new Uint8Array([0x22, 0xc3, 0x28, 0x22]))))).userMessage).toMatch(/UTF-8/);
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error("connection reset"));
      },
    });
    const error = await refusal(readJsonBody(post(failing)));
    expect([error.status, error.userMessage]).toEqual([400, "The request body could not be read."]);
  });
});

describe("parseBody, parseQuery and parseParams", () => {
  it("validate through parseWith, so NUL and prototype keys are 400s naming the field", async () => {
    const error = await refusal(parseBody(post('{"name":"a\\u0000b"}'), z.object({ name: z.string() })));
    expect(error.fields).toEqual({ name: [UNSTORABLE_MESSAGE] });

    const query = (qs: string, schema: z.ZodType = z.object({}).loose()) =>
      refusal(Promise.resolve().then(() => parseQuery(new Request(`http://test/x?${qs}`), schema)));
    expect((await query("goal=%00")).fields).toEqual({ goal: [UNSTORABLE_MESSAGE] });
    // Repeated, it would have been an array assigned to raw.__proto__ (replacing the prototype).
    expect(Object.keys((await query("__proto__=a&__proto__=b")).fields!)).toEqual(["__proto__"]);
    expect(Object.keys((await query("constructor=x")).fields!)).toEqual(["constructor"]);
    expect(parseQuery(new Request("http://test/x?a=1&a=2&b=3"), z.object({ a: z.array(z.string()), b: z.string() }))).toEqual({
      a: ["1", "2"],
      b: "3",
    });

    const params = (id: string) => refusal(Promise.resolve().then(() => parseParams({ id }, IdParams)));
    expect((await params("a\u0000b")).fields).toEqual({ id: [UNSTORABLE_MESSAGE] });
    expect(Object.keys((await params("x".repeat(1000))).fields!)).toEqual(["id"]);
    expect(Object.keys((await params("a\u001bb")).fields!)).toEqual(["id"]);
    expect(parseParams({ id: "cmx3j4h9b00006k7dvn5fx9g7" }, IdParams)).toEqual({ id: "cmx3j4h9b00006k7dvn5fx9g7" });
  });
});

describe("apiHandler", () => {
  const ok = vi.fn(async () => Response.json({ ok: true }));
  const route = apiHandler(ok);
  const call = (method: string, headers: Record<string, string> = {}, url = "http://app.internal:3000/api/x") =>
    route(new Request(url, { method, headers }), { params: Promise.resolve({}) });
  const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

  beforeEach(() => {
    vi.clearAllMocks();
    auth.user = null;
  });

  it("marks every answer no-store: success, refusal, and a 500", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect((await call("GET")).headers.get("cache-control")).toBe("no-store");
    const refused = apiHandler(async () => {
      throw new AppError("NOT_FOUND");
    });
    const crashed = apiHandler(async () => {
      throw new Error("database exploded");
    });
    for (const [handler, status] of [
      [refused, 404],
      [crashed, 500],
    ] as const) {
      const response = await handler(new Request("http://test/api/x"), { params: Promise.resolve({}) });
      expect(response.status).toBe(status);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    // Immutable headers (Response.redirect) get a copy rather than a crash.
    const redirect = await apiHandler(async () => Response.redirect("http://test/elsewhere", 303))(new Request("http://test/api/x"), {
      params: Promise.resolve({}),
    });
    expect([redirect.status, redirect.headers.get("cache-control"), redirect.headers.get("location")]).toEqual([
      303,
      "no-store",
      "http://test/elsewhere",
    ]);
    // A route that chose its own caching keeps it.
    const cached = await apiHandler(async () => new Response("{}", { headers: { "cache-control": "public, max-age=60" } }))(
      new Request("http://test/api/x"),
      { params: Promise.resolve({}) },
    );
    expect(cached.headers.get("cache-control")).toBe("public, max-age=60");
  });

  it("refuses writes sent from another site with a 403, before the handler or the limit runs", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      for (const headers of <Record<string, string>[]>[
        { origin: "https://evil.example" },
        { origin: "null" },
        { origin: "http://app.internal:3001" }, // another port is another origin
        { origin: "https://constellation.example.org.evil.example" },
        { "sec-fetch-site": "cross-site" },
        { origin: "https://constellation.example.org", "sec-fetch-site": "cross-site" },
        { origin: "http://evil.example", host: "app.internal:3000" },
        { origin: "http://app.internal:3000.evil.example", host: "app.internal:3000" },
        { origin: "http://127.0.0.1:3001", host: "127.0.0.1:3000" },
      ]) {
        const response = await call(method, headers);
        expect(response.status, `${method} ${JSON.stringify(headers)}`).toBe(403);
        expect(await errorOf(response)).toEqual({ code: "FORBIDDEN", message: "This request came from another site, so it was refused." });
        expect(response.headers.get("cache-control")).toBe("no-store");
      }
    }
    expect(ok).not.toHaveBeenCalled();
    expect(consumeApiWrite).not.toHaveBeenCalled();
  });

  it("lets through writes from the app itself, and from clients that send no Origin", async () => {
    for (const headers of <Record<string, string>[]>[
      {},
      { origin: "http://app.internal:3000", "sec-fetch-site": "same-origin" },
      { origin: "https://constellation.example.org" }, // AUTH_URL: the public address behind a proxy
      { origin: "https://CONSTELLATION.example.org:443" },
      // Next.js reports its own hostname in request.url; the browser reached it by another name.
      { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" },
      { origin: "https://proxy.example.net", host: "app.internal:3000", "x-forwarded-host": "proxy.example.net" },
      { origin: "https://proxy.example.net", host: "proxy.example.net:443" },
    ]) {
      expect((await call("POST", headers)).status, JSON.stringify(headers)).toBe(200);
    }
    // Reads are never refused for their Origin: without CORS headers the other site cannot read them.
    expect((await call("GET", { origin: "https://evil.example" })).status).toBe(200);
  });

  it("spends one write from the signed-in person's budget, else the address's; reads spend nothing", async () => {
    await call("GET");
    expect(consumeApiWrite).not.toHaveBeenCalled();
    await call("POST");
    expect(consumeApiWrite).toHaveBeenLastCalledWith("ip:203.0.113.9");
    auth.user = { id: "user-1" };
    await call("DELETE");
    expect(consumeApiWrite).toHaveBeenLastCalledWith("user:user-1");

    vi.mocked(getCurrentUser).mockClear();
    const signUp = apiHandler(async () => new Response(null, { status: 202 }), { writesCountAgainst: "address" });
    await signUp(new Request("http://test/api/signup", { method: "POST" }), { params: Promise.resolve({}) });
    expect(consumeApiWrite).toHaveBeenLastCalledWith("ip:203.0.113.9");
    expect(getCurrentUser).not.toHaveBeenCalled();
  });

  it("answers 429 with Retry-After when the write limit is spent, without running the handler", async () => {
    vi.mocked(consumeApiWrite).mockRejectedValueOnce(new AppError("RATE_LIMITED", { retryAfterSeconds: 42 }));
    const response = await call("PUT");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("42");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect((await errorOf(response)).code).toBe("RATE_LIMITED");
    expect(ok).not.toHaveBeenCalled();
  });
});
