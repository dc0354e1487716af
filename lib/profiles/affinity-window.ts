// How often a person's own affinity preferences (and identity answers) may reach matching. Client-safe (the identity
// step and the profile page word it; lib/profiles/apply-affinities.ts enforces it).
//
// Why a delay at all: "prefer someone who shares X" moves people who hold X up the list, even
// when they keep X to "matching only". Flipping that preference on and off while watching the
// list would show who moves, that is, who holds X. Letting changes through at most once per
// window makes each such probe cost hours, and the identity step says so plainly.

export const AFFINITY_WINDOW_HOURS = 6;
export const AFFINITY_WINDOW_MS = AFFINITY_WINDOW_HOURS * 3600 * 1000;

export type AffinityRow = { attributeId: string; preference: string; required: boolean };
/** One identity answer. PRIVATE answers never reach matching, so they never count. */
export type IdentityRow = { attributeId: string; visibility: string };

/** "No preference" rows carry nothing for matching, so they never count as a difference. */
function keyOf(rows: readonly AffinityRow[]): string {
  return rows
    .filter((r) => r.preference !== "NONE")
    .map((r) => `${r.attributeId}\u0000${r.preference}\u0000${r.required ? 1 : 0}`)
    .sort()
    .join("\u0001");
}

export function sameAffinities(a: readonly AffinityRow[], b: readonly AffinityRow[]): boolean {
  return keyOf(a) === keyOf(b);
}

function identityKeyOf(rows: readonly IdentityRow[]): string {
  return rows
    .filter((r) => r.visibility !== "PRIVATE")
    .map((r) => `${r.attributeId}\u0000${r.visibility}`)
    .sort()
    .join("\u0001");
}

export function sameIdentities(a: readonly IdentityRow[], b: readonly IdentityRow[]): boolean {
  return identityKeyOf(a) === identityKeyOf(b);
}

/**
 * Identity rows matching may take at once, before the window has passed: only changes that
 * expose less (an answer made private or removed, "shown" turned into "matching only").
 * Exposing more waits, so every probe still costs a whole window, and hiding something never
 * waits (a hidden attribute must not be named in a reason hours later).
 */
export function identitiesAfterReductions(set: readonly IdentityRow[], applied: readonly IdentityRow[]): IdentityRow[] {
  const now = new Map(set.filter((r) => r.visibility !== "PRIVATE").map((r) => [r.attributeId, r.visibility]));
  const out: IdentityRow[] = [];
  for (const row of applied) {
    const wanted = now.get(row.attributeId);
    if (!wanted) continue; // made private or removed: gone at once
    out.push({
      attributeId: row.attributeId,
      visibility: row.visibility === "SHOWN" && wanted === "MATCHING" ? "MATCHING" : row.visibility,
    });
  }
  return out;
}

/** May a change be copied to matching now? Never copied before, or the window has passed. */
export function isApplyDue(appliedAt: Date | null, now: Date): boolean {
  return appliedAt === null || now.getTime() - appliedAt.getTime() >= AFFINITY_WINDOW_MS;
}

export type AffinityState = {
  onboarded: boolean;
  appliedAt: Date | null;
  set: readonly AffinityRow[];
  applied: readonly AffinityRow[];
  /** Identity answers as set, and as matching uses them (MatchingIdentity). */
  setIdentities?: readonly IdentityRow[];
  appliedIdentities?: readonly IdentityRow[];
};

/** Does matching already use exactly what the person set? */
export function isInSync(state: AffinityState): boolean {
  return sameAffinities(state.set, state.applied) && sameIdentities(state.setIdentities ?? [], state.appliedIdentities ?? []);
}

/**
 * When the preferences the person set will reach matching, or null if matching already uses
 * them (or may take them right now: they are copied the next time anything asks).
 */
export function pendingUntil(state: AffinityState, now: Date): Date | null {
  if (!state.onboarded || isInSync(state) || isApplyDue(state.appliedAt, now)) return null;
  return new Date(state.appliedAt!.getTime() + AFFINITY_WINDOW_MS);
}
