import type { RosterModel } from './roster.model';

/*
 * Best response of one volunteer: given everybody else's shifts, the cheapest schedule for this
 * volunteer over a window of days [a, b], everything outside the window kept as it is.
 *
 * A dynamic programme over the days of the window whose state is
 *   (run: off for n days | working for n days, last shift ending at t, exempt from the minimum run)
 *   × minutes worked in the window (in units of the gcd of shift lengths)
 *   × weekends newly worked (only if the weekend cap can bind)
 *   × shifts of up to a few positions whose cap can bind.
 * Every hard rule of the volunteer is a constraint of the programme (runs and their horizon-edge
 * exemption, rest and overlap between consecutive days, minutes, weekends, position caps, fixed
 * shifts, shift caps), except that being short of the minimum minutes is a large penalty instead,
 * so a volunteer who cannot reach it still gets the roster closest to it. Costs per day are the
 * marginal cover cost of joining a shift (given the others) plus the volunteer's unmet requests.
 *
 * Only volunteers with at most one shift a day are handled, and rest is only checked between
 * consecutive days; the caller evaluates the result exactly anyway and rejects any surprise.
 */

const SHORT_PENALTY = 1e9;
const MAX_STATES = 400_000;
const MAX_TRACKED_CAP_PRODUCT = 64;
/** A graph asked for with more transitions than this is not built (the joint programme would not fit anyway). */
const MAX_GRAPH_EDGES = 1_000_000;

export interface DpInput {
  m: RosterModel;
  v: number;
  a: number;
  b: number;
  /** Shifts of the volunteer per day (the current roster). */
  days: number[][];
  /** People on each shift in the current roster (the volunteer included where assigned). */
  count: Int32Array;
  /** Current minutes of the volunteer over the horizon. */
  minutes: number;
  /** Extra cost per (window day, option) for diversification; called once per option. */
  noise?: () => number;
  /** Marginal cost of one more person on shift s given n people (without the volunteer). */
  coverDelta: (s: number, n: number) => number;
  /** Also return the whole layered graph of the programme (for a joint programme of two volunteers). */
  graph?: boolean;
}

/**
 * The programme's layered graph over the window: layer k holds the transitions of window day k
 * (from state, to state, option index into opts[k] or -1 for off, cost of that day); `terminal` maps
 * each state after the last day that may end the window to its penalty (minutes short of the minimum).
 */
export interface DpGraph {
  opts: number[][];
  layers: { from: number[]; to: number[]; ch: number[]; cost: number[] }[];
  terminal: Map<number, number>;
}

export interface DpResult {
  /** Shift per window day (index 0 = day a), -1 = off. */
  pick: Int32Array;
  /** Objective part (cover deltas + requests + noise) of the chosen window schedule. */
  cost: number;
  /** Minutes short of the minimum that could not be avoided (0 normally). */
  shortUnits: number;
  /** Only when asked for (`graph: true`). */
  graph?: DpGraph;
}

function gcd(x: number, y: number): number {
  while (y) [x, y] = [y, x % y];
  return x;
}

export class RosterBestResponse {
  private back = new Int32Array(0);
  private choice = new Int16Array(0);
  private curCost = new Float64Array(0);
  private nextCost = new Float64Array(0);
  private curList = new Int32Array(0);
  private nextList = new Int32Array(0);

  /** Work of the last call (transitions tried, plus the set-up), a deterministic measure of its cost. */
  lastWork = 0;
  /** True when the last call gave up because the window has too many states (try a shorter one). */
  lastTooBig = false;
  /**
   * True when the last call offered a position only on its cheapest days because its cap could not be
   * tracked exactly: its result is then a good schedule, not necessarily the best one.
   */
  lastRestricted = false;

  constructor(private readonly m: RosterModel) {}

  private ensure(n: number, k: number): void {
    if (this.curCost.length < n) {
      this.curCost = new Float64Array(n).fill(Infinity);
      this.nextCost = new Float64Array(n).fill(Infinity);
      this.curList = new Int32Array(n);
      this.nextList = new Int32Array(n);
    }
    if (this.back.length < n * k) {
      this.back = new Int32Array(n * k);
      this.choice = new Int16Array(n * k);
    }
  }

