import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { FormatKey, MatchProfile, Role } from "@/lib/matching";
import { sweepDueAffinities } from "@/lib/profiles/apply-affinities";
import { formatsOf } from "@/lib/profiles/profile-view";

// The thin loader in front of the pure matcher: one SQL query that applies the hard
// constraints it can (role, block, dismissal, an open request or a tie with the viewer,
// shared format, own institution, paused or full mentors) and returns rows already shaped as
// MatchProfile. Identity attributes marked PRIVATE are never read here, so they cannot reach
// scoring, reasons or responses. Affinity preferences come from MatchingAffinity, the copy
// that changes at most once per window (lib/profiles/affinity-window.ts), so flipping one's
// preferences cannot probe others.

export type PersonSummary = {
  id: string;
  displayName: string;
  pronouns: string | null;
  institution: string | null;
  careerStage: string | null;
  positionType: string | null;
  sectors: string[];
  timeZone: string;
};

export type LoadedProfile = { match: MatchProfile; person: PersonSummary };

type Row = {
  id: string;
  displayName: string;
  pronouns: string | null;
  institution: string | null;
  institutionKey: string | null;
  seeksMentorship: boolean;
  offersMentorship: boolean;
  openToPeer: boolean;
  timeZone: string;
  languages: string[];
  careerStage: MatchProfile["careerStage"];
  sectors: string[];
  positionType: MatchProfile["positionType"];
  formatVideo: string;
  formatPhone: string;
  formatInPerson: string;
  formatEmail: string;
  formatAsyncChat: string;
  mentorCapacity: number;
  acceptingRequests: boolean;
  preferOutsideInstitution: boolean;
  seeks: string[];
  offers: string[];
  learns: string[];
  identity: MatchProfile["identity"][number][];
  affinity: MatchProfile["affinity"][number][];
};

const FORMAT_COLUMNS: Record<FormatKey, string> = {
  video: "formatVideo",
  phone: "formatPhone",
  inPerson: "formatInPerson",
  email: "formatEmail",
  asyncChat: "formatAsyncChat",
};

// A profile row with its goals and the delayed identity and affinity copies (never
// ProfileIdentity / ProfileAffinity: see lib/profiles/apply-affinities.ts), as one JSON value
// for all the rows asked for (see findProfiles for why JSON), with updatedAt in milliseconds.
function profileRows(ids: string[]): Prisma.Sql {
  return Prisma.sql`
  SELECT COALESCE(json_agg(x), '[]') AS rows FROM (
    SELECT p."userId" AS id, p."displayName", p.pronouns, p.institution, p."institutionKey",
      p."seeksMentorship", p."offersMentorship", p."openToPeer", p."timeZone", p.languages,
      p."careerStage", p.sectors, p."positionType",
      p."formatVideo", p."formatPhone", p."formatInPerson", p."formatEmail", p."formatAsyncChat",
      p."mentorCapacity", p."acceptingRequests", p."preferOutsideInstitution",
      (extract(epoch FROM p."updatedAt") * 1000)::bigint AS "updatedAt",
      ARRAY(SELECT g."goalAreaId" FROM "ProfileGoal" g WHERE g."profileId" = p."userId" AND g.kind = 'SEEK' ORDER BY g."goalAreaId") AS seeks,
      ARRAY(SELECT g."goalAreaId" FROM "ProfileGoal" g WHERE g."profileId" = p."userId" AND g.kind = 'OFFER' ORDER BY g."goalAreaId") AS offers,
      ARRAY(SELECT g."goalAreaId" FROM "ProfileGoal" g WHERE g."profileId" = p."userId" AND g.kind = 'LEARN' ORDER BY g."goalAreaId") AS learns,
      COALESCE((SELECT json_agg(json_build_object('attributeId', i."attributeId", 'visibility', i.visibility))
                FROM "MatchingIdentity" i WHERE i."profileId" = p."userId" AND i.visibility <> 'PRIVATE'), '[]') AS identity,
      COALESCE((SELECT json_agg(json_build_object('attributeId', a."attributeId", 'preference', a.preference, 'required', a.required))
                FROM "MatchingAffinity" a WHERE a."profileId" = p."userId"), '[]') AS affinity
    FROM "Profile" p WHERE p."userId" IN (${Prisma.join(ids)})) x`;
}

// Live facts: they change without any write to the profile (a mentorship starts or ends, a
// request waits past its reminder as time passes), so they are never cached. Every query that
// picks profiles returns them beside (id, updatedAt): two small grouped scans (ties holding a
// mentor's slots, open requests waiting past the reminder) hash-joined onto the profiles.
type Found = { id: string; updatedAt: number; activeMentees: number; unanswered: number };

/** Mentorships that fill a mentor's slot: active ones (accepted, agreement confirmed or not) and paused ones. */
const TIE_HOLDS = Prisma.sql`('ACTIVE', 'PAUSED')`;
const DAY_MS = 24 * 60 * 60 * 1000;

function liveJoins(): Prisma.Sql {
  const remindedBefore = new Date(Date.now() - env.REQUEST_REMINDER_DAYS * DAY_MS);
  return Prisma.sql`
    LEFT JOIN (SELECT m."mentorId" AS id, count(*)::int AS n FROM "Mentorship" m
               WHERE m.kind = 'MENTORSHIP' AND m.status IN ${TIE_HOLDS} GROUP BY m."mentorId") held ON held.id = p."userId"
    LEFT JOIN (SELECT r."recipientId" AS id, count(*)::int AS n FROM "MentorshipRequest" r
               WHERE r.status = 'OPEN' AND r."createdAt" < ${remindedBefore} GROUP BY r."recipientId") waiting ON waiting.id = p."userId"`;
}

