import { rosterDayIndex, rosterInstantMs, rosterMeetsLevel, rosterWeekendOf } from './roster-calendar';
import type {
  RosterCheckResult,
  RosterObjective,
  RosterProblem,
  RosterShift,
  RosterViolation,
  RosterVolunteer,
} from './roster.types';

/*
 * The independent checker. It reads the rules straight from the problem document and judges a
 * solution; it shares nothing with the solver except the calendar helpers (day of an instant,
 * weekends, CEFR order), so a solver bug cannot hide itself here.
 */

interface CheckedShift {
  shift: RosterShift;
  startMs: number;
  endMs: number;
  day: number;
}

/** Why a volunteer may never work a shift, whatever else they do (null if they may). */
export function rosterStaticIneligibility(
  problem: RosterProblem,
  v: RosterVolunteer,
  s: RosterShift,
): { rule: 'availability' | 'qualification' | 'language' | 'position-limit'; message: string } | null {
  for (const q of s.requires?.qualifications ?? []) {
    if (!(v.qualifications ?? []).includes(q)) return { rule: 'qualification', message: `lacks qualification ${q}` };
  }
  for (const req of s.requires?.languages ?? []) {
    const has = (v.languages ?? []).some((l) => l.code === req.code && rosterMeetsLevel(l.level, req.minLevel));
    if (!has) return { rule: 'language', message: `does not speak ${req.code} at ${req.minLevel}` };
  }
  if (v.positions?.[s.position]?.maxShifts === 0) {
    return { rule: 'position-limit', message: `may not work position ${s.position}` };
  }
  const startMs = rosterInstantMs(s.start);
  const endMs = rosterInstantMs(s.end);
  const day = rosterDayIndex(startMs, problem.horizon);
  if ((v.unavailableDays ?? []).includes(day)) return { rule: 'availability', message: `is unavailable on day ${day}` };
  for (const u of v.unavailable ?? []) {
    if (rosterInstantMs(u.start) < endMs && startMs < rosterInstantMs(u.end)) {
      return { rule: 'availability', message: `is unavailable ${u.start}–${u.end}` };
    }
  }
  return null;
}

