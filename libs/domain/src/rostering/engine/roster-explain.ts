import { rosterInstantMs, rosterMeetsLevel } from './roster-calendar';
import {
  evaluateVolunteer,
  FIRST_MIN_KIND,
  Hard,
  HARD_KINDS,
  newVolunteerEval,
  type RosterModel,
} from './roster.model';

const LANGUAGE_NAMES: Record<string, string> = {
  az: 'Azerbaijani',
  en: 'English',
  ru: 'Russian',
  tr: 'Turkish',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  ar: 'Arabic',
  fa: 'Persian',
  zh: 'Chinese',
  ja: 'Japanese',
  ko: 'Korean',
  ka: 'Georgian',
  uk: 'Ukrainian',
  kk: 'Kazakh',
  uz: 'Uzbek',
};

export function rosterLanguageName(code: string): string {
  return LANGUAGE_NAMES[code.toLowerCase()] ?? code;
}

const people = (n: number) => (n === 1 ? '1 volunteer' : `${n} volunteers`);

// What each broken rule means for a coordinator, as "<who> would …".
const BLOCKED: Record<number, string> = {
  [Hard.PerDay]: 'already work another shift that day',
  [Hard.Overlap]: 'already work a shift at that time',
  [Hard.Rest]: 'would not get their minimum rest between shifts',
  [Hard.MaxMinutes]: 'would exceed their maximum hours',
  [Hard.MaxConsecutive]: 'would work more days in a row than allowed',
  [Hard.MaxWeekends]: 'would work more weekends than allowed',
  [Hard.PositionCap]: 'have reached their limit of shifts in this position',
  [Hard.MinMinutes]: 'would fall below their minimum hours',
  [Hard.MinConsecutive]: 'would break their minimum run of working days',
  [Hard.MinDaysOff]: 'would break their minimum run of days off',
};

/**
 * Why a shift is short, in words a coordinator understands: first who could never take it (language,
 * qualification, position, availability), then what stops each remaining candidate today.
 */
export function explainUnfilled(m: RosterModel, days: number[][][], members: number[][], s: number): string[] {
  const shift = m.problem.shifts[s];
  const vols = m.problem.volunteers;
  const startMs = m.sStart[s];
  const endMs = m.sEnd[s];
  const day = m.sDay[s];
  let pool = vols.filter(
    (v) =>
      !(v.unavailableDays ?? []).includes(day) &&
      !(v.unavailable ?? []).some((u) => rosterInstantMs(u.start) < endMs && startMs < rosterInstantMs(u.end)),
  );
  if (!pool.length) return ['no volunteer is available at that time'];
  for (const q of shift.requires?.qualifications ?? []) {
    pool = pool.filter((v) => (v.qualifications ?? []).includes(q));
    if (!pool.length) return [`no available volunteer holds the qualification "${q}"`];
  }
  for (const req of shift.requires?.languages ?? []) {
    pool = pool.filter((v) =>
      (v.languages ?? []).some((l) => l.code === req.code && rosterMeetsLevel(l.level, req.minLevel)),
    );
    if (!pool.length) return [`no available volunteer speaks ${rosterLanguageName(req.code)} at ${req.minLevel}`];
  }
  pool = pool.filter((v) => v.positions?.[shift.position]?.maxShifts !== 0);
  if (!pool.length) return [`no available qualified volunteer may work as ${shift.position}`];

  const cand = m.cand[s];
  const inShift = new Set(members[s]);
  const free = Array.from(cand).filter((v) => !inShift.has(v));
  if (!free.length) {
    return [
      cand.length === 1
        ? 'the only qualified volunteer available then is already on this shift'
        : `all ${cand.length} qualified volunteers available then are already on this shift`,
    ];
  }
  const ev = newVolunteerEval();
  const posCount = new Int32Array(Math.max(1, m.positions.length));
  const byKind = new Array<number>(HARD_KINDS).fill(0);
  let notBlocked = 0;
  const before = new Float64Array(HARD_KINDS);
  for (const v of free) {
    const mine = days[v];
    evaluateVolunteer(m, v, mine, ev, posCount);
    before.set(ev.kinds);
    const old = mine[day];
    mine[day] = [...old, s];
    evaluateVolunteer(m, v, mine, ev, posCount);
    mine[day] = old;
    // The first rule it would newly break, maximum rules first (they cannot be fixed by adding more).
    let kind = -1;
    for (let k = 0; k < HARD_KINDS; k++) {
      if (ev.kinds[k] > before[k] + 1e-9) {
        kind = k;
        break;
      }
    }
    if (kind < 0) notBlocked++;
    else byKind[kind]++;
  }
  const reasons: string[] = [];
  const total = free.length;
  const kinds = byKind
    .map((n, k) => [k, n] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (kinds.length === 1 && notBlocked === 0) {
    const [k] = kinds[0];
    const who = total === 1 ? 'the only qualified volunteer' : `all ${total} qualified volunteers`;
    reasons.push(`${who} ${BLOCKED[k]}`);
  } else {
    for (const [k, n] of kinds) {
      reasons.push(`${n} of ${total} qualified volunteers ${BLOCKED[k]}${k >= FIRST_MIN_KIND ? ' if added' : ''}`);
    }
  }
  if (notBlocked > 0) {
    reasons.push(
      `${people(notBlocked)} could still take it, but adding them costs more than the gap (their requests or their other shifts)`,
    );
  }
  return reasons;
}
