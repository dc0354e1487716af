import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Role } from "@/lib/matching";
import { requestGoalChoices, type GoalSets, type RequestGoalForm } from "@/lib/requests/goal-choices";
import { MAX_REQUEST_GOALS } from "@/lib/requests/schemas";

// The goal checkboxes of the request form, for every person on a page at once (the suggestions
// page shows up to 50 cards): one query over the viewer's and those people's goals, then the
// same rule the send service enforces (goal-choices.ts). Goals are public on finished profiles,
// so nothing here is more than the person's own page shows.

/** The request form's goals for each `{ personId, role }` (role: the viewer's side), keyed by person id. */
export async function requestGoalForms(
  actor: Actor,
  pairs: readonly { personId: string; role: Role }[],
): Promise<Record<string, RequestGoalForm>> {
  if (!pairs.length) return {};
  const others = [...new Set(pairs.map((p) => p.personId))].filter((id) => id !== actor.id);
  const rows = await db.profileGoal.findMany({
    where: {
      OR: [{ profileId: actor.id }, { profileId: { in: others }, profile: { onboardedAt: { not: null } } }],
    },
    select: { profileId: true, goalAreaId: true, kind: true, goalArea: { select: { label: true, sortOrder: true } } },
  });

  const sets = new Map<string, { seeks: string[]; offers: string[]; learns: string[] }>();
  const areas = new Map<string, { label: string; sortOrder: number }>();
  for (const row of rows) {
    const set = sets.get(row.profileId) ?? { seeks: [], offers: [], learns: [] };
    (row.kind === "SEEK" ? set.seeks : row.kind === "OFFER" ? set.offers : set.learns).push(row.goalAreaId);
    sets.set(row.profileId, set);
    areas.set(row.goalAreaId, row.goalArea);
  }
  const none: GoalSets = { seeks: [], offers: [], learns: [] };
  const inOrder = (ids: string[]) =>
    [...ids].sort((a, b) => areas.get(a)!.sortOrder - areas.get(b)!.sortOrder || areas.get(a)!.label.localeCompare(areas.get(b)!.label));

  const forms: Record<string, RequestGoalForm> = {};
  for (const { personId, role } of pairs) {
    const { allowed, defaults } = requestGoalChoices(role, sets.get(actor.id) ?? none, sets.get(personId) ?? none);
    const options = inOrder(allowed).map((id) => ({ goalAreaId: id, label: areas.get(id)!.label }));
    // The form may send at most MAX_REQUEST_GOALS; tick the first ones in the list's order.
    const ticked = new Set(defaults);
    forms[personId] = {
      options,
      checked: options
        .map((o) => o.goalAreaId)
        .filter((id) => ticked.has(id))
        .slice(0, MAX_REQUEST_GOALS),
    };
  }
  return forms;
}
