/**
 * Preloaded into the API process by bench/perf (`-r`): counts the SQL statements the process sends to
 * PostgreSQL (every `pg` Client#query, BEGIN and COMMIT included) and writes the running total to
 * $BENCH_STATEMENTS_FILE when the process gets SIGWINCH (not SIGUSR2: Nest's shutdown hooks close the app on it). A statement log of the app's own driver, nothing else changes.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
const pg = require('pg') as { Client: { prototype: { query: (...args: unknown[]) => unknown } } };

let count = 0;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
  count += 1;
  return original.apply(this, args);
};
const file = process.env.BENCH_STATEMENTS_FILE;
if (file) process.on('SIGWINCH', () => writeFileSync(file, String(count)));

/** With $BENCH_PROFILE_FILE: a V8 CPU profile from the start; SIGURG stops it and writes the .cpuprofile there. */
const profileFile = process.env.BENCH_PROFILE_FILE;
if (profileFile) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable', () => session.post('Profiler.start'));
  process.on('SIGURG', () => session.post('Profiler.stop', (err, res) => writeFileSync(profileFile, err ? '' : JSON.stringify(res.profile))));
}
