// Issue 7, finding 6: a person's own affinity preference changes reach suggestions at most once
// per window, so flipping them while watching the list cannot single out who holds what.
import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => import("./support/fake-session"));

import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getSuggestions } from "@/lib/matches/get-suggestions";
import { AFFINITY_WINDOW_HOURS, AFFINITY_WINDOW_MS } from "@/lib/profiles/affinity-window";
import { applyAllDueAffinities, dueAffinityProfiles } from "@/lib/profiles/apply-affinities";
import { getOwnProfile } from "@/lib/profiles/get-own-profile";
import { pendingChangeCopy } from "@/lib/profiles/identity-copy";
import { saveProfileSection } from "@/lib/profiles/save-profile";
import { MENTOR_ROLES, createMember, createUser } from "./support/people";

const HOUR = 3600 * 1000;
const order = async (user: CurrentUser) => (await getSuggestions(user, { role: "mentee", limit: 50 })).suggestions.map((s) => s.person.id);
const before = (list: string[], a: CurrentUser, b: CurrentUser) => list.indexOf(a.id) < list.indexOf(b.id);
const matchingCopy = async (user: CurrentUser) =>
  (
    await db.matchingAffinity.findMany({ where: { profileId: user.id }, select: { attributeId: true, preference: true, required: true } })
  ).map((a) => `${a.attributeId}:${a.preference}${a.required ? "!" : ""}`);
/** Moves the last copy back in time, as if the window had passed. */
const age = (user: CurrentUser, hours: number) =>
  db.profile.update({ where: { userId: user.id }, data: { affinitiesAppliedAt: new Date(Date.now() - hours * HOUR) } });

const IDENTITY = [{ attributeId: "caregiver", visibility: "MATCHING" as const }];
const prefersShared = { identities: IDENTITY, affinities: [{ attributeId: "caregiver", preference: "SHARED" as const, required: false }] };
const noPreference = { identities: IDENTITY, affinities: [] };

const MENTOR = {
  roles: MENTOR_ROLES,
  goals: { seeks: [], offers: [{ goalAreaId: "tenure-promotion" }], learns: [] },
  background: { careerStage: "SENIOR" as const, institution: "Harbor City College" },
};

let viewer: CurrentUser;
let holder: CurrentUser; // keeps caregiver to matching only, another sector
let sameSector: CurrentUser; // no caregiver, but the viewer's sector: ahead without the preference

beforeAll(async () => {
  viewer = await createMember("Vi Viewer", { goals: { seeks: [{ goalAreaId: "tenure-promotion" }] }, identity: noPreference });
  holder = await createMember("Hal Holder", {
    ...MENTOR,
    background: { ...MENTOR.background, sectors: ["PUBLIC"] },
    identity: { identities: [{ attributeId: "caregiver", visibility: "MATCHING" }], affinities: [] },
  });
  sameSector = await createMember("Sam Sector", MENTOR);
});

describe("affinity preference changes", () => {
  it("go through at once the first time, then at most once per window however often they flip", async () => {
    expect(before(await order(viewer), sameSector, holder)).toBe(true);

    // First change: never applied before, so it reaches suggestions at once.
    await saveProfileSection(viewer, "identity", prefersShared);
    expect(await matchingCopy(viewer)).toEqual(["caregiver:SHARED"]);
    const ranked = await order(viewer);
    expect(before(ranked, holder, sameSector)).toBe(true);

    // Flipping off and on again within the window: the person sees their choice, matching does not.
    await saveProfileSection(viewer, "identity", noPreference);
    const own = await getOwnProfile(viewer);
    expect(own.identity.affinities).toEqual([]);
    expect(await order(viewer)).toEqual(ranked);
    await saveProfileSection(viewer, "identity", prefersShared);
    expect(await order(viewer)).toEqual(ranked);
    expect((await getOwnProfile(viewer)).affinitiesPendingUntil).toBeNull(); // back to what matching uses
    await saveProfileSection(viewer, "identity", noPreference);
    expect(await order(viewer)).toEqual(ranked);
    expect(await matchingCopy(viewer)).toEqual(["caregiver:SHARED"]);

    // The profile says when the change takes effect: one window after the last copy.
    const { affinitiesAppliedAt } = await db.profile.findUniqueOrThrow({ where: { userId: viewer.id } });
    const pending = (await getOwnProfile(viewer)).affinitiesPendingUntil;
    expect(pending).toBe(new Date(affinitiesAppliedAt!.getTime() + AFFINITY_WINDOW_MS).toISOString());
    expect(pendingChangeCopy(pending, "America/Chicago")).toMatch(/reaches your suggestions on .+ \(America\/Chicago time\)/);

    // Not quite the whole window: still waiting.
    await age(viewer, AFFINITY_WINDOW_HOURS - 0.5);
    expect(await order(viewer)).toEqual(ranked);

    // After the window, the first suggestions view applies it.
    await age(viewer, AFFINITY_WINDOW_HOURS + 0.5);
    expect(before(await order(viewer), sameSector, holder)).toBe(true);
    expect(await matchingCopy(viewer)).toEqual([]);
    expect((await getOwnProfile(viewer)).affinitiesPendingUntil).toBeNull();
    // ...and restarts the clock: the next flip waits again.
    await saveProfileSection(viewer, "identity", prefersShared);
    expect(before(await order(viewer), sameSector, holder)).toBe(true);
    expect((await getOwnProfile(viewer)).affinitiesPendingUntil).not.toBeNull();
  });

  it("of someone else reach everyone's suggestions through the sweep once their window has passed", async () => {
    // A mentor who only wants mentees who show caregiver: the viewer shows nothing, so loses them.
    const picky = await createMember("Pia Picky", {
      ...MENTOR,
      identity: { identities: [{ attributeId: "lgbtq", visibility: "MATCHING" }], affinities: [] },
    });
    const plainMentee = await createMember("Pim Plain", { goals: { seeks: [{ goalAreaId: "tenure-promotion" }] } });
    expect(await order(plainMentee)).toContain(picky.id);
    const required = {
      identities: [{ attributeId: "lgbtq", visibility: "MATCHING" as const }],
      affinities: [{ attributeId: "lgbtq", preference: "SHARED" as const, required: true }],
    };
    await saveProfileSection(picky, "identity", required);
    expect(await order(plainMentee)).not.toContain(picky.id);

    // The mentor drops the requirement within the window: nothing changes for others yet.
    await saveProfileSection(picky, "identity", { identities: required.identities, affinities: [] });
    expect(await dueAffinityProfiles()).not.toContain(picky.id);
    expect(await order(plainMentee)).not.toContain(picky.id);

    // Window passed, and the mentor never looks at suggestions again: the sweep applies it.
    await age(picky, AFFINITY_WINDOW_HOURS + 1);
    expect(await dueAffinityProfiles()).toContain(picky.id);
    expect(await applyAllDueAffinities()).toContain(picky.id);
    expect(await applyAllDueAffinities()).not.toContain(picky.id);
    expect(await order(plainMentee)).toContain(picky.id);
  });

  it("go through at once while the profile is unfinished (nobody sees suggestions yet), without starting the clock", async () => {
    const newcomer = await createUser();
    await saveProfileSection(newcomer, "identity", prefersShared);
    await saveProfileSection(newcomer, "identity", noPreference);
    await saveProfileSection(newcomer, "identity", prefersShared);
    expect(await matchingCopy(newcomer)).toEqual(["caregiver:SHARED"]);
    const row = await db.profile.findUniqueOrThrow({ where: { userId: newcomer.id } });
    expect(row.affinitiesAppliedAt).toBeNull();
    expect((await getOwnProfile(newcomer)).affinitiesPendingUntil).toBeNull();
  });
});

