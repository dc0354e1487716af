import type { RoundGraph } from "@/lib/matching";

export interface Best {
  matched: number;
  floor: number | null;
  total: number;
}

// Exhaustive search over every capacity-respecting assignment of a tiny graph: the
// independent oracle for both objectives (each mentee: unmatched or any eligible mentor).
export function bruteForce(g: RoundGraph): { fairest: Best; highestTotal: Best } {
  const n = g.menteeIds.length;
  const load = new Int32Array(g.mentorIds.length);
  let fairest: Best = { matched: 0, floor: null, total: 0 };
  let highest: Best = { matched: 0, floor: null, total: 0 };
  const rec = (i: number, matched: number, floor: number, total: number) => {
    if (i === n) {
      const f = matched > 0 ? floor : null;
      const cand = { matched, floor: f, total };
      if (
        matched > fairest.matched ||
        (matched === fairest.matched && (f ?? -1) > (fairest.floor ?? -1)) ||
        (matched === fairest.matched && (f ?? -1) === (fairest.floor ?? -1) && total > fairest.total)
      )
        fairest = cand;
      if (matched > highest.matched || (matched === highest.matched && total > highest.total)) highest = cand;
      return;
    }
    rec(i + 1, matched, floor, total);
    for (let e = g.offsets[i]!; e < g.offsets[i + 1]!; e++) {
      const j = g.targets[e]!;
      if (load[j]! >= g.capacity[j]!) continue;
      load[j]!++;
      const w = g.weights[e]!;
      rec(i + 1, matched + 1, Math.min(floor, w), total + w);
      load[j]!--;
    }
  };
  rec(0, 0, Number.POSITIVE_INFINITY, 0);
  return { fairest, highestTotal: highest };
}
