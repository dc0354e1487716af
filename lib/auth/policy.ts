import { AppError } from "@/lib/errors";

// Every permission rule lives here. Domain services ask these questions and throw through
// `authorize`; nothing else decides who may see or change whose data.

export type Role = "MEMBER" | "COORDINATOR" | "ADMIN";
export type Actor = { id: string; role: Role };

export const policy = {
  /** A person's own account and profile: only themselves. */
  canEditOwnData(actor: Actor, ownerId: string): boolean {
    return actor.id === ownerId;
  },
  /** A public profile: any signed-in member once the owner finished onboarding; always the owner. */
  canViewProfile(actor: Actor, ownerId: string, onboarded: boolean): boolean {
    return actor.id === ownerId || onboarded;
  },
  /**
   * Identity attributes marked "shown on my profile": the owner, and any signed-in member once
   * the profile is finished (being suggested to someone only takes editing one's own profile,
   * so nothing narrower could be promised). The words people read are in
   * lib/profiles/identity-copy.ts, tested against this rule. "Private" and "matching only"
   * attributes are never shown to anyone but the owner, whatever this says.
   */
  canSeeShownIdentity(actor: Actor, ownerId: string, onboarded: boolean): boolean {
    return actor.id === ownerId || onboarded;
  },
  /** Notifications and their email settings: only the person they are for (admins included: nobody reads another's). */
  canSeeNotifications(actor: Actor, ownerId: string): boolean {
    return actor.id === ownerId;
  },
  /** Admin tools: vocabularies, coordinators. */
  canManageVocabulary(actor: Actor): boolean {
    return actor.role === "ADMIN";
  },
  /** Program settings such as matching weights (coordinators join with the programs issue). */
  canManagePrograms(actor: Actor): boolean {
    return actor.role === "ADMIN";
  },
  /**
   * A mentorship or peer request, its note, goals and thread: only its two people. Admins are
   * outsiders (a request is a private conversation); everyone else gets "not found".
   */
  canViewRequest(actor: Actor, request: { requesterId: string; recipientId: string }): boolean {
    return actor.id === request.requesterId || actor.id === request.recipientId;
  },
  /** Accepting or declining: only the person the request was sent to. */
  canAnswerRequest(actor: Actor, request: { recipientId: string }): boolean {
    return actor.id === request.recipientId;
  },
  /** Withdrawing: only the person who sent it. */
  canWithdrawRequest(actor: Actor, request: { requesterId: string }): boolean {
    return actor.id === request.requesterId;
  },
  /** Previewing a matching round (coordinators get this with the programs issue). */
  canPreviewRound(actor: Actor): boolean {
    return actor.role === "ADMIN";
  },
  /**
   * A mentorship or peer connection, its goals, agreement and messages: only its two people.
   * Admins are outsiders here too (a coordinator's oversight comes with the programs issue and
   * will never include messages).
   */
  canViewMentorship(actor: Actor, mentorship: { mentorId: string; menteeId: string }): boolean {
    return actor.id === mentorship.mentorId || actor.id === mentorship.menteeId;
  },
  /**
   * Changing a relationship (agreement, rhythm, goal progress): either of its two people while
   * it is active or paused; an ended one is kept as it was.
   */
  canUpdateMentorship(actor: Actor, mentorship: { mentorId: string; menteeId: string; status: string }): boolean {
    return policy.canViewMentorship(actor, mentorship) && mentorship.status !== "ENDED";
  },
  /** Reading a message thread (a request's or a mentorship's): only the two people in it. */
  canReadThread(actor: Actor, people: readonly [string, string]): boolean {
    return people.includes(actor.id);
  },
  /**
   * Posting in a thread: one of its two people while the thread is open (a request's thread
   * while the request is OPEN, a mentorship's while it is ACTIVE or PAUSED); read-only after.
   */
  canPostInThread(actor: Actor, people: readonly [string, string], open: boolean): boolean {
    return policy.canReadThread(actor, people) && open;
  },
};

/**
 * Throws when a rule says no. By default the refusal is NOT_FOUND, so an outsider cannot
 * tell whether the thing exists; pass "FORBIDDEN" where existence is no secret.
 */
export function authorize(allowed: boolean, refusal: "NOT_FOUND" | "FORBIDDEN" = "NOT_FOUND"): void {
  if (!allowed) throw new AppError(refusal);
}
