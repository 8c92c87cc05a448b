/*
 * Curtois & Qu benchmark runner for the roster engine.
 *   node -r @swc-node/register bench/roster/run.ts --dir ../shared/benchmarks/curtois [--time 10,60] [--instances 1-12] [--seed 1] [--no-columns] [--tuning '{"columns":{"start":0.2}}']
 * One run per instance and time limit (the column phase is timed as a share of the limit, so a
 * shorter limit is a different trajectory, not a prefix of a longer one). HiGHS is loaded and passed
 * to the solver unless --no-columns. Prints a markdown table; exits 1 if any returned roster has a
 * hard violation.
 * --clock cpu measures the limits in CPU time of this process instead of wall time: on a shared machine
 * the wall clock mostly measures the other jobs (see bench/README.md).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkRoster, solveRoster, type RosterTuning } from '@dost/domain';
import { CURTOIS_BEST, loadCurtois } from './curtois-adapter';
import { benchClock } from './bench-clock';
import { loadHighs } from './highs';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function parseRange(spec: string): number[] {
  return spec.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number);
    return b === undefined ? [a] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
}

interface Row {
  instance: number;
  best?: number;
  at: Record<number, number | null>;
  hardViolations: number;
  checkerAgrees: boolean;
  timeToFirstFeasibleMs: number | null;
  iterations: number;
  peakRssMb: number;
  wallMs: number;
  /** Of the longest run: the column phase's LP bound, and whether the roster was proven optimal (after how long). */
  bound: number | null;
  provenMs: number | null;
}

const KNOWN = ['dir', 'time', 'instances', 'seed', 'clock', 'no-columns', 'tuning'];
for (const a of process.argv.slice(2)) {
  if (a.startsWith('--') && !KNOWN.includes(a.slice(2))) refuse(`unknown option ${a} (known: ${KNOWN.map((k) => `--${k}`).join(' ')})`);
}
/** A bad value is one line and exit 2 (a NaN time limit would run for ever). */
function refuse(message: string): never {
  console.error(`run.ts: ${message}`);
  process.exit(2);
}
const dir = arg('dir', '../shared/benchmarks/curtois');
if (!existsSync(join(dir, 'Instance1.txt'))) refuse(`no Curtois & Qu instances in ${dir} (expected ${join(dir, 'Instance1.txt')}; pass --dir)`);
const limits = parseRange(arg('time', '10,60')).sort((a, b) => a - b);
const instances = parseRange(arg('instances', '1-12'));
const seed = Number(arg('seed', '1'));
if (!limits.length || limits.some((l) => !(l > 0))) refuse(`--time needs seconds > 0, e.g. 10,60 (got "${arg('time', '')}")`);
if (!instances.length || instances.some((n) => !Number.isInteger(n) || n < 1 || n > 24))
  refuse(`--instances needs instance numbers 1–24, e.g. 1-3,7 (got "${arg('instances', '')}")`);
if (!Number.isInteger(seed)) refuse(`--seed needs a whole number (got "${arg('seed', '')}")`);
const clockKind = arg('clock', 'wall');
if (clockKind !== 'wall' && clockKind !== 'cpu') refuse(`--clock wall|cpu, not "${clockKind}"`);
const clock = benchClock(clockKind);
const tuning = ((): RosterTuning => {
  try {
    return JSON.parse(arg('tuning', '{}')) as RosterTuning;
  } catch {
    return refuse(`--tuning needs JSON, e.g. '{"columns":{"start":0.2}}'`);
  }
})();
const rows: Row[] = [];

async function main() {
  const highs = process.argv.includes('--no-columns') ? undefined : await loadHighs();
  for (const n of instances) {
    const { problem, cannotFollowMismatches } = loadCurtois(dir, n);
    if (cannotFollowMismatches)
      console.error(`Instance${n}: ${cannotFollowMismatches} cannot-follow pairs disagree with the rest rule`);
    const row: Row = {
      instance: n,
      best: CURTOIS_BEST[n],
      at: {},
      hardViolations: 0,
      checkerAgrees: true,
      timeToFirstFeasibleMs: null,
      iterations: 0,
      peakRssMb: 0,
      wallMs: 0,
      bound: null,
      provenMs: null,
    };
    for (const limit of limits) {
      let peak = process.memoryUsage().rss;
      const wall0 = performance.now();
      const sol = solveRoster(problem, {
        now: clock.now,
        timeLimitSeconds: limit,
        seed,
        highs,
        tuning,
        onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)),
      });
      const check = checkRoster(problem, sol);
      row.at[limit] = check.violations.length ? null : sol.objective.total;
      row.hardViolations += check.violations.length;
      row.checkerAgrees &&= check.objective.total === sol.objective.total;
      // First feasible and iterations of the longest run; peak memory and wall time over all runs.
      row.timeToFirstFeasibleMs = sol.stats?.timeToFirstFeasibleMs ?? null;
      row.iterations = sol.stats?.iterations ?? 0;
      row.bound = typeof sol.stats?.columnBound === 'number' ? sol.stats.columnBound : null;
      row.provenMs = sol.stats?.provenOptimal ? Number(sol.stats.elapsedMs) : null;
      row.peakRssMb = Math.max(row.peakRssMb, Math.round(peak / 1e6));
      row.wallMs += Math.round(performance.now() - wall0);
      console.error(JSON.stringify({ instance: n, limit, objective: sol.objective.total, stats: sol.stats }));
    }
    rows.push(row);
  }
  report();
}

function report() {
  const fmtGap = (v: number | null | undefined, best?: number) =>
    v === null || v === undefined ? 'infeasible' : best ? `${v} (${(((v - best) / best) * 100).toFixed(1)} %)` : `${v}`;
  console.log(`seed ${seed}; time limits ${limits.join(', ')} s (${clock.label}); Node ${process.version}\n`);
  console.log(
    `| instance | best known | ${limits.map((l) => `objective at ${l} s (gap)`).join(' | ')} | hard violations | first feasible (ms) | LP bound | proven optimal | iterations | wall time (s) | checker agrees |`,
  );
  console.log(`|---|---|${limits.map(() => '---|').join('')}---|---|---|---|---|---|---|`);
  for (const r of rows) {
    console.log(
      `| ${r.instance} | ${r.best ?? '—'} | ${limits.map((l) => fmtGap(r.at[l], r.best)).join(' | ')} | ${r.hardViolations} | ${
        r.timeToFirstFeasibleMs === null ? 'none' : Math.round(r.timeToFirstFeasibleMs)
      } | ${r.bound === null ? '—' : Math.round(r.bound * 10) / 10} | ${r.provenMs === null ? 'no' : `yes, at ${(r.provenMs / 1000).toFixed(1)} s`} | ${r.iterations} | ${(r.wallMs / 1000).toFixed(0)} | ${r.checkerAgrees ? 'yes' : 'NO'} |`,
    );
  }
  for (const l of limits) {
    const ratios = rows
      .filter((r) => r.best && r.at[l] !== null && r.at[l] !== undefined)
      .map((r) => (r.at[l] as number) / (r.best as number));
    const missing = rows.filter((r) => r.best && (r.at[l] === null || r.at[l] === undefined)).length;
    const gm = ratios.length ? Math.exp(ratios.reduce((a, x) => a + Math.log(x), 0) / ratios.length) : NaN;
    console.log(
      `\ngeometric mean objective ÷ best known at ${l} s: ${gm.toFixed(3)} over ${ratios.length} instances${missing ? ` (${missing} without a feasible roster, not counted)` : ''}`,
    );
  }
  process.exitCode = rows.some((r) => r.hardViolations > 0) ? 1 : 0;
}

void main();
