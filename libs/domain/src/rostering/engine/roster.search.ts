import {
  FIRST_MIN_KIND,
  HARD_KINDS,
  Hard,
  evaluateVolunteer,
  newVolunteerEval,
  weekendExcess,
  type RosterModel,
  type RosterRequestCompiled,
  type VolunteerEval,
} from './roster.model';

export type Change = [v: number, d: number, list: number[]];

export const EPS = 1e-7;

/*
 * State: for every volunteer and day, the list of shifts worked (lists are never mutated in place,
 * so two volunteers may share a list object after a swap). Rule penalties are recomputed only for
 * the one or two volunteers a move touches (O(days)); cover costs only for the shifts it touches.
 */
export class RosterSearch {
  readonly days: number[][][];
  readonly count: Int32Array;
  readonly members: number[][];
  readonly vSoft: Float64Array;
  readonly vHard: Float64Array;
  readonly vHardMax: Float64Array;
  readonly vMinutes: Float64Array;
  /** Per volunteer: worked weekends, fully worked weekends, shifts per position (V × P). */
  private readonly vWeekends: Int32Array;
  private readonly vFullWeekends: Int32Array;
  private readonly vPos: Int32Array;
  private readonly P: number;
  /** Days on either side of a shift within which its rest and overlap with other shifts can matter. */
  private readonly restReach: number;
  private readonly reqByDay: Map<number, RosterRequestCompiled[]>[];
  cover = 0;
  soft = 0;
  hard = 0;
  fair = 0;
  private readonly ev: VolunteerEval = newVolunteerEval();
  private readonly posCount: Int32Array;
  private readonly stamp: Int32Array;
  private stampNo = 0;
  private readonly fairHist = new Map<number, number>();
  private readonly fairEligible: Uint8Array;
  // Proposal scratch.
  private saved: Change[] = [];
  private pShifts: number[] = [];
  private pOld: number[] = [];
  private pVols: number[] = [];
  private pSoft: number[] = [];
  private pHard: number[] = [];
  private pHardMax: number[] = [];
  private pMinutes: number[] = [];
  pCostDelta = 0;
  pHardDelta = 0;
  /** Σ kindW[k] × change of rule kind k: the penalty the search actually sees. */
  pWeightedDelta = 0;
  readonly kindW: Float64Array;
  readonly kindTotal: Float64Array;
  private readonly vKinds: Float64Array;
  private readonly pKinds = new Float64Array(8 * HARD_KINDS);
  pHardMaxDelta = 0;
  private pFair = 0;
  private pWeekends: number[] = [];
  private pFullWeekends: number[] = [];
  /** Results of addDelta (same meaning as the p… fields of propose). */
  aCostDelta = 0;
  aWeightedDelta = 0;
  aHardMaxDelta = 0;
  aHardDelta = 0;
  readonly aKinds = new Float64Array(HARD_KINDS);

  constructor(
    readonly m: RosterModel,
    readonly W: number,
  ) {
    const empty: number[] = [];
    this.days = Array.from({ length: m.V }, () => Array.from({ length: m.H }, () => empty));
    this.count = new Int32Array(m.S);
    this.members = Array.from({ length: m.S }, () => []);
    this.vSoft = new Float64Array(m.V);
    this.vHard = new Float64Array(m.V);
    this.vHardMax = new Float64Array(m.V);
    this.vMinutes = new Float64Array(m.V);
    this.vWeekends = new Int32Array(m.V);
    this.vFullWeekends = new Int32Array(m.V);
    this.P = Math.max(1, m.positions.length);
    this.vPos = new Int32Array(m.V * this.P);
    let maxDur = 0;
    for (let x = 0; x < m.S; x++) maxDur = Math.max(maxDur, m.sEnd[x] - m.sStart[x]);
    let maxRest = 0;
    for (let v = 0; v < m.V; v++) maxRest = Math.max(maxRest, m.minRest[v] * 60_000);
    // A shift starts within 25 h of its day's midnight (a DST day) and days are at least 23 h long, so
    // a shift on day x can only come within its rest of shifts starting up to this many days later.
    const H23 = 23 * 3_600_000;
    this.restReach = Math.ceil((25 * 3_600_000 + maxDur + maxRest) / H23) + 1;
    this.reqByDay = m.requests.map((rs) => {
      const map = new Map<number, RosterRequestCompiled[]>();
      for (const r of rs) {
        const l = map.get(r.day);
        if (l) l.push(r);
        else map.set(r.day, [r]);
      }
      return map;
    });
    this.posCount = new Int32Array(Math.max(1, m.positions.length));
    this.kindW = new Float64Array(HARD_KINDS).fill(W);
    this.kindTotal = new Float64Array(HARD_KINDS);
    this.vKinds = new Float64Array(m.V * HARD_KINDS);
    this.stamp = new Int32Array(m.S);
    this.fairEligible = new Uint8Array(m.V);
    for (let v = 0; v < m.V; v++) this.fairEligible[v] = m.volShifts[v].length > 0 ? 1 : 0;
    this.recomputeAll();
  }

