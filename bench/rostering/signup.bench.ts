/**
 * Rostering benchmarks on a real PostgreSQL through the real HTTP API:
 *  1. sign-up under contention — 5,000 volunteers, 200 concurrent clients, 20 shifts × 100 slots
 *     (p50/p99 latency, throughput, and the overbooking count, which must be 0);
 *  2. the volunteer's "open shifts" list with 10,000 shifts and 5,000 volunteers (requests/s, p50, p99).
 *
 *   node tools/with-db.mjs --ephemeral -- node -r @swc-node/register bench/rostering/signup.bench.ts
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { setupApp } from '../../apps/api/src/app.setup';

const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 5000);
const SHIFTS = Number(process.env.BENCH_SHIFTS ?? 10000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const LIST_SECONDS = Number(process.env.BENCH_LIST_SECONDS ?? 10);
const LIST_CLIENTS = Number(process.env.BENCH_LIST_CLIENTS ?? 50);

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error('run through tools/with-db.mjs (DATABASE_URL missing)');
  Object.assign(process.env, {
    LOG_LEVEL: 'silent', SEED_DEMO: 'false', ADMIN_PASSWORD: 'bench-Password-2025', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'dost-bench-')),
    JOBS_WORKER: 'false', NODE_ENV: 'production',
  });
  const app = await NestFactory.create(AppModule, { logger: false });
  setupApp(app);
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const db = app.get(DataSource);
  const jwt = app.get(JwtService, { strict: false });

  // ——— data: straight SQL, fast ———
  const t0 = Date.now();
  const [center] = await db.query(`INSERT INTO centers (code, kind, region, name_az, name_en, name_ru, address, active, demo)
    VALUES ('bench', 'regional_center', 'Bench', 'Bench', 'Bench', 'Bench', 'Bakı', true, false) RETURNING id`);
  const [position] = await db.query(`INSERT INTO positions (center_id, code, name_az, name_en, name_ru, requirements) VALUES ($1, 'greeter', 'Qarşılama', 'Greeter', 'Встреча', '{}') RETURNING id`, [center.id]);
  await db.query(`INSERT INTO users (email, full_name, locale, active, demo, password_hash)
    SELECT 'bench' || g || '@bench.local', 'Bench ' || g, 'az', true, false, 'x' FROM generate_series(1, $1) g`, [VOLUNTEERS]);
  await db.query(`INSERT INTO user_roles (user_id, role) SELECT id, 'volunteer' FROM users WHERE email LIKE 'bench%@bench.local'`);
  await db.query(`INSERT INTO volunteers (user_id, full_name, email, status, birth_date, locale, languages)
    SELECT id, full_name, email, 'active', '2000-01-01', 'az', '[{"language":"en","level":"B2"}]' FROM users WHERE email LIKE 'bench%@bench.local'`);
  const users: { id: string }[] = await db.query(`SELECT id FROM users WHERE email LIKE 'bench%@bench.local' ORDER BY email`);
  const sessions: { id: string; user_id: string }[] = await db.query(
    `INSERT INTO sessions (user_id, token_hash, last_used_at, expires_at)
     SELECT id, md5(random()::text || id::text) || md5(id::text), now(), now() + interval '1 day' FROM users WHERE email LIKE 'bench%@bench.local' RETURNING id, user_id`,
  );
  const tokenOf = new Map(sessions.map((s) => [s.user_id, jwt.sign({ sub: s.user_id, sid: s.id })]));
  const tokens = users.map((u) => tokenOf.get(u.id) as string);
  // 10,000 shifts over the next 60 days (4-hour shifts on the hour), 20 of them the contended ones.
  await db.query(`INSERT INTO shifts (center_id, position_id, starts_at, ends_at, slots, visibility, status)
    SELECT $1, $2, date_trunc('hour', now()) + interval '2 days' + (g % 1440) * interval '1 hour', date_trunc('hour', now()) + interval '2 days' + (g % 1440) * interval '1 hour' + interval '4 hours',
           3, 'open', 'published' FROM generate_series(1, $3) g`, [center.id, position.id, SHIFTS - 20]);
  const hot: { id: string }[] = await db.query(`INSERT INTO shifts (center_id, position_id, starts_at, ends_at, slots, visibility, status)
    SELECT $1, $2, date_trunc('hour', now()) + interval '1 day', date_trunc('hour', now()) + interval '1 day 4 hours', 100, 'open', 'published' FROM generate_series(1, 20) RETURNING id`,
    [center.id, position.id]);
  await db.query('ANALYZE');
  const setupSeconds = (Date.now() - t0) / 1000;

  // ——— 1. sign-up under contention ———
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const jobs = tokens.map((token, i) => ({ token, shiftId: hot[i % hot.length].id }));
  const s0 = Date.now();
  await pool(jobs, CLIENTS, async (job) => {
    const started = performance.now();
    const res = await fetch(`${base}/api/v1/shifts/${job.shiftId}/signup`, {
      method: 'POST', headers: { Authorization: `Bearer ${job.token}`, 'Content-Type': 'application/json', 'Idempotency-Key': randomBytes(8).toString('hex') }, body: '{}',
    });
    await res.arrayBuffer();
    latencies.push(performance.now() - started);
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
  });
  const signupSeconds = (Date.now() - s0) / 1000;
  const [{ over }] = await db.query(
    `SELECT count(*)::int AS over FROM shifts s WHERE s.assigned_count > s.slots
        OR (SELECT count(*) FROM shift_assignments a WHERE a.shift_id = s.id AND a.status = 'assigned') > s.slots`,
  );
  const [{ assigned }] = await db.query(`SELECT count(*)::int AS assigned FROM shift_assignments WHERE status = 'assigned'`);
  latencies.sort((a, b) => a - b);

  // ——— 2. open-shifts list ———
  const listLatencies: number[] = [];
  let listErrors = 0;
  const l0 = Date.now();
  const deadline = l0 + LIST_SECONDS * 1000;
  await Promise.all(Array.from({ length: LIST_CLIENTS }, async (_, c) => {
    let k = c;
    while (Date.now() < deadline) {
      const started = performance.now();
      const page = 1 + (k % 20);
      const res = await fetch(`${base}/api/v1/me/open-shifts?perPage=25&page=${page}`, { headers: { Authorization: `Bearer ${tokens[(k * 7919) % tokens.length]}` } });
      await res.arrayBuffer();
      if (res.status !== 200) listErrors += 1;
      listLatencies.push(performance.now() - started);
      k += LIST_CLIENTS;
    }
  }));
  const listSeconds = (Date.now() - l0) / 1000;
  listLatencies.sort((a, b) => a - b);

  const f = (n: number) => n.toFixed(1);
  const lines = [
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; data set up in ${f(setupSeconds)} s`,
    '',
    '| benchmark | requests | clients | throughput (req/s) | p50 (ms) | p99 (ms) | result |',
    '|---|---|---|---|---|---|---|',
    `| sign-up, 20 shifts × 100 slots, ${VOLUNTEERS} volunteers | ${jobs.length} | ${CLIENTS} | ${f(jobs.length / signupSeconds)} | ${f(pct(latencies, 50))} | ${f(pct(latencies, 99))} | ${assigned} assigned, statuses ${JSON.stringify(statuses)}, **overbooked shifts: ${over}** |`,
    `| open shifts list (25/page), ${SHIFTS} shifts, ${VOLUNTEERS} volunteers | ${listLatencies.length} | ${LIST_CLIENTS} | ${f(listLatencies.length / listSeconds)} | ${f(pct(listLatencies, 50))} | ${f(pct(listLatencies, 99))} | ${listErrors} errors |`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  await app.close();
  if (over !== 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
