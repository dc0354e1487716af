import Link from "next/link";
import { personHref } from "@/components/matches/labels";
import { RemoveSavedButton } from "@/components/matches/remove-saved-button";

type Saved = { id: string; displayName: string; savedAt: string };

const dateFormat = new Intl.DateTimeFormat("en", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** The people saved for later, newest first, whichever kind of match they were. */
export function SavedList({
  saved,
  from,
}: {
  saved: Saved[];
  /** The list's own address, for the person pages' "Back to suggestions". */ from?: string;
}) {
  return (
    <section aria-labelledby="saved-title" className="mt-10">
      <h2 id="saved-title" tabIndex={-1} className="text-xl font-semibold text-ink">
        Saved for later
      </h2>
      <p className="mt-1 text-sm text-muted">People you saved, newest first. Only you can see this list.</p>
      <ul className="mt-4 divide-y divide-line rounded-2xl border border-line bg-white shadow-sm">
        {saved.map((person) => (
          <li key={person.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3 sm:px-5">
            <span className="flex min-w-0 flex-col">
              <Link href={personHref(person.id, from)} className="font-semibold text-brand-700 underline-offset-4 hover:underline">
                {person.displayName}
              </Link>
              <span className="text-sm text-muted">
                Saved <time dateTime={person.savedAt}>{dateFormat.format(new Date(person.savedAt))}</time>
              </span>
            </span>
            <RemoveSavedButton id={person.id} name={person.displayName} last={saved.length === 1} />
          </li>
        ))}
      </ul>
    </section>
  );
}
