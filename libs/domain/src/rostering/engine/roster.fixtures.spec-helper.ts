import { checkRoster } from './roster.checker';
import { RosterRandom } from './roster-random';
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

/** Cover cost of n people on shift s. */
export const cover = (_p: RosterProblem, s: RosterShift, n: number) =>
  n < s.demand ? (s.demand - n) * s.underWeight : (n - s.demand) * s.overWeight;

/** A random problem of two volunteers ('u', 'v') over 3–5 days, with every kind of rule and request. */
export function randomPairCase(seed: number): RosterProblem {
  const rng = new RosterRandom(seed);
  const H = 3 + rng.int(3);
  const types: [number, number, string][] = [
    [6, 14, 'early'],
    [14, 22, 'late'],
    [22, 30, 'night'],
  ];
  const shifts = randomShifts(rng, H, types, 0.6, () => ({
    demand: rng.int(3),
    maxStaff: rng.next() < 0.3 ? 1 : null,
    underWeight: 1 + rng.int(20),
    overWeight: rng.int(3),
  }));
  const pick = <T>(xs: T[]) => xs[rng.int(xs.length)];
  const volunteer = (id: string): RosterVolunteer => ({
    id,
    unavailableDays: rng.next() < 0.4 ? [rng.int(H)] : [],
    positions: rng.next() < 0.4 ? { [pick(types)[2]]: { maxShifts: rng.int(2) } } : undefined,
    rules: {
      maxMinutes: rng.next() < 0.6 ? 480 * (1 + rng.int(H)) : undefined,
      minMinutes: rng.next() < 0.4 ? 480 * rng.int(3) : undefined,
      maxConsecutiveDays: rng.next() < 0.6 ? 1 + rng.int(3) : undefined,
      minConsecutiveDays: rng.next() < 0.5 ? 1 + rng.int(2) : undefined,
      minConsecutiveDaysOff: rng.next() < 0.5 ? 1 + rng.int(2) : undefined,
      minRestMinutes: pick([undefined, 0, 600, 840]),
    },
    requests: Array.from({ length: rng.int(4) }, () => ({
      day: rng.int(H),
      position: rng.next() < 0.5 ? pick(types)[2] : undefined,
      want: rng.next() < 0.5,
      weight: 1 + rng.int(5),
    })),
  });
  return problem(shifts, [volunteer('u'), volunteer('v')], H);
}

/** Each volunteer's schedules that keep their own rules (judged by the checker), with their unmet requests' weight. */
export function schedulesOf(p: RosterProblem, vid: string): { ids: string[]; requests: number }[] {
  const H = p.horizon.days;
  const byDay: string[][] = Array.from({ length: H }, () => []);
  for (const s of p.shifts) byDay[Number(s.id.split('-')[0])].push(s.id);
  const out: { ids: string[]; requests: number }[] = [];
  const choice: (string | null)[] = new Array(H).fill(null);
  const alone: RosterProblem = {
    ...p,
    shifts: p.shifts.map((s) => ({ ...s, demand: 0, overWeight: 0 })),
    volunteers: p.volunteers.filter((x) => x.id === vid),
  };
  const rec = (d: number) => {
    if (d === H) {
      const ids = choice.filter((x): x is string => x !== null);
      const r = checkRoster(alone, { assignments: ids.map((shiftId) => ({ shiftId, volunteerId: vid })) });
      if (!r.violations.length) out.push({ ids, requests: r.objective.requests });
      return;
    }
    for (const c of [null, ...byDay[d]]) {
      choice[d] = c;
      rec(d + 1);
    }
  };
  rec(0);
  return out;
}

/** The optimum of a two-volunteer case by trying every pair of schedules, with one optimal pair; null if none keeps the rules. */
export function bruteForcePair(p: RosterProblem): { total: number; u: string[]; v: string[] } | null {
  let best: { total: number; u: string[]; v: string[] } | null = null;
  const V = schedulesOf(p, 'v');
  for (const a of schedulesOf(p, 'u')) {
    for (const b of V) {
      let total = a.requests + b.requests;
      let ok = true;
      for (const s of p.shifts) {
        const n = (a.ids.includes(s.id) ? 1 : 0) + (b.ids.includes(s.id) ? 1 : 0);
        if (s.maxStaff !== null && s.maxStaff !== undefined && n > s.maxStaff) ok = false;
        total += cover(p, s, n);
      }
      if (ok && (best === null || total < best.total)) best = { total, u: a.ids, v: b.ids };
    }
  }
  return best;
}
