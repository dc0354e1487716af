import { AFFINITY_WINDOW_HOURS } from "@/lib/profiles/affinity-window";

// Every sentence a person reads about who sees their identity answers, in one place: the
// identity step, the profile page, the public profile and the schema's messages use these, and
// tests/integration/privacy-copy.test.ts checks that the rule the code applies (who is shown a
// "shown" attribute) is the rule these words state. Client-safe.

/**
 * Who is told about an attribute, per visibility. This is the rule, not just words:
 * lib/auth/policy.ts (canSeeShownIdentity) and the matcher follow it, and the test compares
 * what each kind of viewer actually receives with this table.
 *
 * "Shown" really means any signed-in member: being suggested to someone only takes editing
 * one's own profile, so a narrower promise ("only your matches") would not be true.
 */
export const IDENTITY_AUDIENCE = {
  PRIVATE: "only-you",
  MATCHING: "only-you",
  SHOWN: "any-signed-in-member",
} as const;
export type IdentityAudience = (typeof IDENTITY_AUDIENCE)[keyof typeof IDENTITY_AUDIENCE];

/** The phrase each audience is named by; every help text below contains its phrase. */
export const AUDIENCE_PHRASE: Readonly<Record<IdentityAudience, string>> = {
  "only-you": "Only you see it",
  "any-signed-in-member": "any signed-in member",
};

export const VISIBILITY_COPY = {
  PRIVATE: {
    label: "Private",
    help: `${AUDIENCE_PHRASE["only-you"]}. It is never used, not even for matching.`,
  },
  MATCHING: {
    label: "Matching only",
    help: `${AUDIENCE_PHRASE["only-you"]}. It quietly moves people up or down your suggestions, and you in theirs; it is never named, counted or hinted at in any reason we give for a match.`,
  },
  SHOWN: {
    label: "Shown on my profile",
    help: `Used for matching, and named on your profile and in the reasons we give for a match, to ${AUDIENCE_PHRASE["any-signed-in-member"]}. Anyone can join and edit their own profile, so treat it as visible to every member.`,
  },
} as const;

export const COORDINATORS_COPY =
  "Program coordinators never see anyone's identity. They see only totals for a whole group, and not even those when the group is small.";

/** The residual risk, in plain words (the identity step shows it next to the choices). */
export const PROBING_RISK_COPY = `What matching can still give away: an answer kept to "matching only" can move someone up or down in another member's list. Someone who keeps changing their own answers or preferences while watching their list could try to guess from that, so a change that lets matching use more (a new answer, "shown" instead of "matching only", a new preference) reaches suggestions at most once every ${AFFINITY_WINDOW_HOURS} hours. Making an answer private or less visible always takes effect at once. If even a guess would be too much, keep the answer private.`;

export const PREFERENCE_TIMING_COPY = `Changes to these answers and preferences reach your suggestions at most once every ${AFFINITY_WINDOW_HOURS} hours: right away if you have not changed them lately, otherwise up to ${AFFINITY_WINDOW_HOURS} hours later. Making an answer private or less visible takes effect at once, and your profile page shows your new choices straight away.`;

/** Why "prefer someone who shares this" is not available yet (also the server's 400 message). */
export const SHARED_NEEDS_HOLDING_COPY =
  'To prefer someone who shares this, first tick "This describes me" and choose "Matching only" or "Shown on my profile".';

export const PREFERENCE_HINT_COPY =
  "This counts only with people who let matching use this part of their identity. You see only what they chose to show.";

/** What a hard preference does, given the preference it hardens. */
export function requiredCopy(preference: "SHARED" | "DIFFERENT"): string {
  return preference === "SHARED"
    ? "Only people who show this on their profile are suggested, so you may see far fewer. People who keep it to matching only are never left out by this; they are ranked as usual."
    : "People who show this on their profile are not suggested. People who keep it to matching only are never left out by this; they are ranked as usual.";
}

/** "You chose to show these…" on a public profile, for the owner or anyone else. */
export function shownOnProfileCopy(isSelf: boolean, displayName: string): string {
  return isSelf
    ? `You chose to show these on your profile. ${capitalise(AUDIENCE_PHRASE["any-signed-in-member"])} can see them.`
    : `${displayName} chose to show these on their profile.`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * When the person's last preference change reaches suggestions, in their own time zone with the
 * zone named (by `zoneLabel`, its friendly name, when given), or null when nothing is waiting.
 * Same text on the server and in the browser.
 */
export function pendingChangeCopy(pendingUntil: string | null, timeZone: string, zoneLabel?: string): string | null {
  if (!pendingUntil) return null;
  const at = new Date(pendingUntil);
  let when: string;
  try {
    when = new Intl.DateTimeFormat("en", { timeZone, weekday: "short", hour: "numeric", minute: "2-digit" }).format(at);
  } catch {
    when = `${at.toISOString().slice(11, 16)} UTC`;
    timeZone = "";
  }
  const zone = !timeZone ? "" : zoneLabel ? ` (${zoneLabel})` : ` (${timeZone.replaceAll("_", " ")} time)`;
  return `Your latest change to these answers and preferences reaches your suggestions on ${when}${zone}. Until then suggestions use your earlier preferences.`;
}
