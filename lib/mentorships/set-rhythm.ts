import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getMentorshipForViewer, type MentorshipView } from "@/lib/mentorships/get-mentorship";
import { assertCanUpdate, loadMentorshipFor } from "@/lib/mentorships/mentorship-view";
import { RhythmInput } from "@/lib/mentorships/schemas";
import { parseWith } from "@/lib/validation";

/**
 * A peer tie's "keep in touch" rhythm (monthly, every few months, no reminders): either of the
 * two sets it, both see who did. Peer ties get this instead of an agreement; a mentorship's
 * cadence is part of its agreement (409 here).
 */
export async function setRhythm(actor: Actor, id: unknown, raw: unknown): Promise<MentorshipView> {
  const { cadence } = parseWith(RhythmInput, raw);
  const m = await loadMentorshipFor(actor, id);
  if (m.kind !== "PEER") {
    throw new AppError("CONFLICT", { userMessage: "A mentorship's rhythm is its agreement's cadence: change it in the agreement." });
  }
  assertCanUpdate(actor, m);
  if (m.cadence !== cadence) {
    await db.mentorship.updateMany({ where: { id: m.id, status: { not: "ENDED" } }, data: { cadence, agreementUpdatedById: actor.id } });
  }
  return getMentorshipForViewer(actor, m.id);
}
