// The matching data contract. The DB loader maps profile rows into these shapes, so the
// literal values mirror the profile model exactly; nothing here knows about Prisma.

export type Role = "mentee" | "mentor" | "peer";

export type CareerStage = "LIS_STUDENT" | "EARLY_CAREER" | "MID_CAREER" | "SENIOR" | "RETIRED";

export type Sector =
  | "ACADEMIC"
  | "COMMUNITY_COLLEGE"
  | "PUBLIC"
  | "SCHOOL"
  | "SPECIAL"
  | "ARCHIVES"
  | "MUSEUM"
  | "GOVERNMENT"
  | "VENDOR"
  | "LIS_EDUCATION"
  | "OTHER";

export type PositionType = "LIBRARIAN" | "STAFF" | "STUDENT" | "OTHER";

export type FormatKey = "video" | "phone" | "inPerson" | "email" | "asyncChat";

export type FormatPreference = "PREFERRED" | "FINE" | "NO";

// Rough weekly availability in the person's own local time (definitions in availability.ts).
export type AvailabilityWindow = "WEEKDAY_DAYTIME" | "WEEKDAY_EVENING" | "WEEKEND";

/**
 * One window of the person's own week in which both people are free: the longest shared
 * stretch inside that window on a typical day of it, in that person's local minutes (0..1440).
 */
export interface SharedWindow {
  window: AvailabilityWindow;
  fromMin: number;
  toMin: number;
}

// PRIVATE is listed so callers and tests can pass it without casts; it is never used.
export type IdentityVisibility = "PRIVATE" | "MATCHING" | "SHOWN";

export interface IdentityAttribute {
  attributeId: string;
  visibility: IdentityVisibility;
}

export type AffinityKind = "SHARED" | "DIFFERENT" | "NONE";

export interface AffinityPreference {
  attributeId: string;
  preference: AffinityKind;
  // A required preference is a hard constraint, not a score.
  required: boolean;
}

export interface MatchProfile {
  id: string;
  seeksMentorship: boolean;
  offersMentorship: boolean;
  openToPeer: boolean;
  timeZone: string;
  // When the person is usually free, in their own zone. Empty = nothing known: no overlap.
  availability: readonly AvailabilityWindow[];
  languages: readonly string[];
  careerStage: CareerStage | null;
  sectors: readonly Sector[];
  positionType: PositionType | null;
  institutionKey: string | null;
  // Goal-area ids. Arrays are expected to be duplicate-free (the loader's job);
  // component values are clamped to [0, 1] regardless.
  seeks: readonly string[];
  offers: readonly string[];
  learns: readonly string[];
  formats: Readonly<Record<FormatKey, FormatPreference>>;
  capacity: number;
  // Mentees in this person's ACTIVE or PAUSED mentorships (an accepted, not yet confirmed
  // agreement counts: acceptance creates the mentorship).
  activeMentees: number;
  // Requests this person let lapse (expired unanswered) plus those they received and still
  // leave unanswered past the reminder. A private reliability signal: it lowers their place
  // through the "responsiveness" component and is never explained to anyone.
  unanswered: number;
  accepting: boolean;
  preferOutsideInstitution: boolean;
  identity: readonly IdentityAttribute[];
  affinity: readonly AffinityPreference[];
}

// Facts about pairs that only the caller knows. Keys come from pairKey() so direction
// never matters: a block by either person excludes the pair.
export interface PairContext {
  blocked: ReadonlySet<string>;
  // An open request or an active mentorship between the two.
  engaged: ReadonlySet<string>;
  // "Not for me" dismissals that are still in force.
  dismissed: ReadonlySet<string>;
}

export type ComponentName =
  | "goalCoverage"
  | "formatFit"
  | "timezoneOverlap"
  | "careerStageFit"
  | "sectorFit"
  | "reciprocalLearning"
  | "affinity"
  | "institutionDiversity"
  | "language"
  | "mentorLoad"
  | "responsiveness";

export type Weights = Readonly<Record<ComponentName, number>>;

// Demand-to-supply ratio per identity attribute: how many mentees ask for a shared
// attribute per consenting mentor with room who holds it. Above 1 means "scarce".
export type AffinityDemand = Readonly<Record<string, number>>;

export interface ComponentFacts {
  // `covered` = every goal of the seeker's the other person helps with. For a mentorship it
  // is what the mentor offers (= fromOffers). For peers it splits into who helps whom:
  // `fromOffers` the other person offers, `fromSeeks` they want to explore as well (and do
  // not offer).
  goalCoverage: { covered: string[]; total: number; fromOffers: string[]; fromSeeks: string[] };
  formatFit: { sharedPreferred: FormatKey[]; sharedAcceptable: FormatKey[] };
  // overlapHours: hours a week both are free (0 unless a synchronous format is shared).
  // sharedA / sharedB: the shared windows in a's / b's own week and local time (mentorship:
  // a = mentee, b = mentor; peers: a = the viewer). Empty unless a synchronous format is shared.
  timezoneOverlap: {
    overlapHours: number;
    synchronousShared: boolean;
    zonesKnown: boolean;
    sharedA: SharedWindow[];
    sharedB: SharedWindow[];
  };
  careerStageFit: {
    seekerStage: CareerStage | null;
    partnerStage: CareerStage | null;
    // Seeker = mentee (or the peer viewer); partner = mentor (or the peer).
    // "ahead" means the partner is further along.
    relation: "ahead" | "same" | "behind" | "far-ahead" | "unknown";
  };
  sectorFit: { sharedSectors: Sector[]; samePositionType: PositionType | null };
  reciprocalLearning: { topics: string[] };
  // Only what the other person chose to show: matching-only matches are neither named nor
  // counted here, so no reason can word them and no share can weigh them. `preferencesSet`
  // is the seeker's own count of preferences.
  affinity: { shownShared: string[]; preferencesSet: number; redacted: boolean };
  institutionDiversity: { outside: boolean | null };
  language: { shared: string[] };
  mentorLoad: { spareSlots: number; capacity: number; pressure: number; applicable: boolean };
  // Deliberately empty: nothing about it may be worded, counted or shown (explain.ts).
  responsiveness: Record<string, never>;
}

export interface ComponentResult<N extends ComponentName = ComponentName> {
  name: N;
  value: number;
  weight: number;
  weighted: number;
  facts: ComponentFacts[N];
}

export type ScoreBand = "strong" | "good" | "fair";

// Band boundaries on the SCORE_SCALE integer grid: strong >= strongMin, good >= goodMin.
export interface BandThresholds {
  strongMin: number;
  goodMin: number;
}

export interface Reason {
  component: ComponentName;
  // Internal: this reason's part of what reasons may speak for. Never sent to a client
  // (a share is a number a viewer could read as a match rate).
  share: number;
  text: string;
  // A main reason: the first one, and any carrying a large part of the score. The client
  // may mark it with a non-numeric marker.
  main: boolean;
}

// Caller-supplied display labels; ids are shown as-is when a label is missing.
export interface LabelLookup {
  goals?: Readonly<Record<string, string>>;
  attributes?: Readonly<Record<string, string>>;
  languages?: Readonly<Record<string, string>>;
}
