import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getMentorshipForViewer, mentorshipViewOf, type MentorshipView } from "@/lib/mentorships/get-mentorship";
import {
  assertCanUpdate,
  confirmationColumn,
  loadMentorshipFor,
  otherPersonId,
  type LoadedMentorship,
} from "@/lib/mentorships/mentorship-view";
import { AgreementInput } from "@/lib/mentorships/schemas";
import { displayNames } from "@/lib/messages/load-thread";
import { notify } from "@/lib/notifications/notify";
import { parseWith } from "@/lib/validation";

const TX = { maxWait: 15_000, timeout: 15_000 } as const;

/** The refusal when the agreement moved on under someone: never a silent overwrite. */
export const staleAgreement = (current: number) =>
  new AppError("CONFLICT", {
    userMessage: `The agreement changed while you had it open (it is now version ${current}). Look over the changes, then try again.`,
  });

export const peerHasNoAgreement = () =>
  new AppError("CONFLICT", { userMessage: "A peer connection has no agreement. Choose a keep-in-touch rhythm instead." });

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");

function unchanged(m: LoadedMentorship, input: AgreementInput): boolean {
  return (
    sameList(
      m.goals.map((g) => g.goalAreaId),
      input.goalAreaIds,
    ) &&
    sameList(m.formats, input.formats) &&
    m.cadence === input.cadence &&
    m.plannedMonths === input.plannedMonths &&
    m.expectations === input.expectations
  );
}

/** Focus goals must be goal areas; an archived one may stay if the agreement already had it. */
async function assertKnownGoals(m: LoadedMentorship, ids: string[]): Promise<void> {
  const found = await db.goalArea.findMany({ where: { id: { in: ids } }, select: { id: true, active: true } });
  const usable = new Set(found.filter((g) => g.active || m.goals.some((mg) => mg.goalAreaId === g.id)).map((g) => g.id));
  const fields: Record<string, string[]> = {};
  ids.forEach((id, i) => {
    if (!usable.has(id)) fields[`goalAreaIds.${i}`] = ["Choose a goal from the list."];
  });
  if (Object.keys(fields).length) throw new AppError("VALIDATION", { fields });
}

/**
 * Changes a mentorship's kickoff agreement (either person, while it is active or paused). A
 * real change makes a new version: the editor's confirmation moves to it, and the other person
 * is asked to confirm again. Saving it unchanged changes nothing. When `version` is given and
 * someone changed the agreement meanwhile, the save is refused (409); the version check is in
 * the UPDATE itself, so two people saving at once cannot both win.
 */
export async function updateAgreement(actor: Actor, id: unknown, raw: unknown): Promise<MentorshipView> {
  const input = parseWith(AgreementInput, raw);
  const m = await loadMentorshipFor(actor, id);
  if (m.kind === "PEER") throw peerHasNoAgreement();
  assertCanUpdate(actor, m);
  if (input.version !== undefined && input.version !== m.agreementVersion) throw staleAgreement(m.agreementVersion);
  await assertKnownGoals(m, input.goalAreaIds);
  if (unchanged(m, input)) return mentorshipViewOf(actor, m);

  const next = m.agreementVersion + 1;
  await db.$transaction(async (tx) => {
    const moved = await tx.mentorship.updateMany({
      where: { id: m.id, agreementVersion: m.agreementVersion, status: { not: "ENDED" } },
      data: {
        agreementVersion: next,
        cadence: input.cadence,
        formats: input.formats,
        plannedMonths: input.plannedMonths,
        expectations: input.expectations,
        [confirmationColumn(m, actor.id)]: next,
        agreementUpdatedById: actor.id,
      },
    });
    if (moved.count !== 1) throw staleAgreement(next);
    // Kept goals keep their progress; dropped ones go; new ones start "not started".
    await tx.mentorshipGoal.deleteMany({ where: { mentorshipId: m.id, goalAreaId: { notIn: input.goalAreaIds } } });
    await tx.mentorshipGoal.createMany({
      data: input.goalAreaIds.map((goalAreaId) => ({ mentorshipId: m.id, goalAreaId })),
      skipDuplicates: true,
    });
  }, TX);

  const name = (await displayNames([actor.id])).get(actor.id)!;
  await notify({
    userId: otherPersonId(m, actor.id),
    kind: "AGREEMENT_CHANGED",
    title: `${name} changed your kickoff agreement`,
    body: "Look over the new version and confirm it when it suits you both.",
    link: `/mentorships/${m.id}`,
    subjectId: m.id,
  });
  return getMentorshipForViewer(actor, m.id);
}