  coverCost(s: number, n: number): number {
    const d = this.m.sDemand[s];
    return n < d ? (d - n) * this.m.sUnder[s] : (n - d) * this.m.sOver[s];
  }

  get cost(): number {
    return this.cover + this.soft + this.fair;
  }

  get feasible(): boolean {
    return this.hard < EPS;
  }

  private spread(): number {
    if (this.m.fairness <= 0 || this.fairHist.size === 0) return 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (const k of this.fairHist.keys()) {
      if (k < lo) lo = k;
      if (k > hi) hi = k;
    }
    return this.m.fairness * (hi - lo);
  }

  private histMove(from: number, to: number): void {
    const h = this.fairHist;
    const c = h.get(from) ?? 0;
    if (c <= 1) h.delete(from);
    else h.set(from, c - 1);
    h.set(to, (h.get(to) ?? 0) + 1);
  }

  recomputeAll(): void {
    const m = this.m;
    this.cover = 0;
    for (let s = 0; s < m.S; s++) this.cover += this.coverCost(s, this.count[s]);
    this.soft = 0;
    this.hard = 0;
    this.fairHist.clear();
    this.kindTotal.fill(0);
    for (let v = 0; v < m.V; v++) {
      evaluateVolunteer(m, v, this.days[v], this.ev, this.posCount);
      for (let k = 0; k < HARD_KINDS; k++) {
        this.vKinds[v * HARD_KINDS + k] = this.ev.kinds[k];
        this.kindTotal[k] += this.ev.kinds[k];
      }
      this.vSoft[v] = this.ev.soft;
      this.vHard[v] = this.ev.hard;
      this.vHardMax[v] = this.ev.hardMax;
      this.vMinutes[v] = this.ev.minutes;
      this.vWeekends[v] = this.ev.weekends;
      this.vFullWeekends[v] = this.ev.fullWeekends;
      const base = v * this.P;
      for (let p = 0; p < this.P; p++) this.vPos[base + p] = 0;
      for (const list of this.days[v]) for (const x of list) this.vPos[base + m.sPos[x]]++;
      this.soft += this.ev.soft;
      this.hard += this.ev.hard;
      if (this.fairEligible[v]) this.fairHist.set(this.ev.minutes, (this.fairHist.get(this.ev.minutes) ?? 0) + 1);
    }
    this.fair = this.spread();
  }

