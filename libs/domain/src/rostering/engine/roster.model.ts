import { rosterDayIndex, rosterInstantMs, rosterMeetsLevel, rosterWeekendOf } from './roster-calendar';
import type { RosterProblem } from './roster.types';

/*
 * The solver's compiled view of a problem: everything indexed by integers in typed arrays so a move
 * is evaluated without allocating. Static eligibility (availability, qualifications, languages,
 * position limit 0) is decided once here; the search only ever proposes eligible pairs.
 */

export const Hard = {
  PerDay: 0,
  Overlap: 1,
  Rest: 2,
  MaxMinutes: 3,
  MaxConsecutive: 4,
  MaxWeekends: 5,
  PositionCap: 6,
  MinMinutes: 7,
  MinConsecutive: 8,
  MinDaysOff: 9,
} as const;
export const HARD_KINDS = 10;
/** Kinds below this index only grow when shifts are added ("maximum" rules). */
export const FIRST_MIN_KIND = 7;

export interface RosterRequestCompiled {
  day: number;
  pos: number; // -1 = any position
  want: boolean;
  weight: number;
}

export interface RosterModel {
  problem: RosterProblem;
  H: number;
  S: number;
  V: number;
  positions: string[];
  sStart: Float64Array;
  sEnd: Float64Array;
  sDur: Float64Array; // minutes
  sDay: Int32Array;
  sPos: Int32Array;
  sDemand: Int32Array;
  sMax: Int32Array; // -1 = no cap
  sUnder: Float64Array;
  sOver: Float64Array;
  dayWeekend: Int32Array; // -1 on weekdays
  cand: Int32Array[]; // statically eligible volunteers per shift, ascending
  volShifts: Int32Array[]; // statically eligible shifts per volunteer, ascending
  volDayShifts: Int32Array[][]; // per volunteer and day: eligible shifts
  maxMinutes: Float64Array;
  minMinutes: Float64Array;
  maxCons: Float64Array;
  minCons: Float64Array;
  minOff: Float64Array;
  maxWeekends: Float64Array;
  minRest: Float64Array; // minutes
  maxPerDay: Float64Array;
  posCap: Int32Array[]; // per volunteer, per position; -1 = no limit
  requests: RosterRequestCompiled[][];
  fixed: Int32Array[]; // per volunteer: fixed shift indexes
  isFixed: Set<number>; // key s * V + v
  fairness: number;
  /** Minutes counted as one unit of a minutes-rule penalty: the average shift length, so a missing shift weighs like a missing day. */
  minuteUnit: number;
  shiftIndex: Map<string, number>;
}

const EMPTY = new Int32Array(0);

