import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** Mentorships that fill a mentor's slots: active ones, accepted and not yet confirmed included, and paused ones. */
export const LOAD_STATUSES = ["ACTIVE", "PAUSED"] as const;

/**
 * How many mentees a mentor has now. Inside acceptRequest this runs after the mentor's Profile
 * row is locked, so two acceptances cannot both see the last free slot.
 */
export function activeMenteeCount(client: Prisma.TransactionClient, mentorId: string): Promise<number> {
  return client.mentorship.count({ where: { mentorId, kind: "MENTORSHIP", status: { in: [...LOAD_STATUSES] } } });
}

/** Whether the two people already share an active or paused tie of any kind. */
export async function connected(client: Prisma.TransactionClient, a: string, b: string): Promise<boolean> {
  const tie = await client.mentorship.findFirst({
    where: {
      status: { in: [...LOAD_STATUSES] },
      OR: [
        { mentorId: a, menteeId: b },
        { mentorId: b, menteeId: a },
      ],
    },
    select: { id: true },
  });
  return tie !== null;
}
