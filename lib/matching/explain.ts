import { FORMAT_LABEL, SECTOR_LABEL, STAGE_LABEL } from "./constants";
import { loadValue } from "./score-pair";
import type {
  ComponentFacts,
  ComponentName,
  ComponentResult,
  FormatKey,
  LabelLookup,
  PositionType,
  Reason,
  Role,
  ScoreBand,
} from "./types";

// Reasons are built from the very components that produced the score: a reason exists
// only for a component whose weighted value is above zero, and carries that
// component's share of the total. Nothing here can invent a reason.
//
// Privacy: reasons speak only for the part of the score the viewer may be told about.
// Affinity counts here only through attributes the other person chose to show, and a
// component hidden from the viewer counts not at all, so the reasons (which exist, their
// order, their words and their shares) are exactly the same whether or not the other person
// holds anything "matching only". Matching-only attributes move the score silently.

// Bands, on the same [0, 1] score: "strong" needs most of the weight (typically goals
// covered plus a good format and hours), "good" is a solid majority, below is "fair".
// Calibrated on the demo community: the best tenth of a typical mentee's candidates reach
// "strong"; most of the first page is "good"; "fair" still passed every hard constraint.
// Raised by 0.015 when responsiveness joined the score (issue 8): it adds its full weight for
// everyone who answers their requests, so the same pairs kept the same bands.
export const BAND_THRESHOLDS = { strong: 0.635, good: 0.465 } as const;

export function scoreBand(score: number): ScoreBand {
  if (score >= BAND_THRESHOLDS.strong) return "strong";
  if (score >= BAND_THRESHOLDS.good) return "good";
  return "fair";
}

export const MAX_REASONS = 4;
// The first two contributors are always shown; a third or fourth only if it carries a
// noticeable part of the score, so minor components do not crowd the card.
export const MIN_EXTRA_SHARE = 0.08;

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
    if (text) reasons.push({ component: c.name, share, text });
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

/** "2 of your 4 goals", "all 3 of your goals", "your goal". */
function coverage(n: number, total: number, whose: "your" | "their"): string {
  if (total === 1 && n === 1) return `${whose} goal`;
  if (n === total) return `all ${total} of ${whose} goals`;
  return `${n} of ${whose} ${total} ${plural(total, "goal", "goals")}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

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
      if (role === "peer") return `Can work with you on ${coverage(n, f.total, "your")}: ${list}`;
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
      return `${hoursText(f.overlapHours)} h of shared working hours`;
    }
    case "careerStageFit": {
      const f = c.facts as ComponentFacts["careerStageFit"];
      if (role === "mentor") {
        const stage = f.seekerStage ? STAGE_LABEL[f.seekerStage] : "";
        if (f.relation === "ahead" || f.relation === "far-ahead") return `Earlier in their career (${stage}), where your experience helps`;
        if (f.relation === "same") return `At the same career stage as you (${stage})`;
        return `Further along in their career (${stage})`;
      }
      const stage = f.partnerStage ? STAGE_LABEL[f.partnerStage] : "";
      if (role === "peer") {
        return f.relation === "same" ? `At the same career stage as you (${stage})` : `At a nearby career stage (${stage})`;
      }
      if (f.relation === "ahead") return `A step ahead of you in their career: ${stage}`;
      if (f.relation === "far-ahead") return `Further along, with long experience to draw on: ${stage}`;
      if (f.relation === "same") return `At the same career stage as you (${stage})`;
      return `At an earlier career stage (${stage})`;
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
      const f = c.facts as ComponentFacts["reciprocalLearning"];
      const list = listText(goalLabels(f.topics, labels));
      if (role === "mentor") return `Knows about ${list}, which you want to learn`;
      return `Wants to learn what you know about ${list}`;
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
