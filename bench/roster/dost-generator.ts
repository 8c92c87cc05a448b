/*
 * DOST-shaped roster problems with a fixed seed: service centers with four positions (greeter, flow,
 * information — some needing English or Russian —, e-service helper needing the "e-gov" training),
 * two shifts a day Monday–Saturday, volunteers attached to a home center with part-time availability;
 * and an event (a forum with 350 guests) with protocol, registration, logistics, communication and
 * info-desk roles. A volunteer works only at their home center: each shift requires the qualification
 * `center:<id>` and each volunteer holds the one of their center (the contract has no "home center").
 */
import type { RosterProblem, RosterShift, RosterVolunteer } from '@dost/domain';

class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(a: readonly T[]): T {
    return a[this.int(a.length)];
  }
}

const DAY_MS = 86_400_000;
const LEVELS = ['A2', 'B1', 'B2', 'C1', 'C2'] as const;
const pad = (n: number) => String(n).padStart(2, '0');
/** Baku local time (UTC+4) on a day of the horizon. */
function baku(startUtcMs: number, day: number, hour: number): string {
  const d = new Date(startUtcMs + day * DAY_MS + hour * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+04:00`;
}

export interface DostSize {
  centers: number;
  volunteers: number;
  days: number;
}

export const DOST_SIZES: Record<'small' | 'medium' | 'month', DostSize> = {
  small: { centers: 2, volunteers: 120, days: 7 },
  medium: { centers: 6, volunteers: 420, days: 14 },
  month: { centers: 72, volunteers: 5000, days: 30 },
};

export function generateDostCenters(size: DostSize, seed = 20251101): RosterProblem {
  const rng = new Rng(seed);
  const start = '2025-11-03'; // a Monday
  const startUtc = Date.parse(`${start}T00:00:00Z`);
  const shifts: RosterShift[] = [];
  const centerNeeds = Array.from({ length: size.centers }, () => ({
    english: rng.next() < 0.5,
    russian: rng.next() < 0.4,
    busy: 1 + rng.int(2), // 1 or 2 people per slot
  }));
  for (let c = 0; c < size.centers; c++) {
    const need = centerNeeds[c];
    for (let d = 0; d < size.days; d++) {
      if ((d + 1) % 7 === 0) continue; // centers are closed on Sunday
      for (const [from, to] of [
        [9, 14],
        [14, 19],
      ]) {
        const base = { site: `center-${c}`, underWeight: 100, overWeight: 5, maxStaff: null };
        const center = { qualifications: [`center:${c}`] };
        shifts.push(
          {
            ...base,
            id: `c${c}-d${d}-${from}-greeter`,
            position: 'greeter',
            start: baku(startUtc, d, from),
            end: baku(startUtc, d, to),
            demand: need.busy,
            requires: center,
          },
          {
            ...base,
            id: `c${c}-d${d}-${from}-flow`,
            position: 'flow',
            start: baku(startUtc, d, from),
            end: baku(startUtc, d, to),
            demand: 1 + rng.int(2),
            requires: center,
          },
          {
            ...base,
            id: `c${c}-d${d}-${from}-information`,
            position: 'information',
            start: baku(startUtc, d, from),
            end: baku(startUtc, d, to),
            demand: need.busy,
            underWeight: 150,
            requires: {
              ...center,
              languages: [
                ...(need.english ? [{ code: 'en', minLevel: 'B1' }] : []),
                ...(need.russian ? [{ code: 'ru', minLevel: 'B2' }] : []),
              ],
            },
          },
          {
            ...base,
            id: `c${c}-d${d}-${from}-eservice`,
            position: 'e-service',
            start: baku(startUtc, d, from),
            end: baku(startUtc, d, to),
            demand: 1,
            requires: { qualifications: [`center:${c}`, 'e-gov'] },
          },
        );
      }
    }
  }
  const volunteers: RosterVolunteer[] = Array.from({ length: size.volunteers }, (_, i) => {
    const c = i % size.centers;
    const languages = [{ code: 'az', level: 'C2' }];
    if (rng.next() < 0.45) languages.push({ code: 'en', level: rng.pick(LEVELS) });
    if (rng.next() < 0.55) languages.push({ code: 'ru', level: rng.pick(LEVELS) });
    const unavailableDays = Array.from({ length: size.days }, (_, d) => d).filter(() => rng.next() < 0.45);
    const requests = Array.from({ length: rng.int(3) }, () => ({
      day: rng.int(size.days),
      want: rng.next() < 0.5,
      weight: 1 + rng.int(5),
    }));
    return {
      id: `v${i}`,
      languages,
      qualifications: [`center:${c}`, ...(rng.next() < 0.3 ? ['e-gov'] : [])],
      unavailableDays,
      rules: {
        maxMinutes: Math.round((size.days / 30) * 60 * (24 + rng.int(4) * 8)), // 24–48 h a month
        maxShiftsPerDay: rng.next() < 0.2 ? 2 : 1,
        minRestMinutes: 0,
        maxConsecutiveDays: 5,
        maxWeekends: Math.max(1, Math.round(size.days / 14)),
      },
      requests,
    };
  });
  return {
    horizon: { start, days: size.days, timeZone: 'Asia/Baku' },
    shifts,
    volunteers,
    weights: { fairness: 0 },
    options: { seed: 1 },
  };
}

/** A forum with 350 guests over 3 days: protocol, registration, logistics, communication, info desk. */
export function generateDostEvent(seed = 350): RosterProblem {
  const rng = new Rng(seed);
  const start = '2025-10-21';
  const startUtc = Date.parse(`${start}T00:00:00Z`);
  const guests = 350;
  const roles: {
    position: string;
    perGuests: number;
    languages?: { code: string; minLevel: string }[];
    hours: [number, number][];
  }[] = [
    {
      position: 'protocol',
      perGuests: 25,
      languages: [{ code: 'en', minLevel: 'B2' }],
      hours: [
        [8, 14],
        [14, 20],
      ],
    },
    {
      position: 'registration',
      perGuests: 35,
      languages: [{ code: 'en', minLevel: 'B1' }],
      hours: [
        [7, 12],
        [12, 17],
      ],
    },
    {
      position: 'logistics',
      perGuests: 50,
      hours: [
        [7, 13],
        [13, 19],
      ],
    },
    { position: 'communication', perGuests: 70, languages: [{ code: 'en', minLevel: 'C1' }], hours: [[9, 18]] },
    {
      position: 'info-desk',
      perGuests: 40,
      languages: [{ code: 'ru', minLevel: 'B2' }],
      hours: [
        [8, 14],
        [14, 20],
      ],
    },
  ];
  const shifts: RosterShift[] = [];
  for (let d = 0; d < 3; d++) {
    for (const r of roles) {
      for (const [from, to] of r.hours) {
        shifts.push({
          id: `e-d${d}-${r.position}-${from}`,
          position: r.position,
          site: 'baku-expo',
          start: baku(startUtc, d, from),
          end: baku(startUtc, d, to),
          demand: Math.ceil(guests / r.perGuests),
          maxStaff: Math.ceil(guests / r.perGuests) + 2,
          underWeight: 100,
          overWeight: 10,
          requires: { languages: r.languages ?? [], qualifications: ['event:forum'] },
        });
      }
    }
  }
  const volunteers: RosterVolunteer[] = Array.from({ length: 160 }, (_, i) => {
    const languages = [{ code: 'az', level: 'C2' }];
    if (rng.next() < 0.6) languages.push({ code: 'en', level: rng.pick(LEVELS) });
    if (rng.next() < 0.5) languages.push({ code: 'ru', level: rng.pick(LEVELS) });
    return {
      id: `ev${i}`,
      languages,
      qualifications: ['event:forum'],
      unavailableDays: rng.next() < 0.3 ? [rng.int(3)] : [],
      rules: { maxShiftsPerDay: 2, minRestMinutes: 0, maxMinutes: 3 * 10 * 60 },
      requests:
        rng.next() < 0.2 ? [{ day: rng.int(3), position: rng.pick(roles).position, want: true, weight: 3 }] : [],
    };
  });
  return {
    horizon: { start, days: 3, timeZone: 'Asia/Baku' },
    shifts,
    volunteers,
    weights: { fairness: 0 },
    options: { seed: 1 },
  };
}

export function slotCount(p: RosterProblem): number {
  return p.shifts.reduce((a, s) => a + s.demand, 0);
}
