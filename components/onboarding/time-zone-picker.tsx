"use client";

import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { FieldError } from "@/components/ui/fieldset";
import { searchOptions, searchTextOf, type TimeZoneOption } from "@/lib/profiles/time-zone-search";

type PickerProps = {
  /** Every zone people can choose (from the server: the list is too big to bundle). */
  options: readonly TimeZoneOption[];
  /** The chosen zone's canonical id; always stays in the list, whatever the search. */
  value: string;
  onChange: (id: string) => void;
  /** The browser's zone, already mapped to its option, listed first as a suggestion. */
  suggested: string | null;
  hint?: ReactNode;
  errors?: string[];
  /** Beside the list (e.g. the time there now). */
  aside?: ReactNode;
};

const ROWS = 7;

const optionText = (option: TimeZoneOption) =>
  // "Coordinated Universal Time (UTC)" already says its offset.
  option.offset && !option.label.includes("(UTC)") ? `${option.label} (${option.offset})` : option.label;

/** An option for a saved zone the list does not carry (a rare id the runtime still knows). */
const rawOption = (id: string): TimeZoneOption => ({ id, label: id.replaceAll("_", " "), offset: "", search: id.toLowerCase() });

/**
 * A time-zone picker without a custom widget: a search box that filters a native list box.
 * The list box is the labelled control ("Your time zone"), so keyboards, screen readers and
 * phones treat it as the ordinary select it is; Enter in the search box picks the first match
 * (instead of submitting the form) and the arrow keys move into the list.
 */
export function TimeZonePicker({ options, value, onChange, suggested, hint, errors, aside }: PickerProps) {
  const [query, setQuery] = useState("");
  const baseId = useId();
  const selectId = "field-timeZone";
  const searchId = `${baseId}-search`;
  const statusId = `${baseId}-status`;
  const hintId = hint ? `${selectId}-hint` : undefined;
  const errorId = errors?.length ? `${selectId}-error` : undefined;

  const indexed = useMemo(() => options.map((option) => ({ option, text: searchTextOf(option) })), [options]);
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const current = byId.get(value) ?? rawOption(value);
  const suggestion = suggested && suggested !== value ? (byId.get(suggested) ?? null) : null;

  const searching = query.trim().length > 0;
  const matches = searching ? searchOptions(indexed, query).map(({ option }) => option) : [];
  // Groups of the list: what is chosen and the browser's zone first, then the rest west to east
  // (or the matches, best first). The chosen zone is always there, whatever the search.
  const pinned = searching && matches.some((o) => o.id === current.id) ? null : current;
  const browser = searching ? null : suggestion;
  const rest = (searching ? matches : options).filter((o) => o.id !== pinned?.id && o.id !== browser?.id);

  const status = !searching
    ? ""
    : matches.length === 0
      ? `No time zone matches “${query.trim()}”. Try a city, a country or a name like “Eastern Time”.`
      : `${matches.length === 1 ? "1 time zone matches" : `${matches.length} time zones match`} “${query.trim()}”. Choose from the list below.`;

  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      // Enter must not submit the whole form from here: it takes the first match instead.
      event.preventDefault();
      if (matches[0]) onChange(matches[0].id);
      document.getElementById(selectId)?.focus();
    } else if (event.key === "ArrowDown") {
      event.preventDefault();
      document.getElementById(selectId)?.focus();
    } else if (event.key === "Escape" && query) {
      event.preventDefault();
      setQuery("");
    }
  }

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={selectId} className="text-sm font-semibold text-ink">
        Your time zone
      </label>
      {hint ? (
        <div id={hintId} className="max-w-prose text-sm text-muted">
          {hint}
        </div>
      ) : null}
      <div className="mt-1 flex w-full max-w-md flex-col gap-1">
        <label htmlFor={searchId} className="text-xs font-semibold text-muted">
          Search by city, country or name
        </label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKey}
          placeholder="e.g. Chicago, India, Eastern Time"
          autoComplete="off"
          spellCheck={false}
          aria-controls={selectId}
          aria-describedby={statusId}
          className="w-full rounded-lg border border-line bg-white px-3 py-2 text-base text-ink shadow-sm placeholder:text-muted/70"
        />
        <p id={statusId} role="status" aria-live="polite" className={status ? "text-sm text-muted" : "sr-only"}>
          {status}
        </p>
      </div>
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        <select
          id={selectId}
          name="timeZone"
          size={ROWS}
          value={current.id}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
          className={cn(
            "w-full max-w-md rounded-lg border bg-white px-1 py-1 text-base text-ink shadow-sm",
            errorId ? "border-red-700" : "border-line",
          )}
        >
          {pinned ? (
            <optgroup label="Your choice">
              <option value={pinned.id}>{optionText(pinned)}</option>
            </optgroup>
          ) : null}
          {browser ? (
            <optgroup label="Your browser's zone">
              <option value={browser.id}>{optionText(browser)}</option>
            </optgroup>
          ) : null}
          {rest.length ? (
            <optgroup label={searching ? "Matches, best first" : "All time zones, west to east"}>
              {rest.map((option) => (
                <option key={option.id} value={option.id}>
                  {optionText(option)}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
        {aside}
      </div>
      {errorId ? <FieldError id={errorId} errors={errors!} /> : null}
    </div>
  );
}
