/*
 * Curtois & Qu "Shift Scheduling Benchmark" (.txt format) → the roster engine's problem contract.
 * staff → volunteers, cover → one shift per (day, shift type) with demand and weights, days off →
 * unavailableDays, MaxShifts per type → positions, staff limits → rules, on/off requests → requests,
 * the instance's minimum rest → minRestMinutes (the "cannot follow" lists then follow from the real
 * start times in start-times.json; `cannotFollowMismatches` counts where they would not).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RosterProblem, RosterShift, RosterVolunteer } from '@dost/domain';

export interface CurtoisStartTimes {
  startDate: string;
  shiftStartTimes: Record<string, string>;
  minRestMinutes: number;
}

export interface CurtoisInstance {
  name: string;
  problem: RosterProblem;
  /** (shift a, shift b) pairs where "b cannot follow a" and the rest rule disagree (should be 0). */
  cannotFollowMismatches: number;
}

function sections(text: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  let current = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('SECTION_')) {
      current = line;
      out.set(current, []);
      continue;
    }
    out.get(current)?.push(line.split(',').map((x) => x.trim()));
  }
  return out;
}

const DAY_MS = 86_400_000;

export function loadCurtois(dir: string, n: number): CurtoisInstance {
  const name = `Instance${n}`;
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const times = (JSON.parse(readFileSync(join(dir, 'start-times.json'), 'utf8')) as Record<string, CurtoisStartTimes>)[
    name
  ];
  if (!times) throw new Error(`start-times.json has no ${name}`);
  const sec = sections(text);
  const days = Number(sec.get('SECTION_HORIZON')![0][0]);
  const types = sec.get('SECTION_SHIFTS')!.map(([id, len, cannot]) => ({
    id,
    minutes: Number(len),
    cannotFollow: (cannot ?? '').split('|').filter(Boolean),
  }));
  const base = Date.parse(`${times.startDate}T00:00:00Z`);
  const startMs = (day: number, type: string) => {
    const [h, m] = times.shiftStartTimes[type].split(':').map(Number);
    return base + day * DAY_MS + (h * 60 + m) * 60_000;
  };
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

  // Does the rest rule reproduce "cannot follow" (next day) exactly?
  let cannotFollowMismatches = 0;
  for (const a of types) {
    for (const b of types) {
      const rest = (startMs(1, b.id) - (startMs(0, a.id) + a.minutes * 60_000)) / 60_000;
      const forbiddenByRest = rest < times.minRestMinutes;
      if (forbiddenByRest !== a.cannotFollow.includes(b.id)) cannotFollowMismatches++;
    }
  }

  const lengthOf = new Map(types.map((t) => [t.id, t.minutes]));
  const shifts: RosterShift[] = sec.get('SECTION_COVER')!.map(([day, type, req, under, over]) => {
    const s = startMs(Number(day), type);
    return {
      id: `${day}-${type}`,
      position: type,
      site: 'ward',
      start: iso(s),
      end: iso(s + lengthOf.get(type)! * 60_000),
      demand: Number(req),
      maxStaff: null,
      underWeight: Number(under),
      overWeight: Number(over),
    };
  });

  const daysOff = new Map<string, number[]>();
  for (const [id, ...ds] of sec.get('SECTION_DAYS_OFF') ?? []) daysOff.set(id, ds.filter(Boolean).map(Number));
  const volunteers: RosterVolunteer[] = sec
    .get('SECTION_STAFF')!
    .map(([id, maxShifts, maxT, minT, maxC, minC, minOff, maxW]) => ({
      id,
      positions: Object.fromEntries(
        maxShifts
          .split('|')
          .filter(Boolean)
          .map((kv) => {
            const [t, lim] = kv.split('=');
            return [t, { maxShifts: Number(lim) }];
          }),
      ),
      rules: {
        maxMinutes: Number(maxT),
        minMinutes: Number(minT),
        maxConsecutiveDays: Number(maxC),
        minConsecutiveDays: Number(minC),
        minConsecutiveDaysOff: Number(minOff),
        maxWeekends: Number(maxW),
        minRestMinutes: times.minRestMinutes,
        maxShiftsPerDay: 1,
      },
      unavailableDays: daysOff.get(id) ?? [],
      requests: [],
    }));
  const byId = new Map(volunteers.map((v) => [v.id, v]));
  for (const [emp, day, type, w] of sec.get('SECTION_SHIFT_ON_REQUESTS') ?? []) {
    byId.get(emp)!.requests!.push({ day: Number(day), position: type, want: true, weight: Number(w) });
  }
  for (const [emp, day, type, w] of sec.get('SECTION_SHIFT_OFF_REQUESTS') ?? []) {
    byId.get(emp)!.requests!.push({ day: Number(day), position: type, want: false, weight: Number(w) });
  }
  return {
    name,
    problem: { horizon: { start: times.startDate, days, timeZone: 'UTC' }, shifts, volunteers, options: {} },
    cannotFollowMismatches,
  };
}

/** Best known objective values from the instances' README (17, 20, 23: none verified). */
export const CURTOIS_BEST: Record<number, number | undefined> = {
  1: 607,
  2: 828,
  3: 1001,
  4: 1716,
  5: 1143,
  6: 1950,
  7: 1056,
  8: 1300,
  9: 439,
  10: 4631,
  11: 3443,
  12: 4040,
  13: 1348,
  14: 1278,
  15: 3834,
  16: 3225,
  18: 4459,
  19: 3149,
  21: 21159,
  22: 31279,
  24: 42463,
};