export function compileRosterProblem(problem: RosterProblem): RosterModel {
  const { horizon } = problem;
  const H = horizon.days;
  const S = problem.shifts.length;
  const V = problem.volunteers.length;
  const positions: string[] = [];
  const posIndex = new Map<string, number>();
  const pos = (name: string) => {
    let i = posIndex.get(name);
    if (i === undefined) {
      i = positions.length;
      positions.push(name);
      posIndex.set(name, i);
    }
    return i;
  };
  const sStart = new Float64Array(S);
  const sEnd = new Float64Array(S);
  const sDur = new Float64Array(S);
  const sDay = new Int32Array(S);
  const sPos = new Int32Array(S);
  const sDemand = new Int32Array(S);
  const sMax = new Int32Array(S);
  const sUnder = new Float64Array(S);
  const sOver = new Float64Array(S);
  const shiftIndex = new Map<string, number>();
  problem.shifts.forEach((s, i) => {
    if (shiftIndex.has(s.id)) throw new RangeError(`Duplicate shift id ${s.id}`);
    shiftIndex.set(s.id, i);
    sStart[i] = rosterInstantMs(s.start);
    sEnd[i] = rosterInstantMs(s.end);
    if (sEnd[i] <= sStart[i]) throw new RangeError(`Shift ${s.id} ends before it starts`);
    sDur[i] = (sEnd[i] - sStart[i]) / 60_000;
    sDay[i] = rosterDayIndex(sStart[i], horizon);
    if (sDay[i] < 0 || sDay[i] >= H) throw new RangeError(`Shift ${s.id} starts outside the horizon`);
    sPos[i] = pos(s.position);
    sDemand[i] = s.demand;
    sMax[i] = s.maxStaff === null || s.maxStaff === undefined ? -1 : s.maxStaff;
    sUnder[i] = s.underWeight;
    sOver[i] = s.overWeight;
  });
  const dayWeekend = new Int32Array(H);
  for (let d = 0; d < H; d++) dayWeekend[d] = rosterWeekendOf(d, horizon);

  // Group shifts by their requirement signature so eligibility is decided once per signature.
  const sigOf = (i: number) => {
    const s = problem.shifts[i];
    const q = [...(s.requires?.qualifications ?? [])].sort().join(',');
    const l = (s.requires?.languages ?? [])
      .map((x) => `${x.code}:${x.minLevel}`)
      .sort()
      .join(',');
    return `${q}|${l}|${s.position}`;
  };
  const sigShifts = new Map<string, number[]>();
  for (let i = 0; i < S; i++) {
    const k = sigOf(i);
    const list = sigShifts.get(k) ?? [];
    list.push(i);
    sigShifts.set(k, list);
  }

  const maxMinutes = new Float64Array(V).fill(Infinity);
  const minMinutes = new Float64Array(V);
  const maxCons = new Float64Array(V).fill(Infinity);
  const minCons = new Float64Array(V);
  const minOff = new Float64Array(V);
  const maxWeekends = new Float64Array(V).fill(Infinity);
  const minRest = new Float64Array(V);
  const maxPerDay = new Float64Array(V).fill(1);
  const posCap: Int32Array[] = [];
  const requests: RosterRequestCompiled[][] = [];
  const fixed: Int32Array[] = [];
  const isFixed = new Set<number>();
  const candLists: number[][] = Array.from({ length: S }, () => []);
  const volShifts: Int32Array[] = [];
  const volDayShifts: Int32Array[][] = [];

  problem.volunteers.forEach((v, vi) => {
    const r = v.rules ?? {};
    if (r.maxMinutes !== undefined) maxMinutes[vi] = r.maxMinutes;
    if (r.minMinutes !== undefined) minMinutes[vi] = r.minMinutes;
    if (r.maxConsecutiveDays !== undefined) maxCons[vi] = r.maxConsecutiveDays;
    if (r.minConsecutiveDays !== undefined) minCons[vi] = r.minConsecutiveDays;
    if (r.minConsecutiveDaysOff !== undefined) minOff[vi] = r.minConsecutiveDaysOff;
    if (r.maxWeekends !== undefined) maxWeekends[vi] = r.maxWeekends;
    if (r.minRestMinutes !== undefined) minRest[vi] = r.minRestMinutes;
    if (r.maxShiftsPerDay !== undefined) maxPerDay[vi] = r.maxShiftsPerDay;
    const caps = new Int32Array(Math.max(positions.length, 1)).fill(-1);
    for (const [name, lim] of Object.entries(v.positions ?? {})) {
      const p = posIndex.get(name);
      if (p !== undefined) caps[p] = lim.maxShifts;
    }
    posCap.push(caps);
    requests.push(
      (v.requests ?? [])
        .filter((q) => q.day >= 0 && q.day < H)
        .map((q) => ({
          day: q.day,
          pos: q.position === undefined ? -1 : (posIndex.get(q.position) ?? -2),
          want: q.want,
          weight: q.weight,
        })),
    );

    const offDays = new Set(v.unavailableDays ?? []);
    const blocked = (v.unavailable ?? []).map((u) => [rosterInstantMs(u.start), rosterInstantMs(u.end)] as const);
    const quals = new Set(v.qualifications ?? []);
    const mine: number[] = [];
    for (const list of sigShifts.values()) {
      const s0 = problem.shifts[list[0]];
      if (!(s0.requires?.qualifications ?? []).every((q) => quals.has(q))) continue;
      const langOk = (s0.requires?.languages ?? []).every((req) =>
        (v.languages ?? []).some((l) => l.code === req.code && rosterMeetsLevel(l.level, req.minLevel)),
      );
      if (!langOk) continue;
      if (caps[sPos[list[0]]] === 0) continue;
      for (const si of list) {
        if (offDays.has(sDay[si])) continue;
        if (blocked.some(([a, b]) => a < sEnd[si] && sStart[si] < b)) continue;
        mine.push(si);
      }
    }
    mine.sort((a, b) => a - b);
    for (const si of mine) candLists[si].push(vi);
    volShifts.push(Int32Array.from(mine));
    const byDay: number[][] = Array.from({ length: H }, () => []);
    for (const si of mine) byDay[sDay[si]].push(si);
    volDayShifts.push(byDay.map((l) => (l.length ? Int32Array.from(l) : EMPTY)));

    const fx: number[] = [];
    for (const id of v.fixed ?? []) {
      const si = shiftIndex.get(id);
      if (si === undefined) throw new RangeError(`Volunteer ${v.id} has unknown fixed shift ${id}`);
      fx.push(si);
      isFixed.add(si * V + vi);
    }
    fixed.push(Int32Array.from(fx));
  });

  return {
    problem,
    H,
    S,
    V,
    positions,
    sStart,
    sEnd,
    sDur,
    sDay,
    sPos,
    sDemand,
    sMax,
    sUnder,
    sOver,
    dayWeekend,
    cand: candLists.map((l) => Int32Array.from(l)),
    volShifts,
    volDayShifts,
    maxMinutes,
    minMinutes,
    maxCons,
    minCons,
    minOff,
    maxWeekends,
    minRest,
    maxPerDay,
    posCap,
    requests,
    fixed,
    isFixed,
    fairness: problem.weights?.fairness ?? 0,
    minuteUnit: S ? Math.max(1, sDur.reduce((a, b) => a + b, 0) / S) : 60,
    shiftIndex,
  };
}

