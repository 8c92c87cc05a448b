import { checkRoster } from './roster.checker';
import { RosterColumns, type RosterHighs } from './roster-columns';
import { RosterBestResponse } from './roster-dp';
import { compileRosterProblem, type RosterModel } from './roster.model';
import { solveRoster } from './roster.solver';
import { bruteForcePair, daily, problem, randomPairCase } from './roster.fixtures.spec-helper';
import type { RosterProblem } from './roster.types';

/*
 * The column phase (column generation priced by each volunteer's programme, then a MIP over the
 * columns, both by the real HiGHS) against brute force on two-volunteer cases.
 */

let highs: RosterHighs;
beforeAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  highs = await (require('highs') as () => Promise<RosterHighs>)();
});

const pickOf = (m: RosterModel, ids: string[]) =>
  Int32Array.from({ length: m.H }, (_, d) => {
    const id = ids.find((x) => m.sDay[m.shiftIndex.get(x)!] === d);
    return id === undefined ? -1 : m.shiftIndex.get(id)!;
  });

const judge = (p: RosterProblem, picks: Int32Array[]) =>
  checkRoster(p, {
    assignments: picks.flatMap((pick, v) =>
      Array.from(pick)
        .filter((s) => s >= 0)
        .map((s) => ({ shiftId: p.shifts[s].id, volunteerId: p.volunteers[v].id })),
    ),
  });

function withColumns<T>(p: RosterProblem, run: (cols: RosterColumns, m: RosterModel) => T): T {
  const m = compileRosterProblem(p);
  const cols = new RosterColumns(m, highs, new RosterBestResponse(m), [0, 1]);
  try {
    return run(cols, m);
  } finally {
    cols.dispose();
  }
}

const CASES = Array.from({ length: 150 }, (_, i) => i + 1);

describe('column phase against brute force (two volunteers)', () => {
  it.each(CASES)('case %i: the LP bound never exceeds the optimum; with an optimal pair among the columns the MIP finds it', (seed) => {
    const p = randomPairCase(seed);
    const best = bruteForcePair(p);
    withColumns(p, (cols, m) => {
      expect(cols.generate(() => false)).toBe(true);
      expect(cols.bound).not.toBeNull();
      if (best && cols.exact) expect(cols.bound!).toBeLessThanOrEqual(best.total + 1e-6);
      if (!best) {
        expect(cols.solve(null, () => false)).toBeNull();
        return;
      }
      // The optimal schedules keep each one's rules, so they are accepted as columns (exact evaluation agrees with the checker).
      const start = [cols.add(0, pickOf(m, best.u)), cols.add(1, pickOf(m, best.v))];
      expect(start).not.toContain(-1);
      const picks = cols.solve(start, () => false);
      expect(picks).not.toBeNull();
      const r = judge(p, picks!);
      expect(r.violations).toEqual([]);
      expect(r.objective.total).toBe(best.total);
    });
  });

  it.each(CASES)('case %i: the dive and the MIP over the generated columns give rosters that keep every rule', (seed) => {
    const p = randomPairCase(seed);
    const best = bruteForcePair(p);
    withColumns(p, (cols) => {
      cols.generate(() => false);
      const bound = cols.bound;
      const dived = cols.dive(() => false);
      // The dive's LPs (with volunteers fixed) are no bound: the generation's bound stays.
      expect(cols.bound).toBe(bound);
      const picks = cols.solve(null, () => false);
      if (!best) {
        expect(picks).toBeNull();
        return;
      }
      // Either may miss the optimum (each is exact only over its columns), never a rule.
      for (const roster of [dived, picks]) {
        if (!roster) continue;
        const r = judge(p, roster);
        expect(r.violations.filter((v) => v.rule !== 'max-staff')).toEqual([]);
        if (roster === picks) expect(r.violations).toEqual([]);
        expect(r.objective.total).toBeGreaterThanOrEqual(best.total);
      }
    });
  });
});

describe('solveRoster with HiGHS', () => {
  it('proves a roster optimal and stops early: the objective equals brute force', () => {
    let proven = 0;
    for (const seed of CASES.slice(0, 40)) {
      const p = randomPairCase(seed);
      const best = bruteForcePair(p);
      if (!best) continue;
      const sol = solveRoster(p, { highs, seed: 1, maxIterations: 40_000 });
      expect(sol.hardViolations).toBe(0);
      expect(sol.objective.total).toBe(best.total);
      if (sol.stats!.provenOptimal) {
        proven++;
        // (An objective of 0 needs no bound to be optimal.)
        expect(sol.stats!.lowerBound ?? 0).toBe(best.total);
        expect(sol.stats!.iterations).toBeLessThan(40_000);
      }
    }
    expect(proven).toBeGreaterThan(20);
  });

  it('is deterministic for a seed, and proves the cover the weekly caps allow', () => {
    // Seven 8-hour days, two people a day; four volunteers of at most 3 days each leave 2 of 14 places empty.
    const shifts = daily(7, { demand: 2 });
    const volunteers = Array.from({ length: 4 }, (_, i) => ({
      id: `v${i}`,
      rules: { maxMinutes: 3 * 480, maxConsecutiveDays: 2 },
      requests: [{ day: i, want: false, weight: 2 }],
    }));
    const p = problem(shifts, volunteers, 7);
    const a = solveRoster(p, { highs, seed: 3, maxIterations: 30_000 });
    const b = solveRoster(p, { highs, seed: 3, maxIterations: 30_000 });
    expect(b.assignments).toEqual(a.assignments);
    expect(a.hardViolations).toBe(0);
    expect(a.objective).toMatchObject({ total: 200, under: 200, requests: 0 });
    expect(a.stats).toMatchObject({ provenOptimal: true, lowerBound: 200 });
  });

  it('without HiGHS there is no column phase', () => {
    const p = randomPairCase(1);
    const sol = solveRoster(p, { seed: 1, maxIterations: 5_000 });
    expect(sol.stats!.columnRounds).toBe(0);
    expect(sol.stats!.lowerBound).toBeNull();
  });
});
