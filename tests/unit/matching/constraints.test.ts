import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkHardConstraints, createPairContext, EMPTY_PAIR_CONTEXT, pairKey, type MatchProfile } from "@/lib/matching";
import { makeProfile, mentee, mentor, profileBodyArb } from "./arbitraries";

const ok = (a = mentee("e1"), b = mentor("m1")) => checkHardConstraints(a, b, "mentorship", EMPTY_PAIR_CONTEXT);

describe("hard constraints", () => {
  it("passes a plain eligible pair", () => {
    expect(ok()).toBeNull();
  });

  it("excludes self", () => {
    const both = makeProfile({ id: "x", seeksMentorship: true, offersMentorship: true, capacity: 2 });
    expect(checkHardConstraints(both, both, "mentorship", EMPTY_PAIR_CONTEXT)).toBe("SELF");
  });

  it("requires the roles: mentee seeking, mentor offering, peers both open", () => {
    expect(ok(mentee("e1", { seeksMentorship: false }))).toBe("ROLE_MISMATCH");
    expect(ok(mentee("e1"), mentor("m1", { offersMentorship: false }))).toBe("ROLE_MISMATCH");
    const p1 = makeProfile({ id: "p1", openToPeer: true });
    const p2 = makeProfile({ id: "p2", openToPeer: true });
    expect(checkHardConstraints(p1, p2, "peer", EMPTY_PAIR_CONTEXT)).toBeNull();
    expect(checkHardConstraints(p1, { ...p2, openToPeer: false }, "peer", EMPTY_PAIR_CONTEXT)).toBe("ROLE_MISMATCH");
  });

  it("excludes a block in either direction, engaged and dismissed pairs", () => {
    const e = mentee("e1");
    const m = mentor("m1");
    expect(checkHardConstraints(e, m, "mentorship", createPairContext({ blocked: [["m1", "e1"]] }))).toBe("BLOCKED");
    expect(checkHardConstraints(e, m, "mentorship", createPairContext({ blocked: [["e1", "m1"]] }))).toBe("BLOCKED");
    expect(checkHardConstraints(e, m, "mentorship", createPairContext({ engaged: [["e1", "m1"]] }))).toBe("ENGAGED");
    expect(checkHardConstraints(e, m, "mentorship", createPairContext({ dismissed: [["e1", "m1"]] }))).toBe("DISMISSED");
    // A block outranks the rest; unrelated pairs are untouched.
    const ctx = createPairContext({ blocked: [["e1", "m1"]], engaged: [["e1", "m1"]], dismissed: [["e1", "m2"]] });
    expect(checkHardConstraints(e, m, "mentorship", ctx)).toBe("BLOCKED");
    expect(checkHardConstraints(e, mentor("m3"), "mentorship", ctx)).toBeNull();
    expect(pairKey("a", "b")).toBe(pairKey("b", "a"));
  });

  it("excludes a paused mentor and a mentor at capacity", () => {
    expect(ok(mentee("e1"), mentor("m1", { accepting: false }))).toBe("MENTOR_PAUSED");
    expect(ok(mentee("e1"), mentor("m1", { capacity: 2, activeMentees: 2 }))).toBe("MENTOR_AT_CAPACITY");
    expect(ok(mentee("e1"), mentor("m1", { capacity: 2, activeMentees: 1 }))).toBeNull();
  });

  it("peers have no capacity or pause rule", () => {
    const p1 = makeProfile({ id: "p1", openToPeer: true, accepting: false, capacity: 0 });
    const p2 = makeProfile({ id: "p2", openToPeer: true, accepting: false, capacity: 1, activeMentees: 1 });
    expect(checkHardConstraints(p1, p2, "peer", EMPTY_PAIR_CONTEXT)).toBeNull();
  });

  it("needs one format both accept (preferred or fine)", () => {
    const no = { video: "NO", phone: "NO", inPerson: "NO", email: "NO", asyncChat: "NO" } as const;
    expect(ok(mentee("e1", { formats: { ...no, video: "PREFERRED" } }), mentor("m1", { formats: { ...no, phone: "PREFERRED" } }))).toBe(
      "NO_SHARED_FORMAT",
    );
    expect(ok(mentee("e1", { formats: { ...no, email: "FINE" } }), mentor("m1", { formats: { ...no, email: "FINE" } }))).toBeNull();
  });

  it("excludes the mentee's own institution only when asked", () => {
    const e = mentee("e1", { institutionKey: "u1", preferOutsideInstitution: true });
    expect(ok(e, mentor("m1", { institutionKey: "u1" }))).toBe("OWN_INSTITUTION");
    expect(ok(e, mentor("m1", { institutionKey: "u2" }))).toBeNull();
    expect(ok(e, mentor("m1", { institutionKey: null }))).toBeNull();
    expect(ok({ ...e, preferOutsideInstitution: false }, mentor("m1", { institutionKey: "u1" }))).toBeNull();
  });

  it("decides required SHARED and DIFFERENT preferences only by attributes the other person shows", () => {
    const wantsShared = mentee("e1", { affinity: [{ attributeId: "a1", preference: "SHARED", required: true }] });
    expect(ok(wantsShared, mentor("m1", { identity: [{ attributeId: "a1", visibility: "SHOWN" }] }))).toBeNull();
    // Matching only never decides who appears: held that way, it counts as not held here.
    expect(ok(wantsShared, mentor("m1", { identity: [{ attributeId: "a1", visibility: "MATCHING" }] }))).toBe("REQUIRED_PREFERENCE_UNMET");
    expect(ok(wantsShared, mentor("m1", { identity: [{ attributeId: "a1", visibility: "PRIVATE" }] }))).toBe("REQUIRED_PREFERENCE_UNMET");
    expect(ok(wantsShared, mentor("m1"))).toBe("REQUIRED_PREFERENCE_UNMET");
    const wantsDifferent = mentee("e1", { affinity: [{ attributeId: "a1", preference: "DIFFERENT", required: true }] });
    expect(ok(wantsDifferent, mentor("m1", { identity: [{ attributeId: "a1", visibility: "SHOWN" }] }))).toBe("REQUIRED_PREFERENCE_UNMET");
    // A matching-only holder is not left out (the score still counts the difference).
    expect(ok(wantsDifferent, mentor("m1", { identity: [{ attributeId: "a1", visibility: "MATCHING" }] }))).toBeNull();
    expect(ok(wantsDifferent, mentor("m1", { identity: [{ attributeId: "a1", visibility: "PRIVATE" }] }))).toBeNull();
    // Not required: never a hard constraint.
    expect(ok(mentee("e1", { affinity: [{ attributeId: "a1", preference: "SHARED", required: false }] }), mentor("m1"))).toBeNull();
    // The mentor's own required preference applies too, by the same rule.
    const picky = mentor("m1", { affinity: [{ attributeId: "a2", preference: "SHARED", required: true }] });
    expect(ok(mentee("e1"), picky)).toBe("REQUIRED_PREFERENCE_UNMET");
    expect(ok(mentee("e1", { identity: [{ attributeId: "a2", visibility: "MATCHING" }] }), picky)).toBe("REQUIRED_PREFERENCE_UNMET");
    expect(ok(mentee("e1", { identity: [{ attributeId: "a2", visibility: "SHOWN" }] }), picky)).toBeNull();
  });

  it("property: who appears never depends on matching-only attributes", () => {
    fc.assert(
      fc.property(profileBodyArb, profileBodyArb, fc.constantFrom("mentorship" as const, "peer" as const), (a, b, kind) => {
        const e: MatchProfile = { ...a, id: "e", seeksMentorship: true, openToPeer: true };
        const m: MatchProfile = { ...b, id: "m", offersMentorship: true, openToPeer: true };
        const code = checkHardConstraints(e, m, kind, EMPTY_PAIR_CONTEXT);
        // Drop every matching-only attribute from either side: the verdict stays the same.
        const bare = (p: MatchProfile): MatchProfile => ({ ...p, identity: p.identity.filter((i) => i.visibility !== "MATCHING") });
        expect(checkHardConstraints(bare(e), m, kind, EMPTY_PAIR_CONTEXT)).toBe(code);
        expect(checkHardConstraints(e, bare(m), kind, EMPTY_PAIR_CONTEXT)).toBe(code);
      }),
      { numRuns: 400 },
    );
  });

  it("ignores visibility values that are neither MATCHING nor SHOWN", () => {
    const wantsShared = mentee("e1", { affinity: [{ attributeId: "a1", preference: "SHARED", required: true }] });
    const odd = mentor("m1", { identity: [{ attributeId: "a1", visibility: "SECRET" as never }] });
    expect(ok(wantsShared, odd)).toBe("REQUIRED_PREFERENCE_UNMET");
  });
});
