import "server-only";
import { Prisma, type AffinityPreference, type IdentityVisibility } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import {
  AFFINITY_WINDOW_MS,
  identitiesAfterReductions,
  isApplyDue,
  isInSync,
  pendingUntil,
  sameIdentities,
  type AffinityRow,
  type IdentityRow,
} from "@/lib/profiles/affinity-window";

// Matching reads MatchingAffinity and MatchingIdentity, delayed copies of the preferences and
// identity answers a person set (ProfileAffinity, ProfileIdentity). The copy is refreshed at most once per AFFINITY_WINDOW_HOURS, so flipping
// a preference while watching one's suggestions cannot single out who holds an attribute
// (see lib/profiles/affinity-window.ts). A change that has to wait is applied by whichever
// comes first after the window: the person's own suggestions or profile, or the sweep the
// suggestions loader runs for everyone else.

type Tx = Prisma.TransactionClient;

async function stateOf(tx: Tx, userId: string) {
  const profile = await tx.profile.findUnique({
    where: { userId },
    select: {
      onboardedAt: true,
      affinitiesAppliedAt: true,
      affinities: { select: { attributeId: true, preference: true, required: true } },
      matchingAffinities: { select: { attributeId: true, preference: true, required: true } },
      identities: { select: { attributeId: true, visibility: true } },
      matchingIdentities: { select: { attributeId: true, visibility: true } },
    },
  });
  if (!profile) return null;
  return {
    onboarded: profile.onboardedAt !== null,
    appliedAt: profile.affinitiesAppliedAt,
    set: profile.affinities,
    applied: profile.matchingAffinities,
    setIdentities: profile.identities,
    appliedIdentities: profile.matchingIdentities,
  };
}

async function writeCopy(tx: Tx, userId: string, identities: readonly IdentityRow[], affinities: readonly AffinityRow[]) {
  await tx.matchingIdentity.deleteMany({ where: { profileId: userId } });
  await tx.matchingAffinity.deleteMany({ where: { profileId: userId } });
  const identityRows = identities
    .filter((i) => i.visibility !== "PRIVATE")
    .map((i) => ({ profileId: userId, attributeId: i.attributeId, visibility: i.visibility as IdentityVisibility }));
  const affinityRows = affinities
    .filter((a) => a.preference !== "NONE")
    .map((a) => ({ profileId: userId, attributeId: a.attributeId, preference: a.preference as AffinityPreference, required: a.required }));
  // skipDuplicates: two requests applying the same change at once must not fail each other.
  if (identityRows.length) await tx.matchingIdentity.createMany({ data: identityRows, skipDuplicates: true });
  if (affinityRows.length) await tx.matchingAffinity.createMany({ data: affinityRows, skipDuplicates: true });
}

/**
 * Copy the person's identity answers and preferences to matching if they differ and may go
 * through now; otherwise apply only what exposes less (see identitiesAfterReductions) and leave
 * the rest waiting. Returns when a waiting change will go through (null: nothing waits).
 *
 * Before the profile is finished nobody sees suggestions, so nothing can be probed: changes
 * then go through at once and do not start the clock.
 */
export async function applyAffinitiesIn(tx: Tx, userId: string, now = new Date()): Promise<Date | null> {
  const state = await stateOf(tx, userId);
  if (!state || isInSync(state)) return null;
  // updatedAt tells the suggestions cache (lib/matches/load-profiles.ts) to read the row again.
  if (state.onboarded && !isApplyDue(state.appliedAt, now)) {
    const reduced = identitiesAfterReductions(state.setIdentities, state.appliedIdentities);
    if (!sameIdentities(reduced, state.appliedIdentities)) {
      // "Prefer shared" needs holding the attribute, so preferences about one just hidden go too.
      const held = new Set(reduced.map((i) => i.attributeId));
      const affinities = state.applied.filter((a) => a.preference !== "SHARED" || held.has(a.attributeId));
      await writeCopy(tx, userId, reduced, affinities);
      await tx.profile.update({ where: { userId }, data: { updatedAt: now } });
    }
    return pendingUntil({ ...state, appliedIdentities: reduced }, now);
  }
  await writeCopy(tx, userId, state.setIdentities, state.set);
  await tx.profile.update({
    where: { userId },
    data: { updatedAt: now, ...(state.onboarded ? { affinitiesAppliedAt: now } : {}) },
  });
  return null;
}

/** applyAffinitiesIn in its own transaction: for a person's own suggestions and profile views. */
export function applyDueAffinities(userId: string, now = new Date()): Promise<Date | null> {
  return db.$transaction((tx) => applyAffinitiesIn(tx, userId, now));
}

/** Everyone whose waiting change may go through now (a few rows at most; one query). */
export async function dueAffinityProfiles(now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - AFFINITY_WINDOW_MS);
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT DISTINCT d."profileId" AS id FROM (
      (SELECT "profileId", "attributeId", preference::text AS v, required FROM "ProfileAffinity" WHERE preference <> 'NONE'
       EXCEPT SELECT "profileId", "attributeId", preference::text, required FROM "MatchingAffinity")
      UNION ALL
      (SELECT "profileId", "attributeId", preference::text AS v, required FROM "MatchingAffinity"
       EXCEPT SELECT "profileId", "attributeId", preference::text, required FROM "ProfileAffinity" WHERE preference <> 'NONE')
      UNION ALL
      (SELECT "profileId", "attributeId", visibility::text AS v, false FROM "ProfileIdentity" WHERE visibility <> 'PRIVATE'
       EXCEPT SELECT "profileId", "attributeId", visibility::text, false FROM "MatchingIdentity")
      UNION ALL
      (SELECT "profileId", "attributeId", visibility::text AS v, false FROM "MatchingIdentity"
       EXCEPT SELECT "profileId", "attributeId", visibility::text, false FROM "ProfileIdentity" WHERE visibility <> 'PRIVATE')
    ) d
    JOIN "Profile" p ON p."userId" = d."profileId"
    WHERE p."onboardedAt" IS NULL OR p."affinitiesAppliedAt" IS NULL OR p."affinitiesAppliedAt" <= ${cutoff}`);
  return rows.map((r) => r.id);
}

/** Apply every change whose window has passed. Returns the people whose copy changed. */
export async function applyAllDueAffinities(now = new Date()): Promise<string[]> {
  const due = await dueAffinityProfiles(now);
  for (const userId of due) await applyDueAffinities(userId, now);
  return due;
}

// The sweep runs on the suggestions path, so it is throttled per database client: a change
// waits for its window anyway, and a minute more is not worth a query on every page view.
const SWEEP_EVERY_MS = 60_000;
const lastSweep = new WeakMap<object, number>();

/** applyAllDueAffinities at most once a minute per process. */
export async function sweepDueAffinities(now = new Date()): Promise<void> {
  const last = lastSweep.get(db);
  if (last !== undefined && now.getTime() - last < SWEEP_EVERY_MS) return;
  lastSweep.set(db, now.getTime());
  await applyAllDueAffinities(now);
}
