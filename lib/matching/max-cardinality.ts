import type { RoundGraph } from "./round-graph";

// Maximum-cardinality b-matching using only edges with weight >= threshold: augmenting
// paths (Kuhn) in phases, with a greedy first pass. Used to find how many mentees can
// be matched at all and, by binary search on the threshold, the best fairness floor.
// A warm start (a valid matching on a subset of the allowed edges) is extended rather
// than rebuilt, which is what makes the binary search cheap.

export interface Matching {
  // Mentor index per mentee, -1 if unmatched.
  matchOf: Int32Array;
  size: number;
}

/**
 * `target`: stop as soon as this many are matched (a feasibility check needs no more).
 */
export function maxCardinalityMatching(g: RoundGraph, threshold: number, warm?: Matching, target = Number.POSITIVE_INFINITY): Matching {
  const n = g.menteeIds.length;
  const m = g.mentorIds.length;
  const { offsets, targets, weights, capacity } = g;
  const matchOf = warm ? warm.matchOf.slice() : new Int32Array(n).fill(-1);
  // Slots: mentees assigned to each mentor, flat.
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j]! + capacity[j]!;
  const slots = new Int32Array(slotStart[m]!);
  const load = new Int32Array(m);
  let size = 0;
  for (let i = 0; i < n; i++) {
    const j = matchOf[i]!;
    if (j >= 0) {
      slots[slotStart[j]! + load[j]!] = i;
      load[j]!++;
      size++;
    }
  }
  // Greedy pass: any free mentee with an allowed edge to a mentor with room.
  for (let i = 0; i < n; i++) {
    if (matchOf[i]! >= 0) continue;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      if (weights[e]! < threshold) continue;
      const j = targets[e]!;
      if (load[j]! < capacity[j]!) {
        matchOf[i] = j;
        slots[slotStart[j]! + load[j]!] = i;
        load[j]!++;
        size++;
        break;
      }
    }
  }
  if (size >= target || size === Math.min(n, slotStart[m]!)) return { matchOf, size };

  // Iterative DFS over mentees; a frame is (mentee, next edge, mentor being expanded,
  // next slot of that mentor). Mentors are marked per phase: once fully explored
  // without success in a phase they are dead for the rest of it.
  const visited = new Int32Array(m);
  let phase = 0;
  const stMentee = new Int32Array(n + 1);
  const stEdge = new Int32Array(n + 1);
  const stMentor = new Int32Array(n + 1);
  const stSlot = new Int32Array(n + 1);
  const onPath = new Int32Array(n);

  const tryAugment = (root: number): boolean => {
    let top = 0;
    stMentee[0] = root;
    stEdge[0] = offsets[root]!;
    stMentor[0] = -1;
    onPath[root] = phase;
    while (top >= 0) {
      const u = stMentee[top]!;
      if (stMentor[top]! >= 0) {
        // Continue expanding the current mentor's assigned mentees.
        const j = stMentor[top]!;
        let s = stSlot[top]!;
        let pushed = false;
        while (s < load[j]!) {
          const k = slots[slotStart[j]! + s]!;
          s++;
          if (onPath[k] === phase) continue;
          stSlot[top] = s;
          onPath[k] = phase;
          top++;
          stMentee[top] = k;
          stEdge[top] = offsets[k]!;
          stMentor[top] = -1;
          pushed = true;
          break;
        }
        if (pushed) continue;
        stMentor[top] = -1;
      }
      // Find the next allowed, unvisited mentor from u.
      let e = stEdge[top]!;
      const end = offsets[u + 1]!;
      let found = -1;
      for (; e < end; e++) {
        if (weights[e]! < threshold) continue;
        const j = targets[e]!;
        if (visited[j] === phase || j === matchOf[u]) continue;
        visited[j] = phase;
        if (load[j]! < capacity[j]!) {
          found = j;
          e++;
          break;
        }
        stEdge[top] = e + 1;
        stMentor[top] = j;
        stSlot[top] = 0;
        found = -2;
        break;
      }
      if (found === -2) continue;
      if (found >= 0) {
        // Augment: the top mentee takes the free slot; every mentee below takes the
        // slot its child vacates.
        let j = found;
        slots[slotStart[j]! + load[j]!] = stMentee[top]!;
        load[j]!++;
        let child = stMentee[top]!;
        let prevMentor = matchOf[child]!;
        matchOf[child] = j;
        for (let t = top - 1; t >= 0; t--) {
          const parent = stMentee[t]!;
          j = prevMentor; // the mentor child left: parent expanded it
          const base = slotStart[j]!;
          for (let s = 0; s < load[j]!; s++)
            if (slots[base + s] === child) {
              slots[base + s] = parent;
              break;
            }
          prevMentor = matchOf[parent]!;
          matchOf[parent] = j;
          child = parent;
        }
        return true;
      }
      stEdge[top] = e;
      top--;
    }
    return false;
  };

  let progress = true;
  while (progress && size < target) {
    progress = false;
    phase++;
    for (let i = 0; i < n && size < target; i++) {
      if (matchOf[i]! >= 0) continue;
      if (tryAugment(i)) {
        size++;
        progress = true;
      }
    }
  }
  return { matchOf, size };
}
