import type { RosterBestResponse } from './roster-dp';
import { evaluateVolunteer, newVolunteerEval, type RosterModel } from './roster.model';

/*
 * Column phase: the roster as a choice of one whole schedule per volunteer (a "column"), the way
 * the best published nurse-rostering solvers work (branch and price).
 *
 * Master programme over the columns generated so far:
 *   minimise  Σ cost(column)·x + Σ underWeight·u_s + overWeight·o_s
 *   subject to  Σ x over the columns working shift s + u_s − o_s = demand_s   (every shift s)
 *               Σ x over the columns of volunteer v = 1                       (every volunteer v)
 *               o_s ≤ maxStaff_s − demand_s
 * (Fairness, a spread, is not linear: the master leaves it out, and the caller keeps the MIP's roster
 * only if it is better with fairness counted.) Column generation solves its LP relaxation: the LP's shift duals are what one more person on a shift
 * is worth, and each volunteer's best-response programme (roster-dp.ts, every hard rule of theirs)
 * priced with them finds the schedule that improves the LP most; new columns are added until none
 * improves it (the LP value is then a lower bound on the whole problem). Two ways then turn the LP
 * into a roster: a dive (fix the volunteers whose LP schedule is whole, generate again, repeat) and
 * the same master with integer x over the generated columns (plus those of the search's best roster,
 * its start) solved as a MIP by HiGHS.
 *
 * HiGHS is WebAssembly loaded asynchronously from npm `highs`: the caller loads it and passes it in
 * (`RosterSolveOptions.highs`), so the engine stays synchronous and free of I/O.
 */

/** The part of a loaded `highs` runtime (npm `highs` ≥ 1.15, `await require('highs')()`) the column phase uses. */
export interface RosterHighs {
  createModel(): RosterHighsModel;
}

interface Entries {
  indices: number[];
  values: number[];
}

export interface RosterHighsModel {
  options: { set(values: Record<string, string | number | boolean>): unknown };
  addRow(lower: number, upper: number, entries: Entries): unknown;
  addCol(cost: number, lower: number, upper: number, entries: Entries): unknown;
  changeColIntegrality(index: number, type: 0 | 1): unknown;
  changeColBounds(index: number, lower: number, upper: number): unknown;
  setSolution(solution: Entries): unknown;
  run(callbacks?: {
    1?: (event: { interrupt(): void }) => void;
    6?: (event: { interrupt(): void; data: { mip_primal_bound?: number } }) => void;
  }): unknown;
  getSolution(): { colValue: ArrayLike<number>; rowDual: ArrayLike<number> };
  getObjectiveValue(): number;
  dispose(): void;
}

/** Cost of the artificial column that lets the first LP be feasible whatever the volunteer's rules. */
const ARTIFICIAL = 1e7;
const RC_EPS = 1e-6;

interface Column {
  v: number;
  /** Shift per day, -1 = off. */
  pick: Int32Array;
  cost: number;
  col: number;
}

export class RosterColumns {
  private readonly model: RosterHighsModel;
  private readonly columns: Column[] = [];
  private readonly known = new Map<string, number>();
  /** Convexity row of each volunteer (-1: not in the master). */
  private readonly row: Int32Array;
  private nCols = 0;
  private readonly ev = newVolunteerEval();
  private readonly posCount: Int32Array;
  private readonly empty: number[][];
  private readonly zero: Int32Array;
  /** Work of the phase in programme transitions (for the caller's work accounting). */
  work = 0;
  /** Rounds of column generation done. */
  rounds = 0;
  /**
   * The LP relaxation's value once no column improves it, else null. A lower bound on the whole
   * problem when `exact` (every volunteer's programme found their best schedule in the last round).
   */
  bound: number | null = null;
  exact = false;
  /** True when a volunteer's whole-horizon programme did not fit (the phase cannot price them). */
  tooBig = false;
  /** Columns from this index on came from the dive (the MIP leaves them out, but for its start). */
  private diveFrom = Infinity;
  /** True when the model changed since the LP was last solved. */
  private stale = true;
  /** Volunteers whose column the dive has fixed (not priced any more). */
  private readonly fixedTo: Int32Array;

