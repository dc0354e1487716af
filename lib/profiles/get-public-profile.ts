import "server-only";
import { authorize, policy, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { profileInclude, toPublicProfile, type PublicProfile } from "@/lib/profiles/profile-view";
import { vocabularyLabels } from "@/lib/profiles/vocabulary";

/** Another person's public view. Unfinished profiles are not visible to anyone else. */
export async function getPublicProfile(viewer: Actor, personId: string): Promise<PublicProfile> {
  const row = await db.profile.findUnique({ where: { userId: personId }, include: profileInclude });
  const onboarded = !!row && row.onboardedAt !== null;
  authorize(!!row && policy.canViewProfile(viewer, personId, onboarded));
  // No suggestion search here: "shown on my profile" is shown to whoever may view the profile.
  const showIdentity = policy.canSeeShownIdentity(viewer, personId, onboarded);
  return toPublicProfile(row!, await vocabularyLabels(), showIdentity);
}
