import Form from "next/form";
import Link from "next/link";
import { ROLE_COPY, matchesHref } from "@/components/matches/labels";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { Role } from "@/lib/matching";

type Option = { value: string; label: string };

type MatchFiltersProps = {
  role: Role;
  goal?: string;
  format?: string;
  /** Goal areas from the person's own profile for this role, listed first. */
  ownGoals: Option[];
  otherGoals: Option[];
  /** Ways of meeting the person has not said no to. */
  formats: Option[];
};

const OWN_GOALS_LABEL: Record<Role, string> = {
  mentee: "Your goals",
  mentor: "Areas you offer",
  peer: "Your goals and what you offer",
};

const options = (list: Option[]) =>
  list.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));

/**
 * A GET form, so the filters work without JavaScript and the address can be bookmarked;
 * next/form turns it into a client-side navigation when JavaScript is on.
 */
export function MatchFilters({ role, goal, format, ownGoals, otherGoals, formats }: MatchFiltersProps) {
  const filtered = Boolean(goal || format);
  return (
    <section aria-labelledby="filters-title" className="mb-6 rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5">
      <h2 id="filters-title" className="sr-only">
        Filters
      </h2>
      {/* Keyed by the address so the selects show the filters in force after Back/Forward. */}
      <Form action="/matches" key={`${role}|${goal ?? ""}|${format ?? ""}`} className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <input type="hidden" name="role" value={role} />
        <Select label="Goal" name="goal" id="filter-goal" defaultValue={goal ?? ""} hint={ROLE_COPY[role].goalHint} className="min-w-0">
          <option value="">Any goal</option>
          {ownGoals.length ? (
            <>
              <optgroup label={OWN_GOALS_LABEL[role]}>{options(ownGoals)}</optgroup>
              {otherGoals.length ? <optgroup label="Other areas">{options(otherGoals)}</optgroup> : null}
            </>
          ) : (
            options(otherGoals)
          )}
        </Select>
        <Select
          label="Way of meeting"
          name="format"
          id="filter-format"
          defaultValue={format ?? ""}
          hint="From the ways that work for you."
          className="min-w-0"
        >
          <option value="">Any way</option>
          {options(formats)}
        </Select>
        <div className="flex flex-wrap items-center gap-2">
          <button type="submit" className={buttonClass("primary")}>
            Apply filters
          </button>
          {filtered ? (
            <Link href={matchesHref({ role })} className={buttonClass("ghost")}>
              Clear<span className="sr-only"> filters</span>
            </Link>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
