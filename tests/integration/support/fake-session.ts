// Stands in for lib/auth/session.ts in integration tests: the browser's session cookie is
// outside the process, so tests say who is acting with actAs(). Everything behind the
// session (services, policy, database) is the real code.
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";

let current: CurrentUser | null = null;

export function actAs(user: CurrentUser | null): void {
  current = user;
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  return current;
}

// Like the real one: pages and server actions send a signed-out person to sign in.
export async function requireUser(): Promise<CurrentUser> {
  if (!current) redirect("/sign-in");
  return current;
}

export async function requireApiUser(): Promise<CurrentUser> {
  if (!current) throw new AppError("UNAUTHENTICATED");
  return current;
}
