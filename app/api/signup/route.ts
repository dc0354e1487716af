// POST /api/signup – create a password account; the answer never says whether the email was taken.
import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/api/http";
import { clientIp } from "@/lib/auth/rate-limit";
import { signUp } from "@/lib/auth/sign-up";

export const POST = apiHandler(async (request) => {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    body = undefined;
  }
  const { email } = await signUp(body, clientIp(request.headers));
  return NextResponse.json(
    { email, next: "Request a sign-in link for this email to confirm it (POST /api/auth/signin/email)." },
    { status: 202 },
  );
});
