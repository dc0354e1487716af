// GET/POST /api/auth/* – next-auth: sign in with a password, an emailed link or a sign-up's
// confirmation, sign out, read the session. Rate limits answer 429 with Retry-After here,
// before next-auth runs (lib/auth/rate-limit.ts has the numbers).
import NextAuth from "next-auth";
import { errorResponse } from "@/lib/api/http";
import { authOptions } from "@/lib/auth/options";
import { clientIp, consumeLinkRequest, passwordRetryAfter } from "@/lib/auth/rate-limit";
import { signUpTokenSubject } from "@/lib/auth/sign-up-token";
import { AppError } from "@/lib/errors";

const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

/** Refuses a sign-in attempt that is over its limit; throws RATE_LIMITED. */
async function checkLimits(pathname: string, form: FormData | null, ip: string): Promise<void> {
  const field = (name: string) => {
    const value = form?.get(name);
    return typeof value === "string" ? value : "";
  };
  switch (pathname) {
    case "/api/auth/callback/credentials": {
      // Only failures count (authorize spends and refunds); here a blocked pair or IP is
      // answered without running the password check at all.
      const wait = await passwordRetryAfter(field("email"), ip);
      if (wait) throw new AppError("RATE_LIMITED", { retryAfterSeconds: wait });
      return;
    }
    case "/api/auth/callback/confirm-signup": {
      const wait = await passwordRetryAfter(signUpTokenSubject(field("token")), ip);
      if (wait) throw new AppError("RATE_LIMITED", { retryAfterSeconds: wait });
      return;
    }
    case "/api/auth/signin/email":
      // Every request counts: each one sends an email.
      await consumeLinkRequest(field("email"), ip);
      return;
  }
}

async function post(request: Request, context: Ctx) {
  const { pathname } = new URL(request.url);
  try {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    await checkLimits(pathname, form, clientIp(request.headers));
  } catch (error) {
    const response = errorResponse(error);
    if (response.status !== 429) return response;
    // next-auth's client reads `url` from every answer; give it one carrying the error code.
    const body = await response.json();
    const url = new URL("/sign-in?error=RateLimited", request.url).toString();
    return Response.json({ ...body, url }, { status: 429, headers: response.headers });
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
