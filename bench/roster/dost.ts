/*
 * DOST-shaped instances: solve each size, check it, and compare with the LP lower bound on the small
 * and medium sizes.  node -r @swc-node/register bench/roster/dost.ts [--time 10] [--sizes small,medium,month,event] [--no-lp] [--clock cpu] [--no-columns]
 * HiGHS is passed to the solver (its column phase) unless --no-columns.
 */
import { checkRoster, solveRoster, type RosterProblem } from '@dost/domain';
import { DOST_SIZES, generateDostCenters, generateDostEvent, slotCount } from './dost-generator';
import { lpLowerBound } from './lp-bound';
import { benchClock } from './bench-clock';
import { loadHighs } from './highs';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main() {
  const time = Number(arg('time', '10'));
  const sizes = arg('sizes', 'small,medium,event,month').split(',');
  const lp = !process.argv.includes('--no-lp');
  const clock = benchClock(arg('clock', 'wall'));
  const highs = process.argv.includes('--no-columns') ? undefined : await loadHighs();
  console.log(`time limit ${time} s (${clock.label}); seed 1; Node ${process.version}\n`);
  console.log(
    `| instance | shifts | slots | volunteers | first feasible (ms) | objective at ${time} s | filled slots | hard violations | LP lower bound | gap to bound | peak RSS (MB) |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const size of sizes) {
    const problem: RosterProblem =
      size === 'event' ? generateDostEvent() : generateDostCenters(DOST_SIZES[size as keyof typeof DOST_SIZES]);
    let peak = process.memoryUsage().rss;
    const sol = solveRoster(problem, {
      now: clock.now,
      timeLimitSeconds: time,
      seed: 1,
      highs,
      onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)),
    });
    peak = Math.max(peak, process.memoryUsage().rss);
    const check = checkRoster(problem, sol);
    const slots = slotCount(problem);
    const filled = slots - sol.unfilled.reduce((a, u) => a + u.missing, 0);
    let bound = '—';
    let gap = '—';
    if (lp && size !== 'month') {
      const b = await lpLowerBound(problem);
      bound = b.bound === null ? b.status : b.bound.toFixed(1);
      if (b.bound !== null)
        gap =
          b.bound > 0
            ? `${(((sol.objective.total - b.bound) / b.bound) * 100).toFixed(1)} %`
            : sol.objective.total === 0
              ? '0 %'
              : '∞';
    }
    console.log(
      `| ${size} | ${problem.shifts.length} | ${slots} | ${problem.volunteers.length} | ${sol.stats?.timeToFirstFeasibleMs === null ? 'none' : Math.round(sol.stats?.timeToFirstFeasibleMs ?? 0)} | ${sol.objective.total} | ${filled} | ${check.violations.length} | ${bound} | ${gap} | ${Math.round(peak / 1e6)} |`,
    );
    if (size === 'event' || size === 'small') {
      const sample = sol.unfilled.slice(0, 2).map((u) => `${u.shiftId}: ${u.reasons.join('; ')}`);
      if (sample.length) console.error(`${size} unfilled examples:\n  ${sample.join('\n  ')}`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
