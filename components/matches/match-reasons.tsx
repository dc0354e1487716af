import { BAND_COPY } from "@/components/matches/labels";
import { cn } from "@/components/ui/cn";
import type { PublicReason } from "@/lib/matches/get-suggestions";

/**
 * "Why this match": each reason in words, best first. The main ones (those that count the most)
 * carry a filled dot and read a little stronger; the rest a hollow one. No numbers: a share of
 * the match reads as a match rate nobody can check. Used on the suggestion cards, a person's
 * page and a request's page, so the reasons read the same everywhere.
 */
export function MatchReasons({
  reasons,
  labelledBy,
  className = "mt-2",
}: {
  reasons: PublicReason[];
  /** The id of the heading naming the list. */ labelledBy: string;
  className?: string;
}) {
  return (
    <ul aria-labelledby={labelledBy} className={cn("flex flex-col gap-2", className)}>
      {reasons.map((reason) => (
        <li key={reason.component} data-main={reason.main || undefined} className="flex items-start gap-2.5 text-sm">
          <span
            aria-hidden="true"
            className={cn(
              "mt-[0.35rem] size-2.5 shrink-0 rounded-full border-2",
              reason.main ? "border-brand-700 bg-brand-700" : "border-brand-600 bg-white",
            )}
          />
          <span className={cn("text-ink", reason.main && "font-medium")}>
            {reason.main ? <span className="sr-only">Main reason: </span> : null}
            {reason.text}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * What to keep in mind about this pair, e.g. a mentor earlier in their career than the mentee:
 * what they can still help with. Shown wherever the reasons are.
 */
export function MatchCaveat({ caveat, className }: { caveat: string | null | undefined; className?: string }) {
  if (!caveat) return null;
  return (
    <p className={cn("rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950", className)}>
      <span className="font-semibold">Worth knowing: </span>
      {caveat}
    </p>
  );
}

/**
 * What the bands and the dots mean, once per list (a native disclosure, so it works with the
 * keyboard and without JavaScript).
 */
export function BandLegend({ className }: { className?: string }) {
  return (
    <details className={cn("group text-sm", className)}>
      <summary className="inline-flex cursor-pointer list-none items-center gap-1.5 rounded font-semibold text-brand-700 underline-offset-4 hover:underline [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block w-3 text-xs transition-transform group-open:rotate-90">
          ▶
        </span>
        What the bands and dots mean
      </summary>
      <div className="mt-2 max-w-prose rounded-xl border border-line bg-white p-4 text-ink shadow-sm">
        <dl className="flex flex-col gap-2">
          {Object.values(BAND_COPY).map((band) => (
            <div key={band.label}>
              <dt className="inline font-semibold">{band.label}: </dt>
              <dd className="inline text-muted">{band.meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-muted">
          Bands come from how well the people in this community fit one another, and are updated as people join. Under &ldquo;Why this
          match&rdquo;, a filled dot{" "}
          <span aria-hidden="true" className="inline-block size-2.5 rounded-full border-2 border-brand-700 bg-brand-700 align-middle" />{" "}
          marks the reasons that count the most; a hollow one{" "}
          <span aria-hidden="true" className="inline-block size-2.5 rounded-full border-2 border-brand-600 bg-white align-middle" /> the
          others.
        </p>
      </div>
    </details>
  );
}
