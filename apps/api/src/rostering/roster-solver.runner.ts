import { Injectable } from '@nestjs/common';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RosterProblem, RosterSolution } from '@dost/domain';

export interface SolveHooks {
  /** Fraction 0–1 of the time limit used. */
  onProgress: (fraction: number) => void;
  /** Polled about once a second; true stops the search (the best roster so far is returned). */
  shouldCancel: () => Promise<boolean>;
}

type Message =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; solution: RosterSolution }
  | { id: number; type: 'error'; message: string };

interface Pending {
  hooks: SolveHooks;
  resolve: (s: RosterSolution) => void;
  reject: (e: Error) => void;
}

/*
 * One worker thread per process, started on first use and reused. Why one: the worker loads the
 * TypeScript sources through the swc loader (a native addon), and native addons loaded and unloaded by
 * one short-lived thread after another crash the process. Kept on `process` so that every Nest app in
 * the process (Jest runs several test files in one) shares it. Solves are queued: a run takes a core.
 */
const KEY = Symbol.for('dost.rosterSolverWorker');
interface Shared {
  worker: Worker;
  pending: Map<number, Pending>;
  next: number;
}

function shared(): Shared {
  const holder = process as unknown as Record<symbol, Shared | undefined>;
  const existing = holder[KEY];
  if (existing) return existing;
  const worker = new Worker(path.join(__dirname, 'roster-solve.worker.ts'), { execArgv: ['-r', '@swc-node/register'] });
  // An idle worker never keeps the process alive.
  worker.unref();
  const state: Shared = { worker, pending: new Map(), next: 1 };
  worker.on('message', (m: Message) => {
    const p = state.pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') return p.hooks.onProgress(m.fraction);
    state.pending.delete(m.id);
    if (m.type === 'done') p.resolve(m.solution);
    else p.reject(new Error(m.message));
  });
  const fail = (err: Error) => {
    holder[KEY] = undefined;
    for (const p of state.pending.values()) p.reject(err);
    state.pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`roster worker exited with code ${code}`)));
  holder[KEY] = state;
  return state;
}

/** Solves in a worker thread: the engine computes for seconds without yielding, and the API must keep answering meanwhile. */
@Injectable()
export class RosterSolverRunner {
  solve(problem: RosterProblem, hooks: SolveHooks): Promise<RosterSolution> {
    const state = shared();
    const id = state.next++;
    const cancel = new SharedArrayBuffer(4);
    const flag = new Int32Array(cancel);
    const poll = setInterval(() => {
      void hooks.shouldCancel().then(
        (stop) => stop && Atomics.store(flag, 0, 1),
        () => undefined,
      );
    }, 1000);
    return new Promise<RosterSolution>((resolve, reject) => {
      state.pending.set(id, { hooks, resolve, reject });
      // While a solve is pending the process stays up for it.
      state.worker.ref();
      state.worker.postMessage({ id, problem, cancel });
    }).finally(() => {
      clearInterval(poll);
      if (!state.pending.size) state.worker.unref();
    });
  }
}
