import { describe, expect, it } from "vitest";
import { authorize, policy, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";

const member: Actor = { id: "u1", role: "MEMBER" };
const stranger: Actor = { id: "u2", role: "MEMBER" };
const admin: Actor = { id: "a1", role: "ADMIN" };

describe("policy", () => {
  it("lets people change only their own data", () => {
    expect(policy.canEditOwnData(member, "u1")).toBe(true);
    expect(policy.canEditOwnData(stranger, "u1")).toBe(false);
    expect(policy.canEditOwnData(admin, "u1")).toBe(false);
  });

  it("keeps admin tools to admins", () => {
    expect(policy.canManageVocabulary(admin)).toBe(true);
    expect(policy.canManageVocabulary(member)).toBe(false);
    expect(policy.canPreviewRound(admin)).toBe(true);
    expect(policy.canPreviewRound(member)).toBe(false);
    expect(policy.canManagePrograms(admin)).toBe(true);
    expect(policy.canManagePrograms(member)).toBe(false);
  });

  it("keeps a mentorship and its threads to its two people (admins are outsiders), changes to open ones", () => {
    const tie = { mentorId: "u1", menteeId: "u3", status: "ACTIVE" };
    expect(policy.canViewMentorship(member, tie)).toBe(true);
    expect(policy.canViewMentorship({ id: "u3", role: "MEMBER" }, tie)).toBe(true);
    expect(policy.canViewMentorship(stranger, tie)).toBe(false);
    expect(policy.canViewMentorship(admin, tie)).toBe(false);
    expect(policy.canUpdateMentorship(member, tie)).toBe(true);
    expect(policy.canUpdateMentorship(member, { ...tie, status: "ENDED" })).toBe(false);
    expect(policy.canUpdateMentorship(stranger, tie)).toBe(false);
    expect(policy.canReadThread(member, ["u1", "u3"])).toBe(true);
    expect(policy.canReadThread(admin, ["u1", "u3"])).toBe(false);
    expect(policy.canPostInThread(member, ["u1", "u3"], true)).toBe(true);
    expect(policy.canPostInThread(member, ["u1", "u3"], false)).toBe(false);
    expect(policy.canPostInThread(stranger, ["u1", "u3"], true)).toBe(false);
  });

  it("a request belongs to its two people: only the recipient answers, only the sender withdraws", () => {
    const request = { requesterId: "u1", recipientId: "u3" };
    const recipient = { id: "u3", role: "MEMBER" as const };
    expect(policy.canViewRequest(member, request)).toBe(true);
    expect(policy.canViewRequest(recipient, request)).toBe(true);
    expect(policy.canViewRequest(stranger, request)).toBe(false);
    expect(policy.canViewRequest(admin, request)).toBe(false);
    expect(policy.canAnswerRequest(recipient, request)).toBe(true);
    expect(policy.canAnswerRequest(member, request)).toBe(false);
    expect(policy.canWithdrawRequest(member, request)).toBe(true);
    expect(policy.canWithdrawRequest(recipient, request)).toBe(false);
  });

  it("refuses as NOT_FOUND by default so outsiders cannot tell what exists", () => {
    expect(() => authorize(true)).not.toThrow();
    const error = (() => {
      try {
        authorize(false);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");
    expect((error as AppError).status).toBe(404);
    expect(() => authorize(false, "FORBIDDEN")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
