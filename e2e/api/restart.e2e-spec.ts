import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { E2E_PASSWORD, freePort, ROOT, waitUntilHealthy } from '../support/running-app';

/**
 * The embedded database keeps everything across restarts: after Ctrl-C, and after the process was
 * killed with SIGKILL (the postmaster is left running and must be taken over).
 */
describe('embedded PostgreSQL survives restarts (npm start path)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dost-restart-'));
  let port: number;
  let pgPort: number;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    port = await freePort();
    pgPort = await freePort();
  });
  afterAll(async () => {
    if (child && child.exitCode === null) await stop(child, 'SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  });

  function start(): ChildProcess {
    const env: NodeJS.ProcessEnv = {
      ...process.env, PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort),
      ADMIN_PASSWORD: E2E_PASSWORD, SEED_DEMO: 'false', LOG_LEVEL: 'warn', SKIP_ADMIN_BUILD: '1',
    };
    delete env.DATABASE_URL; // the embedded default
    // detached: its own process group, so a SIGKILL can hit the launcher and the API like a crash would.
    return spawn(process.execPath, [path.join(ROOT, 'tools/start.mjs')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  }

  const healthy = () => waitUntilHealthy(`http://127.0.0.1:${port}`, () => child?.exitCode === null);

  function stop(p: ChildProcess, signal: NodeJS.Signals): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 30_000);
      p.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      process.kill(-p.pid!, signal);
    });
  }

  async function token(): Promise<string> {
    const res = await request(`http://127.0.0.1:${port}`).post('/api/v1/auth/login').send({ email: 'admin@dost.local', password: E2E_PASSWORD }).expect(200);
    return res.body.accessToken;
  }

  it('keeps a created center after Ctrl-C and after SIGKILL', async () => {
    child = start();
    await healthy();
    const created = await request(`http://127.0.0.1:${port}`).post('/api/v1/centers').set('Authorization', `Bearer ${await token()}`).send({
      code: 'restart-test', kind: 'smart_point', region: 'Test', address: 'Test',
      name: { az: 'Yoxlama məntəqəsi', en: 'Test point', ru: 'Тестовый пункт' },
    }).expect(201);

    await stop(child, 'SIGINT'); // Ctrl-C reaches the whole foreground process group
    child = start();
    await healthy();
    await request(`http://127.0.0.1:${port}`).get(`/api/v1/centers/${created.body.id}`).set('Authorization', `Bearer ${await token()}`).expect(200);

    // SIGKILL the launcher and the API only; the postmaster (its own child) is left behind, as after a crash.
    const pids = execSync(`pgrep -g ${child.pid} -f "start.mjs|with-db.mjs|main.ts"`).toString().trim().split('\n');
    for (const pid of pids) process.kill(Number(pid), 'SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    child = start();
    await healthy();
    const again = await request(`http://127.0.0.1:${port}`).get(`/api/v1/centers/${created.body.id}`).set('Authorization', `Bearer ${await token()}`).expect(200);
    expect(again.body.name.az).toBe('Yoxlama məntəqəsi');
  }, 180_000);
});