export function isEligible(m: RosterModel, v: number, s: number): boolean {
  const a = m.volShifts[v];
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] === s) return true;
    if (a[mid] < s) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Result slots of evaluateVolunteer, reused to avoid allocation. */
export interface VolunteerEval {
  soft: number;
  hard: number;
  hardMax: number;
  minutes: number;
  /** Weekends with at least one worked day, and how many of them have both days worked. */
  weekends: number;
  fullWeekends: number;
  kinds: Float64Array;
}

export function newVolunteerEval(): VolunteerEval {
  return {
    soft: 0,
    hard: 0,
    hardMax: 0,
    minutes: 0,
    weekends: 0,
    fullWeekends: 0,
    kinds: new Float64Array(HARD_KINDS),
  };
}

/** Penalty of the weekend cap for a count of worked weekends, `full` of them with both days worked. */
export function weekendExcess(weekends: number, full: number, cap: number): number {
  if (weekends <= cap) return 0;
  // Excess weekends, the half-worked ones first at half weight: dropping one day of a fully worked
  // weekend is then visible progress to the search.
  const excess = weekends - cap;
  const half = Math.min(excess, weekends - full);
  return half * 0.5 + (excess - half);
}

/**
 * One volunteer's rule penalties (amounts, not counts: hours over a cap, days beyond a run limit, …)
 * and unmet request weights, for the given day → shifts lists. O(days + shifts).
 */
