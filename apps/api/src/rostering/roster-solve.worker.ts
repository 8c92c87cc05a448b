// Runs the roster engine off the API's event loop, one problem after another, in one long-lived worker
// thread started by RosterSolverRunner.
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { solveRoster, type RosterHighs, type RosterProblem } from '@dost/domain';

// HiGHS (npm `highs`, WebAssembly) gives the engine its column phase on small problems; loaded once.
// Should it fail to load, the engine still solves (by search alone).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const highs: Promise<RosterHighs | undefined> = (require('highs') as () => Promise<RosterHighs>)().catch(() => undefined);

parentPort?.on('message', async ({ id, problem, cancel }: { id: number; problem: RosterProblem; cancel: SharedArrayBuffer }) => {
  const flag = new Int32Array(cancel);
  try {
    const solution = solveRoster(problem, {
      highs: await highs,
      now: () => performance.now(),
      // The engine's loop is synchronous: a shared flag is the only way a cancel can reach it.
      shouldStop: () => Atomics.load(flag, 0) === 1,
      onProgress: (p) => parentPort?.postMessage({ id, type: 'progress', fraction: p.fraction }),
    });
    parentPort?.postMessage({ id, type: 'done', solution });
  } catch (err) {
    parentPort?.postMessage({ id, type: 'error', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
});
