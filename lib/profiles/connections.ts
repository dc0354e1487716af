import "server-only";

/**
 * Whether the viewer is connected to a person closely enough to see what that person chose
 * to show to matches: the person appears among the viewer's suggestions, or the two share a
 * request or a mentorship. Until suggestions exist (the matching issue) and requests exist,
 * only the person themselves qualifies; both add their check here.
 */
export async function areConnected(viewerId: string, personId: string): Promise<boolean> {
  return viewerId === personId;
}
