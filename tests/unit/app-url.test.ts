// Emailed links (sign-up confirmations, sign-in links, notifications) point to the address the
// app is served on: AUTH_URL / NEXTAUTH_URL when set, else localhost on the port the server
// listens on (Next.js writes PORT once it listens), never a Host header.
import { afterEach, describe, expect, it, vi } from "vitest";

// lib/env reads process.env once at import, so each case imports a fresh copy.
async function freshAppUrl(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries({ AUTH_URL: undefined, NEXTAUTH_URL: undefined, PORT: undefined, ...vars })) {
    vi.stubEnv(key, value);
  }
  return import("@/lib/auth/app-url");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("appUrl", () => {
  it("follows the port the server listens on when no address is configured", async () => {
    const { appUrl, appOrigin } = await freshAppUrl({ PORT: "4123" });
    expect(appOrigin()).toBe("http://localhost:4123");
    expect(appUrl("/confirm?token=abc")).toBe("http://localhost:4123/confirm?token=abc");
  });

  it("reads PORT when the link is made, not when the module loads (Next.js sets it once listening)", async () => {
    const { appUrl } = await freshAppUrl({});
    expect(appUrl("/sign-in")).toBe("http://localhost:3000/sign-in");
    vi.stubEnv("PORT", "3001");
    expect(appUrl("/sign-in")).toBe("http://localhost:3001/sign-in");
  });

  it("uses AUTH_URL, then NEXTAUTH_URL, over the port", async () => {
    const configured = await freshAppUrl({
      AUTH_URL: "https://mentoring.example.org",
      NEXTAUTH_URL: "https://other.example.org",
      PORT: "4123",
    });
    expect(configured.appUrl("/notifications")).toBe("https://mentoring.example.org/notifications");
    const nextAuth = await freshAppUrl({ NEXTAUTH_URL: "https://mentoring.example.org", PORT: "4123" });
    expect(nextAuth.appUrl("/notifications")).toBe("https://mentoring.example.org/notifications");
  });

  it.each([["not-a-port"], ["0"], ["70000"], ["4000; evil.example"], [""]])("ignores a PORT of %j", async (port) => {
    const { appOrigin } = await freshAppUrl({ PORT: port });
    expect(appOrigin()).toBe("http://localhost:3000");
  });

  it("keeps links on the app's own address whatever path they are given", async () => {
    const { appUrl } = await freshAppUrl({ AUTH_URL: "https://mentoring.example.org" });
    expect(new URL(appUrl("/requests/abc")).origin).toBe("https://mentoring.example.org");
  });
});

describe("next-auth's address", () => {
  it("is the same as appUrl's, so the emailed sign-in link follows the port too", async () => {
    const { shareAppOriginWithNextAuth } = await freshAppUrl({ PORT: "4123" });
    shareAppOriginWithNextAuth();
    expect(process.env.NEXTAUTH_URL).toBe("http://localhost:4123");
  });

  it("is left alone when NEXTAUTH_URL is set, and set from AUTH_URL otherwise", async () => {
    const own = await freshAppUrl({ NEXTAUTH_URL: "https://mentoring.example.org", PORT: "4123" });
    own.shareAppOriginWithNextAuth();
    expect(process.env.NEXTAUTH_URL).toBe("https://mentoring.example.org");
    const fromAuthUrl = await freshAppUrl({ AUTH_URL: "https://mentoring.example.org", PORT: "4123" });
    fromAuthUrl.shareAppOriginWithNextAuth();
    expect(process.env.NEXTAUTH_URL).toBe("https://mentoring.example.org");
  });
});
