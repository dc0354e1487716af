import type { PairContext } from "./types";

// NUL cannot appear in ids, so the joined key is unambiguous; ordering the two ids
// makes "blocked by A" and "blocked by B" the same fact.
export function pairKey(a: string, b: string): string {
  return a < b ? a + "\u0000" + b : b + "\u0000" + a;
}

export type IdPair = readonly [string, string];

export function createPairContext(
  input: {
    blocked?: Iterable<IdPair>;
    engaged?: Iterable<IdPair>;
    dismissed?: Iterable<IdPair>;
  } = {},
): PairContext {
  const toSet = (pairs: Iterable<IdPair> | undefined) => {
    const set = new Set<string>();
    if (pairs) for (const [a, b] of pairs) set.add(pairKey(a, b));
    return set;
  };
  return { blocked: toSet(input.blocked), engaged: toSet(input.engaged), dismissed: toSet(input.dismissed) };
}

export const EMPTY_PAIR_CONTEXT: PairContext = createPairContext();
