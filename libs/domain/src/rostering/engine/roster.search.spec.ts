import { HARD_KINDS, compileRosterProblem } from './roster.model';
import { RosterRandom } from './roster-random';
import { RosterSearch } from './roster.search';
import { problem, shift } from './roster.fixtures.spec-helper';
import type { RosterProblem, RosterShift, RosterVolunteer } from './roster.types';

// Every rule switched on, tight enough to bind; some volunteers may work two shifts a day.
function randomProblem(rng: RosterRandom): RosterProblem {
  const days = 5 + rng.int(20);
  const shifts: RosterShift[] = [];
  for (let d = 0; d < days; d++) {
    for (const [from, to, pos] of [
      [6, 14, 'early'],
      [10, 18, 'day'],
      [14, 22, 'late'],
      [22, 31, 'night'],
    ] as const) {
      if (rng.next() < 0.6) {
        shifts.push(
          shift(`${d}-${pos}`, d, from, to, {
            position: pos,
            demand: rng.int(3),
            maxStaff: rng.next() < 0.2 ? 1 + rng.int(2) : null,
            underWeight: 1 + rng.int(100),
            overWeight: rng.int(5),
          }),
        );
      }
    }
  }
  const volunteers: RosterVolunteer[] = Array.from({ length: 4 }, (_, i) => ({
    id: `v${i}`,
    positions:
      rng.next() < 0.5 ? { night: { maxShifts: 1 + rng.int(3) }, early: { maxShifts: 1 + rng.int(4) } } : undefined,
    rules: {
      maxMinutes: 480 * (2 + rng.int(8)),
      minMinutes: rng.next() < 0.5 ? 480 * rng.int(6) : undefined,
      maxConsecutiveDays: 1 + rng.int(5),
      minConsecutiveDays: rng.next() < 0.6 ? 1 + rng.int(4) : undefined,
      minConsecutiveDaysOff: rng.next() < 0.6 ? 1 + rng.int(4) : undefined,
      maxWeekends: rng.int(3),
      minRestMinutes: [0, 600, 720, 960][rng.int(4)],
      maxShiftsPerDay: rng.next() < 0.3 ? 2 : 1,
    },
    requests: Array.from({ length: rng.int(6) }, () => ({
      day: rng.int(days),
      position: rng.next() < 0.5 ? ['early', 'late', 'night'][rng.int(3)] : undefined,
      want: rng.next() < 0.5,
      weight: 1 + rng.int(5),
    })),
  }));
  return problem(shifts, volunteers, days);
}

describe('RosterSearch.addDelta (local evaluation of adding one shift) agrees with propose', () => {
  it.each(Array.from({ length: 150 }, (_, i) => i + 1))('case %i', (seed) => {
    const rng = new RosterRandom(seed);
    const p = randomProblem(rng);
    const m = compileRosterProblem(p);
    if (!m.S) return;
    const st = new RosterSearch(m, 10);
    // Distinct weights per kind, so an equal weighted sum means equal deltas of every kind.
    for (let k = 0; k < HARD_KINDS; k++) st.kindW[k] = 1 + k * 7.31;
    let compared = 0;
    for (let step = 0; step < 300; step++) {
      const s = rng.int(m.S);
      const c = m.cand[s];
      if (!c.length) continue;
      const v = c[rng.int(c.length)];
      const d = m.sDay[s];
      const old = st.days[v][d];
      if (old.includes(s)) {
        // Random walk: drop it again now and then so states stay varied.
        if (rng.next() < 0.4 && st.propose([[v, d, old.filter((x) => x !== s)]])) st.commit();
        continue;
      }
      if (st.canAddFast(v, s)) {
        const fast = st.addDelta(v, s);
        const slow = st.propose([[v, d, [s]]]);
        expect(fast).toBe(slow);
        if (slow) {
          expect(st.aCostDelta).toBeCloseTo(st.pCostDelta, 9);
          expect(st.aWeightedDelta).toBeCloseTo(st.pWeightedDelta, 9);
          expect(st.aHardDelta).toBeCloseTo(st.pHardDelta, 9);
          expect(st.aHardMaxDelta).toBeCloseTo(st.pHardMaxDelta, 9);
          compared++;
          if (rng.next() < 0.6) st.commit();
          else st.revert();
        }
      } else if (st.propose([[v, d, [...old, s]]])) {
        if (rng.next() < 0.5) st.commit();
        else st.revert();
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
