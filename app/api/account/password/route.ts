// POST /api/account/password – change one's password (or set a first one); every session of the
// person ends, this one included, so the answer says to sign in again.
import { NextResponse } from "next/server";
import { apiHandler, parseBody } from "@/lib/api/http";
import { changePassword } from "@/lib/auth/change-password";
import { ChangePasswordInput } from "@/lib/auth/schemas";
import { requireApiUser } from "@/lib/auth/session";

export const POST = apiHandler(async (request) => {
  const user = await requireApiUser();
  const input = await parseBody(request, ChangePasswordInput);
  await changePassword(user, input);
  return NextResponse.json({ changed: true, signedOut: true, next: "Sign in again with your new password." });
});
