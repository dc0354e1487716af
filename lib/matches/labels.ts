import "server-only";
import type { LabelLookup } from "@/lib/matching";
import { vocabularyLabels } from "@/lib/profiles/vocabulary";

/** Goal and community labels for reasons, as the pure matcher takes them. */
export async function matchLabels(): Promise<LabelLookup> {
  const { goals, attributes } = await vocabularyLabels();
  return { goals: Object.fromEntries(goals), attributes: Object.fromEntries(attributes) };
}
