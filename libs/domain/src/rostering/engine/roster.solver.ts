import { checkRoster } from './roster.checker';
import { explainUnfilled } from './roster-explain';
import {
  compileRosterProblem,
  HARD_KINDS,
  evaluateVolunteer,
  isEligible,
  newVolunteerEval,
  type RosterModel,
  type VolunteerEval,
} from './roster.model';
import { RosterRandom } from './roster-random';
import type { RosterAssignment, RosterProblem, RosterSolution, RosterUnfilled } from './roster.types';

export interface RosterSolveOptions {
  /** Overrides problem.options.timeLimitSeconds. Needs `now`; without a clock only maxIterations stops the search. */
  timeLimitSeconds?: number;
  /** Overrides problem.options.seed (default 1). */
  seed?: number;
  /** A clock in milliseconds (e.g. `() => performance.now()`); the domain never reads the clock itself. */
  now?: () => number;
  /** Stop after this many improvement iterations (default: unlimited with a clock, 300 000 without). */
  maxIterations?: number;
  /** Polled every few hundred iterations; return true to cancel (the best roster so far is returned). */
  shouldStop?: () => boolean;
  /** Called about every 100 ms of search (needs `now`) with the fraction of the time limit used. */
  onProgress?: (progress: {
    fraction: number;
    bestTotal: number | null;
    feasible: boolean;
    current: { cost: number; hardPenalty: number; hardWeight: number; temperature: number };
  }) => void;
  /** Penalty per unit of a broken hard rule during search (default: the largest weight in the problem). */
  hardWeight?: number;
}

type Change = [v: number, d: number, list: number[]];

const EPS = 1e-7;

/*
 * State: for every volunteer and day, the list of shifts worked (lists are never mutated in place,
 * so two volunteers may share a list object after a swap). Rule penalties are recomputed only for
 * the one or two volunteers a move touches (O(days)); cover costs only for the shifts it touches.
 */
