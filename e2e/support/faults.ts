// Fault injection for e2e/api/faults-*.e2e-spec.ts: a throw-away PostgreSQL the test can stop and start, a loopback
// TCP proxy that can black-hole it, the API as a child process that can be signalled, and a write load that records
// every answer (status, time taken) so a test can check what the API promised against what the database holds.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { E2E_PASSWORD, freePort, ROOT, waitUntilHealthy } from './running-app';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An embedded PostgreSQL of its own (e2e/support/pg-cluster.mjs), so stopping it disturbs no other suite. */
export interface ThrowawayCluster {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const child = spawn(process.execPath, [path.join(__dirname, 'pg-cluster.mjs')], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const next = (timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`the throw-away PostgreSQL did not answer in ${timeoutMs} ms`)), timeoutMs);
      waiting.push((line) => {
        clearTimeout(t);
        resolve(line);
      });
    });
  const first = JSON.parse(await next(120_000)) as { url: string; port: number };
  const command = async (cmd: 'stop' | 'start', answer: string) => {
    child.stdin!.write(`${cmd}\n`);
    const line = await next(60_000);
    if (line !== answer) throw new Error(`PostgreSQL ${cmd}: ${line}`);
  };
  return {
    ...first,
    stop: () => command('stop', 'stopped'),
    start: () => command('start', 'started'),
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.stdin!.end('quit\n');
      const limit = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(limit);
    },
  };
}

/**
 * A loopback TCP proxy in front of PostgreSQL. `blackHole()` stops forwarding in both directions — bytes are held,
 * new connections are accepted and then hear nothing, like a network that drops packets; `restore()` forwards
 * again, including what was held (connections the client gave up on meanwhile are gone on its side).
 */
export class BlackHoleProxy {
  private server?: Server;
  private holding = false;
  private readonly pairs = new Set<{ client: Socket; upstream?: Socket; toUpstream: Buffer[]; toClient: Buffer[]; connectUpstream(): void }>();
  port = 0;

  constructor(private readonly targetPort: number) {}

  async listen(): Promise<void> {
    this.server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  private accept(client: Socket): void {
    const pair = {
      client,
      upstream: undefined as Socket | undefined,
      toUpstream: [] as Buffer[],
      toClient: [] as Buffer[],
      connectUpstream: () => {
        if (pair.upstream) return;
        const upstream = connect(this.targetPort, '127.0.0.1');
        pair.upstream = upstream;
        upstream.on('data', (chunk: Buffer) => (this.holding ? pair.toClient.push(chunk) : client.write(chunk)));
        upstream.on('error', () => client.destroy());
        upstream.on('close', () => client.destroy());
        for (const chunk of pair.toUpstream.splice(0)) upstream.write(chunk);
      },
    };
    this.pairs.add(pair);
    client.on('data', (chunk: Buffer) => (this.holding || !pair.upstream ? pair.toUpstream.push(chunk) : pair.upstream.write(chunk)));
    client.on('error', () => pair.upstream?.destroy());
    client.on('close', () => {
      pair.upstream?.destroy();
      this.pairs.delete(pair);
    });
    if (!this.holding) pair.connectUpstream();
  }

  blackHole(): void {
    this.holding = true;
  }

  restore(): void {
    this.holding = false;
    for (const pair of this.pairs) {
      if (!pair.upstream) {
        pair.connectUpstream();
        continue;
      }
      for (const chunk of pair.toUpstream.splice(0)) pair.upstream.write(chunk);
      for (const chunk of pair.toClient.splice(0)) pair.client.write(chunk);
    }
  }

  async close(): Promise<void> {
    for (const pair of this.pairs) {
      pair.client.destroy();
      pair.upstream?.destroy();
    }
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export interface ApiProcess {
  baseUrl: string;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  kill(): void;
}

/** The API as `npm start` runs it, on `databaseUrl`, without the demo (a bare organisation starts quickly). */
export async function startApi(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'dost-fault-')),
      ADMIN_EMAIL: 'admin@dost.local',
      ADMIN_PASSWORD: E2E_PASSWORD,
      SEED_DEMO: 'false',
      LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? 'fatal', // e.g. FAULTS_LOG_LEVEL=error to see what a failing test saw
      NODE_ENV: 'production',
      ...extraEnv,
    },
    stdio: ['ignore', process.env.FAULTS_LOG_LEVEL ? 'inherit' : 'ignore', 'inherit'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(baseUrl, () => child.exitCode === null, 120_000);
  return { baseUrl, child, exited, kill: () => child.exitCode === null && child.kill('SIGKILL') };
}

export interface Answer {
  status: number; // 0: no answer (connection refused or reset, or no answer in time)
  /** Writes: when the server had read the request's head (its `100 Continue`), i.e. accepted the request. */
  acceptedAt?: number;
  contentType: string;
  body: string;
  startedAt: number;
  ms: number;
}

/** One HTTP request with node:http (no keep-alive pool surprises); gives up after `timeoutMs` with status 0. */
export function call(baseUrl: string, method: string, urlPath: string, body?: unknown, token?: string, timeoutMs = 10_000): Promise<Answer> {
  const startedAt = Date.now();
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = httpRequest(`${baseUrl}${urlPath}`, {
      method,
      agent: false,
      headers: {
        // With a body, ask for `100 Continue`: the server says so once it has read the request — "accepted".
        ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), expect: '100-continue' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        'accept-language': 'en',
      },
    });
    let done = false;
    let acceptedAt: number | undefined;
    const finish = (a: Omit<Answer, 'startedAt' | 'ms' | 'acceptedAt'>) => {
      if (done) return;
      done = true;
      resolve({ ...a, startedAt, ms: Date.now() - startedAt, ...(acceptedAt ? { acceptedAt } : {}) });
    };
    req.on('continue', () => {
      acceptedAt = Date.now();
      req.end(payload);
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => finish({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => finish({ status: 0, contentType: '', body: 'response error' }));
    });
    req.on('error', (err) => finish({ status: 0, contentType: '', body: err.message }));
    req.setTimeout(timeoutMs, () => {
      finish({ status: 0, contentType: '', body: `no answer in ${timeoutMs} ms` });
      req.destroy();
    });
    if (!payload) req.end();
    else req.flushHeaders();
  });
}

