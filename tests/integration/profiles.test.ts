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

describe("how and when people like to meet", () => {
  const put = (user: CurrentUser, section: string, body: unknown) => (actAs(user), putSection(json("PUT", body), ctx({ section })));
  const formats = () => validProfile().formats;

  it("saves the times a person is usually free and marks them checked; leaving them out keeps them unchecked", async () => {
    const user = await createUser();
    await putWholeProfile(user, validProfile());
    // A profile saved without availability keeps the weekday daytime everyone was given, unchecked.
    let row = await db.profile.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.availability).toEqual(["WEEKDAY_DAYTIME"]);
    expect(row.availabilityCheckedAt).toBeNull();
    let own = (await (await getProfile(new Request("http://test"), ctx({}))).json()).profile;
    expect(own.formats.availability).toEqual(["WEEKDAY_DAYTIME"]);
    expect(own.availabilityCheckedAt).toBeNull();

    const before = Date.now();
    const saved = await put(user, "formats", { ...formats(), availability: ["WEEKDAY_EVENING", "WEEKEND"] });
    expect(saved.status).toBe(200);
    row = await db.profile.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.availability).toEqual(["WEEKDAY_EVENING", "WEEKEND"]);
    expect(row.availabilityCheckedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    own = (await saved.json()).profile;
    expect(own.formats.availability).toEqual(["WEEKDAY_EVENING", "WEEKEND"]);
    expect(own.availabilityCheckedAt).toEqual(row.availabilityCheckedAt!.toISOString());

    // A later save without the field (an older API client) leaves the checked answer alone.
    expect((await put(user, "formats", formats())).status).toBe(200);
    row = await db.profile.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.availability).toEqual(["WEEKDAY_EVENING", "WEEKEND"]);
    expect(row.availabilityCheckedAt).not.toBeNull();
  });

  it("asks for at least one time, each once, from the list", async () => {
    const user = await createUser();
    await putWholeProfile(user, validProfile());
    for (const [availability, message] of [
      [[], "Choose at least one time you are usually free."],
      [["WEEKEND", "WEEKEND"], "Each time can be chosen once."],
      [["NIGHT_SHIFT"], "Choose times from the list."],
    ] as const) {
      const response = await put(user, "formats", { ...formats(), availability });
      expect(response.status, JSON.stringify(availability)).toBe(400);
      const { error } = await response.json();
      expect(Object.values(error.fields).flat()).toContain(message);
    }
    const row = await db.profile.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.availability).toEqual(["WEEKDAY_DAYTIME"]);
    expect(row.availabilityCheckedAt).toBeNull();
  });

  it("saves the canonical id of an old time-zone alias, and names the zone in friendly words", async () => {
    const user = await createUser();
    await putWholeProfile(user, { ...validProfile(), formats: { ...formats(), timeZone: "Asia/Calcutta" } });
    expect((await db.profile.findUniqueOrThrow({ where: { userId: user.id } })).timeZone).toBe("Asia/Kolkata");

    const response = await put(user, "formats", { ...formats(), timeZone: "Europe/Kiev", availability: ["WEEKDAY_DAYTIME"] });
    expect(response.status).toBe(200);
    const { profile } = await response.json();
    expect(profile.formats.timeZone).toBe("Europe/Kyiv");
    expect(profile.timeZoneLabel).toMatch(/^Eastern European Time, Kyiv/);
    expect((await db.profile.findUniqueOrThrow({ where: { userId: user.id } })).timeZone).toBe("Europe/Kyiv");

    // Others see the friendly name too.
    await db.profile.update({ where: { userId: user.id }, data: { onboardedAt: new Date() } });
    actAs(await createUser());
    const person = (await (await getPerson(new Request("http://test"), ctx({ id: user.id }))).json()).person;
    expect(person.timeZone).toBe("Europe/Kyiv");
    expect(person.timeZoneLabel).toBe(profile.timeZoneLabel);
    expect(person.availability).toEqual(["WEEKDAY_DAYTIME"]);

    const invalid = await put(user, "formats", { ...formats(), timeZone: "Mars/Olympus_Mons" });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.fields.timeZone).toEqual(["Choose a time zone from the list."]);
  });

  it("lets a mentee say what they could share (mentoring goes both ways)", async () => {
    const mentee = await createUser();
    await putWholeProfile(mentee, validProfile());
    const response = await put(mentee, "goals", {
      ...validProfile().goals,
      offers: [{ goalAreaId: "digital-humanities", note: "I built our library's first map exhibit" }],
    });
    expect(response.status).toBe(200);
    expect((await response.json()).profile.goals.offers).toEqual([
      { goalAreaId: "digital-humanities", note: "I built our library's first map exhibit" },
    ]);
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

  it("lists goal areas beyond academia, each with its own example for the note box, with no sector first", async () => {
    actAs(await createUser());
    const { goalAreas } = (await (await getVocabulary(new Request("http://test"), ctx({}))).json()) as {
      goalAreas: { id: string; label: string; example: string | null }[];
    };
    const ids = goalAreas.map((g) => g.id);
    for (const id of [
      "reference-readers-advisory",
      "youth-school-services",
      "digital-humanities",
      "museum-collections",
      "union-workplace-rights",
    ]) {
      expect(ids).toContain(id);
    }
    const examples = goalAreas.map((g) => g.example);
    expect(examples.every((e) => typeof e === "string" && e.length > 0 && !/^e\.g\./i.test(e))).toBe(true);
    expect(new Set(examples).size).toBe(examples.length);
    // Career topics everyone shares come first; tenure (academia only) is not at the top.
    expect(ids.indexOf("tenure-promotion")).toBeGreaterThan(ids.indexOf("job-search"));
    expect(ids.slice(0, 3)).not.toContain("tenure-promotion");
  });

  it("lets admins edit a goal area's example, and refuses an example on an identity community", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const member = await createUser();
    const put = (user: CurrentUser, kind: string, body: unknown) => (actAs(user), putVocabulary(json("PUT", body), ctx({ kind })));

    const term = { id: "reference-readers-advisory", label: "Reference and readers' advisory" };
    expect((await put(member, "goal-areas", { ...term, example: "Hijacked" })).status).toBe(403);

    const saved = await put(admin, "goal-areas", { ...term, example: "e.g. I run a monthly book club for adults" });
    expect(saved.status).toBe(200);
    expect((await saved.json()).term.example).toBe("I run a monthly book club for adults");
    const listed = (await (await getVocabulary(new Request("http://test"), ctx({}))).json()).goalAreas;
    expect(listed.find((g: { id: string }) => g.id === term.id).example).toBe("I run a monthly book club for adults");

    // Leaving it out keeps it; null clears it.
    expect((await put(admin, "goal-areas", term)).status).toBe(200);
    expect((await db.goalArea.findUniqueOrThrow({ where: { id: term.id } })).example).toBe("I run a monthly book club for adults");
    expect((await put(admin, "goal-areas", { ...term, example: null })).status).toBe(200);
    expect((await db.goalArea.findUniqueOrThrow({ where: { id: term.id } })).example).toBeNull();

    const tooLong = await put(admin, "goal-areas", { ...term, example: "x".repeat(161) });
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()).error.fields.example).toEqual(["Keep the example to 160 characters."]);
    const onIdentity = await put(admin, "identity-attributes", { id: "caregiver", label: "Caregiver", example: "Not here" });
    expect(onIdentity.status).toBe(400);
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
