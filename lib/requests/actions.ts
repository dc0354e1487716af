"use server";
// Server actions behind the request buttons and forms (suggestion cards, person page, requests
// pages): requireUser → lib call (which parses, checks who may act and decides the transition
// in the database) → revalidate → form state. Components import these from lib, never app/.

import { revalidatePath } from "next/cache";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { formStateFromError, type FormState } from "@/lib/form-state";
import { acceptRequest, type AcceptResult } from "@/lib/requests/accept-request";
import { declineRequest } from "@/lib/requests/decline-request";
import { withdrawOverlappingRequests, type OverlapAnswer } from "@/lib/requests/overlapping-requests";
import { sendRequest, type SentRequest } from "@/lib/requests/send-request";
import { withdrawRequest } from "@/lib/requests/withdraw-request";

async function run<T extends object>(
  work: (user: CurrentUser) => Promise<T>,
  paths: (result: T) => string[],
): Promise<FormState & Partial<T>> {
  const user = await requireUser();
  try {
    const result = await work(user);
    for (const path of ["/requests", "/dashboard", ...paths(result)]) revalidatePath(path);
    return { ok: true, ...result };
  } catch (error) {
    return formStateFromError(error) as FormState & Partial<T>;
  }
}

/** Sends a request: `{ recipientId, role?, note, goalAreaIds? }` (lib/requests/schemas.ts SendRequestInput). */
export async function sendRequestAction(input: unknown): Promise<FormState & { request?: SentRequest }> {
  return run(
    async (user) => ({ request: await sendRequest(user, input) }),
    ({ request }) => ["/matches", `/people/${request.recipientId}`, `/requests/${request.id}`],
  );
}

/** Accepts a request sent to the acting person; the new mentorship's id comes back. */
export async function acceptRequestAction(requestId: string): Promise<FormState & Partial<AcceptResult>> {
  return run(
    (user) => acceptRequest(user, requestId),
    ({ mentorshipId }) => [`/requests/${requestId}`, "/mentorships", `/mentorships/${mentorshipId}`],
  );
}

/** Declines a request sent to the acting person (no reason is asked or kept). */
export async function declineRequestAction(requestId: string): Promise<FormState> {
  return run(
    (user) => declineRequest(user, requestId),
    () => [`/requests/${requestId}`],
  );
}

/** Withdraws a request the acting person sent. */
export async function withdrawRequestAction(requestId: string): Promise<FormState> {
  return run(
    (user) => withdrawRequest(user, requestId),
    () => [`/requests/${requestId}`, "/matches"],
  );
}

/**
 * The answer to "withdraw your other requests about these goals?" after an acceptance:
 * `{ withdrawIds }` withdraws exactly those; an empty list keeps them all.
 */
export async function withdrawOverlappingAction(acceptedRequestId: string, input: unknown): Promise<FormState & Partial<OverlapAnswer>> {
  return run(
    (user) => withdrawOverlappingRequests(user, acceptedRequestId, input),
    () => [`/requests/${acceptedRequestId}`],
  );
}
