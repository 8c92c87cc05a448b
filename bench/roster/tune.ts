/*
 * Tuning harness (not the benchmark): runs instances under a fixed work budget (deterministic, so
 * variants compare without clock noise) and prints objective per variant. It tunes the search alone:
 * the column phase is timed as shares of the time limit, so it is compared with run.ts --tuning.
 *   node -r @swc-node/register bench/roster/tune.ts --dir ../shared/benchmarks/curtois --instances 3,5,6 \
 *     --iterations 5000000 --seeds 1,2 --variants '[{}, {"dpShare":1}]'
 */
import { performance } from 'node:perf_hooks';
import { checkRoster, solveRoster, type RosterTuning } from '@dost/domain';
import { CURTOIS_BEST, loadCurtois } from './curtois-adapter';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const list = (spec: string) =>
  spec.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number);
    return b === undefined ? [a] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });

const dir = arg('dir', '../shared/benchmarks/curtois');
const instances = list(arg('instances', '1-12'));
const seeds = list(arg('seeds', '1'));
const iterations = Number(arg('iterations', '3000000'));
const variants = JSON.parse(arg('variants', '[{}]')) as RosterTuning[];
const logRatio: number[] = variants.map(() => 0);
let n = 0;
for (const i of instances) {
  const { problem } = loadCurtois(dir, i);
  const best = CURTOIS_BEST[i] ?? 1;
  const cells: string[] = [];
  variants.forEach((tuning, vi) => {
    const objs: number[] = [];
    let ms = 0;
    for (const seed of seeds) {
      const t = performance.now();
      const sol = solveRoster(problem, {
        seed,
        maxIterations: iterations,
        tuning,
        timeLimitSeconds: 1e9,
        now: () => performance.now(),
      });
      ms += performance.now() - t;
      const c = checkRoster(problem, sol);
      if (c.violations.length || c.objective.total !== sol.objective.total)
        throw new Error(`Instance${i} seed ${seed}: checker disagrees`);
      objs.push(sol.objective.total);
      logRatio[vi] += Math.log(sol.objective.total / best);
    }
    cells.push(`${objs.join('/')} (${(ms / seeds.length / 1000).toFixed(1)}s)`);
  });
  n += seeds.length;
  console.log(`${i}\tbest ${best}\t${cells.join('\t')}`);
}
console.log(`geomean\t\t${logRatio.map((x) => Math.exp(x / n).toFixed(3)).join('\t')}`);
