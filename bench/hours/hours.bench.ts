/**
 * Hours benchmarks (issue 12) on a real PostgreSQL: the API runs as its own process (`main.ts`, the way
 * `npm start` runs it), the load comes from another (bench/hours/load.ts), this script only sets up and reports.
 *  1. data: 1,000,000 ledger entries over 72 centers (12 regions) and the 12 months of 2026, written with
 *     generate_series; `monthly_hours`, `monthly_active` and the volunteers' totals filled from them in SQL, then one
 *     center-month checked three ways (ledger, roll-up, API);
 *  2. reports through the API: the national 12-month roll-up and one center's month (p95 target < 300 ms),
 *     and the same reports over plain `pg` (the same SQL and figures, no HTTP) — the ratio is the API's cost;
 *  3. bulk approval of 500 pending entries through `POST /hour-entries/decide` (target < 2 s), and the
 *     ledger's writer alone (HoursLedgerService.decide, no HTTP);
 *  4. check-ins: 200 per minute at one center with PINs on one kiosk (`POST /kiosk/pin`, p99 target < 100 ms),
 *     against the floor of an HTTP round trip at the same rate (`GET /api/health`).
 *
 *   node tools/with-db.mjs --ephemeral -- node -r @swc-node/register bench/hours/hours.bench.ts [--quick]
 *   --quick: 100,000 entries, fewer requests, check-ins for 20 s (about a minute in all)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Job, LoadResult } from './load';

const quick = process.argv.includes('--quick');
const ROOT = path.resolve(__dirname, '../..');
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? (quick ? 100_000 : 1_000_000));
const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? (quick ? 5_000 : 30_000));
const CENTERS = 72;
const REGIONS = ['Bakı', 'Abşeron-Xızı', 'Gəncə-Daşkəsən', 'Qazax-Tovuz', 'Şəki-Zaqatala', 'Quba-Xaçmaz', 'Mərkəzi Aran', 'Mil-Muğan', 'Şirvan-Salyan', 'Lənkəran-Astara', 'Qarabağ', 'Naxçıvan'];
const REPORT_REQUESTS = quick ? 40 : 200;
/** One person opening a report, and four at once (the machine has two cores). */
const CLIENTS = [1, 4];
const BULK_BATCHES = quick ? 2 : 5;
const CHECKINS_PER_MINUTE = 200;
const CHECKIN_SECONDS = quick ? 20 : 60;
// A fresh admin password per run (the bench's own throw-away database): nothing to keep secret in the source.
const PASSWORD = `Bench-${randomBytes(12).toString('base64url')}-2026`;
const JWT_SECRET = randomBytes(32).toString('hex');

