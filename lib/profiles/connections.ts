import "server-only";
import { isSuggestedTo } from "@/lib/matches/get-suggestions";

/**
 * Whether the viewer is connected to a person closely enough to see what that person chose
 * to show to matches: the person appears among the viewer's suggestions (or, once requests
 * and mentorships exist, the two share one; those checks join here).
 */
export async function areConnected(viewerId: string, personId: string): Promise<boolean> {
  if (viewerId === personId) return true;
  return isSuggestedTo(viewerId, personId);
}