describe("identity answer changes", () => {
  // The probe: a mentor requires mentees who show lgbtq (and, preferring "shared", must hold it,
  // perhaps as matching only). A mentee who flips their own lgbtq between shown and not shown
  // while watching the list would see that mentor appear and vanish, and so learn what the mentor
  // keeps hidden. Showing more waits for the window; showing less goes through at once.
  const lgbtq = (visibility: "PRIVATE" | "MATCHING" | "SHOWN") => ({ identities: [{ attributeId: "lgbtq", visibility }], affinities: [] });
  const matchingIdentities = async (user: CurrentUser) =>
    (await db.matchingIdentity.findMany({ where: { profileId: user.id } })).map((i) => `${i.attributeId}:${i.visibility}`);

  it("that expose more reach matching at most once per window; those that expose less go through at once", async () => {
    const requirer = await createMember("Ria Requirer", {
      ...MENTOR,
      identity: {
        identities: [{ attributeId: "lgbtq", visibility: "MATCHING" }],
        affinities: [{ attributeId: "lgbtq", preference: "SHARED", required: true }],
      },
    });
    const prober = await createMember("Pro Prober", {
      goals: { seeks: [{ goalAreaId: "tenure-promotion" }] },
      identity: lgbtq("MATCHING"),
    });
    expect(await order(prober)).not.toContain(requirer.id);

    // First change: nothing applied before, so it goes through at once and starts the clock.
    await saveProfileSection(prober, "identity", lgbtq("SHOWN"));
    expect(await matchingIdentities(prober)).toEqual(["lgbtq:SHOWN"]);
    expect(await order(prober)).toContain(requirer.id);

    // Showing less goes through at once, inside the window.
    await saveProfileSection(prober, "identity", lgbtq("MATCHING"));
    expect(await matchingIdentities(prober)).toEqual(["lgbtq:MATCHING"]);
    expect(await order(prober)).not.toContain(requirer.id);

    // Showing more again waits: the list does not change, and the profile says until when.
    await saveProfileSection(prober, "identity", lgbtq("SHOWN"));
    expect(await matchingIdentities(prober)).toEqual(["lgbtq:MATCHING"]);
    expect(await order(prober)).not.toContain(requirer.id);
    expect((await getOwnProfile(prober)).affinitiesPendingUntil).not.toBeNull();

    await age(prober, AFFINITY_WINDOW_HOURS + 0.5);
    expect(await order(prober)).toContain(requirer.id);
    expect(await matchingIdentities(prober)).toEqual(["lgbtq:SHOWN"]);
  });

  it("that hide an attribute take it out of matching at once, with the preferences that needed it", async () => {
    const hider = await createMember("Hid Hider", {
      goals: { seeks: [{ goalAreaId: "tenure-promotion" }] },
      identity: {
        identities: [{ attributeId: "caregiver", visibility: "SHOWN" }],
        affinities: [{ attributeId: "caregiver", preference: "SHARED", required: false }],
      },
    });
    await age(hider, 1); // a copy an hour ago: the window is running
    await saveProfileSection(hider, "identity", { identities: [{ attributeId: "caregiver", visibility: "PRIVATE" }], affinities: [] });
    expect(await matchingIdentities(hider)).toEqual([]);
    expect(await matchingCopy(hider)).toEqual([]);
    expect((await getOwnProfile(hider)).affinitiesPendingUntil).toBeNull();
  });
});
