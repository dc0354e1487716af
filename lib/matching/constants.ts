import type { CareerStage, FormatKey, Sector, PositionType } from "./types";

export const FORMAT_KEYS: readonly FormatKey[] = ["video", "phone", "inPerson", "email", "asyncChat"];

// Bit per format, in FORMAT_KEYS order, so "shared acceptable format" is one AND.
export const FORMAT_BIT: Readonly<Record<FormatKey, number>> = {
  video: 1,
  phone: 2,
  inPerson: 4,
  email: 8,
  asyncChat: 16,
};

// Video, phone and in person are the formats people said actually worked; only they
// make shared working hours matter.
export const SYNC_FORMAT_MASK = FORMAT_BIT.video | FORMAT_BIT.phone | FORMAT_BIT.inPerson;

export const FORMAT_LABEL: Readonly<Record<FormatKey, string>> = {
  video: "video",
  phone: "phone",
  inPerson: "meeting in person",
  email: "email",
  asyncChat: "chat",
};

export const SECTORS: readonly Sector[] = [
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

export const SECTOR_BIT: Readonly<Record<Sector, number>> = Object.fromEntries(SECTORS.map((s, i) => [s, 1 << i])) as Record<
  Sector,
  number
>;

export const SECTOR_LABEL: Readonly<Record<Sector, string>> = {
  ACADEMIC: "academic libraries",
  COMMUNITY_COLLEGE: "community college libraries",
  PUBLIC: "public libraries",
  SCHOOL: "school libraries",
  SPECIAL: "special libraries",
  ARCHIVES: "archives",
  MUSEUM: "museums",
  GOVERNMENT: "government libraries",
  VENDOR: "the vendor side",
  LIS_EDUCATION: "LIS education",
  OTHER: "an 'other' sector",
};

export const POSITION_LABEL: Readonly<Record<PositionType, string>> = {
  LIBRARIAN: "librarian",
  STAFF: "staff",
  STUDENT: "student",
  OTHER: "other role",
};

// Career stage is an input, not a ladder: the rank only says who is further along.
export const STAGE_RANK: Readonly<Record<CareerStage, number>> = {
  LIS_STUDENT: 0,
  EARLY_CAREER: 1,
  MID_CAREER: 2,
  SENIOR: 3,
  RETIRED: 4,
};

export const STAGE_LABEL: Readonly<Record<CareerStage, string>> = {
  LIS_STUDENT: "LIS student",
  EARLY_CAREER: "early career",
  MID_CAREER: "mid-career",
  SENIOR: "senior",
  RETIRED: "retired",
};

// Scores are compared and optimised as integers on this grid, so the round is exact
// and a suggestion's score equals the round's pair score bit for bit.
export const SCORE_SCALE = 1_000_000;
