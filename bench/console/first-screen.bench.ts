/**
 * The console's first screen on a slow phone: how long until the login form is visible, on Chromium with
 * Chrome DevTools' "Slow 4G" network (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and the CPU slowed 4×,
 * with an empty cache. Target (issue 17): < 4 s. Printed beside it: the same load with compression refused
 * (Accept-Encoding: identity — what every browser got before the build precompressed its files), and a second
 * visit with the cache warm (hashed files are immutable: no request for them).
 *
 * The API runs as its own process (apps/api/src/main.ts, as `npm start` runs it) on a throw-away database and
 * serves dist/apps/admin, built first if missing.
 *
 *   node tools/with-db.mjs --ephemeral -- node -r @swc-node/register bench/console/first-screen.bench.ts
 *   # knobs: BENCH_RUNS (5), CHROMIUM_PATH (/usr/bin/chromium)
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGET_MS = 4000;
/** Chrome DevTools' "Slow 4G" preset (the same numbers as Lighthouse's mobile throttling). */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

const freePort = (): Promise<number> => new Promise((resolve, reject) => {
  const srv = createServer();
  srv.on('error', reject);
  srv.listen(0, '127.0.0.1', () => {
    const { port } = srv.address() as { port: number };
    srv.close(() => resolve(port));
  });
});

const healthy = (url: string): Promise<boolean> => new Promise((resolve) => {
  get(`${url}/api/health`, (res) => {
    res.resume();
    resolve(res.statusCode === 200);
  }).on('error', () => resolve(false));
});

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Sample { ms: number; bytes: number; requests: number }

async function load(browser: Browser, baseUrl: string, mode: 'cold' | 'identity' | 'warm'): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'az-AZ' });
  try {
    if (mode === 'warm') {
      // Fill the cache with a first, unthrottled visit.
      const first = await context.newPage();
      await first.goto(`${baseUrl}/#/login`);
      await first.locator('input[name=email]').waitFor();
      await first.close();
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    if (mode === 'identity') await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
      bytes += e.encodedDataLength;
      requests += 1;
    });
    const started = performance.now();
    await page.goto(`${baseUrl}/#/login`, { waitUntil: 'commit', timeout: 60_000 });
    await page.locator('input[name=email]').waitFor({ state: 'visible', timeout: 60_000 });
    const ms = performance.now() - started;
    return { ms, bytes, requests };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error('run through tools/with-db.mjs (DATABASE_URL missing)');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  if (!existsSync(path.join(ROOT, 'dist/apps/admin/index.html'))) {
    const r = spawnSync('npx', ['nx', 'run', 'admin:build', '--output-style=stream'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } });
    if (r.status !== 0) throw new Error('building the console failed');
  }
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dost-bench-console-'));
  const api = spawn(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'false', JOBS_WORKER: 'false', LOG_LEVEL: 'error', NODE_ENV: 'production',
      ADMIN_EMAIL: 'admin@bench.local', ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'],
  });
  try {
    const deadline = Date.now() + 600_000;
    while (!(await healthy(baseUrl))) {
      if (api.exitCode !== null) throw new Error('the API exited during start-up');
      if (Date.now() > deadline) throw new Error('the API did not become healthy within 10 minutes');
      await new Promise((r) => setTimeout(r, 500));
    }
    const results: Record<'cold' | 'identity' | 'warm', Sample[]> = { cold: [], identity: [], warm: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const mode of ['cold', 'identity', 'warm'] as const) results[mode].push(await load(browser, baseUrl, mode));
    }
    const row = (label: string, xs: Sample[], target: string) => {
      const ms = xs.map((x) => x.ms);
      return `| ${label} | ${(median(ms) / 1000).toFixed(2)} | ${(Math.min(...ms) / 1000).toFixed(2)}–${(Math.max(...ms) / 1000).toFixed(2)} | ${(median(xs.map((x) => x.bytes)) / 1024).toFixed(0)} | ${median(xs.map((x) => x.requests))} | ${target} |`;
    };
    const ok = median(results.cold.map((x) => x.ms)) < TARGET_MS;
    process.stdout.write([
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; Chromium, 390×844 phone, Slow 4G (150 ms, 1.6 Mbit/s), CPU ÷ ${CPU_SLOWDOWN}; ${RUNS} runs each`,
      '',
      '| first screen (login form visible) | median (s) | range (s) | transferred (KiB) | requests | target |',
      '|---|---|---|---|---|---|',
      row('empty cache, brotli (as served)', results.cold, `< ${TARGET_MS / 1000} s ${ok ? '✓' : '✗'}`),
      row('empty cache, compression refused', results.identity, '—'),
      row('second visit (cache warm)', results.warm, '—'),
      '',
    ].join('\n'));
    if (!ok) process.exitCode = 1;
  } finally {
    await browser.close();
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