  /** `volunteers`: those who may be given shifts; each gets a convexity row, the others stay off. */
  constructor(
    private readonly m: RosterModel,
    highs: RosterHighs,
    private readonly br: RosterBestResponse,
    private readonly volunteers: number[],
  ) {
    this.model = highs.createModel();
    this.model.options.set({ output_flag: false, random_seed: 1 });
    this.posCount = new Int32Array(m.positions.length);
    this.empty = Array.from({ length: m.H }, () => []);
    this.zero = new Int32Array(m.S);
    this.row = new Int32Array(m.V).fill(-1);
    this.fixedTo = new Int32Array(m.V).fill(-1);
    const none: Entries = { indices: [], values: [] };
    for (let s = 0; s < m.S; s++) this.model.addRow(m.sDemand[s], m.sDemand[s], none);
    volunteers.forEach((v, i) => {
      this.row[v] = m.S + i;
      this.model.addRow(1, 1, none);
    });
    for (let s = 0; s < m.S; s++) {
      // With a cap below the demand, at least demand − cap places stay empty (the cap is a hard rule).
      this.addCol(m.sUnder[s], Infinity, [s], [1], m.sMax[s] >= 0 ? Math.max(0, m.sDemand[s] - m.sMax[s]) : 0);
      this.addCol(m.sOver[s], m.sMax[s] >= 0 ? Math.max(0, m.sMax[s] - m.sDemand[s]) : Infinity, [s], [-1]);
    }
    for (const v of volunteers) this.addCol(ARTIFICIAL, Infinity, [this.row[v]], [1]);
  }

  private addCol(cost: number, upper: number, indices: number[], values: number[], lower = 0): number {
    this.model.addCol(cost, lower, upper, { indices, values });
    return this.nCols++;
  }

  /**
   * Adds volunteer v's schedule (shift per day, -1 = off) as a column unless it is known or breaks
   * one of their hard rules; returns its column index (also when known), or -1.
   */
  add(v: number, pick: Int32Array): number {
    const key = `${v}:${pick.join(',')}`;
    const known = this.known.get(key);
    if (known !== undefined) return known;
    const days = Array.from(pick, (s) => (s >= 0 ? [s] : []));
    evaluateVolunteer(this.m, v, days, this.ev, this.posCount);
    if (this.ev.hard > 1e-9) return -1;
    const shifts = Array.from(pick).filter((s) => s >= 0);
    const col = this.addCol(this.ev.soft, Infinity, [...shifts, this.row[v]], [...shifts.map(() => 1), 1]);
    this.columns.push({ v, pick: Int32Array.from(pick), cost: this.ev.soft, col });
    this.stale = true;
    this.known.set(key, col);
    return col;
  }

  /**
   * Column generation until no volunteer's programme finds a column that improves the LP (then
   * `bound` is set) or `stop()` says so. Returns false if the phase cannot work on this problem.
   */
  generate(stop: () => boolean, maxRounds = Infinity, isBound = true): boolean {
    const { m } = this;
    while (this.rounds < maxRounds) {
      if (stop() || !this.run(stop)) return true;
      const lp = this.model.getObjectiveValue();
      const dual = this.model.getSolution().rowDual;
      // Reduced cost of a schedule = its requests − Σ dual of its shifts − dual of its volunteer's row.
      const coverDelta = (s: number) => -dual[s];
      let added = 0;
      let exact = true;
      for (const v of this.volunteers) {
        if (this.fixedTo[v] >= 0) continue;
        const res = this.br.solve({
          m,
          v,
          a: 0,
          b: m.H - 1,
          days: this.empty,
          count: this.zero,
          minutes: 0,
          coverDelta,
        });
        this.work += this.br.lastWork;
        if (this.br.lastTooBig) {
          this.tooBig = true;
          return false;
        }
        if (this.br.lastRestricted || !res || res.shortUnits > 0) exact = false;
        if (!res || res.shortUnits > 0) continue;
        let reduced = -dual[this.row[v]];
        for (const s of res.pick) if (s >= 0) reduced -= dual[s];
        const before = this.columns.length;
        const col = this.add(v, res.pick);
        // Rejected: the programme checks rest only between consecutive days, the exact evaluation everywhere.
        if (col < 0) exact = false;
        if (col < 0 || this.columns.length === before) continue;
        reduced += this.columns[this.columns.length - 1].cost;
        if (reduced < -RC_EPS) added++;
      }
      this.rounds++;
      if (!added) {
        // With volunteers fixed by the dive the LP is no bound on the whole problem.
        if (isBound) {
          this.bound = lp;
          this.exact = exact;
        }
        return true;
      }
    }
    return true;
  }

