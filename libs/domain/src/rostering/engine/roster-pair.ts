import type { DpGraph } from './roster-dp';

/*
 * Best response of two volunteers together: the cheapest pair of schedules over a window, given
 * everybody else, found by a programme over the product of their two programmes' graphs (each
 * pruned first to the states that can still end the window). Their own rules stay exactly as in
 * the single programme; what couples them is a shift they would both work that day (its cover cost
 * is convex, so the second person on it costs more or less than the first; a shift cap may forbid it).
 *
 * One volunteer's best response given the other is what the search already does in turn; this finds
 * the trades neither makes alone (I take your Tuesday, you take my Friday, both requests met).
 */

export interface PairResult {
  /** Shift per window day for each of the two (-1 = off). */
  pickU: Int32Array;
  pickV: Int32Array;
  /** Edge costs of both plus the coupling, without the minute-shortage penalties. */
  cost: number;
}

interface Pruned {
  /** Number of live states at each layer boundary 0..K. */
  size: number[];
  /** Per layer: CSR by from-state (compact ids). */
  start: Int32Array[];
  to: Int32Array[];
  cost: Float64Array[];
  shift: Int32Array[];
  /** Penalty of each live state after the last day. */
  terminal: Float64Array;
}

/** Keeps only states that can reach an end of the window, renumbered per layer. */
function prune(g: DpGraph): Pruned | null {
  const K = g.layers.length;
  if (K !== g.opts.length || !g.terminal.size) return null;
  const ids: Map<number, number>[] = new Array(K + 1);
  ids[K] = new Map();
  const terminal: number[] = [];
  for (const [state, penalty] of g.terminal) {
    ids[K].set(state, terminal.length);
    terminal.push(penalty);
  }
  const start: Int32Array[] = new Array(K);
  const to: Int32Array[] = new Array(K);
  const cost: Float64Array[] = new Array(K);
  const shift: Int32Array[] = new Array(K);
  for (let k = K - 1; k >= 0; k--) {
    const L = g.layers[k];
    const next = ids[k + 1];
    const here = new Map<number, number>();
    const fromId: number[] = [];
    const toId: number[] = [];
    const live: number[] = [];
    for (let e = 0; e < L.from.length; e++) {
      const t = next.get(L.to[e]);
      if (t === undefined) continue;
      let f = here.get(L.from[e]);
      if (f === undefined) {
        f = here.size;
        here.set(L.from[e], f);
      }
      live.push(e);
      fromId.push(f);
      toId.push(t);
    }
    if (!here.size) return null;
    ids[k] = here;
    const st = new Int32Array(here.size + 1);
    for (const f of fromId) st[f + 1]++;
    for (let i = 0; i < here.size; i++) st[i + 1] += st[i];
    const fill = st.slice(0, here.size);
    const t = new Int32Array(live.length);
    const c = new Float64Array(live.length);
    const s = new Int32Array(live.length);
    live.forEach((e, i) => {
      const at = fill[fromId[i]]++;
      t[at] = toId[i];
      c[at] = L.cost[e];
      s[at] = L.ch[e] < 0 ? -1 : g.opts[k][L.ch[e]];
    });
    start[k] = st;
    to[k] = t;
    cost[k] = c;
    shift[k] = s;
  }
  if (ids[0].size !== 1) return null;
  return { size: ids.map((x) => x.size), start, to, cost, shift, terminal: Float64Array.from(terminal) };
}

export class RosterPairResponse {
  /** Work of the last call (joint transitions tried), a deterministic measure of its cost. */
  lastWork = 0;

  /**
   * @param together extra cost when both work shift s (null = not allowed, e.g. its cap is reached).
   * @param maxStates largest product of the two volunteers' live states on one day (else null).
   */
  solve(gu: DpGraph, gv: DpGraph, together: (s: number) => number | null, maxStates: number): PairResult | null {
    this.lastWork = 0;
    const U = prune(gu);
    const V = prune(gv);
    if (!U || !V) return null;
    const K = U.start.length;
    if (V.start.length !== K) return null;
    for (let k = 1; k <= K; k++) if (U.size[k] * V.size[k] > maxStates) return null;
    const back: Int32Array[] = [];
    const edgeU: Int32Array[] = [];
    const edgeV: Int32Array[] = [];
    let cur = new Float64Array(1);
    for (let k = 0; k < K; k++) {
      const nu = U.size[k];
      const nv = V.size[k];
      const nv1 = V.size[k + 1];
      const P = U.size[k + 1] * nv1;
      const nxt = new Float64Array(P).fill(Infinity);
      const bk = new Int32Array(P);
      const eu = new Int32Array(P);
      const ev = new Int32Array(P);
      const [su, tu, cu, hu] = [U.start[k], U.to[k], U.cost[k], U.shift[k]];
      const [sv, tv, cv, hv] = [V.start[k], V.to[k], V.cost[k], V.shift[k]];
      let work = 0;
      for (let a = 0; a < nu; a++) {
        for (let b = 0; b < nv; b++) {
          const c = cur[a * nv + b];
          if (c === Infinity) continue;
          work += (su[a + 1] - su[a]) * (sv[b + 1] - sv[b]);
          for (let x = su[a]; x < su[a + 1]; x++) {
            const base = c + cu[x];
            const row = tu[x] * nv1;
            for (let y = sv[b]; y < sv[b + 1]; y++) {
              let total = base + cv[y];
              if (hu[x] >= 0 && hu[x] === hv[y]) {
                const extra = together(hu[x]);
                if (extra === null) continue;
                total += extra;
              }
              const j = row + tv[y];
              if (total < nxt[j]) {
                nxt[j] = total;
                bk[j] = a * nv + b;
                eu[j] = x;
                ev[j] = y;
              }
            }
          }
        }
      }
      this.lastWork += work + P;
      back.push(bk);
      edgeU.push(eu);
      edgeV.push(ev);
      cur = nxt;
    }
    const nvK = V.size[K];
    let best = -1;
    let bestTotal = Infinity;
    for (let j = 0; j < cur.length; j++) {
      if (cur[j] === Infinity) continue;
      const total = cur[j] + U.terminal[(j / nvK) | 0] + V.terminal[j % nvK];
      if (total < bestTotal) {
        bestTotal = total;
        best = j;
      }
    }
    if (best < 0) return null;
    const pickU = new Int32Array(K);
    const pickV = new Int32Array(K);
    let j = best;
    for (let k = K - 1; k >= 0; k--) {
      pickU[k] = U.shift[k][edgeU[k][j]];
      pickV[k] = V.shift[k][edgeV[k][j]];
      j = back[k][j];
    }
    return { pickU, pickV, cost: cur[best] };
  }
}
