import type { RoundGraph } from "./round-graph";

// Exact maximum-weight, maximum-cardinality b-matching (mentees × mentors with
// capacities) as a min-cost flow:
//
//   mentee --(cost -(w + M))--> mentor --(cap_j, 0)--> sink,   mentee --(0)--> sink
//
// The direct mentee→sink arc ("unmatched") lets every mentee be routed, so mentees are
// inserted one at a time and each insertion augments along a shortest path (Dijkstra
// on reduced costs with node potentials, stopping at the sink) — the Hungarian /
// successive-shortest-path method. M exceeds any possible total of real scores, so
// one more matched mentee always beats any gain in score: the optimum is the largest
// total among maximum-cardinality assignments. All costs are integers far below 2^53,
// so every comparison is exact.
//
// Scale: a dense cohort has millions of eligible edges, so paths are searched on a
// sparse candidate set (each mentee's best K mentors plus each mentor's best mentees).
// Optimality over ALL eligible edges is then certified by LP duality: the potentials
// are a feasible dual for the full problem iff no eligible edge has negative reduced
// cost. Edges that do are added and the sparse problem re-solved; the set only grows,
// so this terminates, and it ends with a primal-dual optimal pair for the full graph.
// Repairs are incremental: a violating edge is added carrying flow (its reverse then
// has positive reduced cost) and the resulting excess is routed by the same shortest
// paths, instead of re-solving from scratch (measured 3-4x slower on 5,000 x 1,500).

export interface MinCostOptions {
  sparseK?: number;
  // Each mentor also contributes its best (capacity + mentorExtra) mentees.
  mentorExtra?: number;
  // At most this many violating edges per mentee join the sparse set per round of checks.
  addPerMentee?: number;
}

export interface MinCostResult {
  matchOf: Int32Array;
  size: number;
  total: number;
  stats: {
    iterations: number;
    sparseEdges: number;
    violationsAdded: number;
    settled: number;
    settledFirst: number;
    firstSolveMs: number;
    totalMs: number;
  };
}

const SAFE = Number.MAX_SAFE_INTEGER;