/**
 * Which finished profiles match `where`, each with its updatedAt (ms) and live facts. The
 * answer is one row holding four arrays as one JSON value, not one row per profile: Prisma
 * converts raw results cell by cell, and for a few thousand candidates that cost far more than
 * the query (PGlite, 10,000 profiles: about 4 ms to find 2,900 candidates, 25 ms to hand them
 * over as rows of four columns, under 10 ms as one JSON value).
 */
async function findProfiles(where: Prisma.Sql): Promise<Found[]> {
  const [row] = await db.$queryRaw<{ found: [string[] | null, number[] | null, number[] | null, number[] | null] }[]>`
    SELECT json_build_array(
      array_agg(p."userId"),
      array_agg((extract(epoch FROM p."updatedAt") * 1000)::bigint),
      array_agg(COALESCE(held.n, 0)),
      array_agg(p."requestsExpired" + COALESCE(waiting.n, 0))
    ) AS found
    FROM "Profile" p ${liveJoins()}
    WHERE p."onboardedAt" IS NOT NULL AND ${where}`;
  const [ids, stamps, loads, waits] = row!.found;
  if (!ids) return [];
  return ids.map((id, i) => ({ id, updatedAt: Number(stamps![i]), activeMentees: Number(loads![i]), unanswered: Number(waits![i]) }));
}

function toLoaded(row: Row, live: Found): LoadedProfile {
  return {
    match: {
      id: row.id,
      seeksMentorship: row.seeksMentorship,
      offersMentorship: row.offersMentorship,
      openToPeer: row.openToPeer,
      timeZone: row.timeZone,
      languages: row.languages,
      careerStage: row.careerStage,
      sectors: row.sectors as MatchProfile["sectors"],
      positionType: row.positionType,
      institutionKey: row.institutionKey,
      seeks: row.seeks,
      offers: row.offers,
      learns: row.learns,
      formats: formatsOf(row) as MatchProfile["formats"],
      capacity: row.mentorCapacity,
      activeMentees: Number(live.activeMentees),
      unanswered: Number(live.unanswered),
      accepting: row.acceptingRequests,
      preferOutsideInstitution: row.preferOutsideInstitution,
      // Defence in depth: the query already left PRIVATE out.
      identity: row.identity.filter((i) => i.visibility !== "PRIVATE"),
      affinity: row.affinity,
    },
    person: {
      id: row.id,
      displayName: row.displayName,
      pronouns: row.pronouns,
      institution: row.institution,
      careerStage: row.careerStage,
      positionType: row.positionType,
      sectors: row.sectors,
      timeZone: row.timeZone,
    },
  };
}

/** One person's matching profile (finished profiles only), through the same cache. */
export async function loadMatchProfile(userId: string): Promise<LoadedProfile | null> {
  return (await fromCache(await findProfiles(Prisma.sql`p."userId" = ${userId}`)))[0] ?? null;
}

export type CandidateFilters = { goal?: string; format?: FormatKey };

// Finished profiles as the matcher needs them, kept in memory per database client and
// refreshed row by row: the pre-filter query returns each candidate's updatedAt, and only
// rows that are new or changed since they were cached are read again. Every profile write
// bumps updatedAt (lib/profiles/save-profile.ts), so a cached row is never stale. The live
// facts (mentor load, unanswered requests) come with every pre-filter row and replace the
// cached ones whenever they differ, so nobody needs to remember to "touch" a profile when a
// request or a mentorship changes state.
type Cached = LoadedProfile & { updatedAt: number };
const caches = new WeakMap<object, Map<string, Cached>>();

function cacheFor(): Map<string, Cached> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

async function loadFresh(found: Found[]): Promise<void> {
  const cache = cacheFor();
  const live = new Map(found.map((f) => [f.id, f]));
  // Chunks keep the IN lists of a cold start (tens of thousands of ids) reasonable.
  for (let i = 0; i < found.length; i += 5000) {
    const chunk = found.slice(i, i + 5000).map((f) => f.id);
    const [{ rows }] = await db.$queryRaw<[{ rows: (Row & { updatedAt: number })[] }]>(profileRows(chunk));
    for (const row of rows) cache.set(row.id, { ...toLoaded(row, live.get(row.id)!), updatedAt: Number(row.updatedAt) });
  }
}

/** Profiles for pre-filter rows, reading again only those that are new or changed. */
async function fromCache(found: Found[]): Promise<LoadedProfile[]> {
  const cache = cacheFor();
  const stale = found.filter((r) => cache.get(r.id)?.updatedAt !== r.updatedAt);
  if (stale.length) await loadFresh(stale);
  const out: LoadedProfile[] = [];
  for (const r of found) {
    let c = cache.get(r.id);
    if (!c) continue;
    const activeMentees = Number(r.activeMentees);
    const unanswered = Number(r.unanswered);
    if (c.match.activeMentees !== activeMentees || c.match.unanswered !== unanswered) {
      // A new entry rather than a change in place: another request may still hold the old one.
      c = { ...c, match: { ...c.match, activeMentees, unanswered } };
      cache.set(r.id, c);
    }
    out.push(c);
  }
  return out;
}

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
  return fromCache(await findProfiles(Prisma.join(where, " AND ")));
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
  return fromCache(await findProfiles(Prisma.sql`${flag} ${only}`));
}
