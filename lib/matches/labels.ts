import "server-only";
import type { LabelLookup } from "@/lib/matching";
import { vocabularyLabels } from "@/lib/profiles/vocabulary";

// Labels change only when an admin edits a vocabulary; a minute of staleness in reasons is
// fine and saves two queries on every suggestions request.
const TTL_MS = 60_000;
let cached: { at: number; labels: Promise<LabelLookup> } | undefined;

/** Goal and community labels for reasons, as the pure matcher takes them. */
export function matchLabels(): Promise<LabelLookup> {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const labels = vocabularyLabels().then(({ goals, attributes }) => ({
      goals: Object.fromEntries(goals),
      attributes: Object.fromEntries(attributes),
    }));
    cached = { at: Date.now(), labels };
    labels.catch(() => (cached = undefined));
  }
  return cached.labels;
}
