import { checkRoster } from './roster.checker';
import { RosterBestResponse } from './roster-dp';
import { RosterPairResponse } from './roster-pair';
import { compileRosterProblem } from './roster.model';
import { RosterRandom } from './roster-random';
import { bruteForcePair, cover, daily, problem, randomPairCase } from './roster.fixtures.spec-helper';
import type { RosterProblem } from './roster.types';

/*
 * The joint programme of two volunteers against brute force: every pair of schedules over a short
 * horizon, each volunteer's rules judged by the checker, the cover cost counted for both together.
 */

function must<T>(x: T | null | undefined): T {
  if (x === null || x === undefined) throw new Error('expected a result');
  return x;
}

/** The pair programme over the whole horizon from an empty roster; its roster judged by the checker. */
function pairSolve(p: RosterProblem, seed: number): { total: number | null; cost: number | null } {
  const m = compileRosterProblem(p);
  const count = new Int32Array(m.S);
  const days = () => Array.from({ length: m.H }, () => [] as number[]);
  const coverDelta = (s: number, n: number) => cover(p, p.shifts[s], n + 1) - cover(p, p.shifts[s], n);
  const br = new RosterBestResponse(m);
  const graphOf = (v: number) =>
    br.solve({ m, v, a: 0, b: m.H - 1, days: days(), count, minutes: 0, coverDelta, graph: true })?.graph ?? null;
  const gu = graphOf(0);
  const gv = graphOf(1);
  if (!gu || !gv) return { total: null, cost: null };
  const together = (s: number) => (m.sMax[s] >= 0 && m.sMax[s] < 2 ? null : coverDelta(s, 1) - coverDelta(s, 0));
  // A random current pair of schedules (kept or not by the rules) bounds the search; the optimum is never cut.
  const rng = new RosterRandom(seed * 7919);
  const byDay = Array.from({ length: m.H }, (_, d) => p.shifts.flatMap((s, i) => (m.sDay[i] === d ? [i] : [])));
  const random = () =>
    Int32Array.from(byDay, (list) => (list.length && rng.next() < 0.6 ? list[rng.int(list.length)] : -1));
  const current = seed % 2 ? { u: random(), v: random() } : undefined;
  const res = new RosterPairResponse().solve(gu, gv, together, 1e9, current);
  if (!res) return { total: null, cost: null };
  const assignments = [
    ...Array.from(res.pickU, (s) => (s < 0 ? null : { shiftId: p.shifts[s].id, volunteerId: 'u' })),
    ...Array.from(res.pickV, (s) => (s < 0 ? null : { shiftId: p.shifts[s].id, volunteerId: 'v' })),
  ].filter((x) => x !== null);
  const r = checkRoster(p, { assignments });
  return { total: r.violations.length ? null : r.objective.total, cost: res.cost };
}

describe('RosterPairResponse (two volunteers together) agrees with brute force', () => {
  it.each(Array.from({ length: 150 }, (_, i) => i + 1))('case %i', (seed) => {
    const p = randomPairCase(seed);
    const expected = bruteForcePair(p)?.total ?? null;
    const { total, cost } = pairSolve(p, seed);
    expect(total).toBe(expected);
    // Its own account of the cost (cover deltas from empty + requests) is the checker's objective.
    const empty = p.shifts.reduce((sum, s) => sum + cover(p, s, 0), 0);
    if (total !== null) expect((cost ?? NaN) + empty).toBe(total);
  });
});

describe('RosterPairResponse finds the trade neither volunteer makes alone', () => {
  it('two volunteers swap days so that both requests are met and the cover stays whole', () => {
    // One shift a day, needed by one person; u works Monday and wants Tuesday, v works Tuesday and wants Monday.
    const shifts = daily(2, { underWeight: 100 });
    const p = problem(
      shifts,
      [
        {
          id: 'u',
          rules: { maxMinutes: 480 },
          requests: [
            { day: 1, want: true, weight: 3 },
            { day: 0, want: false, weight: 3 },
          ],
        },
        {
          id: 'v',
          rules: { maxMinutes: 480 },
          requests: [
            { day: 0, want: true, weight: 3 },
            { day: 1, want: false, weight: 3 },
          ],
        },
      ],
      2,
    );
    const m = compileRosterProblem(p);
    const cur = [
      [[0], []],
      [[], [1]],
    ]; // u on d0, v on d1
    const count = Int32Array.from([1, 1]);
    const coverDelta = (s: number, n: number) => cover(p, p.shifts[s], n + 1) - cover(p, p.shifts[s], n);
    const br = new RosterBestResponse(m);
    // Alone, each keeps their shift: leaving it opens a hole (100) to meet requests worth 6.
    for (const v of [0, 1]) {
      const alone = must(br.solve({ m, v, a: 0, b: 1, days: cur[v], count, minutes: 480, coverDelta }));
      expect(Array.from(alone.pick)).toEqual(cur[v].map((d) => (d.length ? d[0] : -1)));
    }
    // Together (each seeing the cover without the other), they swap.
    const without = (other: number) =>
      Int32Array.from(count, (n, s) => n - (cur[other][m.sDay[s]].includes(s) ? 1 : 0));
    const graphOf = (v: number, other: number) =>
      must(
        br.solve({ m, v, a: 0, b: 1, days: cur[v], count: without(other), minutes: 480, coverDelta, graph: true })
          ?.graph,
      );
    const res = must(
      new RosterPairResponse().solve(graphOf(0, 1), graphOf(1, 0), (s) => coverDelta(s, 1) - coverDelta(s, 0), 1e9),
    );
    expect(Array.from(res.pickU)).toEqual([-1, 1]);
    expect(Array.from(res.pickV)).toEqual([0, -1]);
  });

  it('gives up (null) when the two programmes together would have too many states', () => {
    const p = problem(daily(3), [{ id: 'u' }, { id: 'v' }], 3);
    const m = compileRosterProblem(p);
    const br = new RosterBestResponse(m);
    const empty = Array.from({ length: 3 }, () => [] as number[]);
    const g = (v: number) =>
      must(
        br.solve({
          m,
          v,
          a: 0,
          b: 2,
          days: empty,
          count: new Int32Array(3),
          minutes: 0,
          coverDelta: () => 0,
          graph: true,
        })?.graph,
      );
    expect(new RosterPairResponse().solve(g(0), g(1), () => 0, 1)).toBeNull();
    expect(new RosterPairResponse().solve(g(0), g(1), () => 0, 1e6)).not.toBeNull();
  });
});