export async function logInAdmin(baseUrl: string): Promise<string> {
  const r = await call(baseUrl, 'POST', '/api/v1/auth/login', { email: 'admin@dost.local', password: E2E_PASSWORD });
  if (r.status !== 200 && r.status !== 201) throw new Error(`admin login: ${r.status} ${r.body}`);
  return (JSON.parse(r.body) as { accessToken: string }).accessToken;
}

/** One acknowledged-or-not write: a new center with a unique code. */
export interface Write extends Answer {
  code: string;
}

/**
 * `workers` loops, each creating centers one after another (and reading the list between writes) until stopped.
 * Every answer is kept, so the test can say which writes were acknowledged (201) and how fast each answer came.
 */
export function writeLoad(baseUrl: string, token: string, prefix: string, workers = 6) {
  const writes: Write[] = [];
  const reads: Answer[] = [];
  let running = true;
  let n = 0;
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      const code = `${prefix}-${++n}`;
      const w = await call(baseUrl, 'POST', '/api/v1/centers', { code, kind: 'regional_center', region: 'Bakı', name: { az: `Mərkəz ${code}`, en: `Center ${code}`, ru: `Центр ${code}` }, address: 'Bakı' }, token);
      writes.push({ ...w, code });
      reads.push(await call(baseUrl, 'GET', '/api/v1/centers?perPage=5', undefined, token));
      if (w.status === 0) await sleep(50); // the API is gone (SIGTERM test): do not spin
    }
  });
  return {
    writes,
    reads,
    async stop(): Promise<void> {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** Codes of the centers the database holds with `prefix` (straight from PostgreSQL, not through the API). */
export async function storedCodes(databaseUrl: string, prefix: string): Promise<Set<string>> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const r = await c.query<{ code: string }>('SELECT code FROM centers WHERE code LIKE $1', [`${prefix}-%`]);
    return new Set(r.rows.map((x) => x.code));
  } finally {
    await c.end();
  }
}

/** Polls /api/health until it answers 200; resolves with the milliseconds that took. */
export async function msUntilHealthy(baseUrl: string, limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs + 5_000) {
    const r = await call(baseUrl, 'GET', '/api/health', undefined, undefined, 2_000);
    if (r.status === 200) return Date.now() - started;
    await sleep(100);
  }
  return Number.POSITIVE_INFINITY;
}

export { sleep };