  /** Applies the changes tentatively and computes their deltas; false (and nothing changed) if a shift cap would break. */
  propose(changes: Change[], force = false): boolean {
    const m = this.m;
    const stamp = ++this.stampNo;
    this.saved.length = 0;
    this.pShifts.length = 0;
    this.pOld.length = 0;
    for (const [v, d, list] of changes) {
      const old = this.days[v][d];
      this.saved.push([v, d, old]);
      for (const s of old) {
        if (this.stamp[s] !== stamp) {
          this.stamp[s] = stamp;
          this.pShifts.push(s);
          this.pOld.push(this.count[s]);
        }
        this.count[s]--;
      }
      for (const s of list) {
        if (this.stamp[s] !== stamp) {
          this.stamp[s] = stamp;
          this.pShifts.push(s);
          this.pOld.push(this.count[s]);
        }
        this.count[s]++;
      }
      this.days[v][d] = list;
    }
    let cover = 0;
    for (let i = 0; i < this.pShifts.length; i++) {
      const s = this.pShifts[i];
      const n = this.count[s];
      if (!force && m.sMax[s] >= 0 && n > m.sMax[s] && n > this.pOld[i]) {
        this.revert();
        return false;
      }
      cover += this.coverCost(s, n) - this.coverCost(s, this.pOld[i]);
    }
    this.pVols.length = 0;
    this.pSoft.length = 0;
    this.pHard.length = 0;
    this.pHardMax.length = 0;
    this.pMinutes.length = 0;
    this.pWeekends.length = 0;
    this.pFullWeekends.length = 0;
    let soft = 0;
    let hard = 0;
    let hardMax = 0;
    let weighted = 0;
    const fairOn = m.fairness > 0;
    for (const [v] of changes) {
      if (this.pVols.includes(v)) continue;
      evaluateVolunteer(m, v, this.days[v], this.ev, this.posCount);
      const base = this.pVols.length * HARD_KINDS;
      for (let k = 0; k < HARD_KINDS; k++) {
        const x = this.ev.kinds[k];
        this.pKinds[base + k] = x;
        weighted += this.kindW[k] * (x - this.vKinds[v * HARD_KINDS + k]);
      }
      this.pVols.push(v);
      this.pSoft.push(this.ev.soft);
      this.pHard.push(this.ev.hard);
      this.pHardMax.push(this.ev.hardMax);
      this.pMinutes.push(this.ev.minutes);
      this.pWeekends.push(this.ev.weekends);
      this.pFullWeekends.push(this.ev.fullWeekends);
      soft += this.ev.soft - this.vSoft[v];
      hard += this.ev.hard - this.vHard[v];
      hardMax += this.ev.hardMax - this.vHardMax[v];
    }
    let fair = 0;
    if (fairOn) {
      for (let i = 0; i < this.pVols.length; i++) {
        const v = this.pVols[i];
        if (this.fairEligible[v]) this.histMove(this.vMinutes[v], this.pMinutes[i]);
      }
      this.pFair = this.spread();
      fair = this.pFair - this.fair;
      for (let i = this.pVols.length - 1; i >= 0; i--) {
        const v = this.pVols[i];
        if (this.fairEligible[v]) this.histMove(this.pMinutes[i], this.vMinutes[v]);
      }
    }
    this.pCostDelta = cover + soft + fair;
    this.pHardDelta = hard;
    this.pWeightedDelta = weighted;
    this.pHardMaxDelta = hardMax;
    return true;
  }

  revert(): void {
    for (let i = this.saved.length - 1; i >= 0; i--) {
      const [v, d, old] = this.saved[i];
      this.days[v][d] = old;
    }
    for (let i = 0; i < this.pShifts.length; i++) this.count[this.pShifts[i]] = this.pOld[i];
    this.saved.length = 0;
  }

  commit(): void {
    const m = this.m;
    for (let i = 0; i < this.saved.length; i++) {
      const [v, d, old] = this.saved[i];
      const now = this.days[v][d];
      for (const s of old) {
        if (!now.includes(s)) {
          const mem = this.members[s];
          const at = mem.indexOf(v);
          mem[at] = mem[mem.length - 1];
          mem.pop();
        }
      }
      for (const s of now) if (!old.includes(s)) this.members[s].push(v);
      const base = v * this.P;
      for (const s of old) this.vPos[base + m.sPos[s]]--;
      for (const s of now) this.vPos[base + m.sPos[s]]++;
    }
    let cover = 0;
    for (let i = 0; i < this.pShifts.length; i++) {
      const s = this.pShifts[i];
      cover += this.coverCost(s, this.count[s]) - this.coverCost(s, this.pOld[i]);
    }
    this.cover += cover;
    for (let i = 0; i < this.pVols.length; i++) {
      const v = this.pVols[i];
      this.soft += this.pSoft[i] - this.vSoft[v];
      this.hard += this.pHard[i] - this.vHard[v];
      if (m.fairness > 0 && this.fairEligible[v]) this.histMove(this.vMinutes[v], this.pMinutes[i]);
      for (let k = 0; k < HARD_KINDS; k++) {
        const x = this.pKinds[i * HARD_KINDS + k];
        this.kindTotal[k] += x - this.vKinds[v * HARD_KINDS + k];
        this.vKinds[v * HARD_KINDS + k] = x;
      }
      this.vSoft[v] = this.pSoft[i];
      this.vHard[v] = this.pHard[i];
      this.vHardMax[v] = this.pHardMax[i];
      this.vMinutes[v] = this.pMinutes[i];
      this.vWeekends[v] = this.pWeekends[i];
      this.vFullWeekends[v] = this.pFullWeekends[i];
    }
    if (m.fairness > 0) this.fair = this.pFair;
    if (Math.abs(this.hard) < EPS) this.hard = 0;
    this.saved.length = 0;
  }

