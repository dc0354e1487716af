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
  /** Previewing a matching round (coordinators get this with the programs issue). */
  canPreviewRound(actor: Actor): boolean {
    return actor.role === "ADMIN";
  },
};

/**
 * Throws when a rule says no. By default the refusal is NOT_FOUND, so an outsider cannot
 * tell whether the thing exists; pass "FORBIDDEN" where existence is no secret.
 */
export function authorize(allowed: boolean, refusal: "NOT_FOUND" | "FORBIDDEN" = "NOT_FOUND"): void {
  if (!allowed) throw new AppError(refusal);
}
