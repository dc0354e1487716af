import { sharedWindowText } from "./availability";
import { FORMAT_LABEL, SECTOR_LABEL, STAGE_LABEL, STAGE_RANK } from "./constants";
import { loadValue } from "./score-pair";
import type { ComponentFacts, ComponentName, ComponentResult, FormatKey, LabelLookup, PositionType, Reason, Role } from "./types";

// Reasons are built from the very components that produced the score: a reason exists
// only for a component whose weighted value is above zero, and carries that
// component's share of the total. Nothing here can invent a reason.
//
// Privacy: reasons speak only for the part of the score the viewer may be told about.
// Affinity counts here only through attributes the other person chose to show, and a
// component hidden from the viewer counts not at all, so the reasons (which exist, their
// order, their words, their shares and so their "main" flags) are exactly the same whether
// or not the other person holds anything "matching only". Matching-only attributes move the
// score silently. The caveat (a less-experienced mentor) is built from career stages and
// goals only. Shares stay on the server: the client gets words and the main flag.

export const MAX_REASONS = 4;
// The first two contributors are always shown; a third or fourth only if it carries a
// noticeable part of the score, so minor components do not crowd the card.
export const MIN_EXTRA_SHARE = 0.08;
// A reason carrying at least this part of what reasons speak for is a main reason (the
// first one always is). The share itself never leaves the server.
export const MAIN_SHARE = 0.25;

// Components a viewer is not shown even though they count:
// - a mentor never sees the mentee's identity preferences, not even as "matches a
//   preference" (that would reveal what the mentee asked for);
// - a mentor's own load is the same for every mentee, so it explains nothing;
// - responsiveness is a private reliability signal (requests someone let lapse): it moves
//   the score and is never worded, for anyone, in any role.
const HIDDEN: Readonly<Record<Role, ReadonlySet<ComponentName>>> = {
  mentee: new Set<ComponentName>(["responsiveness"]),
  mentor: new Set<ComponentName>(["affinity", "mentorLoad", "responsiveness"]),
  peer: new Set<ComponentName>(["mentorLoad", "responsiveness"]),
};

export function isHiddenFrom(role: Role, component: ComponentName): boolean {
  return HIDDEN[role].has(component);
}

export interface ExplainOptions {
  viewerRole: Role;
  labels?: LabelLookup;
}

/**
 * The part of a component's weighted value that a reason may speak for. Affinity: only the
 * "prefer shared" preferences met by an attribute the other person shows (never the
 * matching-only ones, never "prefer different", which would speak by absence). Mentor load:
 * without the scarcity pressure, which comes from attributes that may be matching-only.
 */
export function explainableWeighted(c: ComponentResult, role: Role): number {
  if (isHiddenFrom(role, c.name)) return 0;
  if (c.name === "affinity") {
    const f = c.facts as ComponentFacts["affinity"];
    if (f.redacted || !(f.preferencesSet > 0)) return 0;
    return c.weight * Math.min(1, f.shownShared.length / f.preferencesSet);
  }
  if (c.name === "mentorLoad") {
    const f = c.facts as ComponentFacts["mentorLoad"];
    return f.applicable ? c.weight * loadValue(f.spareSlots, f.capacity, 0) : 0;
  }
  return c.weighted;
}

export function explain(components: readonly ComponentResult[], options: ExplainOptions): Reason[] {
  const role = options.viewerRole;
  const explainable = components.map((c) => explainableWeighted(c, role));
  let total = 0;
  for (const w of explainable) total += w;
  if (!(total > 0)) return [];
  const ranked = components
    .map((c, order) => ({ c, weighted: explainable[order]!, order }))
    .filter((x) => x.weighted > 0)
    .map(({ c, weighted, order }) => ({ c, share: weighted / total, order }))
    .sort((x, y) => y.share - x.share || x.order - y.order);
  const reasons: Reason[] = [];
  for (const { c, share } of ranked) {
    if (reasons.length >= MAX_REASONS) break;
    if (reasons.length >= 2 && share < MIN_EXTRA_SHARE) break;
    const text = reasonText(c, role, options.labels ?? {});
    if (text) reasons.push({ component: c.name, share, text, main: reasons.length === 0 || share >= MAIN_SHARE });
  }
  // Mentoring goes both ways: what one side could teach the other is always named when it
  // counted at all, even when one shared topic is too small a part to earn a place on its own.
  // It takes the place of the weakest other reason when the card is full (never a main one).
  const mutual = ranked.find((x) => x.c.name === "reciprocalLearning");
  if (mutual && !reasons.some((r) => r.component === "reciprocalLearning")) {
    const text = reasonText(mutual.c, role, options.labels ?? {});
    if (text) {
      const reason: Reason = {
        component: mutual.c.name,
        share: mutual.share,
        text,
        main: reasons.length === 0 || mutual.share >= MAIN_SHARE,
      };
      if (reasons.length < MAX_REASONS) reasons.push(reason);
      else if (!reasons[reasons.length - 1]!.main) reasons[reasons.length - 1] = reason;
    }
  }
  return reasons;
}