  /**
   * The deltas of adding shift s to volunteer v, whose day of s is empty, without applying it: the
   * same numbers as propose([[v, day, [s]]]) but in O(length of the runs around that day + a few days)
   * instead of O(horizon), which is what makes the construction of year-long rosters fast. False if
   * the shift's cap would break. Needs fairness off (the spread is global); callers check `fastAdd`.
   */
  addDelta(v: number, s: number): boolean {
    const m = this.m;
    const H = m.H;
    const d = m.sDay[s];
    const days = this.days[v];
    const n0 = this.count[s];
    if (m.sMax[s] >= 0 && n0 + 1 > m.sMax[s]) return false;
    const k = this.aKinds;
    k.fill(0);
    const maxPerDay = m.maxPerDay[v];
    if (1 > maxPerDay) k[Hard.PerDay] += 1 - maxPerDay;

    // Runs: the off run through d splits, the worked runs next to it merge.
    const maxCons = m.maxCons[v];
    const minCons = m.minCons[v];
    const minOff = m.minOff[v];
    let L = 0;
    while (d - 1 - L >= 0 && days[d - 1 - L].length) L++;
    let R = 0;
    while (d + 1 + R < H && days[d + 1 + R].length) R++;
    // Off days next to d, counted up to minOff (a longer run never costs anything).
    let lo = 0;
    let i = d - 1;
    if (L === 0) {
      while (i >= 0 && !days[i].length && lo < minOff) {
        lo++;
        i--;
      }
    }
    const edgeL = L === 0 && i < 0;
    let ro = 0;
    let j = d + 1;
    if (R === 0) {
      while (j < H && !days[j].length && ro < minOff) {
        ro++;
        j++;
      }
    }
    const edgeR = R === 0 && j >= H;
    const offCost = (len: number, edge: boolean) => (!edge && len < minOff ? minOff - len : 0);
    k[Hard.MinDaysOff] +=
      (lo > 0 ? offCost(lo, edgeL) : 0) + (ro > 0 ? offCost(ro, edgeR) : 0) - offCost(lo + 1 + ro, edgeL || edgeR);
    const consMax = (len: number) => (len > maxCons ? len - maxCons : 0);
    const consMin = (len: number, edge: boolean) => (!edge && len < minCons ? minCons - len : 0);
    const merged = L + 1 + R;
    const mergedEdge = d - L === 0 || d + R === H - 1;
    k[Hard.MaxConsecutive] += consMax(merged) - (L > 0 ? consMax(L) : 0) - (R > 0 ? consMax(R) : 0);
    k[Hard.MinConsecutive] +=
      consMin(merged, mergedEdge) - (L > 0 ? consMin(L, d - L === 0) : 0) - (R > 0 ? consMin(R, d + R === H - 1) : 0);

    // Weekends.
    const we = m.dayWeekend[d];
    if (we >= 0) {
      const other =
        (d > 0 && m.dayWeekend[d - 1] === we && days[d - 1].length > 0) ||
        (d + 1 < H && m.dayWeekend[d + 1] === we && days[d + 1].length > 0);
      const w0 = this.vWeekends[v];
      const f0 = this.vFullWeekends[v];
      const cap = m.maxWeekends[v];
      k[Hard.MaxWeekends] +=
        (other ? weekendExcess(w0, f0 + 1, cap) : weekendExcess(w0 + 1, f0, cap)) - weekendExcess(w0, f0, cap);
    }

    // Minutes.
    const m0 = this.vMinutes[v];
    const m1 = m0 + m.sDur[s];
    const unit = m.minuteUnit;
    const over = (x: number) => (x > m.maxMinutes[v] ? (x - m.maxMinutes[v]) / unit : 0);
    const under = (x: number) => (x < m.minMinutes[v] ? (m.minMinutes[v] - x) / unit : 0);
    k[Hard.MaxMinutes] += over(m1) - over(m0);
    k[Hard.MinMinutes] += under(m1) - under(m0);

    // Position cap.
    const p = m.sPos[s];
    const cap = m.posCap[v][p];
    if (cap > 0) {
      const c = this.vPos[v * this.P + p];
      k[Hard.PositionCap] += (c + 1 > cap ? c + 1 - cap : 0) - (c > cap ? c - cap : 0);
    }

    // Rest and overlap: only shifts on days d..d+reach can change their verdict; the days before
    // build up the end of the latest shift they are compared with.
    const reach = this.restReach;
    const a = Math.max(0, d - reach);
    const b = Math.min(H - 1, d + reach);
    const minRest = m.minRest[v] * 60_000;
    for (let pass = 0; pass < 2; pass++) {
      let prevEnd = -Infinity;
      let overlap = 0;
      let rest = 0;
      for (let x = a; x <= b; x++) {
        const raw = x === d && pass === 1 ? null : days[x];
        const list = raw && raw.length > 1 ? this.sortedByStart(raw) : raw;
        const n = list ? list.length : 1;
        for (let t = 0; t < n; t++) {
          const y = list ? list[t] : s;
          const st = m.sStart[y];
          if (x >= d) {
            if (st < prevEnd) overlap++;
            else if (st - prevEnd < minRest) rest++;
          }
          if (m.sEnd[y] > prevEnd) prevEnd = m.sEnd[y];
        }
      }
      const sign = pass === 1 ? 1 : -1;
      k[Hard.Overlap] += sign * overlap;
      k[Hard.Rest] += sign * rest;
    }

    // Requests on that day.
    let soft = 0;
    const reqs = this.reqByDay[v].get(d);
    if (reqs) {
      for (const r of reqs) {
        const works = r.pos === -1 || r.pos === p;
        soft += (works !== r.want ? r.weight : 0) - (r.want ? r.weight : 0);
      }
    }

    let weighted = 0;
    let hard = 0;
    let hardMax = 0;
    for (let q = 0; q < HARD_KINDS; q++) {
      weighted += this.kindW[q] * k[q];
      hard += k[q];
      if (q < FIRST_MIN_KIND) hardMax += k[q];
    }
    this.aCostDelta = this.coverCost(s, n0 + 1) - this.coverCost(s, n0) + soft;
    this.aWeightedDelta = weighted;
    this.aHardDelta = hard;
    this.aHardMaxDelta = hardMax;
    return true;
  }

