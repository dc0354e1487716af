// The goals a request may be about, and which are ticked to begin with: one rule for the send
// service (which enforces it) and the request form (which offers it).
import { describe, expect, it } from "vitest";
import { requestGoalChoices } from "@/lib/requests/goal-choices";

const person = (seeks: string[] = [], offers: string[] = [], learns: string[] = []) => ({ seeks, offers, learns });

describe("requestGoalChoices", () => {
  it("a mentee asking: their own goals, ticked where the mentor offers help", () => {
    const mentee = person(["tenure", "job", "research"], ["outreach"]);
    const mentor = person([], ["research", "tenure", "leadership"]);
    expect(requestGoalChoices("mentee", mentee, mentor)).toEqual({
      allowed: ["tenure", "job", "research"],
      defaults: ["tenure", "research"],
    });
  });

  it("a mentor inviting: the mentee's goals, ticked where the mentor offers help", () => {
    const mentor = person(["x"], ["research"]);
    const mentee = person(["tenure", "research"]);
    expect(requestGoalChoices("mentor", mentor, mentee)).toEqual({ allowed: ["tenure", "research"], defaults: ["research"] });
  });

  it("ticks all the mentee's goals when the mentor offers none of them", () => {
    expect(requestGoalChoices("mentee", person(["a", "b"]), person([], ["c"])).defaults).toEqual(["a", "b"]);
  });

  it("peers: either person's goals, ticked where they share one", () => {
    const me = person(["a"], ["b"], ["c"]);
    const them = person(["c"], ["d"]);
    const choices = requestGoalChoices("peer", me, them);
    expect(choices.allowed).toEqual(["a", "b", "c", "d"]);
    expect(choices.defaults).toEqual(["c"]);
  });

  it("peers with nothing in common: what the sender seeks or would like to learn", () => {
    expect(requestGoalChoices("peer", person(["a"], ["b"], ["c"]), person(["z"])).defaults).toEqual(["a", "c"]);
  });

  it("never lists or ticks a goal twice (a goal both sought and to be learnt)", () => {
    const me = person(["a"], [], ["a"]);
    const them = person(["a"], [], ["a"]);
    const choices = requestGoalChoices("peer", me, them);
    expect(choices.allowed).toEqual(["a"]);
    expect(choices.defaults).toEqual(["a"]);
  });
});
