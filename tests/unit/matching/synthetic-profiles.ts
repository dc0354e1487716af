import type {
  AffinityPreference,
  AvailabilityWindow,
  CareerStage,
  FormatKey,
  FormatPreference,
  IdentityAttribute,
  MatchProfile,
  PositionType,
  Sector,
} from "@/lib/matching";

// Deterministic synthetic community for the pure matching benchmarks (no database).
// Distributions are rough but shaped like the real thing: popular and niche goals,
// mostly North American zones, mentees earlier in their careers than mentors, a few
// scarce identity attributes that many mentees ask to share.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SYNTH_GOALS = Array.from({ length: 24 }, (_, i) => `goal-${String(i).padStart(2, "0")}`);
export const SYNTH_ATTRS = [
  "bipoc",
  "lgbtq",
  "first-gen",
  "disabled",
  "neurodivergent",
  "immigrant",
  "caregiver",
  "non-mlis",
  "online-degree",
];
const ZONES: [string, number][] = [
  ["America/New_York", 30],
  ["America/Chicago", 20],
  ["America/Denver", 8],
  ["America/Los_Angeles", 20],
  ["America/Toronto", 6],
  ["Europe/London", 5],
  ["Europe/Berlin", 3],
  ["Australia/Sydney", 3],
  ["Asia/Kolkata", 2],
  ["Pacific/Auckland", 1],
  ["America/Sao_Paulo", 2],
];
const SECTORS: Sector[] = [
  "ACADEMIC",
  "COMMUNITY_COLLEGE",
  "PUBLIC",
  "SCHOOL",
  "SPECIAL",
  "ARCHIVES",
  "MUSEUM",
  "GOVERNMENT",
  "VENDOR",
  "LIS_EDUCATION",
  "OTHER",
];
const POSITIONS: PositionType[] = ["LIBRARIAN", "STAFF", "STUDENT", "OTHER"];
const FORMATS: FormatKey[] = ["video", "phone", "inPerson", "email", "asyncChat"];

function pickWeighted<T>(rnd: () => number, items: [T, number][]): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let x = rnd() * total;
  for (const [v, w] of items) if ((x -= w) < 0) return v;
  return items[items.length - 1]![0];
}

function pickGoals(rnd: () => number, count: number): string[] {
  // Skewed popularity: low-numbered goals are common, high-numbered are niche.
  const out = new Set<string>();
  while (out.size < count) out.add(SYNTH_GOALS[Math.floor(Math.pow(rnd(), 1.6) * SYNTH_GOALS.length)]!);
  return [...out];
}

function formats(rnd: () => number): Record<FormatKey, FormatPreference> {
  const f = {} as Record<FormatKey, FormatPreference>;
  for (const k of FORMATS) {
    const r = rnd();
    const preferredOdds = k === "video" ? 0.55 : k === "email" ? 0.2 : 0.3;
    f[k] = r < preferredOdds ? "PREFERRED" : r < preferredOdds + 0.35 ? "FINE" : "NO";
  }
  return f;
}

function identity(rnd: () => number): IdentityAttribute[] {
  const out: IdentityAttribute[] = [];
  for (const a of SYNTH_ATTRS) {
    if (rnd() < 0.1)
      out.push({
        attributeId: a,
        visibility: pickWeighted(rnd, [
          ["PRIVATE", 1],
          ["MATCHING", 2],
          ["SHOWN", 2],
        ]),
      });
  }
  return out;
}

function affinity(rnd: () => number): AffinityPreference[] {
  const out: AffinityPreference[] = [];
  if (rnd() < 0.2) out.push({ attributeId: SYNTH_ATTRS[Math.floor(rnd() * 3)]!, preference: "SHARED", required: rnd() < 0.1 });
  if (rnd() < 0.05) out.push({ attributeId: SYNTH_ATTRS[3 + Math.floor(rnd() * 6)]!, preference: "DIFFERENT", required: false });
  return out;
}

