import { performance } from 'node:perf_hooks';

/**
 * The clock handed to the solver. `wall` is what a user waits; `cpu` is the CPU time of this process
 * (user + system, all its threads: GC included, so it is on the safe side), which on a shared machine
 * is what the solver actually got and makes runs comparable across different loads.
 */
export function benchClock(kind: string): { now: () => number; label: string } {
  if (kind === 'cpu') {
    return {
      now: () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
      },
      label: 'CPU time of the solver process',
    };
  }
  if (kind !== 'wall') throw new Error(`--clock wall|cpu, not ${kind}`);
  return { now: () => performance.now(), label: 'wall clock' };
}
