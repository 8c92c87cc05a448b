/*
 * A lower bound on a roster problem's objective from an LP relaxation, solved with HiGHS (npm `highs`).
 * x[v,s] ∈ [0,1] for every statically eligible pair; kept: cover (with under/over slack), shift caps,
 * shifts per day, maximum minutes, requests. Dropped (so the bound stays valid, only weaker): rest,
 * overlap beyond shifts per day, runs, weekends, minimum minutes, position caps > 0, fairness.
 */
import { rosterDayIndex, rosterStaticIneligibility, type RosterProblem } from '@dost/domain';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadHighs = require('highs') as () => Promise<{
  solve: (lp: string, opts?: Record<string, unknown>) => { Status: string; ObjectiveValue: number };
}>;

export interface LpBound {
  status: string;
  bound: number | null;
  variables: number;
  rows: number;
}

export async function lpLowerBound(problem: RosterProblem): Promise<LpBound> {
  const H = problem.horizon;
  const day = problem.shifts.map((s) => rosterDayIndex(Date.parse(s.start), H));
  const minutes = problem.shifts.map((s) => (Date.parse(s.end) - Date.parse(s.start)) / 60_000);
  const obj: string[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  const byShift: string[][] = problem.shifts.map(() => []);
  let nVars = 0;
  problem.volunteers.forEach((v, vi) => {
    const mine: { s: number; name: string }[] = [];
    problem.shifts.forEach((s, si) => {
      if (rosterStaticIneligibility(problem, v, s)) return;
      const name = `x${vi}_${si}`;
      mine.push({ s: si, name });
      byShift[si].push(name);
      bounds.push(`${name} <= 1`);
      nVars++;
    });
    if (!mine.length) return;
    const perDay = new Map<number, string[]>();
    for (const { s, name } of mine) perDay.set(day[s], [...(perDay.get(day[s]) ?? []), name]);
    const maxPerDay = v.rules?.maxShiftsPerDay ?? 1;
    for (const [d, names] of perDay)
      if (names.length > maxPerDay) rows.push(`pd${vi}_${d}: ${names.join(' + ')} <= ${maxPerDay}`);
    if (v.rules?.maxMinutes !== undefined)
      rows.push(`mm${vi}: ${mine.map(({ s, name }) => `${minutes[s]} ${name}`).join(' + ')} <= ${v.rules.maxMinutes}`);
    (v.requests ?? []).forEach((r, ri) => {
      const hit = mine
        .filter(({ s }) => day[s] === r.day && (r.position === undefined || problem.shifts[s].position === r.position))
        .map((x) => x.name);
      const y = `r${vi}_${ri}`;
      if (r.want) {
        obj.push(`${r.weight} ${y}`);
        nVars++;
        rows.push(hit.length ? `rq${vi}_${ri}: ${y} + ${hit.join(' + ')} >= 1` : `rq${vi}_${ri}: ${y} >= 1`);
      } else if (hit.length) {
        obj.push(`${r.weight} ${y}`);
        nVars++;
        hit.forEach((h, k) => rows.push(`rn${vi}_${ri}_${k}: ${y} - ${h} >= 0`));
      }
    });
  });
  problem.shifts.forEach((s, si) => {
    const xs = byShift[si];
    obj.push(`${s.underWeight} u${si}`, `${s.overWeight} o${si}`);
    nVars += 2;
    rows.push(`c${si}: ${xs.length ? xs.join(' + ') + ' + ' : ''}u${si} - o${si} = ${s.demand}`);
    if (s.maxStaff !== null && s.maxStaff !== undefined && xs.length > s.maxStaff)
      rows.push(`cap${si}: ${xs.join(' + ')} <= ${s.maxStaff}`);
  });
  // The LP format wants short lines.
  const wrap = (t: string) => t.replace(/((?:\S+\s+){40})/g, '$1\n ');
  const lp = `Minimize\n obj: ${wrap(obj.join(' + '))}\nSubject To\n${rows.map((r) => ' ' + wrap(r)).join('\n')}\nBounds\n${bounds.map((b) => ' ' + b).join('\n')}\nEnd\n`;
  const highs = await loadHighs();
  const res = highs.solve(lp, { output_flag: false });
  return {
    status: res.Status,
    bound: res.Status === 'Optimal' ? res.ObjectiveValue : null,
    variables: nVars,
    rows: rows.length,
  };
}
