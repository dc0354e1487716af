import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as outboxRoute } from "@/app/api/dev/outbox/route";
import { sendEmail } from "@/lib/notifications/send-email";

type Route = typeof outboxRoute;

/** As `next dev` hands it over: Next copies the socket's peer address into X-Forwarded-For. */
const LOCAL = { host: "127.0.0.1:3000", "x-forwarded-for": "127.0.0.1" };

const get = (query: string, headers: Record<string, string> = LOCAL, route: Route = outboxRoute) =>
  route(new Request(`http://${headers.host ?? "127.0.0.1:3000"}/api/dev/outbox${query}`, { headers }), { params: Promise.resolve({}) });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("dev outbox (no SMTP configured)", () => {
  it("keeps mail that could not be sent and lists it per recipient, newest first", async () => {
    await sendEmail({ to: "reader@example.org", subject: "First", text: "one" });
    await sendEmail({ to: "reader@example.org", subject: "Second", text: "two https://example.org/x" });
    await sendEmail({ to: "other@example.org", subject: "Not yours", text: "three" });
    const response = await get("?to=Reader@Example.org");
    expect(response.status).toBe(200);
    const { emails } = await response.json();
    expect(emails.map((e: { subject: string }) => e.subject)).toEqual(["Second", "First"]);
  });

  it("validates the query string and answers 400 with field errors", async () => {
    const response = await get("?limit=lots");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.fields.limit).toBeDefined();
  });
});

describe("dev outbox: this machine only", () => {
  it.each([
    ["127.0.0.1 with its port", LOCAL],
    ["localhost", { host: "localhost:3000", "x-forwarded-for": "127.0.0.1" }],
    ["IPv6 loopback", { host: "[::1]:3000", "x-forwarded-for": "::1" }],
    ["IPv4-mapped loopback peer", { host: "localhost:3000", "x-forwarded-for": "::ffff:127.0.0.1" }],
    ["no X-Forwarded-For at all (not behind Next's server)", { host: "localhost" }],
  ])("answers a request from this machine: %s", async (_label, headers) => {
    expect((await get("", headers)).status).toBe(200);
  });

  it.each([
    ["a LAN address in Host (dev bound to every interface)", { host: "192.168.1.20:3000", "x-forwarded-for": "192.168.1.33" }],
    ["a LAN peer claiming a loopback Host", { host: "localhost:3000", "x-forwarded-for": "192.168.1.33" }],
    ["a public host name (tunnel, or DNS rebinding)", { host: "dev.example.org", "x-forwarded-for": "127.0.0.1" }],
    ["a host name that merely starts like localhost", { host: "localhost.example.org:3000", "x-forwarded-for": "127.0.0.1" }],
    ["a proxy chain ending on this machine", { host: "localhost:3000", "x-forwarded-for": "203.0.113.9, 127.0.0.1" }],
    ["a Forwarded header", { host: "localhost:3000", "x-forwarded-for": "127.0.0.1", forwarded: "for=203.0.113.9" }],
    ["an X-Real-IP header", { host: "localhost:3000", "x-forwarded-for": "127.0.0.1", "x-real-ip": "203.0.113.9" }],
    ["a Via header", { host: "localhost:3000", "x-forwarded-for": "127.0.0.1", via: "1.1 tunnel" }],
    ["a public X-Forwarded-Host", { host: "localhost:3000", "x-forwarded-for": "127.0.0.1", "x-forwarded-host": "dev.example.org" }],
    ["a 127.x look-alike", { host: "localhost:3000", "x-forwarded-for": "127.0.0.1.example.org" }],
  ])("answers 404 to %s, the same as for a page that does not exist", async (_label, headers) => {
    await sendEmail({ to: "victim@example.org", subject: "Your sign-in link", text: "https://app.example/secret" });
    const response = await get("?to=victim@example.org", headers);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("secret");
  });
});

describe("dev outbox: never in production", () => {
  /** The route as a fresh import under other environment variables (lib/env reads them once). */
  async function routeWith(vars: Record<string, string | undefined>): Promise<Route> {
    vi.resetModules();
    for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
    return (await import("@/app/api/dev/outbox/route")).GET;
  }

  it("answers 404 to this machine too when NODE_ENV is production, whatever else is set", async () => {
    await sendEmail({ to: "victim@example.org", subject: "Your sign-in link", text: "https://app.example/secret" });
    for (const vars of [{ SMTP_URL: undefined }, { SMTP_URL: "", ENABLE_DEV_OUTBOX: "true" }]) {
      const route = await routeWith({ NODE_ENV: "production", AUTH_SECRET: "a-long-enough-secret-value", ...vars });
      const response = await get("?to=victim@example.org", LOCAL, route);
      expect(response.status, JSON.stringify(vars)).toBe(404);
    }
  });

  it("answers 404 in development once SMTP is configured (mail really goes out then)", async () => {
    const route = await routeWith({ NODE_ENV: "development", SMTP_URL: "smtp://127.0.0.1:2525" });
    expect((await get("", LOCAL, route)).status).toBe(404);
  });

  it("control: the same fresh import in development without SMTP answers", async () => {
    const route = await routeWith({ NODE_ENV: "development", SMTP_URL: undefined });
    expect((await get("", LOCAL, route)).status).toBe(200);
  });
});
