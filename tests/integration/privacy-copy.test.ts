// Issue 7, finding 6: the words a person reads about who sees their identity answers must be
// what the code does. lib/profiles/identity-copy.ts states, per visibility, who is told; this
// test asks every kind of viewer every way the app can tell them, and compares.
import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => import("./support/fake-session"));

import { GET as getMatches } from "@/app/api/matches/route";
import { GET as getPerson } from "@/app/api/people/[id]/route";
import { GET as getProfile } from "@/app/api/profile/route";
import type { CurrentUser } from "@/lib/auth/session";
import { suggestionForPair } from "@/lib/matches/pair-suggestion";
import {
  AUDIENCE_PHRASE,
  IDENTITY_AUDIENCE,
  PROBING_RISK_COPY,
  VISIBILITY_COPY,
  shownOnProfileCopy,
  type IdentityAudience,
} from "@/lib/profiles/identity-copy";
import { VISIBILITIES } from "@/lib/profiles/options";
import { actAs } from "./support/fake-session";
import { MENTOR_ROLES, createMember, createUser } from "./support/people";

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

// One attribute per visibility; the labels are what a viewer would read.
const HELD = { PRIVATE: ["lgbtq", "LGBTQ+"], MATCHING: ["neurodivergent", "Neurodivergent"], SHOWN: ["caregiver", "Caregiver"] } as const;
type Visibility = keyof typeof HELD;
type Viewer = "owner" | "suggested member" | "unrelated member" | "account without a profile" | "signed out";

let owner: CurrentUser;
const viewers = {} as Record<Exclude<Viewer, "signed out">, CurrentUser>;

beforeAll(async () => {
  owner = await createMember("Owen Owner", {
    roles: MENTOR_ROLES,
    goals: { seeks: [], offers: [{ goalAreaId: "tenure-promotion" }], learns: [] },
    background: { careerStage: "SENIOR", institution: "Harbor City College" },
    timeZone: "Europe/London",
    identity: {
      identities: (Object.keys(HELD) as Visibility[]).map((visibility) => ({ attributeId: HELD[visibility][0], visibility })),
      affinities: [],
    },
  });
  viewers.owner = owner;
  // Gets the owner as a suggestion, and asks for every one of the owner's attributes.
  viewers["suggested member"] = await createMember("Sue Suggested", {
    goals: { seeks: [{ goalAreaId: "tenure-promotion" }] },
    identity: {
      identities: (Object.keys(HELD) as Visibility[]).map((v) => ({ attributeId: HELD[v][0], visibility: "MATCHING" as const })),
      affinities: [
        { attributeId: "caregiver", preference: "SHARED", required: false },
        { attributeId: "neurodivergent", preference: "SHARED", required: false },
      ],
    },
  });
  // Another mentor: never suggested to the owner, never the other way round.
  viewers["unrelated member"] = await createMember("Una Unrelated", {
    roles: MENTOR_ROLES,
    goals: { seeks: [], offers: [{ goalAreaId: "job-search" }], learns: [] },
  });
  viewers["account without a profile"] = await createUser();
});

/** Everything the app tells this viewer about the owner, as text. */
async function whatReaches(viewer: Viewer): Promise<string> {
  if (viewer === "signed out") {
    actAs(null);
    const responses = [
      await getPerson(new Request("http://test"), ctx({ id: owner.id })),
      await getMatches(new Request("http://test/api/matches"), ctx({})),
    ];
    for (const r of responses) expect(r.status).toBe(401);
    return (await Promise.all(responses.map((r) => r.text()))).join("\n");
  }
  const user = viewers[viewer];
  actAs(user);
  const parts = [await (await getPerson(new Request("http://test"), ctx({ id: owner.id }))).text()];
  if (viewer === "owner") parts.push(await (await getProfile(new Request("http://test"), ctx({}))).text());
  parts.push(await (await getMatches(new Request("http://test/api/matches?limit=50"), ctx({}))).text());
  parts.push(JSON.stringify(await suggestionForPair(user, owner.id)));
  return parts.join("\n");
}

/** Who each audience in identity-copy.ts includes. */
const INCLUDES: Record<IdentityAudience, (viewer: Viewer) => boolean> = {
  "only-you": (viewer) => viewer === "owner",
  "any-signed-in-member": (viewer) => viewer !== "signed out",
};

describe("who sees an identity attribute", () => {
  const VIEWERS: Viewer[] = ["owner", "suggested member", "unrelated member", "account without a profile", "signed out"];

  it("is exactly who the words say, for every visibility and every kind of viewer", async () => {
    for (const viewer of VIEWERS) {
      const text = await whatReaches(viewer);
      for (const visibility of Object.keys(HELD) as Visibility[]) {
        const seen = HELD[visibility].some((word) => text.includes(word));
        expect(seen, `${viewer} / ${visibility}`).toBe(INCLUDES[IDENTITY_AUDIENCE[visibility]](viewer));
      }
    }
  });

  it("includes the reasons for a suggestion: the shown attribute is named there too, and only it", async () => {
    // One preference only, so its reason is among the first few.
    const reader = await createMember("Rae Reasons", {
      goals: { seeks: [{ goalAreaId: "tenure-promotion" }] },
      identity: {
        identities: [{ attributeId: "caregiver", visibility: "MATCHING" }],
        affinities: [{ attributeId: "caregiver", preference: "SHARED", required: false }],
      },
    });
    const pair = await suggestionForPair(reader, owner.id);
    expect(pair?.reasons.map((r) => r.text)).toContain("Shares what you asked for: Caregiver");
    expect(JSON.stringify(pair)).not.toMatch(/LGBTQ|lgbtq|Neurodivergent|neurodivergent/);
  });
});

describe("the words", () => {
  it("state each visibility's audience with the phrase for it", () => {
    for (const visibility of Object.keys(VISIBILITY_COPY) as Visibility[]) {
      expect(VISIBILITY_COPY[visibility].help).toContain(AUDIENCE_PHRASE[IDENTITY_AUDIENCE[visibility]]);
    }
    expect(VISIBILITIES.map((v) => v.label)).toEqual(["Private", "Matching only", "Shown on my profile"]);
    expect(shownOnProfileCopy(true, "Owen")).toContain(AUDIENCE_PHRASE["any-signed-in-member"].replace(/^a/, "A"));
  });

  it("promise nothing narrower than the code keeps, and name the residual risk", () => {
    const all = JSON.stringify([VISIBILITY_COPY, shownOnProfileCopy(true, "x"), shownOnProfileCopy(false, "x")]);
    expect(all).not.toMatch(/matched or connected|shown to matches|only your matches/i);
    expect(PROBING_RISK_COPY).toMatch(/guess/);
    expect(PROBING_RISK_COPY).toMatch(/once every \d+ hours/);
  });
});
