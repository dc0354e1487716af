import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { createPairContext, suggest, type IdPair, type Role, type ScoreBand } from "@/lib/matching";
import { getBandThresholds } from "@/lib/matches/band-calibration";
import { rolesOf, toPublicReasons, type PublicReason } from "@/lib/matches/get-suggestions";
import { matchLabels } from "@/lib/matches/labels";
import { areEngaged, loadMatchProfile } from "@/lib/matches/load-profiles";
import { applyDueAffinities } from "@/lib/profiles/apply-affinities";

export type PairSuggestion = { role: Role; band: ScoreBand; reasons: PublicReason[]; caveat: string | null };

export type PairOptions = {
  /**
   * For the page of a relationship the two already have (a request's page shows the recipient
   * why they matched): an open request or a tie between them is then the point, not a reason to
   * say no. Everything else (blocks, capacity, formats, ...) still applies.
   */
  ignoreEngaged?: boolean;
};

/**
 * Whether one person is a possible suggestion for the viewer, and why: the same hard
 * constraints, calibrated score band, reasons and caveat as the suggestions list, for this
 * pair only (two cached profile reads and a few small queries), never a search over everyone. Null when the pair
 * fails a hard constraint in every role the viewer looks in (or `role`, if given), when either
 * profile is unfinished or unknown, and for oneself. Like the list, it is null while the two
 * have an open request either way or an active or paused tie, unless `ignoreEngaged`.
 *
 * Eligibility, not rank: the list shows only the best k, so a person can be eligible here and
 * still not be on the first page.
 */
export async function suggestionForPair(
  viewer: Actor,
  otherId: string,
  role?: Role,
  options: PairOptions = {},
): Promise<PairSuggestion | null> {
  if (viewer.id === otherId) return null;
  await applyDueAffinities(viewer.id);
  const [me, other] = await Promise.all([loadMatchProfile(viewer.id), loadMatchProfile(otherId)]);
  if (!me || !other) return null;
  const roles = rolesOf(me.match).filter((r) => role === undefined || r === role);
  if (!roles.length) return null;

  // The list's SQL pre-filter drops blocks either way, the viewer's own dismissals and engaged
  // pairs; the same facts, for this pair, go to the pure matcher as context.
  const [blocks, dismissal, engaged] = await Promise.all([
    db.block.findFirst({
      where: {
        OR: [
          { blockerId: viewer.id, blockedId: otherId },
          { blockerId: otherId, blockedId: viewer.id },
        ],
      },
      select: { blockerId: true },
    }),
    db.matchDismissal.findFirst({
      where: { userId: viewer.id, candidateId: otherId, hiddenUntil: { gt: new Date() } },
      select: { userId: true },
    }),
    options.ignoreEngaged ? false : areEngaged(viewer.id, otherId),
  ]);
  const pair: IdPair = [viewer.id, otherId];
  const context = createPairContext({ blocked: blocks ? [pair] : [], dismissed: dismissal ? [pair] : [], engaged: engaged ? [pair] : [] });
  const labels = await matchLabels();
  for (const r of roles) {
    const bands = await getBandThresholds(r);
    const [found] = suggest({ viewer: me.match, role: r, candidates: [other.match], context, labels, bands, k: 1 }).suggestions;
    if (found) return { role: r, band: found.band, reasons: toPublicReasons(found.reasons), caveat: found.caveat };
  }
  return null;
}
