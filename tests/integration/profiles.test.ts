import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => import("./support/fake-session"));

import { GET as getPerson } from "@/app/api/people/[id]/route";
import { PUT as putSection } from "@/app/api/profile/[section]/route";
import { POST as finish } from "@/app/api/profile/finish/route";
import { GET as getProfile, PUT as putProfile } from "@/app/api/profile/route";
import { GET as getVocabulary } from "@/app/api/vocabulary/route";
import { PUT as putVocabulary } from "@/app/api/vocabulary/[kind]/route";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { actAs } from "./support/fake-session";
import { createUser, validProfile } from "./support/people";

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const json = (method: string, body: unknown) =>
  new Request("http://test/api", { method, body: JSON.stringify(body), headers: { "content-type": "application/json" } });

async function putWholeProfile(user: CurrentUser, body: unknown) {
  actAs(user);
  return putProfile(json("PUT", body), ctx({}));
}

describe("PUT /api/profile validation", () => {
  it("answers 400 with a message for each invalid field", async () => {
    const user = await createUser();
    const response = await putWholeProfile(user, {
      roles: { seeksMentorship: false, offersMentorship: false, openToPeer: false, mentorCapacity: 9 },
      goals: { seeks: [], offers: [], learns: [] },
      formats: {
        formats: { video: "NO", phone: "NO", inPerson: "NO", email: "NO", asyncChat: "NO" },
        timeZone: "Mars/Olympus_Mons",
        languages: [],
      },
      background: { displayName: "", careerStage: "WIZARD", sectors: [], positionType: "BOSS", bio: "x".repeat(601) },
    });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fields).sort()).toEqual(
      [
        "background.bio",
        "background.careerStage",
        "background.displayName",
        "background.positionType",
        "background.sectors",
        "formats.formats",
        "formats.languages",
        "formats.timeZone",
        "roles.mentorCapacity",
        "roles.roles",
      ].sort(),
    );
    expect(await db.profile.findUnique({ where: { userId: user.id } })).toBeNull();
  });

  it("requires goals that fit the roles and goal areas from the vocabulary", async () => {
    const user = await createUser();
    const mentorWithoutOffers = validProfile({
      roles: {
        seeksMentorship: false,
        offersMentorship: true,
        openToPeer: false,
        mentorCapacity: 2,
        acceptingRequests: true,
        hoursPerMonth: 3,
      },
      goals: { seeks: [], offers: [], learns: [] },
    });
    const first = await putWholeProfile(user, mentorWithoutOffers);
    expect((await first.json()).error.fields["goals.offers"]).toBeDefined();

    const unknownGoal = validProfile({ goals: { seeks: [{ goalAreaId: "astrology" }], offers: [], learns: [] } });
    const second = await putWholeProfile(user, unknownGoal);
    expect(second.status).toBe(400);
    expect((await second.json()).error.fields.seeks).toEqual(["Choose goal areas from the list."]);
  });

  it("saves a valid profile and returns it, institution key normalised", async () => {
    const user = await createUser();
    const response = await putWholeProfile(
      user,
      validProfile({ background: { ...validProfile().background, institution: "  The Great-Plains Univérsity " } }),
    );
    expect(response.status).toBe(200);
    const { profile } = await response.json();
    expect(profile.background.displayName).toBe("Robin Example");
    expect(profile.goals.seeks).toEqual([{ goalAreaId: "tenure-promotion", note: "First review file" }]);
    const row = await db.profile.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.institutionKey).toBe("great plains university");
  });
});