class RosterSearch {
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
  propose(changes: Change[]): boolean {
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
      if (m.sMax[s] >= 0 && n > m.sMax[s] && n > this.pOld[i]) {
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

function defaultScales(m: RosterModel): { maxWeight: number; small: number } {
  let maxWeight = 0;
  let sum = 0;
  let n = 0;
  for (let s = 0; s < m.S; s++) {
    maxWeight = Math.max(maxWeight, m.sUnder[s], m.sOver[s]);
    if (m.sOver[s] > 0) {
      sum += m.sOver[s];
      n++;
    }
  }
  for (const rs of m.requests) {
    for (const r of rs) {
      maxWeight = Math.max(maxWeight, r.weight);
      if (r.weight > 0) {
        sum += r.weight;
        n++;
      }
    }
  }
  if (m.fairness > 0) maxWeight = Math.max(maxWeight, m.fairness * 60);
  let minUnder = Infinity;
  for (let s = 0; s < m.S; s++) if (m.sUnder[s] > 0) minUnder = Math.min(minUnder, m.sUnder[s]);
  const small = n > 0 ? sum / n : Number.isFinite(minUnder) ? minUnder / 10 : 1;
  return { maxWeight: Math.max(maxWeight, 1), small: Math.max(small, 1e-3) };
}

/**
 * Fills a roster: greedy construction (scarcest shifts first, best candidate that breaks no maximum
 * rule), then simulated annealing over add/drop/change, transfer and day-block swap moves until the
 * time or iteration limit. The search trajectory depends only on the seed; a time limit only decides
 * where it is cut off (same seed + same maxIterations = same roster).
 */
export function solveRoster(problem: RosterProblem, options: RosterSolveOptions = {}): RosterSolution {
  const now = options.now;
  const t0 = now ? now() : 0;
  const elapsed = () => (now ? now() - t0 : 0);
  const seed = options.seed ?? problem.options?.seed ?? 1;
  const timeLimitMs = (options.timeLimitSeconds ?? problem.options?.timeLimitSeconds ?? 10) * 1000;
  const maxIterations = options.maxIterations ?? (now ? Infinity : 300_000);
  const rng = new RosterRandom(seed);
  const m = compileRosterProblem(problem);
  const scales = defaultScales(m);
  const baseW = options.hardWeight ?? scales.maxWeight;
  // The hard-rule penalty oscillates: it grows while the roster is infeasible and relaxes while it
  // is feasible, so the search can cross short infeasible stretches but always returns to feasibility.
  let W = baseW;
  const st = new RosterSearch(m, baseW);
  let timeToFirstFeasibleMs: number | null = null;

  // Fixed assignments first: they stay whatever they cost.
  {
    const changes: Change[] = [];
    for (let v = 0; v < m.V; v++) {
      for (const s of m.fixed[v]) {
        const d = m.sDay[s];
        const prev = changes.find((c) => c[0] === v && c[1] === d);
        if (prev) prev[2] = [...prev[2], s];
        else changes.push([v, d, [...st.days[v][d], s]]);
      }
    }
    if (changes.length) {
      st.restore(Int32Array.from(changes.flatMap(([v, , list]) => list.flatMap((s) => [s, v]))));
    }
  }
  const isFixed = (s: number, v: number) => m.isFixed.has(s * m.V + v);
  const keepFixed = (v: number, list: number[]) => (m.fixed[v].length ? list.filter((s) => isFixed(s, v)) : []);

  // Construction: scarcest shifts first.
  const order = Array.from({ length: m.S }, (_, i) => i).sort(
    (a, b) =>
      m.cand[a].length / Math.max(1, m.sDemand[a]) - m.cand[b].length / Math.max(1, m.sDemand[b]) ||
      m.sStart[a] - m.sStart[b] ||
      a - b,
  );
  const SAMPLE = 64;
  for (const s of order) {
    const c = m.cand[s];
    if (!c.length) continue;
    const d = m.sDay[s];
    while (st.count[s] < m.sDemand[s] && (m.sMax[s] < 0 || st.count[s] < m.sMax[s])) {
      let best = -1;
      let bestScore = Infinity;
      const n = Math.min(SAMPLE, c.length);
      const off = c.length > SAMPLE ? rng.int(c.length) : 0;
      for (let k = 0; k < n; k++) {
        const v = c[(off + k) % c.length];
        const old = st.days[v][d];
        if (old.length >= m.maxPerDay[v] || old.includes(s)) continue;
        if (!st.propose([[v, d, [...old, s]]])) continue;
        const ok = st.pHardMaxDelta <= EPS;
        const score = st.pCostDelta + st.pWeightedDelta;
        const gain = st.pCostDelta + Math.min(0, st.pWeightedDelta);
        st.revert();
        if (ok && gain < 0 && score < bestScore) {
          bestScore = score;
          best = v;
        }
      }
      if (best < 0) break;
      st.propose([[best, d, [...st.days[best][d], s]]]);
      st.commit();
    }
  }
  const constructionMs = elapsed();

  let bestCost = Infinity;
  let bestSnap: Int32Array | null = null;
  let bestPending = false;
  let fallbackSnap: Int32Array | null = null; // least-bad infeasible roster, in case nothing feasible is found
  let fallbackHard = st.feasible ? 0 : st.hard;
  if (st.feasible) {
    bestCost = st.cost;
    bestPending = true;
    timeToFirstFeasibleMs = elapsed();
  }

  // Improvement: simulated annealing in cycles that restart from the best roster.
  const active: number[] = [];
  for (let v = 0; v < m.V; v++) if (m.volShifts[v].length) active.push(v);
  const shiftsWithCand: number[] = [];
  for (let s = 0; s < m.S; s++) if (m.cand[s].length) shiftsWithCand.push(s);
  const T0 = scales.small * 2;
  const T1 = scales.small * 0.02;
  let cycleLen = 100_000;
  let cycleIter = 0;
  let T = T0;
  let iterations = 0;
  let lastProgress = 0;
  const maxBlock = Math.min(m.H, 7);
  const multi = Array.prototype.some.call(m.maxPerDay, (x: number) => x > 1);

  const pickMove = (): Change[] | null => {
    if (!shiftsWithCand.length) return null;
    const r = rng.next();
    if (r < 0.35) {
      // Add / drop / change one volunteer's day.
      const s = shiftsWithCand[rng.int(shiftsWithCand.length)];
      const c = m.cand[s];
      const v = c[rng.int(c.length)];
      const d = m.sDay[s];
      const old = st.days[v][d];
      if (old.includes(s)) return isFixed(s, v) ? null : [[v, d, old.filter((x) => x !== s)]];
      const keep = multi && rng.next() < 0.5 ? old : keepFixed(v, old);
      return [[v, d, [...keep, s]]];
    }
    if (r < 0.55) {
      // Move one working day of a volunteer to a nearby free day (keeps their hours and runs' shape).
      const v = active[rng.int(active.length)];
      const d1 = rng.int(m.H);
      const a = st.days[v][d1];
      if (!a.length || a.some((x) => isFixed(x, v))) return null;
      const d2 = d1 + (rng.next() < 0.5 ? -1 : 1) * (1 + rng.int(3));
      if (d2 < 0 || d2 >= m.H || st.days[v][d2].length) return null;
      const options = m.volDayShifts[v][d2];
      if (!options.length) return null;
      let pick = options[rng.int(options.length)];
      for (const x of options) if (m.sPos[x] === m.sPos[a[0]]) pick = rng.next() < 0.7 ? x : pick;
      return [
        [v, d1, []],
        [v, d2, [pick]],
      ];
    }
    if (r < 0.75) {
      // Transfer a shift from one volunteer to another.
      const s = shiftsWithCand[rng.int(shiftsWithCand.length)];
      const mem = st.members[s];
      if (!mem.length) return null;
      const v1 = mem[rng.int(mem.length)];
      if (isFixed(s, v1)) return null;
      const c = m.cand[s];
      const v2 = c[rng.int(c.length)];
      if (v2 === v1) return null;
      const d = m.sDay[s];
      const o2 = st.days[v2][d];
      if (o2.includes(s)) return null;
      const keep = multi && rng.next() < 0.5 ? o2 : keepFixed(v2, o2);
      return [
        [v1, d, st.days[v1][d].filter((x) => x !== s)],
        [v2, d, [...keep, s]],
      ];
    }
    // Swap a block of days between two volunteers who share a skill (cover stays the same).
    const v1 = active[rng.int(active.length)];
    const mine = m.volShifts[v1];
    const s = mine[rng.int(mine.length)];
    const c = m.cand[s];
    const v2 = c[rng.int(c.length)];
    if (v2 === v1) return null;
    const L = 1 + rng.int(maxBlock);
    const d0 = Math.max(0, Math.min(m.H - L, m.sDay[s] - rng.int(L)));
    const changes: Change[] = [];
    for (let d = d0; d < d0 + L; d++) {
      const a = st.days[v1][d];
      const b = st.days[v2][d];
      if (a === b || (!a.length && !b.length)) continue;
      for (const x of b) if (!a.includes(x) && (isFixed(x, v2) || !isEligible(m, v1, x))) return null;
      for (const x of a) if (!b.includes(x) && (isFixed(x, v1) || !isEligible(m, v2, x))) return null;
      changes.push([v1, d, b], [v2, d, a]);
    }
    return changes.length ? changes : null;
  };

  let stopped = false;
  while (!stopped && iterations < maxIterations) {
    iterations++;
    if ((iterations & 255) === 0) {
      const t = elapsed();
      if (now && t >= timeLimitMs) break;
      if (options.shouldStop?.()) break;
      if (bestCost <= EPS) break; // nothing left to improve
      T = T0 * Math.pow(T1 / T0, Math.min(1, cycleIter / cycleLen));
      // Each kind of rule has its own penalty weight: it grows while that kind is broken and relaxes
      // while it is not, so the search trades one kind against another instead of freezing.
      for (let k = 0; k < HARD_KINDS; k++) {
        st.kindW[k] =
          st.kindTotal[k] > EPS ? Math.min(baseW * 50, st.kindW[k] * 1.05) : Math.max(baseW * 0.5, st.kindW[k] / 1.02);
      }
      W = st.kindW.reduce((a, b) => Math.max(a, b), 0);
      if (options.onProgress && now && t - lastProgress >= 100) {
        lastProgress = t;
        options.onProgress({
          fraction: Math.min(1, t / timeLimitMs),
          bestTotal: Number.isFinite(bestCost) ? bestCost : null,
          feasible: Number.isFinite(bestCost),
          current: { cost: st.cost, hardPenalty: st.hard, hardWeight: W, temperature: T },
        });
      }
    }
    if (++cycleIter >= cycleLen) {
      cycleIter = 0;
      cycleLen = Math.floor(cycleLen * 1.3);
      T = T0;
      if (bestPending) {
        bestSnap = st.snapshot();
        bestPending = false;
      }
      if (!bestSnap && !st.feasible) st.kindW.fill(baseW); // stuck short of feasibility: loosen up and explore again
      if (bestSnap && !st.feasible) st.restore(bestSnap);
      else if (bestSnap && st.cost > bestCost + EPS) st.restore(bestSnap);
    }
    const changes = pickMove();
    if (!changes || !st.propose(changes)) continue;
    const delta = st.pCostDelta + st.pWeightedDelta;
    if (delta > 0 && rng.next() >= Math.exp(-delta / T)) {
      st.revert();
      continue;
    }
    const newHard = st.hard + st.pHardDelta;
    const newCost = st.cost + st.pCostDelta;
    const newBest = newHard < EPS && newCost < bestCost - EPS;
    if (bestPending && !newBest) {
      bestSnap = st.snapshot();
      bestPending = false;
    }
    if (!Number.isFinite(bestCost) && newHard >= EPS && newHard < fallbackHard - EPS) {
      // Until a feasible roster exists, keep the one closest to feasibility (records are rare).
      st.commit();
      fallbackHard = newHard;
      fallbackSnap = st.snapshot();
      continue;
    }
    st.commit();
    if (newBest) {
      bestCost = newCost;
      bestPending = true;
      if (timeToFirstFeasibleMs === null) timeToFirstFeasibleMs = elapsed();
    }
  }
  stopped = true;

  if (bestPending) bestSnap = st.snapshot();
  if (bestSnap) st.restore(bestSnap);
  else if (fallbackSnap && st.hard > fallbackHard) st.restore(fallbackSnap);

  const assignments: RosterAssignment[] = [];
  for (let s = 0; s < m.S; s++) {
    const vs = st.members[s].slice().sort((a, b) => a - b);
    for (const v of vs) assignments.push({ shiftId: problem.shifts[s].id, volunteerId: problem.volunteers[v].id });
  }
  const unfilled: RosterUnfilled[] = [];
  for (let s = 0; s < m.S; s++) {
    const missing = m.sDemand[s] - st.count[s];
    if (missing > 0) {
      unfilled.push({ shiftId: problem.shifts[s].id, missing, reasons: explainUnfilled(m, st.days, st.members, s) });
    }
  }
  let under = 0;
  let over = 0;
  for (let s = 0; s < m.S; s++) {
    const n = st.count[s];
    under += Math.max(0, m.sDemand[s] - n) * m.sUnder[s];
    over += Math.max(0, n - m.sDemand[s]) * m.sOver[s];
  }
  const objective = { total: under + over + st.soft + st.fair, under, over, requests: st.soft, fairness: st.fair };
  const check = checkRoster(problem, { assignments });
  return {
    assignments,
    unfilled,
    objective,
    hardViolations: check.violations.length,
    stats: {
      timeToFirstFeasibleMs,
      iterations,
      elapsedMs: Math.round(elapsed()),
      constructionMs: Math.round(constructionMs),
      seed,
      hardWeight: baseW,
    },
  };
}
