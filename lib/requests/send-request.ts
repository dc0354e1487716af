import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { GoalKind } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/matching";
import { rolesOf } from "@/lib/matches/get-suggestions";
import { suggestionForPair } from "@/lib/matches/pair-suggestion";
import { DECLINE_COOLDOWN_DAYS } from "@/lib/requests/decline-request";
import { requestGoalChoices, type GoalSets } from "@/lib/requests/goal-choices";
import { activeMenteeCount, connected } from "@/lib/requests/mentor-load";
import { noticeReceived } from "@/lib/requests/request-notices";
import { MAX_OPEN_REQUESTS, SendRequestInput } from "@/lib/requests/schemas";
import { maybeSweepRequests } from "@/lib/requests/sweep-requests";
import { parseWith } from "@/lib/validation";

// A mentee asks a mentor, a mentor invites a mentee, or a peer asks a peer. Every refusal says
// what to do next, except where saying more would reveal something private: a block by the
// other person reads exactly like a paused mentor ("not taking new requests right now").
//
// The limits that depend on other requests (3 open outgoing, no duplicate either way, not
// already connected) are checked again inside a transaction that locks both people's Profile
// rows, so two requests sent at the same moment cannot both slip under them.

const DAY_MS = 24 * 60 * 60 * 1000;

export type SentRequest = {
  id: string;
  kind: "MENTORSHIP" | "PEER";
  recipientId: string;
  role: Role;
  status: "OPEN";
  expiresAt: string;
  goalAreaIds: string[];
};

const profileSelect = {
  userId: true,
  displayName: true,
  onboardedAt: true,
  seeksMentorship: true,
  offersMentorship: true,
  openToPeer: true,
  acceptingRequests: true,
  mentorCapacity: true,
  goals: { select: { goalAreaId: true, kind: true } },
} as const;

type Person = {
  userId: string;
  displayName: string;
  onboardedAt: Date | null;
  seeksMentorship: boolean;
  offersMentorship: boolean;
  openToPeer: boolean;
  acceptingRequests: boolean;
  mentorCapacity: number;
  goals: { goalAreaId: string; kind: GoalKind }[];
};

const conflict = (userMessage: string) => new AppError("CONFLICT", { userMessage });

/** Whether the sender, in `role`, and the recipient fit each other's stated roles. */
function fits(role: Role, me: Person, them: Person): boolean {
  if (role === "mentee") return me.seeksMentorship && them.offersMentorship;
  if (role === "mentor") return me.offersMentorship && them.seeksMentorship;
  return me.openToPeer && them.openToPeer;
}

function roleMismatch(role: Role, me: Person, them: Person): AppError {
  const name = them.displayName;
  if (role === "mentee") {
    if (!me.seeksMentorship) return conflict("Your profile doesn't say you are looking for a mentor. Add that role to ask someone.");
    return conflict(`${name} doesn't offer mentorship, so you can't ask them to be your mentor.`);
  }
  if (role === "mentor") {
    if (!me.offersMentorship) return conflict("Your profile doesn't say you offer mentorship. Add that role to invite a mentee.");
    return conflict(`${name} isn't looking for a mentor, so you can't invite them as a mentee.`);
  }
  if (!me.openToPeer) return conflict("Your profile doesn't say you are open to peer mentoring. Add that role to ask a peer.");
  return conflict(`${name} isn't open to peer mentoring.`);
}

const goalIds = (p: Person, ...kinds: GoalKind[]) => p.goals.filter((g) => kinds.includes(g.kind)).map((g) => g.goalAreaId);

const goalSets = (p: Person): GoalSets => ({
  seeks: goalIds(p, "SEEK"),
  offers: goalIds(p, "OFFER"),
  learns: goalIds(p, "LEARN"),
});

