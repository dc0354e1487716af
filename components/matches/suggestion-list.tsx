"use client";

import { Fragment, createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useInlineNotice } from "@/components/matches/match-actions-provider";

// The ranked list of suggestion cards. Sending a request refreshes the page from the server,
// and a person with an open request is no longer suggested, so their card would vanish the
// moment it says "Request sent" (taking focus and the link to the request with it). A card
// whose request is on its way is kept where it was until the person leaves the page.
//
// The "Not for me" notice (with its Undo) takes the place of the card it is about, and keeps
// that place once the server has left the card out, so it never covers another card.

type KeepCard = {
  /** Keeps this person's card in place even once the server leaves it out. */
  keep: (id: string) => void;
  /** Lets it go (the request failed, so the server still lists them anyway). */
  release: (id: string) => void;
};

const Context = createContext<KeepCard | null>(null);

/** The list's keep/release, or null outside a suggestion list (e.g. on a person's page). */
export function useKeepCard(): KeepCard | null {
  return useContext(Context);
}

type Item = { id: string; node: ReactNode };

export function SuggestionList({ items }: { items: Item[] }) {
  const [kept, setKept] = useState<Record<string, { index: number; node: ReactNode }>>({});
  const latest = useRef(items);
  useEffect(() => {
    latest.current = items;
  }, [items]);

  const keep = useCallback((id: string) => {
    const index = latest.current.findIndex((item) => item.id === id);
    if (index < 0) return;
    const node = latest.current[index]!.node;
    setKept((current) => ({ ...current, [id]: { index, node } }));
  }, []);
  const release = useCallback((id: string) => {
    setKept((current) => {
      if (!(id in current)) return current;
      const next = { ...current };
      delete next[id];
      return next;
    });
  }, []);

  const shown = useMemo(() => {
    const list = [...items];
    const present = new Set(items.map((item) => item.id));
    const missing = Object.entries(kept)
      .filter(([id]) => !present.has(id))
      .sort((a, b) => a[1].index - b[1].index);
    for (const [id, { index, node }] of missing) list.splice(Math.min(index, list.length), 0, { id, node });
    return list;
  }, [items, kept]);

  // Where the notice goes: the place its card had when "Not for me" was pressed (worked out
  // while rendering, so the notice and its focused Undo arrive in the same commit).
  const notice = useInlineNotice();
  const [anchor, setAnchor] = useState<{ serial: number; index: number } | null>(null);
  if (notice && anchor?.serial !== notice.serial) {
    setAnchor({
      serial: notice.serial,
      index: Math.max(
        0,
        shown.findIndex((item) => item.id === notice.id),
      ),
    });
  }
  const noticeAt = notice && anchor?.serial === notice.serial ? Math.min(anchor.index, shown.length) : -1;

  // One flat list of keyed rows, so the notice moves (rather than remounts, losing focus) when
  // the card it stood in front of leaves.
  const rows: ReactNode[] = shown.map((item) => <Fragment key={item.id}>{item.node}</Fragment>);
  if (noticeAt >= 0) rows.splice(noticeAt, 0, <li key="match-notice">{notice?.box}</li>);

  const value = useMemo(() => ({ keep, release }), [keep, release]);
  return (
    <Context value={value}>
      <ol className="flex flex-col gap-4">{rows}</ol>
    </Context>
  );
}
