// Drives the real next-auth handler with the app's real options (lib/auth/options.ts), the way
// a browser would: CSRF token, form posts, cookies kept between calls. It uses next-auth's
// Node-style entry (req/res objects) because the App Router entry needs a live Next.js request.
import NextAuth from "next-auth";
import { authOptions, SESSION_COOKIE } from "@/lib/auth/options";

// What a deployment sets (from AUTH_URL); without it next-auth warns on every call.
process.env.NEXTAUTH_URL ??= "http://localhost:3000";

type Answer = { status: number; location?: string; url?: string; body: unknown };

export class NextAuthBrowser {
  readonly cookies = new Map<string, string>();

  constructor(private readonly ip = "203.0.113.10") {}

  get sessionToken(): string | undefined {
    return this.cookies.get(SESSION_COOKIE);
  }

  private async call(method: "GET" | "POST", path: string, params: Record<string, string> = {}): Promise<Answer> {
    const [action, providerId] = path.split("/");
    const setCookies: string[] = [];
    let answer: Answer = { status: 200, body: undefined };
    const res = {
      status(code: number) {
        answer.status = code;
        return res;
      },
      getHeader: (name: string) => (name.toLowerCase() === "set-cookie" ? [...setCookies] : undefined),
      setHeader(name: string, value: string | string[]) {
        if (name.toLowerCase() === "set-cookie") setCookies.splice(0, setCookies.length, ...[value].flat());
        if (name.toLowerCase() === "location") answer.location = String(value);
      },
      send(body: unknown) {
        answer.body = body;
        return res;
      },
      json(body: unknown) {
        answer = { ...answer, body, url: (body as { url?: string }).url };
        return res;
      },
      end() {
        return res;
      },
    };
    const req = {
      method,
      query: { nextauth: providerId ? [action, providerId] : [action], ...(method === "GET" ? params : {}) },
      body: method === "POST" ? { ...params, json: "true" } : undefined,
      cookies: Object.fromEntries(this.cookies),
      headers: { host: "localhost:3000", "x-forwarded-for": this.ip },
    };
    await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(req, res, authOptions);
    for (const header of setCookies) {
      const [pair, ...attributes] = header.split(";");
      const name = pair!.slice(0, pair!.indexOf("="));
      const value = decodeURIComponent(pair!.slice(pair!.indexOf("=") + 1));
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return answer;
  }

  private async csrf(): Promise<string> {
    const { body } = await this.call("GET", "csrf");
    return (body as { csrfToken: string }).csrfToken;
  }

  private async post(path: string, fields: Record<string, string>): Promise<Answer> {
    return this.call("POST", path, { ...fields, csrfToken: await this.csrf() });
  }

  /** The error code next-auth reports in the answer's URL (e.g. CredentialsSignin), or null. */
  static errorOf(answer: Answer): string | null {
    const url = answer.url ?? answer.location;
    return url ? new URL(url, "http://localhost:3000").searchParams.get("error") : null;
  }

  signInWithPassword(email: string, password: string) {
    return this.post("callback/credentials", { email, password, callbackUrl: "/dashboard" });
  }

  confirmSignUp(token: string, password: string) {
    return this.post("callback/confirm-signup", { token, password, callbackUrl: "/onboarding" });
  }

  requestEmailLink(email: string) {
    return this.post("signin/email", { email, callbackUrl: "/dashboard" });
  }

  /** Opens an emailed sign-in link (next-auth's /api/auth/callback/email?token=...&email=...). */
  openEmailLink(link: string) {
    const url = new URL(link);
    return this.call("GET", "callback/email", Object.fromEntries(url.searchParams));
  }

  session() {
    return this.call("GET", "session");
  }

  signOut() {
    return this.post("signout", { callbackUrl: "/sign-in?signedOut=1" });
  }
}