export function maxWeightMaxCardinality(g: RoundGraph, threshold: number, opts: MinCostOptions = {}): MinCostResult {
  const n = g.menteeIds.length;
  const m = g.mentorIds.length;
  const { offsets, targets, weights, capacity } = g;
  const E = targets.length;
  const T = n + m;

  let maxW = 0;
  let totalCap = 0;
  for (let j = 0; j < m; j++) totalCap += capacity[j]!;
  for (let e = 0; e < E; e++) if (weights[e]! >= threshold && weights[e]! > maxW) maxW = weights[e]!;
  const M = maxW * Math.min(n, totalCap) + 1;
  if ((M + maxW) * (2 * (n + m) + 4) >= SAFE) {
    throw new RangeError("matching: round too large for exact integer arithmetic at this score scale");
  }

  // ---- initial sparse candidate set ------------------------------------------------
  const inSparse = new Uint8Array(E);
  const K = Math.max(1, opts.sparseK ?? 3);
  const bufW = new Int32Array(K);
  const bufE = new Int32Array(K);
  for (let i = 0; i < n; i++) {
    let cnt = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const w = weights[e]!;
      if (w < threshold) continue;
      let pos: number;
      if (cnt < K) pos = cnt++;
      else if (w > bufW[K - 1]!) pos = K - 1;
      else continue;
      while (pos > 0 && bufW[pos - 1]! < w) {
        bufW[pos] = bufW[pos - 1]!;
        bufE[pos] = bufE[pos - 1]!;
        pos--;
      }
      bufW[pos] = w;
      bufE[pos] = e;
    }
    for (let c = 0; c < cnt; c++) inSparse[bufE[c]!] = 1;
  }
  const extra = Math.max(0, opts.mentorExtra ?? 2);
  const mOff = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) mOff[j + 1] = mOff[j]! + (capacity[j]! > 0 ? capacity[j]! + extra : 0);
  const mBufW = new Int32Array(mOff[m]!);
  const mBufE = new Int32Array(mOff[m]!);
  const mCnt = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const w = weights[e]!;
      if (w < threshold) continue;
      const j = targets[e]!;
      const L = mOff[j + 1]! - mOff[j]!;
      if (L === 0) continue;
      const base = mOff[j]!;
      let pos: number;
      if (mCnt[j]! < L) pos = mCnt[j]!++;
      else if (w > mBufW[base + L - 1]!) pos = L - 1;
      else continue;
      while (pos > 0 && mBufW[base + pos - 1]! < w) {
        mBufW[base + pos] = mBufW[base + pos - 1]!;
        mBufE[base + pos] = mBufE[base + pos - 1]!;
        pos--;
      }
      mBufW[base + pos] = w;
      mBufE[base + pos] = e;
    }
  }
  for (let j = 0; j < m; j++) for (let c = 0; c < mCnt[j]!; c++) inSparse[mBufE[mOff[j]! + c]!] = 1;

  // ---- solver state -------------------------------------------------------------------
  // Nodes: mentees 0..n-1, mentors n..n+m-1, sink T. Each mentee supplies one unit;
  // the sink absorbs n. Flow lives on full edge ids, so it survives sparse-set growth.
  const flow = new Uint8Array(E);
  const dummy = new Uint8Array(n); // unit on mentee -> sink ("unmatched")
  const z = new Int32Array(m); // units on mentor -> sink
  const inMentee: number[][] = Array.from({ length: m }, () => []);
  const inEdge: number[][] = Array.from({ length: m }, () => []);
  const excess = new Int32Array(T + 1);
  const pi = new Float64Array(T + 1);
  const dist = new Float64Array(T + 1);
  const seen = new Int32Array(T + 1);
  const done = new Int32Array(T + 1);
  const pred = new Int32Array(T + 1);
  const predEdge = new Int32Array(T + 1);
  const settledList = new Int32Array(T + 1);
  let heapKey = new Float64Array(1024);
  let heapNode = new Int32Array(1024);
  let heapSize = 0;
  let epoch = 0;
  let settledTotal = 0;

  const push = (key: number, node: number) => {
    if (heapSize === heapKey.length) {
      const k2 = new Float64Array(heapSize * 2);
      k2.set(heapKey);
      heapKey = k2;
      const n2 = new Int32Array(heapSize * 2);
      n2.set(heapNode);
      heapNode = n2;
    }
    let pos = heapSize++;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const pk = heapKey[parent]!;
      if (pk < key || (pk === key && heapNode[parent]! <= node)) break;
      heapKey[pos] = pk;
      heapNode[pos] = heapNode[parent]!;
      pos = parent;
    }
    heapKey[pos] = key;
    heapNode[pos] = node;
  };
  // Pops into these two variables to avoid allocating a tuple.
  let popKey = 0;
  let popNode = 0;
  const pop = () => {
    popKey = heapKey[0]!;
    popNode = heapNode[0]!;
    heapSize--;
    if (heapSize === 0) return;
    const key = heapKey[heapSize]!;
    const node = heapNode[heapSize]!;
    let pos = 0;
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= heapSize) break;
      const right = child + 1;
      if (
        right < heapSize &&
        (heapKey[right]! < heapKey[child]! || (heapKey[right] === heapKey[child] && heapNode[right]! < heapNode[child]!))
      )
        child = right;
      const ck = heapKey[child]!;
      if (key < ck || (key === ck && node <= heapNode[child]!)) break;
      heapKey[pos] = ck;
      heapNode[pos] = heapNode[child]!;
      pos = child;
    }
    heapKey[pos] = key;
    heapNode[pos] = node;
  };

  let sOff = new Int32Array(n + 1);
  let sEdge = new Int32Array(0);
  const buildSparse = () => {
    sOff = new Int32Array(n + 1);
    let count = 0;
    for (let i = 0; i < n; i++) {
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) if (inSparse[e] === 1) count++;
      sOff[i + 1] = count;
    }
    sEdge = new Int32Array(count);
    let p = 0;
    for (let i = 0; i < n; i++) for (let e = offsets[i]!; e < offsets[i + 1]!; e++) if (inSparse[e] === 1) sEdge[p++] = e;
  };

  // Best tentative distance to any node with a deficit. A node that cannot beat it
  // would not be settled before the target, so it is not even queued: its potential
  // update would be zero anyway, and the reduced-cost argument still holds because
  // d(u) + rc(u, v) >= bound >= D for every skipped arc.
  let bound = Number.POSITIVE_INFINITY;
  const relax = (v: number, nd: number, from: number, edge: number) => {
    if (done[v] === epoch) return;
    if (excess[v]! < 0) {
      if (nd < bound) bound = nd;
    } else if (nd >= bound) return;
    if (seen[v] !== epoch || nd < dist[v]!) {
      seen[v] = epoch;
      dist[v] = nd;
      pred[v] = from;
      predEdge[v] = edge;
      push(nd, v);
    }
  };

  // One shortest path (reduced costs, all >= 0) from `source` to the nearest node with a
  // deficit, then the potential update that keeps every reduced cost >= 0, then the
  // augmentation of one unit along the path.
  const augmentFrom = (source: number) => {
    epoch++;
    let settled = 0;
    heapSize = 0;
    bound = Number.POSITIVE_INFINITY;
    dist[source] = 0;
    seen[source] = epoch;
    pred[source] = -1;
    push(0, source);
    let target = -1;
    while (heapSize > 0) {
      pop();
      const u = popNode;
      const d = popKey;
      if (done[u] === epoch || d > dist[u]!) continue;
      done[u] = epoch;
      settledList[settled++] = u;
      if (excess[u]! < 0) {
        target = u;
        break;
      }
      const piu = pi[u]!;
      if (u < n) {
        for (let s = sOff[u]!; s < sOff[u + 1]!; s++) {
          const e = sEdge[s]!;
          if (flow[e] === 1) continue;
          const v = n + targets[e]!;
          const rc = -(weights[e]! + M) + piu - pi[v]!;
          if (rc < 0) throw new Error("matching: negative reduced cost (internal invariant)");
          relax(v, d + rc, u, e);
        }
        if (dummy[u] === 0) relax(T, d + piu - pi[T]!, u, -1);
      } else if (u < T) {
        const j = u - n;
        if (z[j]! < capacity[j]!) relax(T, d + piu - pi[T]!, u, -1);
        const ks = inMentee[j]!;
        const es = inEdge[j]!;
        for (let s = 0; s < ks.length; s++) {
          const k = ks[s]!;
          relax(k, d + weights[es[s]!]! + M + piu - pi[k]!, u, es[s]!);
        }
      } else {
        // Through the sink: a loaded mentor gives up a unit, or an unmatched mentee
        // re-enters the matching.
        for (let j = 0; j < m; j++) if (z[j]! > 0) relax(n + j, d + piu - pi[n + j]!, T, -1);
        for (let k = 0; k < n; k++) if (dummy[k] === 1) relax(k, d + piu - pi[k]!, T, -1);
      }
    }
    if (target < 0) throw new Error("matching: no augmenting path (internal invariant)");
    settledTotal += settled;
    const D = dist[target]!;
    for (let s = 0; s < settled; s++) {
      const v = settledList[s]!;
      pi[v] = pi[v]! + dist[v]! - D;
    }
    for (let v = target; v !== source;) {
      const u = pred[v]!;
      const e = predEdge[v]!;
      if (v === T) {
        if (u < n) dummy[u] = 1;
        else z[u - n]!++;
      } else if (u === T) {
        if (v < n) dummy[v] = 0;
        else z[v - n]!--;
      } else if (v >= n) {
        // mentee u -> mentor v on edge e
        flow[e] = 1;
        inMentee[v - n]!.push(u);
        inEdge[v - n]!.push(e);
      } else {
        // mentor u gives back mentee v (edge e)
        flow[e] = 0;
        const es = inEdge[u - n]!;
        const at = es.indexOf(e);
        es.splice(at, 1);
        inMentee[u - n]!.splice(at, 1);
      }
      v = u;
    }
    excess[source]!--;
    excess[target]!++;
  };

  // From scratch: every mentee holds one unit; the sink needs n. Mentees are routed in
  // id order; before its turn a mentee has no arcs pointing to it, so its potential can
  // be set high enough that all of its own arcs have reduced cost >= 0.
  const t0 = performance.now();
  const solveFromScratch = () => {
    flow.fill(0);
    dummy.fill(0);
    z.fill(0);
    for (let j = 0; j < m; j++) {
      inMentee[j]!.length = 0;
      inEdge[j]!.length = 0;
    }
    excess.fill(0);
    pi.fill(0);
    buildSparse();
    for (let i = 0; i < n; i++) excess[i] = 1;
    excess[T] = -n;
    for (let r = 0; r < n; r++) {
      let pr = pi[T]!;
      for (let s = sOff[r]!; s < sOff[r + 1]!; s++) {
        const e = sEdge[s]!;
        const v = pi[n + targets[e]!]! + weights[e]! + M;
        if (v > pr) pr = v;
      }
      pi[r] = pr;
      augmentFrom(r);
    }
  };
  solveFromScratch();
  const firstSolveMs = performance.now() - t0;
  const settledFirst = settledTotal;
  const perMentee = Math.max(1, opts.addPerMentee ?? 8);
  const addE = new Int32Array(perMentee);
  const addRc = new Float64Array(perMentee);
  const added: number[] = [];
  let iterations = 1;
  let violationsAdded = 0;
  for (;;) {
    added.length = 0;
    for (let i = 0; i < n; i++) {
      const pii = pi[i]!;
      let cnt = 0;
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
        if (inSparse[e] === 1) continue;
        const w = weights[e]!;
        if (w < threshold) continue;
        const rc = -(w + M) + pii - pi[n + targets[e]!]!;
        if (rc >= 0) continue;
        let pos: number;
        if (cnt < perMentee) pos = cnt++;
        else if (rc < addRc[perMentee - 1]!) pos = perMentee - 1;
        else continue;
        while (pos > 0 && addRc[pos - 1]! > rc) {
          addRc[pos] = addRc[pos - 1]!;
          addE[pos] = addE[pos - 1]!;
          pos--;
        }
        addRc[pos] = rc;
        addE[pos] = e;
      }
      for (let c = 0; c < cnt; c++) added.push(addE[c]!, i);
    }
    if (added.length === 0) break;
    iterations++;
    violationsAdded += added.length / 2;
    for (let a = 0; a < added.length; a += 2) inSparse[added[a]!] = 1;
    buildSparse();
    for (let a = 0; a < added.length; a += 2) {
      const e = added[a]!;
      const i = added[a + 1]!;
      const j = targets[e]!;
      flow[e] = 1;
      inMentee[j]!.push(i);
      inEdge[j]!.push(e);
      excess[i]!--;
      excess[n + j]!++;
    }
    for (let v = 0; v <= T; v++) while (excess[v]! > 0) augmentFrom(v);
  }

  const matchOf = new Int32Array(n).fill(-1);
  const matchEdge = new Int32Array(n).fill(-1);
  for (let j = 0; j < m; j++) {
    const ks = inMentee[j]!;
    if (ks.length > capacity[j]!) throw new Error("matching: capacity exceeded (internal invariant)");
    for (let s = 0; s < ks.length; s++) {
      const k = ks[s]!;
      if (matchOf[k]! >= 0) throw new Error("matching: mentee matched twice (internal invariant)");
      matchOf[k] = j;
      matchEdge[k] = inEdge[j]![s]!;
    }
  }

  let size = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (matchOf[i]! >= 0) {
      size++;
      total += weights[matchEdge[i]!]!;
    }
  }
  return {
    matchOf,
    size,
    total,
    stats: {
      iterations,
      sparseEdges: sEdge.length,
      violationsAdded,
      settled: settledTotal,
      settledFirst,
      firstSolveMs: Math.round(firstSolveMs),
      totalMs: Math.round(performance.now() - t0),
    },
  };
}

/** Weight of edge (i, j), or -1 if it is not eligible. For metrics and tests. */
export function edgeWeight(g: RoundGraph, i: number, j: number): number {
  const { offsets, targets, weights } = g;
  let lo = offsets[i]!;
  let hi = offsets[i + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = targets[mid]!;
    if (t === j) return weights[mid]!;
    if (t < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
