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

export interface Pruned {
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
export function prune(g: DpGraph): Pruned | null {
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

/** Cheapest completion from each live state at each boundary (the terminal penalty included). */
export function costToGo(g: Pruned): Float64Array[] {
  const K = g.start.length;
  const h: Float64Array[] = new Array(K + 1);
  h[K] = g.terminal;
  for (let k = K - 1; k >= 0; k--) {
    const out = new Float64Array(g.size[k]).fill(Infinity);
    const [st, to, cost, next] = [g.start[k], g.to[k], g.cost[k], h[k + 1]];
    for (let a = 0; a < out.length; a++) {
      for (let x = st[a]; x < st[a + 1]; x++) out[a] = Math.min(out[a], cost[x] + next[to[x]]);
    }
    h[k] = out;
  }
  return h;
}

/** The cost of a given schedule (shift per day, -1 off) along the graph, or null if it is not a path of it. */
export function costAlong(g: Pruned, pick: Int32Array): number | null {
  const K = g.start.length;
  let a = 0;
  let cost = 0;
  for (let k = 0; k < K; k++) {
    let found = -1;
    for (let x = g.start[k][a]; x < g.start[k][a + 1]; x++) {
      if (g.shift[k][x] === pick[k]) {
        found = x;
        break;
      }
    }
    if (found < 0) return null;
    cost += g.cost[k][found];
    a = g.to[k][found];
  }
  return cost + g.terminal[a];
}

/** Largest product of two volunteers' live states on one day that the dense index may address. */
const MAX_PRODUCT = 4_000_000;

export class RosterPairResponse {
  /** Work of the last call (joint transitions tried), a deterministic measure of its cost. */
  lastWork = 0;
  /** True when the last call gave up because the product had too many states. */
  lastTooBig = false;
  private slot = new Int32Array(0);

  /**
   * An exact programme over the product, pruned by bound: a joint state is dropped when its cost so
   * far plus both volunteers' own cheapest completions (a lower bound, since a shared shift never
   * costs less than two separate ones under a convex cover cost) exceeds the current pair's cost.
   * Usually only a small part of the product survives, so whole two-week horizons fit.
   *
   * @param together extra cost when both work shift s (null = not allowed, e.g. its cap is reached);
   *   must be ≥ 0 (convex cover) for the bound to hold.
   * @param maxStates most joint states kept on one day (else null and lastTooBig).
   * @param current the pair's current schedules over the window (the bound); absent = no bound.
   */
  solve(
    gu: DpGraph,
    gv: DpGraph,
    together: (s: number) => number | null,
    maxStates: number,
    current?: { u: Int32Array; v: Int32Array },
  ): PairResult | null {
    this.lastWork = 0;
    this.lastTooBig = false;
    const U = prune(gu);
    const V = prune(gv);
    if (!U || !V) return null;
    const K = U.start.length;
    if (V.start.length !== K) return null;
    for (let k = 1; k <= K; k++) {
      if (U.size[k] * V.size[k] > MAX_PRODUCT) {
        this.lastTooBig = true;
        return null;
      }
    }
    const hU = costToGo(U);
    const hV = costToGo(V);
    let bound = Infinity;
    if (current) {
      const cu = costAlong(U, current.u);
      const cv = costAlong(V, current.v);
      if (cu !== null && cv !== null) {
        bound = cu + cv;
        for (let k = 0; k < K && bound < Infinity; k++) {
          const t = current.u[k];
          if (t >= 0 && t === current.v[k]) bound += together(t) ?? Infinity;
        }
      }
    }
    bound += 1e-6;

    // Live joint states of the current day: dense index (a * |V states| + b), cost so far.
    let live = new Int32Array([0]);
    let g = new Float64Array([0]);
    const backs: Int32Array[] = [];
    const edgesU: Int32Array[] = [];
    const edgesV: Int32Array[] = [];
    for (let k = 0; k < K; k++) {
      const nv = V.size[k];
      const nv1 = V.size[k + 1];
      const P = U.size[k + 1] * nv1;
      if (this.slot.length < P) this.slot = new Int32Array(P).fill(-1);
      const slot = this.slot;
      const [su, tu, cu, xu] = [U.start[k], U.to[k], U.cost[k], U.shift[k]];
      const [sv, tv, cv, xv] = [V.start[k], V.to[k], V.cost[k], V.shift[k]];
      const hu1 = hU[k + 1];
      const hv1 = hV[k + 1];
      const nIdx: number[] = [];
      const nG: number[] = [];
      const nBack: number[] = [];
      const nEu: number[] = [];
      const nEv: number[] = [];
      let work = 0;
      for (let li = 0; li < live.length; li++) {
        const a = (live[li] / nv) | 0;
        const b = live[li] - a * nv;
        const c = g[li];
        work += (su[a + 1] - su[a]) * (sv[b + 1] - sv[b]);
        for (let x = su[a]; x < su[a + 1]; x++) {
          const base = c + cu[x];
          const restU = hu1[tu[x]];
          const row = tu[x] * nv1;
          for (let y = sv[b]; y < sv[b + 1]; y++) {
            let total = base + cv[y];
            if (xu[x] >= 0 && xu[x] === xv[y]) {
              const extra = together(xu[x]);
              if (extra === null) continue;
              total += extra;
            }
            if (total + restU + hv1[tv[y]] > bound) continue;
            const j = row + tv[y];
            const at = slot[j];
            if (at < 0) {
              slot[j] = nIdx.length;
              nIdx.push(j);
              nG.push(total);
              nBack.push(li);
              nEu.push(x);
              nEv.push(y);
            } else if (total < nG[at]) {
              nG[at] = total;
              nBack[at] = li;
              nEu[at] = x;
              nEv[at] = y;
            }
          }
        }
      }
      for (const j of nIdx) slot[j] = -1;
      this.lastWork += work + nIdx.length;
      if (nIdx.length > maxStates) {
        this.lastTooBig = true;
        return null;
      }
      if (!nIdx.length) return null;
      live = Int32Array.from(nIdx);
      g = Float64Array.from(nG);
      backs.push(Int32Array.from(nBack));
      edgesU.push(Int32Array.from(nEu));
      edgesV.push(Int32Array.from(nEv));
    }
    const nvK = V.size[K];
    let best = -1;
    let bestTotal = Infinity;
    for (let li = 0; li < live.length; li++) {
      const j = live[li];
      const total = g[li] + U.terminal[(j / nvK) | 0] + V.terminal[j % nvK];
      if (total < bestTotal) {
        bestTotal = total;
        best = li;
      }
    }
    if (best < 0) return null;
    const pickU = new Int32Array(K);
    const pickV = new Int32Array(K);
    const cost = g[best];
    let li = best;
    for (let k = K - 1; k >= 0; k--) {
      pickU[k] = U.shift[k][edgesU[k][li]];
      pickV[k] = V.shift[k][edgesV[k][li]];
      li = backs[k][li];
    }
    return { pickU, pickV, cost };
  }
}
