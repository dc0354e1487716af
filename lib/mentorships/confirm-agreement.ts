import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { getMentorshipForViewer, type MentorshipView } from "@/lib/mentorships/get-mentorship";
import { assertCanUpdate, confirmationColumn, loadMentorshipFor, otherPersonId } from "@/lib/mentorships/mentorship-view";
import { ConfirmAgreementInput } from "@/lib/mentorships/schemas";
import { peerHasNoAgreement, staleAgreement } from "@/lib/mentorships/update-agreement";
import { displayNames } from "@/lib/messages/load-thread";
import { notify } from "@/lib/notifications/notify";
import { parseWith } from "@/lib/validation";

/**
 * Confirms the version of the agreement the person read. A version that is no longer current
 * is refused (409): they confirm what they saw, never an edit they have not seen. Confirming
 * again is harmless. When this completes the agreement, the other person is told.
 */
export async function confirmAgreement(actor: Actor, id: unknown, raw: unknown): Promise<MentorshipView> {
  const { version } = parseWith(ConfirmAgreementInput, raw);
  const m = await loadMentorshipFor(actor, id);
  if (m.kind === "PEER") throw peerHasNoAgreement();
  assertCanUpdate(actor, m);
  if (version !== m.agreementVersion) throw staleAgreement(m.agreementVersion);

  const column = confirmationColumn(m, actor.id);
  const alreadyConfirmed = m[column] === version;
  // The version check is part of the UPDATE: an edit committed a moment ago wins, and this fails.
  const moved = await db.mentorship.updateMany({
    where: { id: m.id, agreementVersion: version, status: { not: "ENDED" } },
    data: { [column]: version },
  });
  if (moved.count !== 1) throw staleAgreement(version + 1);

  const otherId = otherPersonId(m, actor.id);
  if (!alreadyConfirmed && m[confirmationColumn(m, otherId)] === version) {
    const name = (await displayNames([actor.id])).get(actor.id)!;
    await notify({
      userId: otherId,
      kind: "AGREEMENT_CHANGED",
      title: `${name} confirmed your kickoff agreement`,
      body: "You have both confirmed it.",
      link: `/mentorships/${m.id}`,
      subjectId: m.id,
    });
  }
  return getMentorshipForViewer(actor, m.id);
}