export function checkRoster(
  problem: RosterProblem,
  solution: { assignments: { shiftId: string; volunteerId: string }[] },
): RosterCheckResult {
  const violations: RosterViolation[] = [];
  const H = problem.horizon.days;
  const shifts = new Map<string, CheckedShift>();
  for (const s of problem.shifts) {
    const startMs = rosterInstantMs(s.start);
    shifts.set(s.id, {
      shift: s,
      startMs,
      endMs: rosterInstantMs(s.end),
      day: rosterDayIndex(startMs, problem.horizon),
    });
  }
  const volunteers = new Map(problem.volunteers.map((v) => [v.id, v]));
  const byVolunteer = new Map<string, CheckedShift[]>();
  const staffed = new Map<string, number>();
  const seen = new Set<string>();

  for (const a of solution.assignments) {
    const cs = shifts.get(a.shiftId);
    const v = volunteers.get(a.volunteerId);
    if (!cs) {
      violations.push({ rule: 'unknown-shift', shiftId: a.shiftId, message: `unknown shift ${a.shiftId}` });
      continue;
    }
    if (!v) {
      violations.push({
        rule: 'unknown-volunteer',
        volunteerId: a.volunteerId,
        message: `unknown volunteer ${a.volunteerId}`,
      });
      continue;
    }
    const key = `${a.shiftId}\u0000${a.volunteerId}`;
    if (seen.has(key)) {
      violations.push({
        rule: 'duplicate-assignment',
        shiftId: a.shiftId,
        volunteerId: a.volunteerId,
        message: `${a.volunteerId} is assigned to ${a.shiftId} twice`,
      });
      continue;
    }
    seen.add(key);
    staffed.set(a.shiftId, (staffed.get(a.shiftId) ?? 0) + 1);
    const list = byVolunteer.get(v.id) ?? [];
    list.push(cs);
    byVolunteer.set(v.id, list);
    const why = rosterStaticIneligibility(problem, v, cs.shift);
    if (why)
      violations.push({
        rule: why.rule,
        shiftId: a.shiftId,
        volunteerId: v.id,
        message: `${v.id} ${why.message} (${a.shiftId})`,
      });
  }

  // Shift caps and cover.
  let under = 0;
  let over = 0;
  for (const s of problem.shifts) {
    const n = staffed.get(s.id) ?? 0;
    if (s.maxStaff !== null && s.maxStaff !== undefined && n > s.maxStaff) {
      violations.push({
        rule: 'max-staff',
        shiftId: s.id,
        message: `${s.id} has ${n} people, at most ${s.maxStaff} allowed`,
      });
    }
    under += Math.max(0, s.demand - n) * s.underWeight;
    over += Math.max(0, n - s.demand) * s.overWeight;
  }

  let requests = 0;
  const minutesOf = new Map<string, number>();
  for (const v of problem.volunteers) {
    const mine = (byVolunteer.get(v.id) ?? []).slice().sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
    const rules = v.rules ?? {};
    const push = (rule: RosterViolation['rule'], message: string, extra: Partial<RosterViolation> = {}) =>
      violations.push({ rule, volunteerId: v.id, message: `${v.id}: ${message}`, ...extra });

    // Fixed assignments stay.
    for (const f of v.fixed ?? []) {
      if (!mine.some((m) => m.shift.id === f)) push('fixed', `fixed shift ${f} was removed`, { shiftId: f });
    }

    // Position limits.
    const perPosition = new Map<string, number>();
    for (const m of mine) perPosition.set(m.shift.position, (perPosition.get(m.shift.position) ?? 0) + 1);
    for (const [pos, n] of perPosition) {
      const cap = v.positions?.[pos]?.maxShifts;
      if (cap !== undefined && cap > 0 && n > cap) push('position-limit', `${n} shifts of ${pos}, at most ${cap}`);
    }

    // Shifts per day.
    const perDay = new Map<number, number>();
    for (const m of mine) perDay.set(m.day, (perDay.get(m.day) ?? 0) + 1);
    const maxPerDay = rules.maxShiftsPerDay ?? 1;
    for (const [day, n] of perDay) {
      if (n > maxPerDay) push('shifts-per-day', `${n} shifts on day ${day}, at most ${maxPerDay}`, { day });
    }

    // Overlap and rest: every ordered pair where one ends before the other starts.
    for (let i = 0; i < mine.length; i++) {
      for (let j = i + 1; j < mine.length; j++) {
        const a = mine[i];
        const b = mine[j];
        if (a.startMs < b.endMs && b.startMs < a.endMs) {
          push('overlap', `${a.shift.id} and ${b.shift.id} overlap`, { shiftId: b.shift.id });
        } else if (rules.minRestMinutes !== undefined) {
          const rest = (b.startMs - a.endMs) / 60_000;
          if (rest < rules.minRestMinutes) {
            push('rest', `only ${rest} min between ${a.shift.id} and ${b.shift.id}, at least ${rules.minRestMinutes}`, {
              shiftId: b.shift.id,
            });
          }
        }
      }
    }

    // Minutes over the horizon.
    const minutes = mine.reduce((sum, m) => sum + (m.endMs - m.startMs) / 60_000, 0);
    minutesOf.set(v.id, minutes);
    if (rules.maxMinutes !== undefined && minutes > rules.maxMinutes)
      push('max-minutes', `${minutes} min, at most ${rules.maxMinutes}`);
    if (rules.minMinutes !== undefined && minutes < rules.minMinutes)
      push('min-minutes', `${minutes} min, at least ${rules.minMinutes}`);

    // Runs of working days and days off over the horizon.
    const worked: boolean[] = Array.from({ length: H }, (_, d) => perDay.has(d));
    let d = 0;
    while (d < H) {
      let e = d;
      while (e + 1 < H && worked[e + 1] === worked[d]) e++;
      const len = e - d + 1;
      const touchesEdge = d === 0 || e === H - 1;
      if (worked[d]) {
        if (rules.maxConsecutiveDays !== undefined && len > rules.maxConsecutiveDays) {
          push(
            'max-consecutive-days',
            `works ${len} days in a row from day ${d}, at most ${rules.maxConsecutiveDays}`,
            { day: d },
          );
        }
        if (rules.minConsecutiveDays !== undefined && !touchesEdge && len < rules.minConsecutiveDays) {
          push(
            'min-consecutive-days',
            `works only ${len} days in a row from day ${d}, at least ${rules.minConsecutiveDays}`,
            { day: d },
          );
        }
      } else if (rules.minConsecutiveDaysOff !== undefined && !touchesEdge && len < rules.minConsecutiveDaysOff) {
        push(
          'min-consecutive-days-off',
          `only ${len} days off in a row from day ${d}, at least ${rules.minConsecutiveDaysOff}`,
          { day: d },
        );
      }
      d = e + 1;
    }

    // Weekends.
    if (rules.maxWeekends !== undefined) {
      const weekends = new Set<number>();
      for (const day of perDay.keys()) {
        const w = rosterWeekendOf(day, problem.horizon);
        if (w >= 0) weekends.add(w);
      }
      if (weekends.size > rules.maxWeekends)
        push('max-weekends', `works ${weekends.size} weekends, at most ${rules.maxWeekends}`);
    }

    // Requests (soft).
    for (const r of v.requests ?? []) {
      const works = mine.some((m) => m.day === r.day && (r.position === undefined || m.shift.position === r.position));
      if (works !== r.want) requests += r.weight;
    }
  }

  // Fairness: spread of assigned minutes among volunteers who could work at least one shift.
  let fairness = 0;
  const fw = problem.weights?.fairness ?? 0;
  if (fw > 0) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of problem.volunteers) {
      if (!problem.shifts.some((s) => rosterStaticIneligibility(problem, v, s) === null)) continue;
      const m = minutesOf.get(v.id) ?? 0;
      lo = Math.min(lo, m);
      hi = Math.max(hi, m);
    }
    fairness = hi > lo ? fw * (hi - lo) : 0;
  }

  const objective: RosterObjective = { total: under + over + requests + fairness, under, over, requests, fairness };
  return { violations, objective };
}
