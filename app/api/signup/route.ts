// POST /api/signup – create a password account; the answer never says whether the email was taken.
import { NextResponse } from "next/server";
import { apiHandler, readJsonBody } from "@/lib/api/http";
import { clientIp } from "@/lib/auth/rate-limit";
import { signUp } from "@/lib/auth/sign-up";

export const POST = apiHandler(
  async (request) => {
    const body = await readJsonBody(request);
    const { email } = await signUp(body, clientIp(request.headers));
    return NextResponse.json(
      { email, next: "Open the link emailed to this address and enter the same password to confirm it." },
      { status: 202 },
    );
  },
  // Sign-up is for people without a session: its writes count per address, with no session lookup.
  { writesCountAgainst: "address" },
);
