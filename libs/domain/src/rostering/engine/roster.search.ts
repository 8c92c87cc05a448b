import {
  HARD_KINDS,
  evaluateVolunteer,
  newVolunteerEval,
  type RosterModel,
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
    }
    if (m.fairness > 0) this.fair = this.pFair;
    if (Math.abs(this.hard) < EPS) this.hard = 0;
    this.saved.length = 0;
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

