import type { RosterRandom } from './roster-random';
import type { RosterProblem, RosterShift, RosterVolunteer } from './roster.types';

// 2025-01-06 is a Monday; day 5 is Saturday, day 6 Sunday.
export const START = '2025-01-06';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant on a day of the horizon at HH:MM Baku time (hours may exceed 24 to cross midnight). */
export function at(day: number, hh: number, mm = 0): string {
  const base = Date.UTC(2025, 0, 6 + day, hh, mm) - 4 * 3_600_000;
  const d = new Date(base + 4 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+04:00`;
}

export function shift(
  id: string,
  day: number,
  from: number,
  to: number,
  extra: Partial<RosterShift> = {},
): RosterShift {
  return {
    id,
    position: 'greeter',
    site: 'c1',
    start: at(day, from),
    end: at(day, to),
    demand: 1,
    maxStaff: null,
    underWeight: 100,
    overWeight: 1,
    ...extra,
  };
}

export function problem(shifts: RosterShift[], volunteers: RosterVolunteer[], days = 7): RosterProblem {
  return { horizon: { start: START, days, timeZone: 'Asia/Baku' }, shifts, volunteers, options: {} };
}

/** One 09–17 shift per day for days [0, n). */
export function daily(n: number, extra: Partial<RosterShift> = {}): RosterShift[] {
  return Array.from({ length: n }, (_, d) => shift(`d${d}`, d, 9, 17, extra));
}

/**
 * Random shifts for brute-force tests: on each day, each type [from hour, to hour, position] is there
 * with probability p, with the costs `extra` draws (called once per shift, after the presence draw).
 */
export function randomShifts(
  rng: RosterRandom,
  days: number,
  types: [number, number, string][],
  p: number,
  extra: () => Partial<RosterShift>,
): RosterShift[] {
  const shifts: RosterShift[] = [];
  for (let d = 0; d < days; d++) {
    for (const [from, to, pos] of types) {
      if (rng.next() < p) shifts.push(shift(`${d}-${pos}`, d, from, to, { position: pos, ...extra() }));
    }
  }
  return shifts;
}
