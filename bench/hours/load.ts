/**
 * The hours benchmark's load generator, in its own process (so its CPU and event loop are not the API's).
 * Reads one job as JSON from argv[2], prints one JSON line of results.
 *   http      closed loop: `concurrency` clients send `total` requests (cycling through `requests`)
 *   http-rate open loop: a request every 60/`perMinute` s for `seconds`, whatever the answers' speed
 *   pg-reports the reports' service over a plain `pg` pool — the same SQL, no HTTP, Nest, auth or TypeORM
 *   ledger    HoursLedgerService.decide in one transaction per batch, over a bare TypeORM DataSource
 */
import 'reflect-metadata';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

export interface HttpRequestSpec { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: unknown }
export type Job =
  | { kind: 'http'; base: string; requests: HttpRequestSpec[]; concurrency: number; total: number; warmup: number }
  | { kind: 'http-rate'; base: string; requests: HttpRequestSpec[]; perMinute: number; seconds: number }
  | { kind: 'pg-reports'; databaseUrl: string; calls: ({ report: 'national'; from: string; to: string } | { report: 'center'; id: string; from: string; to: string })[]; concurrency: number; total: number; warmup: number }
  | { kind: 'ledger'; databaseUrl: string; batches: string[][]; actorId: string };

export interface LoadResult {
  count: number;
  seconds: number;
  latencies: { p50: number; p95: number; p99: number; max: number };
  statuses: Record<string, number>;
  /** The first answer bodies that were not 2xx (a few, for the report). */
  failures: string[];
  /** `result` fields of JSON answers (check-ins: checked_in, already_in …). */
  results: Record<string, number>;
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function summary(latencies: number[], seconds: number, statuses: Record<string, number>, failures: string[], results: Record<string, number>): LoadResult {
  const s = [...latencies].sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 10) / 10;
  return { count: s.length, seconds: r(seconds), latencies: { p50: r(pct(s, 50)), p95: r(pct(s, 95)), p99: r(pct(s, 99)), max: r(s[s.length - 1] ?? NaN) }, statuses, failures, results };
}

async function send(base: string, spec: HttpRequestSpec): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const res = await fetch(`${base}${spec.path}`, {
    method: spec.method,
    headers: { ...(spec.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...spec.headers },
    body: spec.body !== undefined ? JSON.stringify(spec.body) : undefined,
  });
  const body = await res.text();
  return { ms: performance.now() - started, status: res.status, body };
}

async function closedLoop<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

async function run(job: Job): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const failures: string[] = [];
  const results: Record<string, number> = {};
  const note = (status: number, body: string) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status >= 300 && failures.length < 3) failures.push(body.slice(0, 300));
    if (status < 300 && body.startsWith('{"result"')) {
      const r = (JSON.parse(body) as { result: string }).result;
      results[r] = (results[r] ?? 0) + 1;
    }
  };
  if (job.kind === 'http') {
    for (let i = 0; i < job.warmup; i++) await send(job.base, job.requests[i % job.requests.length]);
    const t0 = performance.now();
    await closedLoop(Array.from({ length: job.total }, (_, i) => job.requests[i % job.requests.length]), job.concurrency, async (spec) => {
      const r = await send(job.base, spec);
      latencies.push(r.ms);
      note(r.status, r.body);
    });
    return summary(latencies, (performance.now() - t0) / 1000, statuses, failures, results);
  }
  if (job.kind === 'http-rate') {
    const every = 60_000 / job.perMinute;
    const count = Math.floor((job.seconds * 1000) / every);
    const t0 = performance.now();
    await Promise.all(Array.from({ length: count }, async (_, i) => {
      const due = t0 + i * every;
      await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
      const r = await send(job.base, job.requests[i % job.requests.length]);
      latencies.push(r.ms);
      note(r.status, r.body);
    }));
    return summary(latencies, (performance.now() - t0) / 1000, statuses, failures, results);
  }
  if (job.kind === 'pg-reports') {
    // The API's reports, minus HTTP: the same repository SQL and the same figures, over plain pg.
    const { ReportsRepository } = await import('../../apps/api/src/reports/reports.repository');
    const { ReportsService } = await import('../../apps/api/src/reports/reports.service');
    const pool = new Pool({ connectionString: job.databaseUrl, max: 20 });
    const db = { query: async (sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows } as unknown as DataSource;
    const service = new ReportsService(new ReportsRepository(db), null as never);
    const actor = { id: '00000000-0000-0000-0000-000000000000', email: 'bench', roles: ['admin' as const], centerIds: [], eventIds: [], sessionId: '' };
    const call = (c: (typeof job.calls)[number]) => (c.report === 'national' ? service.national(actor, c) : service.center(actor, c.id, c));
    for (let i = 0; i < job.warmup; i++) await call(job.calls[i % job.calls.length]);
    const t0 = performance.now();
    await closedLoop(Array.from({ length: job.total }, (_, i) => job.calls[i % job.calls.length]), job.concurrency, async (c) => {
      const started = performance.now();
      await call(c);
      latencies.push(performance.now() - started);
      statuses['200'] = (statuses['200'] ?? 0) + 1;
    });
    await pool.end();
    return summary(latencies, (performance.now() - t0) / 1000, statuses, failures, results);
  }
  // The ledger's writer, minus HTTP, validation, scope and the approval mail.
  const { dataSourceOptions } = await import('../../apps/api/src/database/data-source-options');
  const { HoursLedgerRepository } = await import('../../apps/api/src/hours/hours-ledger.repository');
  const { HoursLedgerService } = await import('../../apps/api/src/hours/hours-ledger.service');
  const ds = await new DataSource(dataSourceOptions(job.databaseUrl)).initialize();
  const ledger = new HoursLedgerService(new HoursLedgerRepository(ds));
  const t0 = performance.now();
  for (const ids of job.batches) {
    const started = performance.now();
    const out = await ledger.transaction((em) => ledger.decide(em, ids, 'approved', job.actorId, null, new Date()));
    latencies.push(performance.now() - started);
    note(200, JSON.stringify({ changed: out.changed.length }));
    results.changed = (results.changed ?? 0) + out.changed.length;
  }
  await ds.destroy();
  return summary(latencies, (performance.now() - t0) / 1000, statuses, failures, results);
}

if (require.main === module) {
  run(JSON.parse(process.argv[2]) as Job)
    .then((r) => process.stdout.write(`${JSON.stringify(r)}\n`))
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
