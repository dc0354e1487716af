import type { Role } from "@/lib/matching";

// Which goals a request may be about, and which are ticked to begin with. Pure, so the send
// service (which enforces it) and the request form (which offers it) agree on one rule.

/** One person's goal areas by kind (ids). */
export type GoalSets = { seeks: readonly string[]; offers: readonly string[]; learns: readonly string[] };

export type GoalChoices = {
  /** The goals the request may name, in a stable order (the sender's first, for peers). */
  allowed: string[];
  /** The goals the request is about when the sender picks none. */
  defaults: string[];
};

/** What the request form offers: the goals it may be about (in the vocabulary's order) and the ones ticked to begin with. */
export type RequestGoalForm = { options: { goalAreaId: string; label: string }[]; checked: string[] };

const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * A mentorship is about what the mentee seeks; by default, what they seek and the mentor
 * offers (all they seek when the mentor offers none of it). Peers may pick from either
 * person's goals; by default, the ones they have in common (else what the sender seeks or
 * would like to learn). `role` is the sender's side, as on the suggestions page.
 */
export function requestGoalChoices(role: Role, sender: GoalSets, recipient: GoalSets): GoalChoices {
  if (role === "peer") {
    const mine = unique([...sender.seeks, ...sender.offers, ...sender.learns]);
    const theirs = new Set([...recipient.seeks, ...recipient.offers, ...recipient.learns]);
    const shared = mine.filter((id) => theirs.has(id));
    return {
      allowed: unique([...mine, ...theirs]),
      defaults: shared.length ? shared : unique([...sender.seeks, ...sender.learns]),
    };
  }
  const [mentee, mentor] = role === "mentee" ? [sender, recipient] : [recipient, sender];
  const seeks = unique(mentee.seeks);
  const offers = new Set(mentor.offers);
  const covered = seeks.filter((id) => offers.has(id));
  return { allowed: seeks, defaults: covered.length ? covered : seeks };
}
