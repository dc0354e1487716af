// GET/POST /api/auth/* – next-auth (sign in with password or emailed link, sign out, session),
// with sign-in attempts rate-limited per IP and per email before next-auth sees them.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { clientIp, consumeAuthAttempt } from "@/lib/auth/rate-limit";
import { errorResponse } from "@/lib/api/http";

const handler = NextAuth(authOptions);

const LIMITED_PATHS = ["/api/auth/callback/credentials", "/api/auth/signin/email"];

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function post(request: Request, context: Ctx) {
  const { pathname } = new URL(request.url);
  if (LIMITED_PATHS.includes(pathname)) {
    const form = await request.clone().formData().catch(() => null);
    const email = form?.get("email");
    try {
      await consumeAuthAttempt(clientIp(request.headers), typeof email === "string" ? email : undefined);
    } catch (error) {
      // next-auth's client reads `url` from every answer; give it one carrying the error code.
      const response = errorResponse(error);
      if (response.status !== 429) return response;
      const body = await response.json();
      const url = new URL("/sign-in?error=RateLimited", request.url).toString();
      return Response.json({ ...body, url }, { status: 429, headers: response.headers });
    }
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