describe("onboarding wizard sections", () => {
  it("saves step by step, remembers where to resume, and finishes only when complete", async () => {
    const user = await createUser();
    actAs(user);
    const put = (section: string, body: unknown) => putSection(json("PUT", body), ctx({ section }));
    const profile = validProfile();

    expect((await put("roles", profile.roles)).status).toBe(200);
    expect((await db.profile.findUniqueOrThrow({ where: { userId: user.id } })).wizardStep).toBe("goals");

    // A mentee with no goal is told what is missing; the saved step does not move.
    const noGoals = await put("goals", { seeks: [], offers: [], learns: [] });
    expect(noGoals.status).toBe(400);
    expect((await noGoals.json()).error.fields.seeks).toBeDefined();

    const early = await finish(new Request("http://test", { method: "POST" }), ctx({}));
    expect(early.status).toBe(400);

    expect((await put("goals", profile.goals)).status).toBe(200);
    expect((await put("formats", profile.formats)).status).toBe(200);
    expect((await db.profile.findUniqueOrThrow({ where: { userId: user.id } })).wizardStep).toBe("background");
    // Optional answers left empty are stored as null and must not block finishing.
    expect((await put("background", { ...profile.background, pronouns: "", institution: undefined })).status).toBe(200);
    expect((await put("unknown-section", {})).status).toBe(404);

    const done = await finish(new Request("http://test", { method: "POST" }), ctx({}));
    expect(done.status).toBe(200);
    const row = await db.profile.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.onboardedAt).not.toBeNull();
    expect(row.wizardStep).toBe("review");
    expect(row.pronouns).toBeNull();
    expect(row.institution).toBeNull();

    // What GET returns can be sent back to PUT unchanged.
    const { profile: saved } = await (await getProfile(new Request("http://test"), ctx({}))).json();
    expect((await putProfile(json("PUT", saved), ctx({}))).status).toBe(200);
  });
});

describe("privacy of identity data", () => {
  let owner: CurrentUser;
  let stranger: CurrentUser;

  beforeAll(async () => {
    owner = await createUser({ name: "Owner Person" });
    stranger = await createUser({ name: "Stranger Person" });
    const response = await putWholeProfile(
      owner,
      validProfile({
        identity: {
          identities: [
            { attributeId: "lgbtq", visibility: "PRIVATE" },
            { attributeId: "neurodivergent", visibility: "MATCHING" },
            { attributeId: "caregiver", visibility: "SHOWN" },
          ],
          affinities: [{ attributeId: "immigrant", preference: "DIFFERENT", required: true }],
        },
      }),
    );
    expect(response.status).toBe(200);
    await db.profile.update({ where: { userId: owner.id }, data: { onboardedAt: new Date() } });
  });

  const ATTRIBUTE_WORDS = ["lgbtq", "LGBTQ+", "neurodivergent", "Neurodivergent", "caregiver", "Caregiver", "immigrant", "Immigrant"];

  it("shows a stranger the public view with only what is shown on the profile, and no preference", async () => {
    actAs(stranger);
    const response = await getPerson(new Request("http://test"), ctx({ id: owner.id }));
    expect(response.status).toBe(200);
    const raw = await response.text();
    expect(raw).toContain("Robin Example");
    // "Shown on my profile" means any signed-in member (lib/profiles/identity-copy.ts).
    expect(JSON.parse(raw).person.identities).toEqual([{ attributeId: "caregiver", label: "Caregiver" }]);
    for (const word of ATTRIBUTE_WORDS.filter((w) => !/caregiver/i.test(w))) expect(raw).not.toContain(word);
    expect(raw).not.toMatch(/PRIVATE|MATCHING|SHOWN|affinit|preference/i);
    // Nothing the brief keeps private about the account either.
    expect(raw).not.toContain(owner.email);
  });

  it("gives the owner everything they entered, and their own public view only what is shown", async () => {
    actAs(owner);
    const own = await (await getProfile(new Request("http://test"), ctx({}))).text();
    for (const id of ["lgbtq", "neurodivergent", "caregiver", "immigrant"]) expect(own).toContain(id);

    const publicView = await (await getPerson(new Request("http://test"), ctx({ id: owner.id }))).json();
    expect(publicView.person.identities).toEqual([{ attributeId: "caregiver", label: "Caregiver" }]);
    const raw = JSON.stringify(publicView);
    for (const word of ["lgbtq", "neurodivergent", "immigrant"]) expect(raw).not.toContain(word);
  });

  it("hides unfinished profiles and unknown ids from others, as not found", async () => {
    const unfinished = await createUser();
    await putWholeProfile(unfinished, validProfile());
    actAs(stranger);
    expect((await getPerson(new Request("http://test"), ctx({ id: unfinished.id }))).status).toBe(404);
    expect((await getPerson(new Request("http://test"), ctx({ id: "no-such-person" }))).status).toBe(404);
  });

  it("never lets a stranger change someone else's profile", async () => {
    // There is no way to address another person's profile: writes always go to the actor's own.
    const before = await db.profile.findUniqueOrThrow({ where: { userId: owner.id }, include: { identities: true } });
    const response = await putWholeProfile(stranger, {
      ...validProfile(),
      userId: owner.id,
      background: { ...validProfile().background, displayName: "Hijacked" },
    });
    expect(response.status).toBe(200);
    const after = await db.profile.findUniqueOrThrow({ where: { userId: owner.id }, include: { identities: true } });
    expect(after.displayName).toBe(before.displayName);
    expect(after.identities).toEqual(before.identities);
    expect((await db.profile.findUniqueOrThrow({ where: { userId: stranger.id } })).displayName).toBe("Hijacked");
  });

  it("answers 401 to anyone signed out", async () => {
    actAs(null);
    expect((await getProfile(new Request("http://test"), ctx({}))).status).toBe(401);
    expect((await getPerson(new Request("http://test"), ctx({ id: owner.id }))).status).toBe(401);
    expect((await putProfile(json("PUT", validProfile()), ctx({}))).status).toBe(401);
    expect((await getVocabulary(new Request("http://test"), ctx({}))).status).toBe(401);
  });
});

