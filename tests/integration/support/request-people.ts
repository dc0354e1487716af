// People who can ask each other: mentees, mentors (at another institution than the mentees, so
// the own-institution rule does not get in the way) and peers, built through the real profile
// service. Requests themselves go through lib/requests, as the app sends them.
import type { CurrentUser } from "@/lib/auth/session";
import { createMember, MENTOR_ROLES } from "./people";

type Extra = Parameters<typeof createMember>[1];

export const MENTEE_GOALS = ["tenure-promotion", "research-publishing"];

export function mentee(name: string, extra: Extra = {}): Promise<CurrentUser> {
  return createMember(name, {
    goals: { seeks: MENTEE_GOALS.map((goalAreaId) => ({ goalAreaId })), offers: [], learns: [] },
    ...extra,
  });
}

export function mentor(name: string, extra: Extra & { capacity?: number; accepting?: boolean } = {}): Promise<CurrentUser> {
  const { capacity, accepting, ...rest } = extra;
  return createMember(name, {
    roles: { ...MENTOR_ROLES, mentorCapacity: capacity ?? 2, acceptingRequests: accepting ?? true },
    goals: { seeks: [], offers: [...MENTEE_GOALS, "job-search"].map((goalAreaId) => ({ goalAreaId })), learns: [] },
    background: { careerStage: "SENIOR", institution: "Harbor City College" },
    ...rest,
  });
}

export function peer(name: string, extra: Extra = {}): Promise<CurrentUser> {
  return createMember(name, {
    roles: { seeksMentorship: false, offersMentorship: false, openToPeer: true },
    goals: { seeks: [{ goalAreaId: "leadership-management" }], offers: [{ goalAreaId: "systems-technology" }], learns: [] },
    ...extra,
  });
}
