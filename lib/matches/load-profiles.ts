import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { FormatKey, MatchProfile, Role } from "@/lib/matching";
import { TIE_HOLDS, loadProfilesWhere, type LoadedRow, type PersonCore } from "@/lib/matches/profile-rows";
import { sweepDueAffinities } from "@/lib/profiles/apply-affinities";
import { timeZoneLabel } from "@/lib/profiles/time-zones";

// The thin loader in front of the pure matcher: one SQL query that applies the hard
// constraints it can (role, block, dismissal, an open request or a tie with the viewer,
// shared format, own institution, paused or full mentors) and returns rows already shaped as
// MatchProfile, through the per-client cache in profile-rows.ts.

/** What a card shows about a suggested person: the profile basics and the friendly zone name. */
export type PersonSummary = PersonCore & {
  /** "Pacific Time, Vancouver" (lib/profiles/time-zones.ts), never the raw zone id alone. */
  timeZoneLabel: string;
};

export type LoadedProfile = LoadedRow;

/** A person as a card shows them; only the few people actually shown pay for the label. */
export function personSummary(person: PersonCore): PersonSummary {
  return { ...person, timeZoneLabel: timeZoneLabel(person.timeZone) };
}

const FORMAT_COLUMNS: Record<FormatKey, string> = {
  video: "formatVideo",
  phone: "formatPhone",
  inPerson: "formatInPerson",
  email: "formatEmail",
  asyncChat: "formatAsyncChat",
};

/** One person's matching profile (finished profiles only), through the same cache. */
export async function loadMatchProfile(userId: string): Promise<LoadedProfile | null> {
  return (await loadProfilesWhere(db, Prisma.sql`p."userId" = ${userId}`))[0] ?? null;
}

export type CandidateFilters = { goal?: string; format?: FormatKey };

/**
 * Candidates for a viewer looking in one role. The hard constraints that SQL can express
 * (role, block either way, dismissal, an open request either way or an active or paused tie
 * with the viewer, shared format, own institution, paused or full mentors) run in the
 * database; the pure matcher checks every constraint again.
 */