describe("vocabulary", () => {
  it("lists the seeded goal areas and identity communities with the fixed choices", async () => {
    actAs(await createUser());
    const vocabulary = await (await getVocabulary(new Request("http://test"), ctx({}))).json();
    expect(vocabulary.goalAreas.length).toBeGreaterThanOrEqual(17);
    expect(vocabulary.goalAreas.map((g: { id: string }) => g.id)).toContain("tenure-promotion");
    expect(vocabulary.identityAttributes.map((a: { id: string }) => a.id)).toContain("first-generation");
    expect(vocabulary.careerStages).toHaveLength(5);
    expect(vocabulary.sectors).toHaveLength(11);
    expect(vocabulary.formats.map((f: { value: string }) => f.value)).toEqual(["video", "phone", "inPerson", "email", "asyncChat"]);
  });

  it("lets admins add and archive terms, and refuses members", async () => {
    const member = await createUser();
    const admin = await createUser({ role: "ADMIN" });
    const term = { id: "grant-writing", label: "Grant writing" };

    actAs(member);
    const refused = await putVocabulary(json("PUT", term), ctx({ kind: "goal-areas" }));
    expect(refused.status).toBe(403);
    expect(await db.goalArea.findUnique({ where: { id: "grant-writing" } })).toBeNull();

    actAs(admin);
    expect((await putVocabulary(json("PUT", term), ctx({ kind: "goal-areas" }))).status).toBe(200);
    const listed = await (await getVocabulary(new Request("http://test"), ctx({}))).json();
    expect(listed.goalAreas.map((g: { id: string }) => g.id)).toContain("grant-writing");

    expect((await putVocabulary(json("PUT", { ...term, active: false }), ctx({ kind: "goal-areas" }))).status).toBe(200);
    const after = await (await getVocabulary(new Request("http://test"), ctx({}))).json();
    expect(after.goalAreas.map((g: { id: string }) => g.id)).not.toContain("grant-writing");

    const bad = await putVocabulary(json("PUT", { id: "Bad Id!", label: "" }), ctx({ kind: "goal-areas" }));
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["id", "label"]);
  });
});