const f1 = (n: number) => n.toFixed(1);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Runs one job in the load generator's own process. */
function load(job: Job): LoadResult {
  const r = spawnSync(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'load.ts'), JSON.stringify(job)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`load generator failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as LoadResult;
}

async function startApi(databaseUrl: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), DATA_DIR: mkdtempSync(path.join(tmpdir(), 'dost-bench-hours-')),
      ADMIN_EMAIL: 'admin@bench.local', ADMIN_PASSWORD: PASSWORD, JWT_SECRET, SEED_DEMO: 'false', JOBS_WORKER: 'false', LOG_LEVEL: 'error', NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Never leave the API behind, whatever ends this script.
  process.on('exit', () => child.kill('SIGKILL'));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('the API exited while starting');
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { base, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the API did not become healthy in 150 s');
}

async function seed(db: Client): Promise<{ setupSeconds: number; centerIds: string[] }> {
  const t0 = Date.now();
  await db.query(`SELECT setseed(0.12)`);
  await db.query(
    `INSERT INTO centers (code, kind, region, name_az, name_en, name_ru, address, active, demo)
     SELECT 'bench-' || lpad(g::text, 2, '0'), 'regional_center', ($1::text[])[1 + g % 12], 'Mərkəz ' || g, 'Center ' || g, 'Центр ' || g, 'Bakı', true, false
       FROM generate_series(0, $2 - 1) g`,
    [REGIONS, CENTERS],
  );
  await db.query(`CREATE TEMP TABLE bc AS SELECT (row_number() OVER (ORDER BY code) - 1)::int AS n, id FROM centers WHERE code LIKE 'bench-%'`);
  await db.query(
    `INSERT INTO volunteers (full_name, email, status, birth_date, locale, languages, home_center_id)
     SELECT 'Könüllü ' || g, 'v' || g || '@bench.local', 'active', '2000-01-01', 'az', '[]', bc.id FROM generate_series(0, $1 - 1) g JOIN bc ON bc.n = g % $2`,
    [VOLUNTEERS, CENTERS],
  );
  await db.query(`CREATE TEMP TABLE bv AS SELECT (row_number() OVER (ORDER BY email) - 1)::int AS n, id FROM volunteers WHERE email LIKE 'v%@bench.local'`);
  await db.query(`CREATE UNIQUE INDEX ON bv (n)`);
  // Each volunteer serves mostly at one center, one entry in ten at the next one; 90 % approved, ~8 % pending, 2 % rejected.
  await db.query(
    `INSERT INTO hour_entries (volunteer_id, source, center_id, work_date, minutes, original_minutes, category, note, status, flags, decided_at)
     SELECT bv.id, 'manual', bc.id, date '2026-01-01' + d, m, m, 'training', NULL, st, '[]', CASE WHEN st <> 'pending' THEN now() END
       FROM (SELECT x, (x::bigint * 7919 % $2)::int AS vn, floor(random() * 365)::int AS d, 60 + 15 * floor(random() * 29)::int AS m,
                    CASE WHEN random() < 0.02 THEN 'rejected' WHEN random() < 0.08 THEN 'pending' ELSE 'approved' END AS st
               FROM generate_series(0, $1 - 1) x) g
       JOIN bv ON bv.n = g.vn
       JOIN bc ON bc.n = CASE WHEN g.x % 10 = 0 THEN (g.vn + 1) % $3 ELSE g.vn % $3 END`,
    [ENTRIES, VOLUNTEERS, CENTERS],
  );
  // The roll-up and the totals, exactly as HoursLedgerService keeps them (approved minutes per month × place × volunteer).
  await db.query(
    `INSERT INTO monthly_hours (month, owner_id, volunteer_id, owner_kind, approved_minutes)
     SELECT date_trunc('month', work_date)::date, center_id, volunteer_id, 'center', sum(minutes) FROM hour_entries WHERE status = 'approved' GROUP BY 1, 2, 3`,
  );
  // The national report's counters, filled from the roll-up by the function the migration fills them with.
  await db.query(`SELECT monthly_active_rebuild(NULL)`);
  await db.query(`UPDATE volunteers v SET approved_minutes = t.m FROM (SELECT volunteer_id, sum(minutes)::int AS m FROM hour_entries WHERE status = 'approved' GROUP BY 1) t WHERE v.id = t.volunteer_id`);
  // Shifts (40 per center and month, 2–5 places, mostly filled) with their completed / no-show assignments.
  await db.query(`INSERT INTO positions (center_id, code, name_az, name_en, name_ru, requirements) SELECT id, 'desk', 'Qəbul masası', 'Front desk', 'Стойка', '{}' FROM bc`);
  await db.query(
    `INSERT INTO shifts (center_id, position_id, starts_at, ends_at, slots, assigned_count, visibility, status)
     SELECT p.center_id, p.id, t, t + interval '4 hours', s, LEAST(s, floor(random() * (s + 2))::int), 'open', 'published'
       FROM positions p JOIN bc ON bc.id = p.center_id
       CROSS JOIN LATERAL (SELECT timestamptz '2026-01-01 09:00+04' + (floor(random() * 364) || ' days')::interval + (floor(random() * 8) || ' hours')::interval AS t,
                                  2 + floor(random() * 4)::int AS s
                             FROM generate_series(1, 480)) x`,
  );
  await db.query(
    `INSERT INTO shift_assignments (shift_id, volunteer_id, status, source)
     SELECT s.id, bv.id, CASE WHEN random() < 0.06 THEN 'no_show' ELSE 'completed' END, 'coordinator'
       FROM shifts s JOIN bc ON bc.id = s.center_id CROSS JOIN LATERAL generate_series(1, s.assigned_count) k
       JOIN bv ON bv.n = (bc.n + $2::int * ((abs(hashtext(s.id::text)) + k) % ($1::int / $2::int)))`,
    [VOLUNTEERS, CENTERS],
  );
  // New volunteers: 3,000 onboardings over the year.
  const [intake] = (await db.query(`INSERT INTO intakes (name_az, name_en, name_ru, status, opens_on, closes_on, capacity) VALUES ('Qəbul', 'Intake', 'Набор', 'closed', '2025-12-01', '2026-12-31', 5000) RETURNING id`)).rows;
  await db.query(
    `WITH a AS (
       INSERT INTO applications (intake_id, volunteer_id, status, locale, full_name, email, phone, birth_date, education, motivation, home_center_id)
       SELECT $1, bv.id, 'onboarded', 'az', 'Könüllü', 'x@bench.local', '+994501234567', '2000-01-01', '{}', '-', v.home_center_id
         FROM bv JOIN volunteers v ON v.id = bv.id WHERE bv.n < 3000 RETURNING id)
     INSERT INTO application_transitions (application_id, from_status, to_status, actor_name, at)
     SELECT id, 'accepted', 'onboarded', 'Bench', timestamptz '2026-01-01 10:00+04' + (floor(random() * 364) || ' days')::interval FROM a`,
    [intake.id],
  );
  await db.query('ANALYZE');
  return { setupSeconds: (Date.now() - t0) / 1000, centerIds: (await db.query(`SELECT id FROM bc ORDER BY n`)).rows.map((r: { id: string }) => r.id) };
}

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error('run through tools/with-db.mjs (DATABASE_URL missing)');
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const name = `dost_bench_hours_${randomBytes(3).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();

  const { base, child } = await startApi(databaseUrl); // migrates the empty database
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { setupSeconds, centerIds } = await seed(db);
    const [{ count: entryCount }] = (await db.query(`SELECT count(*)::int AS count FROM hour_entries`)).rows;
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@bench.local', password: PASSWORD }) });
    if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
    const auth = { Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
    const [{ id: adminId }] = (await db.query(`SELECT id FROM users WHERE email = 'admin@bench.local'`)).rows;

    // ——— one total, three ways ———
    const check = async (centerId: string, month: string) => {
      const [ledger] = (await db.query(`SELECT COALESCE(sum(minutes), 0)::int AS m FROM hour_entries WHERE center_id = $1 AND status = 'approved' AND to_char(work_date, 'YYYY-MM') = $2`, [centerId, month])).rows;
      const [rollup] = (await db.query(`SELECT COALESCE(sum(approved_minutes), 0)::int AS m FROM monthly_hours WHERE owner_id = $1 AND month = $2`, [centerId, `${month}-01`])).rows;
      const res = await fetch(`${base}/api/v1/reports/centers/${centerId}?from=${month}&to=${month}`, { headers: auth });
      const api = ((await res.json()) as { months: { approvedMinutes: number }[] }).months[0].approvedMinutes;
      return { ledger: ledger.m as number, rollup: rollup.m as number, api };
    };
    const before = await check(centerIds[0], '2026-06');

    // ——— 2. reports ———
    const mm = (i: number) => `2026-${String(1 + (i % 12)).padStart(2, '0')}`;
    const reportRuns = CLIENTS.map((clients) => ({
      clients,
      national: load({
        kind: 'http', base, concurrency: clients, total: REPORT_REQUESTS, warmup: 5,
        requests: [{ method: 'GET', path: '/api/v1/reports/national?from=2026-01&to=2026-12', headers: auth }],
      }),
      nationalPg: load({ kind: 'pg-reports', databaseUrl, concurrency: clients, total: REPORT_REQUESTS, warmup: 5, calls: [{ report: 'national', from: '2026-01', to: '2026-12' }] }),
      center: load({
        kind: 'http', base, concurrency: clients, total: REPORT_REQUESTS, warmup: 5,
        requests: centerIds.map((id, i) => ({ method: 'GET' as const, path: `/api/v1/reports/centers/${id}?from=${mm(i)}&to=${mm(i)}`, headers: auth })),
      }),
      centerPg: load({
        kind: 'pg-reports', databaseUrl, concurrency: clients, total: REPORT_REQUESTS, warmup: 5,
        calls: centerIds.map((id, i) => ({ report: 'center' as const, id, from: mm(i), to: mm(i) })),
      }),
    }));

    // ——— 3. bulk approval ———
    const pending: string[] = (await db.query(`SELECT id FROM hour_entries WHERE status = 'pending' ORDER BY md5(id::text) LIMIT $1`, [1000 * BULK_BATCHES])).rows.map((r: { id: string }) => r.id);
    const apiBatches = Array.from({ length: BULK_BATCHES }, (_, i) => pending.slice(i * 500, i * 500 + 500));
    const coreBatches = Array.from({ length: BULK_BATCHES }, (_, i) => pending.slice((BULK_BATCHES + i) * 500, (BULK_BATCHES + i) * 500 + 500));
    const bulk = load({
      kind: 'http', base, concurrency: 1, total: BULK_BATCHES, warmup: 0,
      requests: apiBatches.map((ids) => ({ method: 'POST' as const, path: '/api/v1/hour-entries/decide', headers: auth, body: { ids, decision: 'approved' } })),
    });
    const bulkCore = load({ kind: 'ledger', databaseUrl, batches: coreBatches, actorId: adminId });
    // The roll-up moved with the approvals: every touched center's total still equals its ledger.
    const [drift] = (await db.query(
      `SELECT count(*)::int AS n FROM (SELECT center_id AS owner, sum(minutes) AS m FROM hour_entries WHERE status = 'approved' GROUP BY 1) l
         FULL JOIN (SELECT owner_id AS owner, sum(approved_minutes) AS m FROM monthly_hours GROUP BY 1) r USING (owner) WHERE l.m IS DISTINCT FROM r.m`,
    )).rows;
    // …and the national counters moved with them: they equal a rebuild from the roll-up (rows that went to 0 aside).
    await db.query(`CREATE TEMP TABLE kept AS SELECT * FROM monthly_active WHERE volunteers <> 0 OR approved_minutes <> 0`);
    await db.query(`SELECT monthly_active_rebuild(NULL)`);
    const [counterDrift] = (await db.query(
      `SELECT count(*)::int AS n FROM kept k FULL JOIN monthly_active r USING (month, scope, gap)
        WHERE k.volunteers IS DISTINCT FROM r.volunteers OR k.approved_minutes IS DISTINCT FROM r.approved_minutes`,
    )).rows;

    // ——— 4. check-ins at one center ———
    const people = Math.ceil((CHECKINS_PER_MINUTE * CHECKIN_SECONDS) / 60);
    let checkins: LoadResult | null = null;
    let floor: LoadResult | null = null;
    const kiosk = await fetch(`${base}/api/v1/kiosks`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ centerId: centerIds[1], name: 'Bench kiosk' }) });
    if (kiosk.status === 201) {
      const token = ((await kiosk.json()) as { token: string }).token;
      const [position] = (await db.query(`SELECT id FROM positions WHERE center_id = $1`, [centerIds[1]])).rows;
      const [shift] = (await db.query(
        `INSERT INTO shifts (center_id, position_id, starts_at, ends_at, slots, assigned_count, visibility, status)
         VALUES ($1, $2, date_trunc('minute', now()) + interval '10 minutes', date_trunc('minute', now()) + interval '4 hours', $3, $3, 'open', 'published') RETURNING id`,
        [centerIds[1], position.id, people],
      )).rows;
      const volunteers: string[] = (await db.query(`SELECT id FROM volunteers WHERE email LIKE 'v%@bench.local' ORDER BY email LIMIT $1`, [people])).rows.map((r: { id: string }) => r.id);
      await db.query(`INSERT INTO shift_assignments (shift_id, volunteer_id, status, source) SELECT $1, unnest($2::uuid[]), 'assigned', 'coordinator'`, [shift.id, volunteers]);
      // PINs stored as the API stores them (HMAC under a key derived from JWT_SECRET, see attendance/kiosk-secrets.ts).
      const pinKey = createHmac('sha256', JWT_SECRET).update('dost:kiosk-pin:v1').digest();
      const pin = '482916';
      await db.query(`INSERT INTO volunteer_pins (volunteer_id, pin_hash) SELECT unnest($1::uuid[]), unnest($2::varchar[])`, [volunteers, volunteers.map((v) => createHmac('sha256', pinKey).update(`${v}:${pin}`).digest('hex'))]);
      checkins = load({
        kind: 'http-rate', base, perMinute: CHECKINS_PER_MINUTE, seconds: CHECKIN_SECONDS,
        requests: volunteers.map((volunteerId) => ({ method: 'POST' as const, path: '/api/v1/kiosk/pin', headers: { 'X-Kiosk-Token': token }, body: { volunteerId, pin, action: 'in' } })),
      });
      floor = load({ kind: 'http-rate', base, perMinute: CHECKINS_PER_MINUTE, seconds: CHECKIN_SECONDS, requests: [{ method: 'GET', path: '/api/health' }] });
    }
    const after = await check(centerIds[0], '2026-06');

    const ratio = (a: LoadResult, b: LoadResult) => (b.latencies.p95 > 0 ? `${(a.latencies.p95 / b.latencies.p95).toFixed(1)}×` : '—');
    const row = (what: string, r: LoadResult, target: string, extra = '') =>
      `| ${what} | ${r.count} | ${f1(r.count / r.seconds)} | ${f1(r.latencies.p50)} | ${f1(r.latencies.p95)} | ${f1(r.latencies.p99)} | ${f1(r.latencies.max)} | ${target} | ${JSON.stringify(r.statuses)}${extra} |`;
    const lines = [
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${entryCount.toLocaleString('en')} ledger entries, ${VOLUNTEERS.toLocaleString('en')} volunteers, ${CENTERS} centers, 12 months; data set up in ${f1(setupSeconds)} s`,
      `one total three ways (center 0, 2026-06, approved minutes): ledger ${before.ledger}, roll-up ${before.rollup}, API ${before.api}; after the approvals: ${after.ledger} / ${after.rollup} / ${after.api}; centers whose roll-up differs from the ledger: ${drift.n}; national counter rows that differ from a rebuild: ${counterDrift.n}`,
      '',
      '| benchmark | requests | req/s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | target | statuses |',
      '|---|---|---|---|---|---|---|---|---|',
      ...reportRuns.flatMap((r) => [
        row(`national 12-month roll-up, API, ${r.clients} client${r.clients > 1 ? 's' : ''}`, r.national, 'p95 < 300 ms'),
        row(`— the same through plain pg (baseline)`, r.nationalPg, '', ` API/pg p95 ${ratio(r.national, r.nationalPg)}`),
        row(`a center's month, API, ${r.clients} client${r.clients > 1 ? 's' : ''}`, r.center, 'p95 < 300 ms'),
        row(`— the same through plain pg (baseline)`, r.centerPg, '', ` API/pg p95 ${ratio(r.center, r.centerPg)}`),
      ]),
      row(`bulk approval of 500 pending entries, API (one at a time)`, bulk, '< 2 s each', bulk.failures.length ? ` ${bulk.failures[0]}` : ''),
      row(`— HoursLedgerService.decide alone (baseline)`, bulkCore, '', ` ${bulkCore.results.changed} approved; API/core p95 ${ratio(bulk, bulkCore)}`),
      ...(checkins && floor ? [
        row(`check-ins by PIN at one center, ${CHECKINS_PER_MINUTE}/min for ${CHECKIN_SECONDS} s`, checkins, 'p99 < 100 ms', ` ${JSON.stringify(checkins.results)}${checkins.failures.length ? ` ${checkins.failures[0]}` : ''}`),
        row(`— GET /api/health at the same rate (HTTP floor)`, floor, '', ` check-in/floor p95 ${ratio(checkins, floor)}`),
      ] : ['| check-ins | — | — | — | — | — | — | — | kiosk API not available |']),
    ];
    process.stdout.write(lines.join('\n') + '\n');
    const misses = [...reportRuns.flatMap((r) => [r.national.latencies.p95 >= 300, r.center.latencies.p95 >= 300]), bulk.latencies.max >= 2000, !!checkins && checkins.latencies.p99 >= 100];
    if (before.ledger !== before.rollup || before.rollup !== before.api || after.ledger !== after.rollup || after.rollup !== after.api || drift.n !== 0 || counterDrift.n !== 0) {
      console.error('the roll-up or the API disagrees with the ledger');
      process.exitCode = 1;
    }
    if (misses.some(Boolean)) console.error('a target was missed (see the table)');
  } finally {
    await db.end();
    child.kill('SIGTERM');
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