  /** The volunteer's best schedule over [a, b], or null if no schedule keeps every hard rule there. */
  solve(input: DpInput): DpResult | null {
    const { m, v, a, b, days, count } = input;
    this.lastWork = m.H;
    this.lastTooBig = false;
    this.lastRestricted = false;
    if (m.maxPerDay[v] !== 1) return null;
    const H = m.H;
    const K = b - a + 1;
    const minCons = m.minCons[v];
    const maxCons = m.maxCons[v];
    const minOff = m.minOff[v];
    const restMs = Math.max(0, m.minRest[v] * 60_000);
    const reqs = m.requests[v];
    const caps = m.posCap[v];
    const fixedOf = m.fixed[v];

    // Outside the window: minutes, weekends worked, shifts per position.
    let inMinutes = 0;
    const posOutside = new Int32Array(m.positions.length);
    const weekendOutside = new Set<number>();
    for (let d = 0; d < H; d++) {
      const list = days[d];
      if (list.length > 1) return null;
      if (!list.length) continue;
      const s = list[0];
      if (d >= a && d <= b) inMinutes += m.sDur[s];
      else {
        posOutside[m.sPos[s]]++;
        if (m.dayWeekend[d] >= 0) weekendOutside.add(m.dayWeekend[d]);
      }
    }
    const outMinutes = input.minutes - inMinutes;

    // Options per window day (+ the day before and after, which are fixed).
    const opts: number[][] = [];
    const offOk: boolean[] = [];
    let unit = 0;
    for (let k = 0; k < K; k++) {
      const d = a + k;
      let fixedHere = -1;
      for (const s of fixedOf) {
        if (m.sDay[s] === d) {
          if (fixedHere >= 0) return null;
          fixedHere = s;
        }
      }
      const list: number[] = [];
      if (fixedHere >= 0) list.push(fixedHere);
      else {
        for (const s of m.volDayShifts[v][d]) {
          const mine = days[d].length && days[d][0] === s ? 1 : 0;
          if (m.sMax[s] >= 0 && count[s] - mine >= m.sMax[s]) continue;
          const cap = caps[m.sPos[s]];
          if (cap >= 0 && cap - posOutside[m.sPos[s]] < 1) continue;
          list.push(s);
        }
      }
      for (const s of list) unit = gcd(unit, Math.max(1, Math.round(m.sDur[s])));
      opts.push(list);
      offOk.push(fixedHere < 0);
    }
    if (unit === 0) unit = 1;

    // Day costs: marginal cover cost given the others, unmet requests, optional noise.
    const costOf = new Map<number, number>();
    const offCost = new Float64Array(K);
    for (let k = 0; k < K; k++) {
      const d = a + k;
      const cur = days[d].length ? days[d][0] : -1;
      for (const s of opts[k]) {
        const n = count[s] - (s === cur ? 1 : 0);
        let c = input.coverDelta(s, n) + (input.noise ? input.noise() : 0);
        for (const r of reqs) {
          if (r.day !== d) continue;
          const match = r.pos === -1 || r.pos === m.sPos[s];
          if (match !== r.want) c += r.weight;
        }
        costOf.set(s, c);
      }
      // Off: a "want" request is unmet; an "off" request is met.
      for (const r of reqs) if (r.day === d && r.want) offCost[k] += r.weight;
    }

    // Position caps that can bind inside the window.
    const tracked: number[] = [];
    const trackedBudget: number[] = [];
    const restricted: number[] = [];
    {
      const daysWith = new Map<number, number>();
      for (let k = 0; k < K; k++) {
        const seen = new Set<number>();
        for (const s of opts[k]) seen.add(m.sPos[s]);
        for (const p of seen) daysWith.set(p, (daysWith.get(p) ?? 0) + 1);
      }
      const binding: [number, number][] = [];
      for (const [p, n] of daysWith) {
        const cap = caps[p];
        if (cap < 0) continue;
        const budget = cap - posOutside[p];
        if (n > budget) binding.push([p, budget]);
      }
      binding.sort((x, y) => x[1] - y[1] || x[0] - y[0]);
      let product = 1;
      for (const [p, budget] of binding) {
        if (product * (budget + 1) <= MAX_TRACKED_CAP_PRODUCT) {
          tracked.push(p);
          trackedBudget.push(budget);
          product *= budget + 1;
        } else restricted.push(p);
      }
      // A binding cap not tracked exactly: the position is only offered on its `budget` cheapest days.
      this.lastRestricted = restricted.length > 0;
      for (const p of restricted) {
        const budget = caps[p] - posOutside[p];
        const best: [number, number][] = [];
        for (let k = 0; k < K; k++) {
          let c = Infinity;
          for (const s of opts[k]) if (m.sPos[s] === p) c = Math.min(c, costOf.get(s) ?? 0);
          if (c < Infinity) best.push([c, k]);
        }
        best.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        const allowed = new Set(best.slice(0, Math.max(0, budget)).map(([, k]) => k));
        for (let k = 0; k < K; k++) {
          if (!allowed.has(k)) opts[k] = opts[k].filter((s) => m.sPos[s] !== p || m.isFixed.has(s * m.V + v));
        }
      }
    }
    const capStride: number[] = [];
    let Cdim = 1;
    for (const budget of trackedBudget) {
      capStride.push(Cdim);
      Cdim *= budget + 1;
    }
    const trackedIndex = new Int32Array(m.positions.length).fill(-1);
    tracked.forEach((p, i) => (trackedIndex[p] = i));

    // Minutes.
    let reach = 0;
    for (let k = 0; k < K; k++) {
      let mx = 0;
      for (const s of opts[k]) mx = Math.max(mx, Math.round(m.sDur[s]) / unit);
      reach += mx;
    }
    const maxM = m.maxMinutes[v];
    const minM = m.minMinutes[v];
    const hiU = Number.isFinite(maxM) ? Math.floor((maxM - outMinutes) / unit + 1e-9) : Infinity;
    const loU = minM > 0 ? Math.ceil((minM - outMinutes) / unit - 1e-9) : -Infinity;
    let Mdim: number;
    let saturate = false;
    if (Number.isFinite(hiU)) Mdim = Math.max(0, Math.min(hiU, reach)) + 1;
    else if (loU > 0) {
      Mdim = Math.min(loU, reach) + 1;
      saturate = true;
    } else {
      Mdim = 1;
      saturate = true;
    }
    const mCap = Mdim - 1;

    // Weekends newly worked inside the window.
    const wkInc = new Int8Array(K); // 0 none, 1 always counts, 2 counts unless the day before (in window) was worked
    const newWeekends = new Set<number>();
    for (let k = 0; k < K; k++) {
      const d = a + k;
      const w = m.dayWeekend[d];
      if (w < 0 || weekendOutside.has(w)) continue;
      newWeekends.add(w);
      wkInc[k] = k > 0 && m.dayWeekend[d - 1] === w ? 2 : 1;
    }
    const maxW = m.maxWeekends[v];
    const wBudget = Number.isFinite(maxW) ? maxW - weekendOutside.size : Infinity;
    let Wdim = 1;
    let wTracked = false;
    if (wBudget < newWeekends.size) {
      if (wBudget < 0) {
        // Already over the cap outside the window: at least do not add weekends.
        for (let k = 0; k < K; k++) if (wkInc[k]) opts[k] = [];
      } else {
        Wdim = wBudget + 1;
        wTracked = true;
      }
    }

    // Runs: state r < Loff = off for r+1 days (saturating; "exempt" counts as long enough);
    // else work: Loff + (endClass * Lw + (len-1)) * 2 + exempt.
    const Loff = Math.max(1, minOff);
    const Lw = Number.isFinite(maxCons) ? Math.max(1, maxCons) : Math.max(1, minCons);
    const lwFinite = Number.isFinite(maxCons);
    // End classes per day: options with the same end instant behave the same for the next day.
    const classOf: Int32Array[] = [];
    const classEnd: number[][] = [];
    let Omax = 1;
    const dayClasses = (list: number[]) => {
      const ends: number[] = [];
      const cls = new Int32Array(list.length);
      list.forEach((s, i) => {
        let c = ends.indexOf(m.sEnd[s]);
        if (c < 0) {
          c = ends.length;
          ends.push(m.sEnd[s]);
        }
        cls[i] = c;
      });
      return { ends, cls };
    };
    for (let k = 0; k < K; k++) {
      const { ends, cls } = dayClasses(opts[k]);
      classOf.push(cls);
      classEnd.push(ends);
      Omax = Math.max(Omax, ends.length);
    }
    const R = Loff + Omax * Lw * 2;
    const N = R * Mdim * Wdim * Cdim;
    if (N > MAX_STATES) {
      this.lastTooBig = true;
      return null;
    }
    this.ensure(N, K);

    // Entry state from the day before the window.
    let entryR: number;
    let entryEnd = -Infinity;
    if (a === 0) entryR = Loff - 1;
    else {
      const worked = days[a - 1].length > 0;
      let len = 0;
      let d = a - 1;
      while (d >= 0 && days[d].length > 0 === worked) {
        len++;
        d--;
      }
      const exempt = d < 0;
      if (!worked) entryR = exempt ? Loff - 1 : Math.min(len, Loff) - 1;
      else {
        entryEnd = m.sEnd[days[a - 1][0]];
        const L = Math.min(len, Lw);
        const e = exempt && L < minCons ? 1 : 0;
        entryR = Loff + (0 * Lw + (L - 1)) * 2 + e;
      }
    }
    // Exit: the run that starts the day after the window.
    let exitWorked = false;
    let exitLen = 0;
    let exitExempt = true;
    let exitStart = Infinity;
    if (b < H - 1) {
      exitWorked = days[b + 1].length > 0;
      let d = b + 1;
      while (d < H && days[d].length > 0 === exitWorked) {
        exitLen++;
        d++;
      }
      exitExempt = d >= H;
      if (exitWorked) exitStart = m.sStart[days[b + 1][0]];
    }

    const optCost: Float64Array[] = [];
    for (let k = 0; k < K; k++) optCost.push(Float64Array.from(opts[k], (x) => costOf.get(x) ?? 0));

    // The programme.
    const strideW = Cdim;
    const strideM = Wdim * Cdim;
    const strideR = Mdim * Wdim * Cdim;
    let cur = this.curCost;
    let nxt = this.nextCost;
    let curList = this.curList;
    let nxtList = this.nextList;
    const back = this.back;
    const choice = this.choice;
    let nCur = 0;
    const entryIdx = entryR * strideR;
    cur[entryIdx] = 0;
    curList[nCur++] = entryIdx;
    let prevEnds: number[] = entryEnd > -Infinity ? [entryEnd] : [];
    const graph: DpGraph | undefined = input.graph ? { opts, layers: [], terminal: new Map() } : undefined;
    let graphEdges = 0;

    for (let k = 0; k < K; k++) {
      let nNext = 0;
      const list = opts[k];
      const cls = classOf[k];
      const oc = optCost[k];
      const base = k * N;
      const startOfHorizon = a + k === 0;
      const inc = wkInc[k];
      const durU = list.map((s) => Math.round(m.sDur[s]) / unit);
      const starts = list.map((s) => m.sStart[s]);
      const posT = list.map((s) => trackedIndex[m.sPos[s]]);
      this.lastWork += nCur * (list.length + 1);
      let layer: DpGraph['layers'][number] | undefined;
      if (graph) {
        graphEdges += nCur * (list.length + 1);
        if (graphEdges > MAX_GRAPH_EDGES) {
          this.lastTooBig = true;
          return null;
        }
        layer = { from: [], to: [], ch: [], cost: [] };
        graph.layers.push(layer);
      }
      const relax = (idx: number, cost: number, from: number, ch: number, edge: number) => {
        if (layer) {
          layer.from.push(from);
          layer.to.push(idx);
          layer.ch.push(ch);
          layer.cost.push(edge);
        }
        const old = nxt[idx];
        if (cost < old) {
          if (old === Infinity) nxtList[nNext++] = idx;
          nxt[idx] = cost;
          back[base + idx] = from;
          choice[base + idx] = ch;
        }
      };
      for (let li = 0; li < nCur; li++) {
        const idx = curList[li];
        const cost = cur[idx];
        cur[idx] = Infinity;
        const r = (idx / strideR) | 0;
        const rem = idx - r * strideR;
        const mm = (rem / strideM) | 0;
        const rem2 = rem - mm * strideM;
        const w = (rem2 / strideW) | 0;
        const c = rem2 - w * strideW;
        const isOff = r < Loff;
        let prevLen = 0;
        let prevExempt = 0;
        let prevEnd = -Infinity;
        if (!isOff) {
          const x = r - Loff;
          prevExempt = x & 1;
          const y = x >> 1;
          const o = (y / Lw) | 0;
          prevLen = y - o * Lw + 1;
          prevEnd = prevEnds[o];
        }
        // Off today.
        if (offOk[k]) {
          let nr = -1;
          if (isOff) nr = startOfHorizon ? Loff - 1 : Math.min(r + 1, Loff - 1);
          else if (prevLen >= minCons || prevExempt) nr = 0;
          if (startOfHorizon) nr = Loff - 1;
          if (nr >= 0) relax(nr * strideR + mm * strideM + w * strideW + c, cost + offCost[k], idx, -1, offCost[k]);
        }
        // Work one of today's options.
        if (!list.length) continue;
        let newLen: number;
        let e: number;
        if (isOff) {
          if (!startOfHorizon && r !== Loff - 1) continue; // days-off run too short
          newLen = 1;
          e = startOfHorizon ? 1 : 0;
        } else {
          if (lwFinite && prevLen >= Lw) continue;
          newLen = Math.min(prevLen + 1, Lw);
          e = prevExempt;
        }
        if (newLen >= minCons) e = 0;
        const wAdd = inc === 1 ? 1 : inc === 2 ? (isOff ? 1 : 0) : 0;
        const nw = wTracked ? w + wAdd : 0;
        if (nw >= Wdim) continue;
        for (let j = 0; j < list.length; j++) {
          if (!isOff && starts[j] - prevEnd < restMs) continue;
          if (!isOff && starts[j] < prevEnd) continue;
          let nm = mm + durU[j];
          if (nm > mCap) {
            if (!saturate) continue;
            nm = mCap;
          }
          let nc = c;
          const t = posT[j];
          if (t >= 0) {
            const cnt = Math.floor(c / capStride[t]) % (trackedBudget[t] + 1);
            if (cnt + 1 > trackedBudget[t]) continue;
            nc = c + capStride[t];
          }
          const nr = Loff + ((cls[j] * Lw + (newLen - 1)) << 1) + e;
          relax(nr * strideR + nm * strideM + nw * strideW + nc, cost + oc[j], idx, j, oc[j]);
        }
      }
      // Swap layers.
      const tc = cur;
      cur = nxt;
      nxt = tc;
      const tl = curList;
      curList = nxtList;
      nxtList = tl;
      nCur = nNext;
      prevEnds = classEnd[k];
      if (!nCur) break;
    }
    this.curCost = cur;
    this.nextCost = nxt;
    this.curList = curList;
    this.nextList = nxtList;

    // Terminal: join the run after the window; minutes short of the minimum are penalised.
    let best = -1;
    let bestCost = Infinity;
    let bestShort = 0;
    for (let li = 0; li < nCur; li++) {
      const idx = curList[li];
      const cost = cur[idx];
      cur[idx] = Infinity;
      const r = (idx / strideR) | 0;
      const mm = ((idx - r * strideR) / strideM) | 0;
      const isOff = r < Loff;
      if (b < H - 1) {
        if (isOff) {
          const len = r + 1;
          if (exitWorked) {
            // The days off end here; the working run after the window now stands alone.
            if (len < Loff) continue;
            if (exitLen < minCons && !exitExempt) continue;
          } else if (len < Loff && len + exitLen < minOff && !exitExempt) continue;
        } else {
          const x = r - Loff;
          const e = x & 1;
          const y = x >> 1;
          const o = (y / Lw) | 0;
          const len = y - o * Lw + 1;
          if (exitWorked) {
            if (lwFinite && len + exitLen > maxCons) continue;
            if (len + exitLen < minCons && !e && !exitExempt) continue;
            const end = classEnd[K - 1][o];
            if (exitStart - end < restMs || exitStart < end) continue;
          } else {
            if (len < minCons && !e) continue;
            if (exitLen < minOff && !exitExempt) continue;
          }
        }
      }
      const shortU = loU > mm ? loU - mm : 0;
      const total = cost + shortU * SHORT_PENALTY;
      graph?.terminal.set(idx, shortU * SHORT_PENALTY);
      if (total < bestCost) {
        bestCost = total;
        best = idx;
        bestShort = shortU;
      }
    }
    if (best < 0) return null;
    const out = new Int32Array(K);
    let idx = best;
    for (let k = K - 1; k >= 0; k--) {
      const ch = this.choice[k * N + idx];
      out[k] = ch < 0 ? -1 : opts[k][ch];
      idx = this.back[k * N + idx];
    }
    return { pick: out, cost: bestCost - bestShort * SHORT_PENALTY, shortUnits: bestShort, graph };
  }
}
