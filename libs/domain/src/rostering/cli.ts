/*
 * Roster engine command line (the only file of the domain that may touch the file system and the clock).
 *   npm run roster -- solve <problem.json> [--time-limit S] [--seed N] [--out solution.json]
 *       → solution JSON on stdout, or into --out (npm prints its own banner on stdout: to redirect
 *         stdout into a file, run `npm run -s roster -- …` or use --out)
 *   npm run roster -- check <problem.json> <solution.json>   → violations + objective; exit 1 on any hard violation
 * Bad input (a missing file, not JSON, an invalid problem, a bad flag) is one line on stderr and exit 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  checkRoster,
  solveRoster,
  validateRosterProblem,
  type RosterHighs,
  type RosterProblem,
  type RosterSolution,
} from './engine';

const USAGE =
  'usage: roster solve <problem.json> [--time-limit S] [--seed N] [--out solution.json] | roster check <problem.json> <solution.json>';

/** A mistake in what the user gave us: reported in one line, without a stack trace. */
class InputError extends Error {}

/** The problem file, refused in one line (its first few mistakes, by path) if it is not a roster problem. */
function readProblem(path: string): RosterProblem {
  const doc = readJson<unknown>(path);
  const problems = validateRosterProblem(doc);
  if (problems.length) throw new InputError(`${path} is not a roster problem: ${problems.join('; ')}`);
  return doc as RosterProblem;
}

function readJson<T>(path: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`cannot read ${path}: no such file (or not readable)`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    if (/^\s*>/.test(text))
      throw new InputError(`${path} starts with npm's banner, not JSON: write it with --out or \`npm run -s roster\``);
    throw new InputError(`${path} is not JSON: ${(e as Error).message.replace(/\s+/g, ' ')}`);
  }
}

/** HiGHS (npm `highs`, WebAssembly) for the engine's column phase; loading it reads its .wasm file. */
async function loadHighs(): Promise<RosterHighs> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('highs') as () => Promise<RosterHighs>)();
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    if (rest[i].startsWith('--')) flags.set(rest[i].slice(2), rest[++i] ?? '');
    else positional.push(rest[i]);
  }
  const known = command === 'solve' ? ['time-limit', 'seed', 'out'] : [];
  for (const name of flags.keys())
    if (!known.includes(name)) throw new InputError(`unknown option --${name}; ${USAGE}`);
  if (flags.get('out') === '') throw new InputError('--out needs a file name');
  const num = (name: string, whole = false) => {
    const raw = flags.get(name);
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (raw === '' || !Number.isFinite(n) || n < 0 || (whole && !Number.isInteger(n)))
      throw new InputError(`--${name} needs a ${whole ? 'whole ' : ''}number ≥ 0, not "${raw}"`);
    return n;
  };
  if (command === 'solve' && positional.length === 1) {
    const problem = readProblem(positional[0]);
    const options = {
      now: () => performance.now(),
      timeLimitSeconds: num('time-limit'),
      seed: num('seed', true),
      highs: await loadHighs(),
    };
    let solution: RosterSolution;
    try {
      solution = solveRoster(problem, options);
    } catch (e) {
      // The engine refuses a malformed problem (e.g. a shift outside the horizon) with an Error that says what.
      throw new InputError(`${positional[0]}: ${(e as Error).message}`);
    }
    const json = JSON.stringify(solution, null, 2) + '\n';
    const out = flags.get('out');
    if (out) {
      try {
        writeFileSync(out, json);
      } catch (e) {
        throw new InputError(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      process.stderr.write(
        `wrote ${out}: objective ${solution.objective.total}, ${solution.hardViolations} hard violation(s)\n`,
      );
    } else process.stdout.write(json);
    return solution.hardViolations > 0 ? 1 : 0;
  }
  if (command === 'check' && positional.length === 2) {
    const problem = readProblem(positional[0]);
    const solution = readJson<RosterSolution>(positional[1]);
    const assignments = (solution as { assignments?: unknown } | null)?.assignments;
    if (!Array.isArray(assignments) || assignments.some((a) => typeof a?.shiftId !== 'string' || typeof a?.volunteerId !== 'string'))
      throw new InputError(`${positional[1]} is not a roster solution: expected {"assignments": [{"shiftId", "volunteerId"}, …]}`);
    let result: ReturnType<typeof checkRoster>;
    try {
      result = checkRoster(problem, solution);
    } catch (e) {
      throw new InputError(`${positional[0]}: ${(e as Error).message}`);
    }
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    process.stderr.write(
      result.violations.length
        ? `${result.violations.length} hard violation(s)\n`
        : `no hard violations; objective ${result.objective.total}\n`,
    );
    return result.violations.length > 0 ? 1 : 0;
  }
  if (command === 'solve') throw new InputError(`solve needs one problem file; ${USAGE}`);
  if (command === 'check') throw new InputError(`check needs a problem file and a solution file; ${USAGE}`);
  throw new InputError(command ? `unknown command ${command}; ${USAGE}` : USAGE);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`roster: ${e.message}\n`);
    process.exitCode = 2;
  },
);
