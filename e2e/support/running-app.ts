import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export const ROOT = path.resolve(__dirname, '../..');
export const E2E_PASSWORD = 'e2e-Password-2025';

/**
 * A fresh password per run for users a test creates, so nothing fixed ends up used anywhere. The
 * trailing letters and digits keep it inside the password rule (≥ 10 characters, a letter and a digit)
 * whatever the random part holds.
 */
export const freshPassword = (): string => `Pw-${randomBytes(12).toString('base64url')}-a1`;

/** GET /api/health with node:http (Jest's test environment has no global fetch). */
export function isHealthy(baseUrl: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = get(`${baseUrl}/api/health`, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => req.destroy());
  });
}

/** E2E_HEALTH_TIMEOUT_MS: how long the app may take to start (the demo seed); 60 s unless set, e.g. on a loaded machine. */
const HEALTH_TIMEOUT_MS = Number(process.env.E2E_HEALTH_TIMEOUT_MS) || 60_000;

export async function waitUntilHealthy(baseUrl: string, isRunning: () => boolean, timeoutMs = HEALTH_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await isHealthy(baseUrl))) {
    if (!isRunning()) throw new Error('the app exited during start-up');
    if (Date.now() > deadline) throw new Error(`the app did not become healthy within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export interface RunningApp {
  baseUrl: string;
  process: ChildProcess;
  database: string;
  dataDir: string;
}

/**
 * Builds the console like `npm start` does, so the browser tests see what it serves — never a stale build
 * (Nx's cache makes an unchanged build instant). SKIP_ADMIN_BUILD=1 uses whatever dist/ holds.
 */
export function ensureConsoleBuilt(): void {
  if (!existsSync(path.join(ROOT, 'apps/admin/project.json'))) return;
  if (process.env.SKIP_ADMIN_BUILD === '1' && existsSync(path.join(ROOT, 'dist/apps/admin/index.html'))) return;
  const r = spawnSync('npx', ['nx', 'run', 'admin:build', '--output-style=stream'], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
  if (r.status !== 0) throw new Error('building the console failed');
}

/** Starts the API the way `npm start` does, on a fresh database of the server DATABASE_URL names. */
export async function startApp(extraEnv: Record<string, string> = {}): Promise<RunningApp> {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set: run the e2e tests through `npm test`');
  const database = `dost_e2e_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${database}`));
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${database}`;
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dost-e2e-'));
  // Under DOST_NOW (pinned test clock) the API's `new Date()` starts at that instant, as the tests' does.
  const clock = process.env.DOST_NOW ? ['-r', path.join(ROOT, 'tools/pinned-clock.cjs')] : [];
  const child = spawn(process.execPath, [...clock, '-r', '@swc-node/register', path.join(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      PORT: String(port),
      DATA_DIR: dataDir,
      ADMIN_EMAIL: 'admin@dost.local',
      ADMIN_PASSWORD: E2E_PASSWORD,
      DEMO_PASSWORD: E2E_PASSWORD,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // The flows vary the client address with X-Forwarded-For (rate limits); they connect over loopback.
      TRUST_PROXY: 'loopback',
      ...extraEnv,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(baseUrl, () => child.exitCode === null);
  return { baseUrl, process: child, database, dataDir };
}

export async function stopApp(app: { pid?: number; database: string }): Promise<void> {
  if (app.pid) {
    try {
      process.kill(app.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(app.pid, 0);
        await new Promise((r) => setTimeout(r, 100));
      } catch {
        break;
      }
    }
  }
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${app.database} WITH (FORCE)`));
}
