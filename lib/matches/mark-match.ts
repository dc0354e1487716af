import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { authorize, policy } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { RecordId, parseWith } from "@/lib/validation";

export const DISMISS_DAYS = 90;

// Ids reach these from server actions as well as routes: a hostile one is a 400 here, never a query.
const checkCandidateId = (raw: unknown): void => void parseWith(RecordId, raw);

/** Only finished profiles of other people can be dismissed or saved; anything else is NOT_FOUND. */
async function assertCandidate(actor: Actor, candidateId: string) {
  checkCandidateId(candidateId);
  if (actor.id === candidateId) throw new AppError("BAD_REQUEST", { userMessage: "That is your own profile." });
  const profile = await db.profile.findUnique({ where: { userId: candidateId }, select: { onboardedAt: true } });
  authorize(!!profile && policy.canViewProfile(actor, candidateId, profile.onboardedAt !== null));
}

/** "Not for me": hidden from the actor's suggestions for 90 days. Nobody else is told. */
export async function dismissMatch(actor: Actor, candidateId: string): Promise<{ hiddenUntil: Date }> {
  await assertCandidate(actor, candidateId);
  const hiddenUntil = new Date(Date.now() + DISMISS_DAYS * 24 * 60 * 60 * 1000);
  await db.$transaction([
    db.matchDismissal.upsert({
      where: { userId_candidateId: { userId: actor.id, candidateId } },
      create: { userId: actor.id, candidateId, hiddenUntil },
      update: { hiddenUntil },
    }),
    db.savedMatch.deleteMany({ where: { userId: actor.id, candidateId } }),
  ]);
  return { hiddenUntil };
}

export async function undoDismissMatch(actor: Actor, candidateId: string): Promise<void> {
  checkCandidateId(candidateId);
  await db.matchDismissal.deleteMany({ where: { userId: actor.id, candidateId } });
}

export async function saveMatch(actor: Actor, candidateId: string): Promise<void> {
  await assertCandidate(actor, candidateId);
  await db.savedMatch.upsert({
    where: { userId_candidateId: { userId: actor.id, candidateId } },
    create: { userId: actor.id, candidateId },
    update: {},
  });
}

export async function unsaveMatch(actor: Actor, candidateId: string): Promise<void> {
  checkCandidateId(candidateId);
  await db.savedMatch.deleteMany({ where: { userId: actor.id, candidateId } });
}

/** The people the actor saved for later, newest first (names only; their pages say more). */
export async function listSavedMatches(actor: Actor) {
  const saved = await db.savedMatch.findMany({
    where: { userId: actor.id, candidate: { profile: { onboardedAt: { not: null } } } },
    orderBy: { createdAt: "desc" },
    select: { candidateId: true, createdAt: true, candidate: { select: { profile: { select: { displayName: true } } } } },
  });
  return saved.map((s) => ({ id: s.candidateId, displayName: s.candidate.profile?.displayName ?? "", savedAt: s.createdAt.toISOString() }));
}
