import { describe, expect, it } from "vitest";
import { clientIpFrom, normaliseIp, UNKNOWN_CLIENT } from "@/lib/auth/client-ip";
import { sessionProblem, SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS } from "@/lib/auth/session-rules";

describe("session rules", () => {
  const now = 1_800_000_000;
  const claims = { sub: "user-1", sv: 3, authTime: now - 60 };
  const user = { sessionVersion: 3 };

  it("accepts a token with the user's current session version, signed in recently", () => {
    expect(sessionProblem(claims, user, now)).toBeNull();
  });

  it("refuses a token once the user's session version moved on (sign-out, password change)", () => {
    expect(sessionProblem(claims, { sessionVersion: 4 }, now)).toBe("revoked");
  });

  it("refuses a token past the absolute lifetime however active, and one from the future", () => {
    expect(sessionProblem({ ...claims, authTime: now - SESSION_MAX_SECONDS + 5 }, user, now)).toBeNull();
    expect(sessionProblem({ ...claims, authTime: now - SESSION_MAX_SECONDS - 1 }, user, now)).toBe("too-old");
    expect(sessionProblem({ ...claims, authTime: now + 3600 }, user, now)).toBe("too-old");
  });

  it("refuses tokens without the claims (issued before session versions) and for deleted users", () => {
    expect(sessionProblem({ sub: "user-1" }, user, now)).toBe("malformed");
    expect(sessionProblem({ ...claims, sv: "3" }, user, now)).toBe("malformed");
    expect(sessionProblem(claims, null, now)).toBe("no-user");
  });

  it("defaults to a two-hour idle and a twelve-hour absolute lifetime", () => {
    expect(SESSION_IDLE_SECONDS).toBe(2 * 60 * 60);
    expect(SESSION_MAX_SECONDS).toBe(12 * 60 * 60);
  });
});

describe("client address", () => {
  const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

  it("ignores X-Forwarded-For unless proxies are configured: anyone can send it", () => {
    expect(clientIpFrom(headers("203.0.113.9"), 0)).toBe(UNKNOWN_CLIENT);
    expect(clientIpFrom(headers(), 0)).toBe(UNKNOWN_CLIENT);
  });

  it("with one trusted proxy takes the address that proxy appended, not what the client wrote", () => {
    expect(clientIpFrom(headers("203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientIpFrom(headers("1.1.1.1, 2.2.2.2, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientIpFrom(headers("1.1.1.1, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
  });

  it("falls back to the shared unknown client when the chain is short or not an address", () => {
    expect(clientIpFrom(headers("203.0.113.9"), 2)).toBe(UNKNOWN_CLIENT);
    expect(clientIpFrom(headers(), 1)).toBe(UNKNOWN_CLIENT);
    expect(clientIpFrom(headers("not-an-ip"), 1)).toBe(UNKNOWN_CLIENT);
  });

  it("normalises addresses: ports, IPv4-mapped IPv6, and IPv6 by /64", () => {
    expect(normaliseIp("203.0.113.9:51234")).toBe("203.0.113.9");
    expect(normaliseIp("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(normaliseIp("[2001:db8:1:2::5]:443")).toBe("2001:db8:1:2::/64");
    expect(normaliseIp("2001:DB8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(normaliseIp("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(normaliseIp("evil")).toBeNull();
  });
});