// ---- text ------------------------------------------------------------------------------

let languageNames: Intl.DisplayNames | null | undefined;
function languageName(code: string, labels: LabelLookup): string {
  const own = labels.languages?.[code];
  if (own) return own;
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(["en"], { type: "language" });
    } catch {
      languageNames = null;
    }
  }
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

export function listText(items: readonly string[], max = 3): string {
  if (items.length === 0) return "";
  // "and 1 more" says less than the name itself, so show one extra item instead.
  const shown = items.length === max + 1 ? items : items.slice(0, max);
  const more = items.length - shown.length;
  // Labels such as "Research and publishing" carry their own "and" and commas; separate
  // them with semicolons so the list still reads as a list.
  if (shown.some((item) => / and |,/.test(item))) {
    return more > 0 ? `${shown.join("; ")}; and ${more} more` : shown.join("; ");
  }
  if (more > 0) return `${shown.join(", ")} and ${more} more`;
  if (shown.length === 1) return shown[0]!;
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

/** "your goal", "both of your goals", "all 3 of your goals", "2 of your 4 goals". */
export function coverage(n: number, total: number, whose: "your" | "their"): string {
  if (total === 1 && n === 1) return `${whose} goal`;
  if (n === total) return total === 2 ? `both of ${whose} goals` : `all ${total} of ${whose} goals`;
  return `${n} of ${whose} ${total} ${plural(total, "goal", "goals")}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

// A shared stretch shorter than this is not worth naming as a time to meet.
const MIN_STRETCH_MIN = 60;

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function stageText(f: ComponentFacts["careerStageFit"], role: Role): string {
  const seeker = f.seekerStage;
  const partner = f.partnerStage;
  if (role === "mentor") {
    // The viewer is the mentor (the partner); the other person is the mentee (the seeker).
    const stage = seeker ? STAGE_LABEL[seeker] : "";
    if (f.relation === "same") return `At the same career stage as you (${stage})`;
    if (f.relation === "behind") return seeker === "RETIRED" ? RETIRED_TEXT : `Further along in their career than you (${stage})`;
    return `Earlier in their career (${stage}), where your experience helps`;
  }
  const stage = partner ? STAGE_LABEL[partner] : "";
  if (f.relation === "same") return `At the same career stage as you (${stage})`;
  if (partner === "RETIRED" && f.relation !== "behind") return RETIRED_TEXT;
  const gap = seeker && partner ? STAGE_RANK[partner] - STAGE_RANK[seeker] : 0;
  if (role === "peer") {
    if (gap === 1 || gap === -1) return `At a nearby career stage (${stage})`;
    return gap > 0 ? `Further along in their career (${stage})` : `Earlier in their career (${stage})`;
  }
  if (gap === 1) return `A step ahead of you in their career (${stage})`;
  if (f.relation === "ahead") return `Further along in their career (${stage})`;
  if (f.relation === "far-ahead") return `${capitalise(stage)}, with long experience to draw on`;
  return `Earlier in their career than you (${stage})`;
}

const RETIRED_TEXT = "Retired, with a whole career to draw on";

function hoursText(h: number): string {
  const half = Math.round(h * 2) / 2;
  return Number.isInteger(half) ? String(half) : half.toFixed(1);
}

const POSITION_PHRASE: Readonly<Record<PositionType, string>> = {
  LIBRARIAN: "a librarian",
  STAFF: "staff",
  STUDENT: "a student",
  OTHER: "in a similar role",
};

function goalLabels(ids: readonly string[], labels: LabelLookup): string[] {
  return ids.map((id) => labels.goals?.[id] ?? id);
}

function formatList(formats: readonly FormatKey[]): string {
  return listText(
    formats.map((f) => FORMAT_LABEL[f]),
    5,
  );
}

function reasonText(c: ComponentResult, role: Role, labels: LabelLookup): string | null {
  switch (c.name) {
    case "goalCoverage": {
      const f = c.facts as ComponentFacts["goalCoverage"];
      const n = f.covered.length;
      const list = listText(goalLabels(f.covered, labels));
      if (role === "mentor") return `You can help with ${coverage(n, f.total, "their")}: ${list}`;
      if (role === "peer") {
        // Say who helps whom: what they offer helps you; what they seek too, you explore together.
        const offers = f.fromOffers.length;
        const seeks = listText(goalLabels(f.fromSeeks, labels));
        if (offers > 0 && f.fromSeeks.length > 0) {
          return `Could help you with ${listText(goalLabels(f.fromOffers, labels))}, and also wants to explore ${seeks}`;
        }
        if (offers > 0) return `Could help you with ${coverage(offers, f.total, "your")}: ${listText(goalLabels(f.fromOffers, labels))}`;
        return `Also wants to explore ${seeks}`;
      }
      return `Covers ${coverage(n, f.total, "your")}: ${list}`;
    }
    case "formatFit": {
      const f = c.facts as ComponentFacts["formatFit"];
      if (f.sharedPreferred.length > 0) return `You both prefer ${formatList(f.sharedPreferred)}`;
      if (f.sharedAcceptable.length === 0) return null;
      return `${capitalise(formatList(f.sharedAcceptable))} ${plural(f.sharedAcceptable.length, "works", "work")} for you both`;
    }
    case "timezoneOverlap": {
      const f = c.facts as ComponentFacts["timezoneOverlap"];
      // The viewer's own side, in their own week and local time: a mentor is b.
      const shared = (role === "mentor" ? f.sharedB : f.sharedA).filter((w) => w.toMin - w.fromMin >= MIN_STRETCH_MIN);
      if (shared.length > 0) return `You are both free on ${joinAnd(shared.map(sharedWindowText))}`;
      // Shared hours that fall on scattered days (far-apart zones) have no "typical day".
      return `You are both free for about ${hoursText(f.overlapHours)} h a week`;
    }
    case "careerStageFit": {
      const f = c.facts as ComponentFacts["careerStageFit"];
      return stageText(f, role);
    }
    case "sectorFit": {
      const f = c.facts as ComponentFacts["sectorFit"];
      const sectors = listText(f.sharedSectors.map((s) => SECTOR_LABEL[s]));
      const pos = f.samePositionType ? POSITION_PHRASE[f.samePositionType] : "";
      if (sectors && pos) return `Also in ${sectors}, and also ${pos}`;
      if (sectors) return `Also in ${sectors}`;
      if (pos) return `Also ${pos}`;
      return null;
    }
    case "reciprocalLearning": {
      // Mentorship: what the mentee could teach the mentor (mentee offers ∩ mentor learns).
      // Peers: what the viewer could teach the other person.
      const f = c.facts as ComponentFacts["reciprocalLearning"];
      const list = listText(goalLabels(f.topics, labels));
      if (role === "mentor") return `Could also show you ${list}`;
      if (role === "peer") return `You could help them with ${list}`;
      return `Wants to learn ${list}, which you know`;
    }
    case "affinity": {
      const f = c.facts as ComponentFacts["affinity"];
      if (f.redacted || f.shownShared.length === 0) return null;
      // Named only because the other person chose "shown on my profile" for it; nothing
      // here may depend on anything they keep to matching only.
      return `Shares what you asked for: ${listText(f.shownShared.map((id) => labels.attributes?.[id] ?? id))}`;
    }
    case "institutionDiversity":
      return role === "mentor" ? "From another institution" : "Outside your institution";
    case "language": {
      const f = c.facts as ComponentFacts["language"];
      return `You both speak ${listText(f.shared.map((l) => languageName(l, labels)))}`;
    }
    case "mentorLoad": {
      const f = c.facts as ComponentFacts["mentorLoad"];
      return f.spareSlots === 1 ? "Has room for one more mentee" : "Has room for new mentees";
    }
    case "responsiveness":
      // Hidden from every role above; no wording exists, so none can leak by mistake.
      return null;
  }
}

// ---- caveat ------------------------------------------------------------------------------

/** A mentorship whose mentor is earlier in their career than the mentee (both stages known). */
export function isLessExperiencedMentor(components: readonly ComponentResult[], kind: "mentorship" | "peer"): boolean {
  if (kind !== "mentorship") return false;
  const stage = components.find((c) => c.name === "careerStageFit");
  return (stage?.facts as ComponentFacts["careerStageFit"] | undefined)?.relation === "behind";
}

/**
 * Why a mentor earlier in their career than the mentee might still help, worded for the
 * viewer; null for every other pair. Built from goals and career stages only.
 */
export function caveatText(
  components: readonly ComponentResult[],
  kind: "mentorship" | "peer",
  role: Role,
  labels: LabelLookup = {},
): string | null {
  if (role === "peer" || !isLessExperiencedMentor(components, kind)) return null;
  const goals = components.find((c) => c.name === "goalCoverage")?.facts as ComponentFacts["goalCoverage"] | undefined;
  const list = listText(goalLabels(goals?.covered ?? [], labels));
  if (role === "mentor") {
    return list
      ? `Further along in their career than you, but you could still help with: ${list}`
      : "Further along in their career than you: ask what they hope to learn from you";
  }
  return list
    ? `Earlier in their career than you, so less of a guide for career advice, but they know about: ${list}`
    : "Earlier in their career than you: better for an exchange of ideas than for career advice";
}
