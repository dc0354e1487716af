"use client";

import type { ReactNode } from "react";
import { useMatchActions } from "@/components/matches/match-actions-provider";

/** One list entry; hidden (not unmounted) while its "Not for me" is being saved, so a failure can bring it back. */
export function SuggestionItem({ id, children }: { id: string; children: ReactNode }) {
  const { isHidden } = useMatchActions();
  return <li hidden={isHidden(id)}>{children}</li>;
}
