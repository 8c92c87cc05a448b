import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { daily, problem } from './engine/roster.fixtures.spec-helper';
import type { RosterSolution } from './engine';

/* The roster command line as a user runs it: a real process, real files, exit codes. */

const ROOT = resolve(__dirname, '../../../..');
const roster = (...args: string[]) =>
  spawnSync(process.execPath, ['-r', '@swc-node/register', 'libs/domain/src/rostering/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'roster-cli-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A week of one 09–17 shift a day for two people; three volunteers of at most 4 days each: 12 of 14 places.
const week = problem(
  daily(7, { demand: 2 }),
  ['a', 'b', 'c'].map((id) => ({ id, rules: { maxMinutes: 4 * 480 } })),
  7,
);

describe('npm run roster', () => {
  it('solve writes a roster the check accepts; the column phase proves it optimal and ends before the limit', () => {
    const p = join(dir, 'week.json');
    const out = join(dir, 'week.solution.json');
    writeFileSync(p, JSON.stringify(week));
    const solved = roster('solve', p, '--time-limit', '5', '--seed', '2', '--out', out);
    expect(solved.stderr).toMatch(/^wrote .*week\.solution\.json: objective 200, 0 hard violation\(s\)\n$/);
    expect(solved.status).toBe(0);
    const solution = JSON.parse(readFileSync(out, 'utf8')) as RosterSolution;
    expect(solution.assignments).toHaveLength(12);
    expect(solution.unfilled.reduce((n, u) => n + u.missing, 0)).toBe(2);
    expect(solution.stats).toMatchObject({ provenOptimal: true, lowerBound: 200, seed: 2 });
    expect(solution.stats!.elapsedMs).toBeLessThan(5_000);

    const checked = roster('check', p, out);
    expect(checked.status).toBe(0);
    expect(checked.stderr).toBe('no hard violations; objective 200\n');
    expect(JSON.parse(checked.stdout)).toMatchObject({ violations: [], objective: { total: 200, under: 200 } });
  });

  it('check exits 1 on a hard violation and names it', () => {
    const p = join(dir, 'week.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(p, JSON.stringify(week));
    // Volunteer a on all seven days: 56 hours against a 32-hour maximum.
    writeFileSync(bad, JSON.stringify({ assignments: week.shifts.map((s) => ({ shiftId: s.id, volunteerId: 'a' })) }));
    const checked = roster('check', p, bad);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toBe('1 hard violation(s)\n');
    expect(JSON.parse(checked.stdout).violations).toEqual([expect.objectContaining({ rule: 'max-minutes', volunteerId: 'a' })]);
  });

  it('bad input is one line on stderr and exit 2', () => {
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ shifts: ');
    const p = join(dir, 'week.json');
    writeFileSync(p, JSON.stringify(week));
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ ...week, shifts: [{ ...week.shifts[0], demand: 'two' }] }));
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '{}');
    const cases: [string[], RegExp][] = [
      [['solve', wrong], /^roster: .*wrong\.json is not a roster problem: shifts\[0\]\.demand: expected a whole number ≥ 0, got "two"\n$/],
      [['solve', empty], /^roster: .*empty\.json is not a roster problem: horizon: missing; shifts: missing; volunteers: missing\n$/],
      [['check', p, empty], /^roster: .*empty\.json is not a roster solution: expected \{"assignments"/],
      [['solve', join(dir, 'missing.json')], /^roster: cannot read .*missing\.json: no such file/],
      [['solve', notJson], /^roster: .*not\.json is not JSON/],
      [['solve', p, '--fast'], /^roster: unknown option --fast; usage: roster solve .*\n$/],
      [['solve', p, '--out'], /^roster: --out needs a file name\n$/],
      [['solve', p, '--seed', '1.5'], /^roster: --seed needs a whole number ≥ 0, not "1.5"\n$/],
      [['check', p], /^roster: check needs a problem file and a solution file; usage: .*\n$/],
      [['solve', p, '--time-limit', 'soon'], /^roster: --time-limit needs a number ≥ 0, not "soon"/],
    ];
    for (const [args, message] of cases) {
      const r = roster(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  });
});