/** The goals a request may be about and the default choice (goal-choices.ts, shared with the form), with words for a wrong pick. */
function goalChoices(role: Role, me: Person, them: Person): { allowed: Set<string>; defaults: string[]; words: string } {
  const { allowed, defaults } = requestGoalChoices(role, goalSets(me), goalSets(them));
  if (role === "peer") return { allowed: new Set(allowed), defaults, words: "the goals either of you listed" };
  const whose = role === "mentee" ? "you are" : `${them.displayName} is`;
  return { allowed: new Set(allowed), defaults, words: `the goals ${whose} looking for help with` };
}

async function loadPerson(userId: string): Promise<Person | null> {
  return db.profile.findUnique({ where: { userId }, select: profileSelect });
}

/** Sends a request; the recipient is told once it is stored. */
export async function sendRequest(actor: Actor, raw: unknown, now: Date = new Date()): Promise<SentRequest> {
  const input = parseWith(SendRequestInput, raw);
  if (input.recipientId === actor.id) {
    throw new AppError("BAD_REQUEST", { userMessage: "You can't send a request to yourself." });
  }
  // A lapsed request still marked OPEN would keep the pair "engaged" for the suggestion check
  // below; the sweep (at most once a minute) closes it first.
  await maybeSweepRequests();
  const [me, them] = await Promise.all([loadPerson(actor.id), loadPerson(input.recipientId)]);
  // An unknown or unfinished profile is not there for anyone else to address.
  if (!them || them.onboardedAt === null) throw new AppError("NOT_FOUND");
  if (!me || me.onboardedAt === null) throw conflict("Finish your profile before sending requests, so people can see who is asking.");
  const name = them.displayName;

  const role = input.role ?? rolesOf(me).find((r) => fits(r, me, them));
  if (!role) throw roleMismatch(rolesOf(me)[0] ?? "mentee", me, them);
  if (!fits(role, me, them)) throw roleMismatch(role, me, them);
  const kind = role === "peer" ? "PEER" : "MENTORSHIP";
  const mentor = role === "mentee" ? them : role === "mentor" ? me : null;
  const mentee = role === "mentee" ? me : role === "mentor" ? them : null;

  const [blocks, dismissed, declined] = await Promise.all([
    db.block.findMany({
      where: {
        OR: [
          { blockerId: actor.id, blockedId: them.userId },
          { blockerId: them.userId, blockedId: actor.id },
        ],
      },
      select: { blockerId: true },
    }),
    db.matchDismissal.findFirst({
      where: { userId: actor.id, candidateId: them.userId, hiddenUntil: { gt: now } },
      select: { userId: true },
    }),
    db.mentorshipRequest.findFirst({
      where: {
        requesterId: actor.id,
        recipientId: them.userId,
        status: "DECLINED",
        closedAt: { gt: new Date(now.getTime() - DECLINE_COOLDOWN_DAYS * 24 * 3600 * 1000) },
      },
      select: { id: true },
    }),
  ]);
  if (blocks.some((b) => b.blockerId === actor.id)) throw conflict(`You have blocked ${name}, so you can't send them a request.`);
  // Worded exactly like a paused mentor: the sender must not learn that they were blocked.
  const unavailable = () => conflict(`${name} isn't taking new requests right now.`);
  if (blocks.length) throw unavailable();
  // A recent "no" reads like a pause too: no reason, no second ask during the cooldown.
  if (declined) throw unavailable();

  if (mentor) {
    const mentorIsMe = mentor.userId === actor.id;
    if (!mentor.acceptingRequests) {
      if (mentorIsMe)
        throw conflict("You have paused new requests. Turn “Accepting new requests” back on in your profile to invite someone.");
      throw unavailable();
    }
    if ((await activeMenteeCount(db, mentor.userId)) >= mentor.mentorCapacity) {
      if (mentorIsMe) {
        throw conflict(
          `You are already mentoring ${mentor.mentorCapacity} ${mentor.mentorCapacity === 1 ? "person" : "people"}, your limit. Raise it in your profile to invite someone new.`,
        );
      }
      throw conflict(`${name} has no free mentoring slots right now.`);
    }
  }
  if (dismissed) throw conflict(`You marked ${name} as “not for me”. Undo that on your suggestions page to send a request.`);

  const choices = goalChoices(role, me, them);
  const goals = input.goalAreaIds?.length ? input.goalAreaIds : choices.defaults;
  if (!goals.length) {
    throw new AppError("VALIDATION", {
      fields: {
        goalAreaIds: [
          `Choose at least one goal: add goals to ${mentee && mentee !== me ? `${mentee.displayName}'s` : "your"} profile first.`,
        ],
      },
    });
  }
  const wrong = goals.flatMap((id, i) => (choices.allowed.has(id) ? [] : [i]));
  if (wrong.length) {
    throw new AppError("VALIDATION", {
      fields: Object.fromEntries(wrong.map((i) => [`goalAreaIds.${i}`, [`Choose from ${choices.words}.`]])),
    });
  }

  // Clear words for the common refusals before the (costlier) eligibility check; the
  // transaction below repeats them under locks.
  await assertRoomForRequest(db, actor.id, them.userId, name, now);

  // The remaining hard constraints of the suggestions (a shared format, the mentee's own
  // institution, required preferences): a request goes only to someone who could be suggested.
  if (!(await suggestionForPair(actor, them.userId, role))) {
    throw conflict(
      `${name} isn't among your ${role === "peer" ? "peer" : role === "mentee" ? "mentor" : "mentee"} suggestions right now, so you can't send a request.`,
    );
  }

  const created = await db.$transaction(
    async (tx) => {
      // Lock both people (in a fixed order, so two requests between the same two cannot deadlock):
      // every other request they send or receive waits here until this one is stored.
      const [first, second] = [actor.id, them.userId].sort();
      await tx.$queryRaw`SELECT "userId" FROM "Profile" WHERE "userId" IN (${first}, ${second}) ORDER BY "userId" FOR UPDATE`;
      await assertRoomForRequest(tx, actor.id, them.userId, name, now);
      return tx.mentorshipRequest.create({
        data: {
          kind,
          requesterId: actor.id,
          recipientId: them.userId,
          mentorId: mentor?.userId ?? null,
          menteeId: mentee?.userId ?? null,
          note: input.note,
          createdAt: now,
          expiresAt: new Date(now.getTime() + env.REQUEST_EXPIRY_DAYS * DAY_MS),
          goals: { create: goals.map((goalAreaId) => ({ goalAreaId })) },
        },
        select: { id: true, kind: true, recipientId: true, expiresAt: true },
      });
    },
    { maxWait: 15_000, timeout: 15_000 },
  );

  await noticeReceived(created, me.displayName, role);
  return {
    id: created.id,
    kind,
    recipientId: created.recipientId,
    role,
    status: "OPEN",
    expiresAt: created.expiresAt.toISOString(),
    goalAreaIds: goals,
  };
}

