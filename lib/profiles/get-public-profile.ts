import "server-only";
import { authorize, policy, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { areConnected } from "@/lib/profiles/connections";
import { profileInclude, toPublicProfile, type PublicProfile } from "@/lib/profiles/profile-view";
import { vocabularyLabels } from "@/lib/profiles/vocabulary";

/** Another person's public view. Unfinished profiles are not visible to anyone else. */
export async function getPublicProfile(viewer: Actor, personId: string): Promise<PublicProfile> {
  const row = await db.profile.findUnique({ where: { userId: personId }, include: profileInclude });
  authorize(!!row && policy.canViewProfile(viewer, personId, row.onboardedAt !== null));
  const showIdentity = policy.canSeeShownIdentity(viewer, personId, await areConnected(viewer.id, personId));
  return toPublicProfile(row!, await vocabularyLabels(), showIdentity);
}