  /** True when addDelta may be used for v (its day of the shift is empty and fairness is off). */
  canAddFast(v: number, s: number): boolean {
    return this.m.fairness <= 0 && this.days[v][this.m.sDay[s]].length === 0;
  }

  private sortedByStart(list: number[]): number[] {
    return list.slice().sort((x, y) => this.m.sStart[x] - this.m.sStart[y]);
  }

  snapshot(): Int32Array {
    let n = 0;
    for (const mem of this.members) n += mem.length;
    const out = new Int32Array(2 * n);
    let i = 0;
    for (let s = 0; s < this.members.length; s++) {
      for (const v of this.members[s]) {
        out[i++] = s;
        out[i++] = v;
      }
    }
    return out;
  }

  restore(snap: Int32Array): void {
    const m = this.m;
    const empty: number[] = [];
    for (let v = 0; v < m.V; v++) this.days[v].fill(empty);
    this.count.fill(0);
    for (const mem of this.members) mem.length = 0;
    for (let i = 0; i < snap.length; i += 2) {
      const s = snap[i];
      const v = snap[i + 1];
      const d = m.sDay[s];
      this.days[v][d] = [...this.days[v][d], s];
      this.count[s]++;
      this.members[s].push(v);
    }
    this.recomputeAll();
  }
}
