import "server-only";
import type { Actor } from "@/lib/auth/policy";
import {
  agreementView,
  goalViews,
  loadMentorshipFor,
  otherPersonId,
  peopleViews,
  rhythmView,
  roleOf,
  type AgreementView,
  type GoalView,
  type LoadedMentorship,
  type PersonView,
  type RhythmView,
} from "@/lib/mentorships/mentorship-view";
import { unreadCounts } from "@/lib/messages/read-state";

/** Everything the relationship home (/mentorships/[id]) shows, from the viewer's side. */
export type MentorshipView = {
  id: string;
  kind: "MENTORSHIP" | "PEER";
  status: "ACTIVE" | "PAUSED" | "ENDED";
  startedAt: string;
  endedAt: string | null;
  /** The request it grew from, if any. */
  requestId: string | null;
  you: PersonView;
  other: PersonView;
  /** The kickoff agreement (mentorships only; null for peer ties). */
  agreement: AgreementView | null;
  /** The keep-in-touch rhythm (peer ties only; null for mentorships). */
  rhythm: RhythmView | null;
  goals: GoalView[];
  messages: { unread: number; open: boolean };
  /** Whether the agreement, rhythm and goal progress may still change (not once ended). */
  canUpdate: boolean;
};

/** One mentorship or peer tie for either of its two people; NOT_FOUND for anyone else. */
export async function getMentorshipForViewer(actor: Actor, id: unknown): Promise<MentorshipView> {
  return mentorshipViewOf(actor, await loadMentorshipFor(actor, id));
}

/** The view of an already-loaded mentorship (the update use cases answer with it). */
export async function mentorshipViewOf(actor: Actor, m: LoadedMentorship): Promise<MentorshipView> {
  const otherId = otherPersonId(m, actor.id);
  const [people, unread] = await Promise.all([peopleViews([actor.id, otherId]), unreadCounts(actor.id, [m.id])]);
  const other = { ...people.get(otherId)!, role: roleOf(m, otherId) };
  return {
    id: m.id,
    kind: m.kind,
    status: m.status,
    startedAt: m.startedAt.toISOString(),
    endedAt: m.endedAt?.toISOString() ?? null,
    requestId: m.requestId,
    you: { ...people.get(actor.id)!, role: roleOf(m, actor.id) },
    other,
    agreement: agreementView(m, actor.id, other.displayName),
    rhythm: rhythmView(m, actor.id),
    goals: goalViews(m),
    messages: { unread: unread[m.id] ?? 0, open: m.status !== "ENDED" },
    canUpdate: m.status !== "ENDED",
  };
}