/**
 * The limits that depend on other requests and ties; run again under the Profile locks. A
 * request whose answer time has passed no longer counts, even before the sweep marks it.
 */
async function assertRoomForRequest(
  client: Prisma.TransactionClient,
  meId: string,
  themId: string,
  name: string,
  now: Date,
): Promise<void> {
  const live = { status: "OPEN" as const, expiresAt: { gt: now } };
  // One query after another: statements inside a transaction share one connection.
  const open = await client.mentorshipRequest.findFirst({
    where: {
      ...live,
      OR: [
        { requesterId: meId, recipientId: themId },
        { requesterId: themId, recipientId: meId },
      ],
    },
    select: { requesterId: true },
  });
  if (open?.requesterId === meId)
    throw conflict(`You already have an open request with ${name}. Wait for their answer, or withdraw it first.`);
  if (open) throw conflict(`${name} has already sent you a request. Answer theirs instead.`);
  if (await connected(client, meId, themId)) throw conflict(`You and ${name} are already connected.`);
  const outgoing = await client.mentorshipRequest.count({ where: { requesterId: meId, ...live } });
  if (outgoing >= MAX_OPEN_REQUESTS) {
    throw conflict(`You already have ${MAX_OPEN_REQUESTS} open requests, the most at one time. Wait for an answer, or withdraw one first.`);
  }
}
