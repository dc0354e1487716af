import { pairKey } from "./pair-context";
import { holdsShown, prepareSide, type Side, type SideEnv } from "./prepare-side";
import type { MatchProfile, PairContext } from "./types";

// Why a pair can never be suggested or assigned. The code travels to coordinators'
// "unmatched because ..." summaries, so it names the rule, not the person.
export type ExclusionCode =
  | "SELF"
  | "ROLE_MISMATCH"
  | "BLOCKED"
  | "ENGAGED"
  | "DISMISSED"
  | "MENTOR_PAUSED"
  | "MENTOR_AT_CAPACITY"
  | "NO_SHARED_FORMAT"
  | "OWN_INSTITUTION"
  | "REQUIRED_PREFERENCE_UNMET";

export const EXCLUSION_CODES: readonly ExclusionCode[] = [
  "SELF",
  "ROLE_MISMATCH",
  "BLOCKED",
  "ENGAGED",
  "DISMISSED",
  "MENTOR_PAUSED",
  "MENTOR_AT_CAPACITY",
  "NO_SHARED_FORMAT",
  "OWN_INSTITUTION",
  "REQUIRED_PREFERENCE_UNMET",
];

export type PairKind = "mentorship" | "peer";

type ContextCode = "BLOCKED" | "ENGAGED" | "DISMISSED";
export type ContextIndex = Map<string, Map<string, ContextCode>>;

const CONTEXT_PRIORITY: Record<ContextCode, number> = { BLOCKED: 3, ENGAGED: 2, DISMISSED: 1 };

/**
 * Index the pair context by person once, so the hot loop does a Map lookup by id
 * instead of building a pair-key string per candidate. A block outranks everything.
 */
export function indexPairContext(ctx: PairContext, onlyFor?: string): ContextIndex {
  const index: ContextIndex = new Map();
  const add = (a: string, b: string, code: ContextCode) => {
    let inner = index.get(a);
    if (!inner) index.set(a, (inner = new Map()));
    const prev = inner.get(b);
    if (prev === undefined || CONTEXT_PRIORITY[code] > CONTEXT_PRIORITY[prev]) inner.set(b, code);
  };
  const load = (keys: ReadonlySet<string>, code: ContextCode) => {
    for (const key of keys) {
      const cut = key.indexOf("\u0000");
      if (cut < 0) continue;
      const a = key.slice(0, cut);
      const b = key.slice(cut + 1);
      if (onlyFor === undefined || onlyFor === a) add(a, b, code);
      if (onlyFor === undefined || onlyFor === b) add(b, a, code);
    }
  };
  load(ctx.blocked, "BLOCKED");
  load(ctx.engaged, "ENGAGED");
  load(ctx.dismissed, "DISMISSED");
  return index;
}

function requiredMet(holder: Side, other: Side): boolean {
  if (!holder.hasRequired) return true;
  const prefs = holder.p.affinity;
  for (let i = 0; i < prefs.length; i++) {
    const a = prefs[i]!;
    if (!a.required) continue;
    // Decided only by what the other person chose to show. A "matching only" attribute
    // must never decide who appears: a required preference would then list exactly who
    // holds it. For this rule it counts as not held (it still shifts the score), and a
    // private one is not held at all.
    if (a.preference === "SHARED" && !holdsShown(other, a.attributeId)) return false;
    if (a.preference === "DIFFERENT" && holdsShown(other, a.attributeId)) return false;
  }
  return true;
}

/**
 * First hard constraint that excludes the pair, or null. For a mentorship `a` is the
 * mentee and `b` the mentor; for peers `a` is the viewer. `contextCode` is the pair's
 * entry in the indexed context, looked up by the caller.
 */
export function pairExclusion(a: Side, b: Side, kind: PairKind, contextCode: ContextCode | undefined): ExclusionCode | null {
  const pa = a.p;
  const pb = b.p;
  if (pa.id === pb.id) return "SELF";
  if (kind === "mentorship") {
    if (!pa.seeksMentorship || !pb.offersMentorship) return "ROLE_MISMATCH";
  } else if (!pa.openToPeer || !pb.openToPeer) return "ROLE_MISMATCH";
  if (contextCode !== undefined) return contextCode;
  if (kind === "mentorship") {
    if (!pb.accepting) return "MENTOR_PAUSED";
    if (b.spareSlots <= 0) return "MENTOR_AT_CAPACITY";
  }
  // Peers have no capacity or pause: those are mentor settings, and peer mentoring is
  // mutual, so either person can simply decline.
  if ((a.acceptMask & b.acceptMask) === 0) return "NO_SHARED_FORMAT";
  // The institution rule is the mentee's own request about mentors; it does not
  // constrain peers (their institution only matters softly, via institutionDiversity).
  if (kind === "mentorship" && pa.preferOutsideInstitution && pa.institutionKey !== null && pa.institutionKey === pb.institutionKey)
    return "OWN_INSTITUTION";
  if (!requiredMet(a, b) || !requiredMet(b, a)) return "REQUIRED_PREFERENCE_UNMET";
  return null;
}

/** Convenience form for one pair of raw profiles (tests, loaders); not for hot loops. */
export function checkHardConstraints(a: MatchProfile, b: MatchProfile, kind: PairKind, ctx: PairContext, atMs = 0): ExclusionCode | null {
  const env: SideEnv = { atMs, affinityDemand: undefined };
  const key = pairKey(a.id, b.id);
  const code: ContextCode | undefined = ctx.blocked.has(key)
    ? "BLOCKED"
    : ctx.engaged.has(key)
      ? "ENGAGED"
      : ctx.dismissed.has(key)
        ? "DISMISSED"
        : undefined;
  return pairExclusion(prepareSide(a, env), prepareSide(b, env), kind, code);
}
