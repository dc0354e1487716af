import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { emptyOwnProfile, ownProfileInclude, toOwnProfile, type OwnProfile } from "@/lib/profiles/profile-view";

/** The acting person's own profile, or defaults when they have not saved anything yet. */
export async function getOwnProfile(actor: Actor): Promise<OwnProfile> {
  const row = await db.profile.findUnique({ where: { userId: actor.id }, include: ownProfileInclude });
  if (row) return toOwnProfile(row);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
  return emptyOwnProfile(actor.id, user.name);
}