  /**
   * Price-and-dive: after column generation, fix the volunteers whose LP schedule is already whole (or,
   * if none is, the one closest to it), generate columns again for the others with the new duals, and
   * repeat until everyone has a schedule. The LP bounds are tight on rostering, so following the LP
   * this way usually lands on a roster close to the bound, far faster than the MIP on larger masters.
   * If `stop()` says so, everyone left takes their largest column at once. Fixings are undone before
   * it returns (the columns stay, for the MIP). Returns a schedule per volunteer of `volunteers`.
   */
  dive(stop: () => boolean, roundsPerStep = 25): Int32Array[] | null {
    const fixed: number[] = [];
    this.diveFrom = Math.min(this.diveFrom, this.columns.length);
    try {
      for (;;) {
        // An interrupted LP leaves a rough point; stop() is then true and everyone left takes their largest column.
        if (this.stale) this.run(stop);
        const x = this.model.getSolution().colValue;
        const best = new Map<number, [col: number, value: number]>();
        for (const c of this.columns) {
          if (this.fixedTo[c.v] >= 0) continue;
          const cur = best.get(c.v);
          if (!cur || x[c.col] > cur[1] + 1e-9) best.set(c.v, [c.col, x[c.col]]);
        }
        if (!best.size) break;
        const hurry = stop();
        const whole = [...best].filter(([, [, value]]) => hurry || value > 1 - 1e-6);
        const pick = whole.length ? whole : [[...best].reduce((a, b) => (b[1][1] > a[1][1] ? b : a))];
        for (const [v, [col]] of pick) {
          this.fixedTo[v] = col;
          fixed.push(v);
          this.model.changeColBounds(col, 1, 1);
        }
        this.stale = true;
        if (hurry) break;
        this.generate(stop, this.rounds + roundsPerStep, false);
      }
      if (fixed.length < this.volunteers.length) return null; // someone has no schedule at all
      const byCol = new Map(this.columns.map((c) => [c.col, c.pick]));
      return this.volunteers.map((v) => byCol.get(this.fixedTo[v])!);
    } finally {
      for (const v of fixed) {
        this.model.changeColBounds(this.fixedTo[v], 0, Infinity);
        this.fixedTo[v] = -1;
      }
      this.stale = true;
    }
  }

  /** Solves the LP; false if `stop()` interrupted it (its solution is then not to be used). */
  private run(stop: () => boolean): boolean {
    let interrupted = false;
    this.model.run({
      1: (event) => {
        if (!interrupted && stop()) {
          interrupted = true;
          event.interrupt();
        }
      },
    });
    this.stale = interrupted;
    return !interrupted;
  }

  /**
   * The best roster over the generated columns (integer master), starting from `start` (a column
   * index per volunteer of `volunteers`, all present) if given; null if it finds none in time.
   * Returns a schedule (shift per day) per volunteer of `volunteers`, in that order. `stop` is polled
   * during the MIP with the objective of its best roster so far (Infinity before the first).
   */
  solve(start: number[] | null, stop: (incumbent: number) => boolean, nodeLimit?: number): Int32Array[] | null {
    if (nodeLimit !== undefined) this.model.options.set({ mip_max_nodes: nodeLimit });
    // The dive's columns fit the volunteers it fixed first; in the MIP they slow it down (instance 6
    // at 60 s ended at 2044 with them, where the MIP over the generation's columns alone found 1952).
    const keep = new Set(start ?? []);
    for (const c of this.columns.slice(Math.min(this.diveFrom, this.columns.length)))
      if (!keep.has(c.col)) this.model.changeColBounds(c.col, 0, 0);
    for (const c of this.columns) this.model.changeColIntegrality(c.col, 1);
    const firstArtificial = 2 * this.m.S;
    for (let i = 0; i < this.volunteers.length; i++) this.model.changeColIntegrality(firstArtificial + i, 1);
    if (start) this.model.setSolution({ indices: start, values: start.map(() => 1) });
    let interrupted = false;
    this.model.run({
      6: (event) => {
        if (!interrupted && stop(event.data.mip_primal_bound ?? Infinity)) {
          interrupted = true;
          event.interrupt();
        }
      },
    });
    const x = this.model.getSolution().colValue;
    const out: Int32Array[] = this.volunteers.map(() => new Int32Array(0));
    const index = new Map(this.volunteers.map((v, i) => [v, i]));
    let found = 0;
    for (const c of this.columns) {
      if (!(x[c.col] > 0.5)) continue;
      const i = index.get(c.v)!;
      if (out[i].length) return null; // not an integer solution
      out[i] = c.pick;
      found++;
    }
    return found === this.volunteers.length ? out : null;
  }

  /** Columns generated (volunteer schedules in the master). */
  get size(): number {
    return this.columns.length;
  }

  dispose(): void {
    this.model.dispose();
  }
}
