import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import { env } from "@/lib/env";
import type { MatchProfile } from "@/lib/matching";

// Profile rows shaped for the pure matcher, read through any Prisma client. Not server-only on
// purpose: the request path (load-profiles.ts, with the app's one client) and the tools that run
// outside Next with their own client (the seed's band calibration, scripts) share these queries
// and this cache, so a background recalibration reads the same rows the suggestions use.
//
// Identity attributes marked PRIVATE are never read here, so they cannot reach scoring, reasons
// or responses. Affinity preferences come from MatchingAffinity, the copy that changes at most
// once per window (lib/profiles/affinity-window.ts), so flipping one's preferences cannot probe
// others.

/** What a card may show about a person, before the friendly zone name is added (load-profiles.ts). */
export type PersonCore = {
  id: string;
  displayName: string;
  pronouns: string | null;
  institution: string | null;
  careerStage: string | null;
  positionType: string | null;
  sectors: string[];
  timeZone: string;
};

export type LoadedRow = { match: MatchProfile; person: PersonCore };

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
  availability: MatchProfile["availability"][number][];
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

// A profile row with its goals and the delayed identity and affinity copies (never
// ProfileIdentity / ProfileAffinity: see lib/profiles/apply-affinities.ts), as one JSON value
// for all the rows asked for (see findProfiles for why JSON), with updatedAt in milliseconds.
function profileRows(ids: string[]): Prisma.Sql {
  return Prisma.sql`
  SELECT COALESCE(json_agg(x), '[]') AS rows FROM (
    SELECT p."userId" AS id, p."displayName", p.pronouns, p.institution, p."institutionKey",
      p."seeksMentorship", p."offersMentorship", p."openToPeer", p."timeZone", p.availability, p.languages,
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
export type Found = { id: string; updatedAt: number; activeMentees: number; unanswered: number };

/** Mentorships that fill a mentor's slot: active ones (accepted, agreement confirmed or not) and paused ones. */
export const TIE_HOLDS = Prisma.sql`('ACTIVE', 'PAUSED')`;
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
 * Which finished profiles match `where` (which may use `held.n`, a mentor's held slots), each
 * with its updatedAt (ms) and live facts. The answer is one row holding four arrays as one JSON
 * value, not one row per profile: Prisma converts raw results cell by cell, and for a few
 * thousand candidates that cost far more than the query (PGlite, 10,000 profiles: about 4 ms to
 * find 2,900 candidates, 25 ms to hand them over as rows of four columns, under 10 ms as one
 * JSON value).
 */
export async function findProfiles(client: Db, where: Prisma.Sql): Promise<Found[]> {
  const [row] = await client.$queryRaw<{ found: [string[] | null, number[] | null, number[] | null, number[] | null] }[]>`
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

function toLoaded(row: Row, live: Found): LoadedRow {
  return {
    match: {
      id: row.id,
      seeksMentorship: row.seeksMentorship,
      offersMentorship: row.offersMentorship,
      openToPeer: row.openToPeer,
      timeZone: row.timeZone,
      availability: row.availability,
      languages: row.languages,
      careerStage: row.careerStage,
      sectors: row.sectors as MatchProfile["sectors"],
      positionType: row.positionType,
      institutionKey: row.institutionKey,
      seeks: row.seeks,
      offers: row.offers,
      learns: row.learns,
      // The five columns spelled out rather than through lib/profiles/profile-view.ts, which is
      // server-only (this file is not).
      formats: {
        video: row.formatVideo,
        phone: row.formatPhone,
        inPerson: row.formatInPerson,
        email: row.formatEmail,
        asyncChat: row.formatAsyncChat,
      } as MatchProfile["formats"],
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

// Finished profiles as the matcher needs them, kept in memory per database client and
// refreshed row by row: the pre-filter query returns each candidate's updatedAt, and only
// rows that are new or changed since they were cached are read again. Every profile write
// bumps updatedAt (lib/profiles/save-profile.ts), so a cached row is never stale. The live
// facts (mentor load, unanswered requests) come with every pre-filter row and replace the
// cached ones whenever they differ, so nobody needs to remember to "touch" a profile when a
// request or a mentorship changes state.
type Cached = LoadedRow & { updatedAt: number };
const caches = new WeakMap<object, Map<string, Cached>>();

function cacheFor(client: Db): Map<string, Cached> {
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new Map()));
  return cache;
}

async function loadFresh(client: Db, found: Found[]): Promise<void> {
  const cache = cacheFor(client);
  const live = new Map(found.map((f) => [f.id, f]));
  // Chunks keep the IN lists of a cold start (tens of thousands of ids) reasonable.
  for (let i = 0; i < found.length; i += 5000) {
    const chunk = found.slice(i, i + 5000).map((f) => f.id);
    const [{ rows }] = await client.$queryRaw<[{ rows: (Row & { updatedAt: number })[] }]>(profileRows(chunk));
    for (const row of rows) cache.set(row.id, { ...toLoaded(row, live.get(row.id)!), updatedAt: Number(row.updatedAt) });
  }
}

/** Profiles for pre-filter rows, reading again only those that are new or changed. */
export async function fromCache(client: Db, found: Found[]): Promise<LoadedRow[]> {
  const cache = cacheFor(client);
  const stale = found.filter((r) => cache.get(r.id)?.updatedAt !== r.updatedAt);
  if (stale.length) await loadFresh(client, stale);
  const out: LoadedRow[] = [];
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

/** Finished profiles matching `where`, through the cache. */
export async function loadProfilesWhere(client: Db, where: Prisma.Sql): Promise<LoadedRow[]> {
  return fromCache(client, await findProfiles(client, where));
}
