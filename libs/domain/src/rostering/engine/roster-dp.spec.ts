import { checkRoster } from './roster.checker';
import { RosterBestResponse } from './roster-dp';
import { compileRosterProblem } from './roster.model';
import { RosterRandom } from './roster-random';
import { problem, randomShifts } from './roster.fixtures.spec-helper';
import type { RosterProblem, RosterVolunteer } from './roster.types';

/*
 * The best-response programme against brute force: one volunteer, a random roster outside a
 * window, every schedule inside the window enumerated and judged by the checker.
 */

function randomCase(seed: number) {
  const rng = new RosterRandom(seed);
  const whole = seed % 3 === 0; // every third case: the whole (short) horizon is the window
  const H = whole ? 5 : 5 + rng.int(5);
  const types: [number, number, string][] = [
    [6, 14, 'early'],
    [9, 17, 'day'],
    [14, 22, 'late'],
    [22, 30, 'night'],
  ];
  const shifts = randomShifts(rng, H, types, 0.55, () => ({
    demand: rng.int(2),
    underWeight: 1 + rng.int(20),
    overWeight: rng.int(3),
  }));
  const pick = <T>(xs: T[]) => xs[rng.int(xs.length)];
  const v: RosterVolunteer = {
    id: 'v',
    unavailableDays: rng.next() < 0.5 ? [rng.int(H)] : [],
    positions: rng.next() < 0.5 ? { [pick(types)[2]]: { maxShifts: rng.int(3) } } : undefined,
    rules: {
      maxMinutes: rng.next() < 0.7 ? 480 * (2 + rng.int(H - 2)) : undefined,
      minMinutes: rng.next() < 0.5 ? 480 * rng.int(4) : undefined,
      maxConsecutiveDays: rng.next() < 0.7 ? 2 + rng.int(3) : undefined,
      minConsecutiveDays: rng.next() < 0.6 ? 1 + rng.int(3) : undefined,
      minConsecutiveDaysOff: rng.next() < 0.6 ? 1 + rng.int(3) : undefined,
      maxWeekends: rng.next() < 0.5 ? rng.int(2) : undefined,
      minRestMinutes: pick([undefined, 0, 600, 840]),
    },
    requests: Array.from({ length: rng.int(4) }, () => ({
      day: rng.int(H),
      position: rng.next() < 0.5 ? pick(types)[2] : undefined,
      want: rng.next() < 0.5,
      weight: 1 + rng.int(5),
    })),
  };
  if (shifts.length && rng.next() < 0.2) v.fixed = [pick(shifts).id];
  const p: RosterProblem = problem(shifts, [v], H);
  // A random roster outside the window (one shift a day at most).
  const byDay: string[][] = Array.from({ length: H }, () => []);
  for (const s of shifts) byDay[Number(s.id.split('-')[0])].push(s.id);
  const current = byDay.map((ids) => (ids.length && rng.next() < 0.6 ? pick(ids) : null));
  for (const f of v.fixed ?? []) current[Number(f.split('-')[0])] = f;
  const a = whole ? 0 : rng.int(H);
  const b = whole ? H - 1 : Math.min(H - 1, a + rng.int(5));
  return { p, byDay, current, a, b };
}

function bruteForce({ p, byDay, current, a, b }: ReturnType<typeof randomCase>): number | null {
  let best: number | null = null;
  const choice = current.slice();
  const rec = (d: number) => {
    if (d > b) {
      const assignments = choice
        .filter((x): x is string => x !== null)
        .map((shiftId) => ({ shiftId, volunteerId: 'v' }));
      const r = checkRoster(p, { assignments });
      if (!r.violations.length && (best === null || r.objective.total < best)) best = r.objective.total;
      return;
    }
    for (const c of [null, ...byDay[d]]) {
      choice[d] = c;
      rec(d + 1);
    }
    choice[d] = current[d];
  };
  rec(a);
  return best;
}

describe('RosterBestResponse (one volunteer, a window) agrees with brute force', () => {
  it.each(Array.from({ length: 300 }, (_, i) => i + 1))('case %i', (seed) => {
    const c = randomCase(seed);
    const m = compileRosterProblem(c.p);
    const idx = new Map(c.p.shifts.map((s, i) => [s.id, i]));
    const days: number[][] = c.current.map((id) => (id === null ? [] : [idx.get(id) ?? -1]));
    const count = new Int32Array(m.S);
    let minutes = 0;
    for (const l of days) {
      for (const s of l) {
        count[s]++;
        minutes += m.sDur[s];
      }
    }
    const cover = (s: number, n: number) =>
      n < m.sDemand[s] ? (m.sDemand[s] - n) * m.sUnder[s] : (n - m.sDemand[s]) * m.sOver[s];
    const dp = new RosterBestResponse(m).solve({
      m,
      v: 0,
      a: c.a,
      b: c.b,
      days,
      count,
      minutes,
      coverDelta: (s, n) => cover(s, n + 1) - cover(s, n),
    });
    const expected = bruteForce(c);
    let got: number | null = null;
    if (dp && dp.shortUnits === 0) {
      const ids = c.current.slice();
      dp.pick.forEach((s, k) => (ids[c.a + k] = s < 0 ? null : c.p.shifts[s].id));
      const r = checkRoster(c.p, {
        assignments: ids.filter((x): x is string => x !== null).map((shiftId) => ({ shiftId, volunteerId: 'v' })),
      });
      if (!r.violations.length) got = r.objective.total;
    }
    expect(got).toBe(expected);
  });
});