export async function loadCandidates(viewer: MatchProfile, role: Role, filters: CandidateFilters = {}): Promise<LoadedProfile[]> {
  // Other people's preference changes whose window has passed go through here, so they apply
  // even if those people never look at their own suggestions again.
  await sweepDueAffinities();
  const where: Prisma.Sql[] = [
    Prisma.sql`p."userId" <> ${viewer.id}`,
    // Small per-viewer lists, so the planner hashes them once instead of probing per row.
    Prisma.sql`p."userId" NOT IN (SELECT b."blockedId" FROM "Block" b WHERE b."blockerId" = ${viewer.id})`,
    Prisma.sql`p."userId" NOT IN (SELECT b."blockerId" FROM "Block" b WHERE b."blockedId" = ${viewer.id})`,
    Prisma.sql`p."userId" NOT IN (SELECT d."candidateId" FROM "MatchDismissal" d WHERE d."userId" = ${viewer.id} AND d."hiddenUntil" > now())`,
    // Engaged: people the viewer is already asking, being asked by, or tied to (any kind, any
    // role) are the relationship itself, not a suggestion. ENDED ties and closed requests are not.
    Prisma.sql`p."userId" NOT IN (SELECT r."recipientId" FROM "MentorshipRequest" r WHERE r."requesterId" = ${viewer.id} AND r.status = 'OPEN')`,
    Prisma.sql`p."userId" NOT IN (SELECT r."requesterId" FROM "MentorshipRequest" r WHERE r."recipientId" = ${viewer.id} AND r.status = 'OPEN')`,
    Prisma.sql`p."userId" NOT IN (SELECT m."menteeId" FROM "Mentorship" m WHERE m."mentorId" = ${viewer.id} AND m.status IN ${TIE_HOLDS})`,
    Prisma.sql`p."userId" NOT IN (SELECT m."mentorId" FROM "Mentorship" m WHERE m."menteeId" = ${viewer.id} AND m.status IN ${TIE_HOLDS})`,
  ];
  // A full mentor is gone from every mentee's list until a slot frees up.
  if (role === "mentee")
    where.push(Prisma.sql`p."offersMentorship" AND p."acceptingRequests" AND p."mentorCapacity" > COALESCE(held.n, 0)`);
  if (role === "mentor") where.push(Prisma.sql`p."seeksMentorship"`);
  if (role === "peer") where.push(Prisma.sql`p."openToPeer"`);

  // At least one format acceptable to both.
  const acceptable = (Object.keys(FORMAT_COLUMNS) as FormatKey[]).filter((f) => viewer.formats[f] !== "NO");
  if (acceptable.length === 0) return [];
  where.push(
    Prisma.sql`(${Prisma.join(
      acceptable.map((f) => Prisma.sql`p.${Prisma.raw(`"${FORMAT_COLUMNS[f]}"`)} <> 'NO'`),
      " OR ",
    )})`,
  );

  // Own institution, when the mentee asked to look outside it.
  if (viewer.institutionKey) {
    if (role === "mentee" && viewer.preferOutsideInstitution) {
      where.push(Prisma.sql`p."institutionKey" IS DISTINCT FROM ${viewer.institutionKey}`);
    }
    if (role === "mentor") {
      where.push(Prisma.sql`NOT (p."preferOutsideInstitution" AND p."institutionKey" IS NOT DISTINCT FROM ${viewer.institutionKey})`);
    }
  }

  if (filters.goal) {
    const kinds = role === "mentee" ? ["OFFER"] : role === "mentor" ? ["SEEK"] : ["SEEK", "OFFER"];
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ProfileGoal" fg WHERE fg."profileId" = p."userId" AND fg."goalAreaId" = ${filters.goal}
                  AND fg.kind::text IN (${Prisma.join(kinds)}))`,
    );
  }
  // A format filter means "people I can meet this way": both sides must accept it.
  if (filters.format && viewer.formats[filters.format] === "NO") return [];
  if (filters.format) where.push(Prisma.sql`p.${Prisma.raw(`"${FORMAT_COLUMNS[filters.format]}"`)} <> 'NO'`);

  // In no particular order: the matcher ranks by score and breaks ties by id whatever the order.
  return loadProfilesWhere(db, Prisma.join(where, " AND "));
}

/**
 * Pair facts for the pure matcher: blocks and active dismissals involving these people, and
 * the pairs among them already engaged (an open request either way, an active or paused tie).
 */
export async function loadPairContext(userIds: string[]) {
  const [blocks, dismissals, requests, ties] = await Promise.all([
    db.block.findMany({
      where: { OR: [{ blockerId: { in: userIds } }, { blockedId: { in: userIds } }] },
      select: { blockerId: true, blockedId: true },
    }),
    db.matchDismissal.findMany({
      where: { userId: { in: userIds }, hiddenUntil: { gt: new Date() } },
      select: { userId: true, candidateId: true },
    }),
    db.mentorshipRequest.findMany({
      where: { status: "OPEN", requesterId: { in: userIds }, recipientId: { in: userIds } },
      select: { requesterId: true, recipientId: true },
    }),
    db.mentorship.findMany({
      where: { status: { in: ["ACTIVE", "PAUSED"] }, mentorId: { in: userIds }, menteeId: { in: userIds } },
      select: { mentorId: true, menteeId: true },
    }),
  ]);
  return {
    blocked: blocks.map((b) => [b.blockerId, b.blockedId] as const),
    dismissed: dismissals.map((d) => [d.userId, d.candidateId] as const),
    engaged: [...requests.map((r) => [r.requesterId, r.recipientId] as const), ...ties.map((t) => [t.mentorId, t.menteeId] as const)],
  };
}

/** Whether two people are already engaged: an open request either way or an active or paused tie of any kind. */
export async function areEngaged(a: string, b: string): Promise<boolean> {
  const [request, tie] = await Promise.all([
    db.mentorshipRequest.findFirst({
      where: {
        status: "OPEN",
        OR: [
          { requesterId: a, recipientId: b },
          { requesterId: b, recipientId: a },
        ],
      },
      select: { id: true },
    }),
    db.mentorship.findFirst({
      where: {
        status: { in: ["ACTIVE", "PAUSED"] },
        OR: [
          { mentorId: a, menteeId: b },
          { mentorId: b, menteeId: a },
        ],
      },
      select: { id: true },
    }),
  ]);
  return request !== null || tie !== null;
}

/** One side of a matching round: finished mentee or mentor profiles, optionally limited to ids. */
export async function loadRoundSide(side: "mentee" | "mentor", ids?: string[]): Promise<LoadedProfile[]> {
  if (ids && ids.length === 0) return [];
  await sweepDueAffinities();
  const flag = side === "mentee" ? Prisma.sql`p."seeksMentorship"` : Prisma.sql`p."offersMentorship"`;
  const only = ids ? Prisma.sql`AND p."userId" IN (${Prisma.join(ids)})` : Prisma.empty;
  // The round sorts its people by id itself.
  return loadProfilesWhere(db, Prisma.sql`${flag} ${only}`);
}
