import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import {
  agreementView,
  goalViews,
  mentorshipSelect,
  otherPersonId,
  peopleViews,
  roleOf,
  type GoalView,
  type RelationshipRole,
} from "@/lib/mentorships/mentorship-view";
import { cadenceLabel } from "@/lib/mentorships/options";
import { unreadCounts } from "@/lib/messages/read-state";

/** One line of "your constellation": a mentorship or peer tie with the goals it covers. */
export type MentorshipSummary = {
  id: string;
  kind: "MENTORSHIP" | "PEER";
  status: "ACTIVE" | "PAUSED" | "ENDED";
  startedAt: string;
  yourRole: RelationshipRole;
  other: { id: string; displayName: string; pronouns: string | null; timeZone: string; role: RelationshipRole };
  goals: GoalView[];
  /** Mentorships: whether both confirmed the agreement and whether the viewer still needs to. */
  agreement: { confirmed: boolean; needsYourConfirmation: boolean } | null;
  /** Peer ties: the keep-in-touch rhythm. */
  rhythm: { cadence: string; label: string } | null;
  unread: number;
};

const STATUS_ORDER = { ACTIVE: 0, PAUSED: 1, ENDED: 2 } as const;

/** All of the actor's mentorships and peer ties: active first, then paused, then ended; newest first within each. */
export async function listMentorships(actor: Actor): Promise<{ mentorships: MentorshipSummary[] }> {
  const rows = await db.mentorship.findMany({
    where: { OR: [{ mentorId: actor.id }, { menteeId: actor.id }] },
    select: mentorshipSelect,
    orderBy: [{ startedAt: "desc" }, { id: "asc" }],
  });
  rows.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  const [people, unread] = await Promise.all([
    peopleViews(rows.map((m) => otherPersonId(m, actor.id))),
    unreadCounts(
      actor.id,
      rows.map((m) => m.id),
    ),
  ]);
  return {
    mentorships: rows.map((m) => {
      const otherId = otherPersonId(m, actor.id);
      const other = people.get(otherId)!;
      const agreement = agreementView(m, actor.id, other.displayName);
      return {
        id: m.id,
        kind: m.kind,
        status: m.status,
        startedAt: m.startedAt.toISOString(),
        yourRole: roleOf(m, actor.id),
        other: {
          id: other.id,
          displayName: other.displayName,
          pronouns: other.pronouns,
          timeZone: other.timeZone,
          role: roleOf(m, otherId),
        },
        goals: goalViews(m),
        agreement: agreement && {
          confirmed: agreement.confirmed,
          needsYourConfirmation: !agreement.confirmedByYou && m.status !== "ENDED",
        },
        rhythm: m.kind === "PEER" ? { cadence: m.cadence, label: cadenceLabel(m.cadence) } : null,
        unread: unread[m.id] ?? 0,
      };
    }),
  };
}
