/*
 * Roster engine command line (the only file of the domain that may touch the file system and the clock).
 *   npm run roster -- solve <problem.json> [--time-limit S] [--seed N]   → solution JSON on stdout
 *   npm run roster -- check <problem.json> <solution.json>               → violations + objective; exit 1 on any hard violation
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkRoster, solveRoster, type RosterProblem, type RosterSolution } from './engine';

function usage(): never {
  process.stderr.write(
    'usage:\n  roster solve <problem.json> [--time-limit S] [--seed N]\n  roster check <problem.json> <solution.json>\n',
  );
  process.exit(2);
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    if (rest[i].startsWith('--')) flags.set(rest[i].slice(2), rest[++i] ?? '');
    else positional.push(rest[i]);
  }
  if (command === 'solve' && positional.length === 1) {
    const problem = readJson<RosterProblem>(positional[0]);
    const num = (name: string) => {
      const raw = flags.get(name);
      if (raw === undefined) return undefined;
      const n = Number(raw);
      if (!Number.isFinite(n) || n < 0) usage();
      return n;
    };
    const solution = solveRoster(problem, {
      now: () => performance.now(),
      timeLimitSeconds: num('time-limit'),
      seed: num('seed'),
    });
    process.stdout.write(JSON.stringify(solution, null, 2) + '\n');
    return solution.hardViolations > 0 ? 1 : 0;
  }
  if (command === 'check' && positional.length === 2) {
    const problem = readJson<RosterProblem>(positional[0]);
    const solution = readJson<RosterSolution>(positional[1]);
    const result = checkRoster(problem, solution);
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    process.stderr.write(
      result.violations.length
        ? `${result.violations.length} hard violation(s)\n`
        : `no hard violations; objective ${result.objective.total}\n`,
    );
    return result.violations.length > 0 ? 1 : 0;
  }
  return usage();
}

process.exitCode = main(process.argv.slice(2));