export function evaluateVolunteer(
  m: RosterModel,
  v: number,
  days: number[][],
  out: VolunteerEval,
  posCount: Int32Array,
): void {
  const k = out.kinds;
  k.fill(0);
  const H = m.H;
  const maxPerDay = m.maxPerDay[v];
  const minRest = m.minRest[v] * 60_000;
  const maxCons = m.maxCons[v];
  const minCons = m.minCons[v];
  const minOff = m.minOff[v];
  let minutes = 0;
  let prevEnd = -Infinity;
  let runStart = 0;
  let weekends = 0;
  let fullWeekends = 0;
  let lastWeekend = -1;
  let touchedPos = 0;
  const caps = m.posCap[v];
  for (let d = 0; d <= H; d++) {
    const list = d < H ? days[d] : null;
    const n = list ? list.length : -1;
    if (d > 0) {
      const prevWorked = days[d - 1].length > 0;
      const worked = n > 0;
      if (d === H || worked !== prevWorked) {
        // A run [runStart, d-1] of equal state ends here.
        const len = d - runStart;
        const edge = runStart === 0 || d === H;
        if (prevWorked) {
          if (len > maxCons) k[Hard.MaxConsecutive] += len - maxCons;
          if (!edge && len < minCons) k[Hard.MinConsecutive] += minCons - len;
        } else if (!edge && len < minOff) k[Hard.MinDaysOff] += minOff - len;
        runStart = d;
      }
    }
    if (!list || n === 0) continue;
    if (n > maxPerDay) k[Hard.PerDay] += n - maxPerDay;
    const we = m.dayWeekend[d];
    if (we >= 0) {
      if (we !== lastWeekend) {
        weekends++;
        lastWeekend = we;
      } else fullWeekends++; // second worked day of the same weekend
    }
    if (n === 1) {
      const s = list[0];
      minutes += m.sDur[s];
      if (posCount[m.sPos[s]]++ === 0) touchedPos++;
      const st = m.sStart[s];
      if (st < prevEnd) k[Hard.Overlap] += 1;
      else if (st - prevEnd < minRest) k[Hard.Rest] += 1;
      if (m.sEnd[s] > prevEnd) prevEnd = m.sEnd[s];
    } else {
      const sorted = list.slice().sort((a, b) => m.sStart[a] - m.sStart[b]);
      for (const s of sorted) {
        minutes += m.sDur[s];
        if (posCount[m.sPos[s]]++ === 0) touchedPos++;
        const st = m.sStart[s];
        if (st < prevEnd) k[Hard.Overlap] += 1;
        else if (st - prevEnd < minRest) k[Hard.Rest] += 1;
        if (m.sEnd[s] > prevEnd) prevEnd = m.sEnd[s];
      }
    }
  }
  k[Hard.MaxWeekends] += weekendExcess(weekends, fullWeekends, m.maxWeekends[v]);
  if (minutes > m.maxMinutes[v]) k[Hard.MaxMinutes] += (minutes - m.maxMinutes[v]) / m.minuteUnit;
  if (minutes < m.minMinutes[v]) k[Hard.MinMinutes] += (m.minMinutes[v] - minutes) / m.minuteUnit;
  if (touchedPos > 0) {
    for (let p = 0; p < posCount.length; p++) {
      const c = posCount[p];
      if (c === 0) continue;
      const cap = caps[p];
      if (cap > 0 && c > cap) k[Hard.PositionCap] += c - cap;
      posCount[p] = 0;
    }
  }
  let soft = 0;
  for (const r of m.requests[v]) {
    const list = days[r.day];
    let works = false;
    if (r.pos === -1) works = list.length > 0;
    else for (const s of list) if (m.sPos[s] === r.pos) works = true;
    if (works !== r.want) soft += r.weight;
  }
  let hardMax = 0;
  let hard = 0;
  for (let i = 0; i < HARD_KINDS; i++) {
    hard += k[i];
    if (i < FIRST_MIN_KIND) hardMax += k[i];
  }
  out.soft = soft;
  out.hard = hard;
  out.hardMax = hardMax;
  out.minutes = minutes;
  out.weekends = weekends;
  out.fullWeekends = fullWeekends;
}