// Availability comes from its own generator seeded by the id, so adding it did not shift the
// rest of the community (benchmarks and tests keep their people). Most are free on weekday
// daytime; public and school staff often only evenings and weekends.
function idSeed(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

function availability(id: string, sectors: readonly Sector[]): AvailabilityWindow[] {
  const rnd = mulberry32(idSeed(id));
  const desk = sectors.includes("PUBLIC") || sectors.includes("SCHOOL");
  const out: AvailabilityWindow[] = [];
  if (rnd() < (desk ? 0.5 : 0.9)) out.push("WEEKDAY_DAYTIME");
  if (rnd() < (desk ? 0.6 : 0.25)) out.push("WEEKDAY_EVENING");
  if (rnd() < (desk ? 0.4 : 0.15)) out.push("WEEKEND");
  return out.length > 0 ? out : ["WEEKDAY_EVENING"];
}

const MENTEE_STAGES: [CareerStage | null, number][] = [
  ["LIS_STUDENT", 25],
  ["EARLY_CAREER", 40],
  ["MID_CAREER", 25],
  ["SENIOR", 5],
  [null, 5],
];
const MENTOR_STAGES: [CareerStage | null, number][] = [
  ["EARLY_CAREER", 10],
  ["MID_CAREER", 40],
  ["SENIOR", 35],
  ["RETIRED", 10],
  [null, 5],
];

export function syntheticProfile(rnd: () => number, id: string, kind: "mentee" | "mentor" | "any"): MatchProfile {
  const isMentee = kind === "mentee" || (kind === "any" && rnd() < 0.6);
  const isMentor = kind === "mentor" || (kind === "any" && (!isMentee || rnd() < 0.2));
  const sectorCount = rnd() < 0.7 ? 1 : 2;
  const sectors = new Set<Sector>();
  while (sectors.size < sectorCount) sectors.add(SECTORS[Math.floor(Math.pow(rnd(), 1.5) * SECTORS.length)]!);
  const languages = ["en"];
  if (rnd() < 0.15) languages.push("es");
  if (rnd() < 0.05) languages.push("fr");
  return {
    id,
    seeksMentorship: isMentee,
    offersMentorship: isMentor,
    openToPeer: rnd() < 0.3,
    timeZone: pickWeighted(rnd, ZONES),
    availability: availability(id, [...sectors]),
    languages,
    careerStage: pickWeighted(rnd, isMentee ? MENTEE_STAGES : MENTOR_STAGES),
    sectors: [...sectors],
    positionType: POSITIONS[Math.floor(rnd() * POSITIONS.length)]!,
    institutionKey: rnd() < 0.9 ? `inst-${Math.floor(rnd() * 400)}` : null,
    seeks: isMentee ? pickGoals(rnd, 1 + Math.floor(rnd() * 4)) : [],
    offers: isMentor ? pickGoals(rnd, 3 + Math.floor(rnd() * 5)) : rnd() < 0.4 ? pickGoals(rnd, 1 + Math.floor(rnd() * 2)) : [],
    learns: isMentor && rnd() < 0.6 ? pickGoals(rnd, 1 + Math.floor(rnd() * 3)) : [],
    formats: formats(rnd),
    capacity: isMentor ? 1 + Math.floor(rnd() * 5) : 0,
    activeMentees: 0,
    unanswered: 0,
    accepting: true,
    preferOutsideInstitution: rnd() < 0.7,
    identity: identity(rnd),
    affinity: isMentee ? affinity(rnd) : [],
  };
}

export function syntheticCohort(seed: number, mentees: number, mentors: number): { mentees: MatchProfile[]; mentors: MatchProfile[] } {
  const rnd = mulberry32(seed);
  return {
    mentees: Array.from({ length: mentees }, (_, i) => syntheticProfile(rnd, `mentee-${String(i).padStart(5, "0")}`, "mentee")),
    mentors: Array.from({ length: mentors }, (_, i) => syntheticProfile(rnd, `mentor-${String(i).padStart(5, "0")}`, "mentor")),
  };
}
