// Fixed choices of the profile (enums in prisma/schema.prisma) with the words people see.
// Client-safe: forms import these too.

import { VISIBILITY_COPY } from "@/lib/profiles/identity-copy";

export const CAREER_STAGES = [
  { value: "LIS_STUDENT", label: "LIS student" },
  { value: "EARLY_CAREER", label: "Early career" },
  { value: "MID_CAREER", label: "Mid-career" },
  { value: "SENIOR", label: "Senior or leadership" },
  { value: "RETIRED", label: "Retired" },
] as const;

export const SECTORS = [
  { value: "ACADEMIC", label: "Academic" },
  { value: "COMMUNITY_COLLEGE", label: "Community college" },
  { value: "PUBLIC", label: "Public" },
  { value: "SCHOOL", label: "School" },
  { value: "SPECIAL", label: "Special" },
  { value: "ARCHIVES", label: "Archives" },
  { value: "MUSEUM", label: "Museum" },
  { value: "GOVERNMENT", label: "Government" },
  { value: "VENDOR", label: "Vendor or industry" },
  { value: "LIS_EDUCATION", label: "LIS education" },
  { value: "OTHER", label: "Other" },
] as const;

export const POSITION_TYPES = [
  { value: "LIBRARIAN", label: "Librarian, archivist or faculty" },
  { value: "STAFF", label: "Staff or paraprofessional" },
  { value: "STUDENT", label: "Student" },
  { value: "OTHER", label: "Other" },
] as const;

export const FORMATS = [
  { value: "video", label: "Video call", synchronous: true },
  { value: "phone", label: "Phone", synchronous: true },
  { value: "inPerson", label: "In person", synchronous: true },
  { value: "email", label: "Email", synchronous: false },
  { value: "asyncChat", label: "Chat, at your own pace", synchronous: false },
] as const;

export const FORMAT_LEVELS = [
  { value: "PREFERRED", label: "Preferred" },
  { value: "FINE", label: "Fine" },
  { value: "NO", label: "No" },
] as const;

// The words live in identity-copy.ts, next to the rule they promise (and its test).
export const VISIBILITIES = [
  { value: "PRIVATE", ...VISIBILITY_COPY.PRIVATE },
  { value: "MATCHING", ...VISIBILITY_COPY.MATCHING },
  { value: "SHOWN", ...VISIBILITY_COPY.SHOWN },
] as const;

export const AFFINITY_PREFERENCES = [
  { value: "NONE", label: "No preference" },
  { value: "SHARED", label: "Prefer someone who shares this" },
  { value: "DIFFERENT", label: "Prefer someone with a different experience" },
] as const;

// Languages people can choose; names come from Intl.DisplayNames where shown.
export const LANGUAGE_CODES = [
  "en",
  "es",
  "fr",
  "de",
  "pt",
  "it",
  "nl",
  "zh",
  "ja",
  "ko",
  "ar",
  "hi",
  "bn",
  "ur",
  "ru",
  "pl",
  "tr",
  "vi",
  "tl",
  "sw",
  "he",
  "fa",
  "asl",
] as const;

export function languageName(code: string): string {
  if (code === "asl") return "American Sign Language";
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const MENTOR_CAPACITY = { min: 1, max: 5, default: 2 } as const;

// Rough weekly availability in a person's own zone: one list, the one matching uses for its hours.
export { AVAILABILITY_WINDOWS, type AvailabilityWindow } from "@/lib/matching/availability";

export type CareerStageValue = (typeof CAREER_STAGES)[number]["value"];
export type SectorValue = (typeof SECTORS)[number]["value"];
export type PositionTypeValue = (typeof POSITION_TYPES)[number]["value"];
export type FormatKey = (typeof FORMATS)[number]["value"];
export type FormatLevelValue = (typeof FORMAT_LEVELS)[number]["value"];
export type VisibilityValue = (typeof VISIBILITIES)[number]["value"];
export type AffinityValue = (typeof AFFINITY_PREFERENCES)[number]["value"];

export const labelOf = <T extends { value: string; label: string }>(list: readonly T[], value: string | null | undefined) =>
  list.find((item) => item.value === value)?.label ?? "";
