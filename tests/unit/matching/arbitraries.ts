import fc from "fast-check";
import type { AvailabilityWindow, CareerStage, FormatKey, FormatPreference, MatchProfile, PositionType, Sector } from "@/lib/matching";

// Builders for matching tests: a plain factory with sensible defaults for unit tests,
// and fast-check arbitraries for property tests.

export const ALL_FORMATS_FINE: Record<FormatKey, FormatPreference> = {
  video: "FINE",
  phone: "FINE",
  inPerson: "FINE",
  email: "FINE",
  asyncChat: "FINE",
};

export function makeProfile(overrides: Partial<MatchProfile> & { id: string }): MatchProfile {
  return {
    seeksMentorship: false,
    offersMentorship: false,
    openToPeer: false,
    timeZone: "America/New_York",
    availability: ["WEEKDAY_DAYTIME"],
    languages: ["en"],
    careerStage: null,
    sectors: [],
    positionType: null,
    institutionKey: null,
    seeks: [],
    offers: [],
    learns: [],
    formats: { ...ALL_FORMATS_FINE },
    capacity: 0,
    activeMentees: 0,
    unanswered: 0,
    accepting: true,
    preferOutsideInstitution: false,
    identity: [],
    affinity: [],
    ...overrides,
  };
}

export const mentee = (id: string, o: Partial<MatchProfile> = {}) => makeProfile({ id, seeksMentorship: true, ...o });
export const mentor = (id: string, o: Partial<MatchProfile> = {}) => makeProfile({ id, offersMentorship: true, capacity: 2, ...o });

export const GOALS = ["g1", "g2", "g3", "g4", "g5", "g6"];
export const ATTRS = ["a1", "a2", "a3"];
const ZONES = ["America/New_York", "America/Los_Angeles", "Europe/London", "Asia/Tokyo", "Asia/Kolkata", "Pacific/Auckland", "UTC"];
export const WINDOWS: readonly AvailabilityWindow[] = ["WEEKDAY_DAYTIME", "WEEKDAY_EVENING", "WEEKEND"];
const STAGES: (CareerStage | null)[] = ["LIS_STUDENT", "EARLY_CAREER", "MID_CAREER", "SENIOR", "RETIRED", null];
const SECTOR_POOL: Sector[] = ["ACADEMIC", "PUBLIC", "ARCHIVES", "MUSEUM"];
const POSITIONS: (PositionType | null)[] = ["LIBRARIAN", "STAFF", "STUDENT", "OTHER", null];
const PREFS: FormatPreference[] = ["PREFERRED", "FINE", "NO"];

const subset = <T>(pool: readonly T[]) => fc.subarray([...pool]);

export const formatsArb = fc.record({
  video: fc.constantFrom(...PREFS),
  phone: fc.constantFrom(...PREFS),
  inPerson: fc.constantFrom(...PREFS),
  email: fc.constantFrom(...PREFS),
  asyncChat: fc.constantFrom(...PREFS),
});

/** A random profile; `id` is filled in by the caller so ids stay unique. */
export const profileBodyArb = fc.record({
  seeksMentorship: fc.boolean(),
  offersMentorship: fc.boolean(),
  openToPeer: fc.boolean(),
  timeZone: fc.constantFrom(...ZONES),
  availability: subset(WINDOWS),
  languages: subset(["en", "es", "fr"]),
  careerStage: fc.constantFrom(...STAGES),
  sectors: subset(SECTOR_POOL),
  positionType: fc.constantFrom(...POSITIONS),
  institutionKey: fc.constantFrom("inst-a", "inst-b", "inst-c", null),
  seeks: subset(GOALS),
  offers: subset(GOALS),
  learns: subset(GOALS),
  formats: formatsArb,
  capacity: fc.integer({ min: 1, max: 5 }),
  activeMentees: fc.integer({ min: 0, max: 3 }),
  // Mostly zero, as in a real community; sometimes a few lapsed requests.
  unanswered: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 1 }),
  accepting: fc.boolean(),
  preferOutsideInstitution: fc.boolean(),
  identity: fc.uniqueArray(
    fc.record({
      attributeId: fc.constantFrom(...ATTRS),
      visibility: fc.constantFrom("PRIVATE" as const, "MATCHING" as const, "SHOWN" as const),
    }),
    { selector: (a) => a.attributeId, maxLength: 3 },
  ),
  affinity: fc.uniqueArray(
    fc.record({
      attributeId: fc.constantFrom(...ATTRS),
      preference: fc.constantFrom("SHARED" as const, "DIFFERENT" as const, "NONE" as const),
      required: fc.boolean(),
    }),
    { selector: (a) => a.attributeId, maxLength: 3 },
  ),
});

export const menteesArb = (max: number) =>
  fc
    .array(profileBodyArb, { maxLength: max })
    .map((bodies) => bodies.map((b, i): MatchProfile => ({ ...b, id: `e${String(i).padStart(2, "0")}`, seeksMentorship: true })));

export const mentorsArb = (max: number) =>
  fc
    .array(profileBodyArb, { maxLength: max })
    .map((bodies) => bodies.map((b, i): MatchProfile => ({ ...b, id: `m${String(i).padStart(2, "0")}`, offersMentorship: true })));

/** A random raw round: tiny, with few distinct weights so ties are common. */
export const rawRoundArb = (maxMentees: number, maxMentors: number, maxWeight: number) =>
  fc
    .record({
      n: fc.integer({ min: 0, max: maxMentees }),
      caps: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: maxMentors }),
      seed: fc.array(fc.option(fc.integer({ min: 0, max: maxWeight }), { freq: 3 }), {
        minLength: maxMentees * maxMentors,
        maxLength: maxMentees * maxMentors,
      }),
    })
    .map(({ n, caps, seed }) => {
      const menteeIds = Array.from({ length: n }, (_, i) => `e${i}`);
      const mentors = caps.map((capacity, j) => ({ id: `m${j}`, capacity }));
      const edges = [];
      for (let i = 0; i < n; i++)
        for (let j = 0; j < caps.length; j++) {
          const w = seed[i * maxMentors + j];
          if (w !== null && w !== undefined) edges.push({ menteeId: `e${i}`, mentorId: `m${j}`, score: w });
        }
      return { menteeIds, mentors, edges };
    });
