import { percent } from "@/components/matches/labels";
import type { PublicReason } from "@/lib/matches/get-suggestions";

/**
 * "Why this match": each reason with its share of the match as a bar and a number, best first.
 * Used on the suggestion cards, a person's page and a request's page, so the reasons read the
 * same everywhere.
 */
export function MatchReasons({
  reasons,
  labelledBy,
}: {
  reasons: PublicReason[];
  /** The id of the heading naming the list. */ labelledBy: string;
}) {
  return (
    <ul aria-labelledby={labelledBy} className="mt-2 flex flex-col gap-2.5">
      {reasons.map((reason) => {
        const pct = percent(reason.share);
        return (
          <li key={reason.component} className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1 text-sm">
            <span className="text-ink">{reason.text}</span>
            <span className="flex items-center gap-2">
              <span aria-hidden="true" className="hidden h-2 w-20 overflow-hidden rounded-full bg-brand-50 sm:block">
                <span className="block h-full rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
              </span>
              <span className="w-9 text-right text-xs font-semibold text-muted tabular-nums">
                {pct}%<span className="sr-only"> of the match</span>
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
