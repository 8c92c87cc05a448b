/**
 * Talent pool benchmark (issue 14) on a real PostgreSQL: the API runs as its own process (`main.ts`, the way
 * `npm start` runs it), the load comes from another (bench/hours/load.ts, `fetch`), this script only seeds and reports.
 *  1. data (straight SQL): 50,000 alumni in 20 centers with languages (CEFR), ~24 months of approved hours in the
 *     roll-up, completed / no-show assignments, coordinator ratings, certificates, career profiles and job-pool
 *     consents (85 % live); one open vacancy with requirements and its own fit weights. The triggers mark every
 *     alumnus; the first request rebuilds `talent_facts` (timed and reported).
 *  2. GET /talent-pool over eight filter combinations (default sort by fit score, a vacancy's score, hours, name,
 *     deep pages), each with 1 client, then all mixed with 4 clients; target p95 < 300 ms.
 *     Baseline: the same repository SQL over a plain `pg` pool in another process (bench/talent/baseline.ts).
 *
 *   node tools/with-db.mjs --ephemeral -- node -r @swc-node/register bench/talent/talent.bench.ts [--quick]
 *   --quick: 10,000 alumni, 30 requests per combination
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Job, LoadResult } from '../hours/load';
import type { BaselineJob } from './baseline';

const quick = process.argv.includes('--quick');
const ROOT = path.resolve(__dirname, '../..');
const ALUMNI = Number(process.env.BENCH_ALUMNI ?? (quick ? 10_000 : 50_000));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? (quick ? 30 : 100));
const CENTERS = 20;
const REGIONS = ['Bakı', 'Sumqayıt', 'Gəncə', 'Bərdə', 'Şəki', 'Quba', 'Lənkəran', 'Şirvan', 'Mingəçevir', 'Naxçıvan'];
// A fresh admin password per run (the bench's own throw-away database): nothing to keep secret in the source.
const PASSWORD = `Bench-${randomBytes(12).toString('base64url')}-2026`;
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

function spawnJson<T>(script: string, job: unknown): T {
  const r = spawnSync(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, script), JSON.stringify(job)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as T;
}
const load = (job: Job) => spawnJson<LoadResult>('bench/hours/load.ts', job);
const baseline = (job: BaselineJob) => spawnJson<LoadResult>('bench/talent/baseline.ts', job);

async function startApi(databaseUrl: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), DATA_DIR: mkdtempSync(path.join(tmpdir(), 'dost-bench-talent-')),
      ADMIN_EMAIL: 'admin@bench.local', ADMIN_PASSWORD: PASSWORD, JWT_SECRET: randomBytes(32).toString('hex'), SEED_DEMO: 'false', JOBS_WORKER: 'false',
      LOG_LEVEL: 'error', NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.on('exit', () => child.kill('SIGKILL'));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('the API exited while starting');
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return { base, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the API did not become healthy in 150 s');
}

async function seed(db: Client): Promise<{ seconds: number; centerIds: string[]; vacancyId: string }> {
  const t0 = Date.now();
  await db.query(`SELECT setseed(0.14)`);
  await db.query(
    `INSERT INTO centers (code, kind, region, name_az, name_en, name_ru, address, active, demo)
     SELECT 'tb-' || lpad(g::text, 2, '0'), 'regional_center', ($1::text[])[1 + g % 10], 'Mərkəz ' || g, 'Center ' || g, 'Центр ' || g, 'Bakı', true, false
       FROM generate_series(0, $2 - 1) g`,
    [REGIONS, CENTERS],
  );
  await db.query(`CREATE TEMP TABLE bc AS SELECT (row_number() OVER (ORDER BY code) - 1)::int AS n, id FROM centers WHERE code LIKE 'tb-%'`);
  const levels = `(ARRAY['A1','A2','B1','B2','C1','C2'])`;
  // Languages: Azerbaijani C2; English for 75 %, Russian for 60 %, Turkish for 20 %, each at a random level.
  await db.query(
    `INSERT INTO volunteers (full_name, email, status, birth_date, locale, home_center_id, languages)
     SELECT (ARRAY['Aysel','Nigar','Orxan','Tural','Günel','Rəşad','Ləman','Elvin','Səbinə','Kamran'])[1 + g % 10] || ' ' ||
            (ARRAY['Əliyeva','Məmmədov','Həsənova','Quliyev','İsmayılova','Hüseynov','Cəfərova','Rzayev'])[1 + (g / 10) % 8] || ' ' || g,
            'a' || g || '@bench.local', 'alumni', '2000-01-01', 'az', bc.id,
            jsonb_build_array(jsonb_build_object('language', 'az', 'level', 'C2'))
              || CASE WHEN random() < 0.75 THEN jsonb_build_array(jsonb_build_object('language', 'en', 'level', ${levels}[1 + floor(random() * 6)::int])) ELSE '[]' END
              || CASE WHEN random() < 0.60 THEN jsonb_build_array(jsonb_build_object('language', 'ru', 'level', ${levels}[1 + floor(random() * 6)::int])) ELSE '[]' END
              || CASE WHEN random() < 0.20 THEN jsonb_build_array(jsonb_build_object('language', 'tr', 'level', ${levels}[1 + floor(random() * 6)::int])) ELSE '[]' END
       FROM generate_series(0, $1 - 1) g JOIN bc ON bc.n = g % $2`,
    [ALUMNI, CENTERS],
  );
  await db.query(`CREATE TEMP TABLE bv AS SELECT (row_number() OVER (ORDER BY email) - 1)::int AS n, id, home_center_id FROM volunteers WHERE email LIKE 'a%@bench.local'`);
  await db.query(`CREATE UNIQUE INDEX ON bv (n)`);
  // The hours roll-up as HoursLedgerService keeps it: 4–24 months per person over the last 24, mostly at the home center.
  await db.query(
    `INSERT INTO monthly_hours (month, owner_id, volunteer_id, owner_kind, approved_minutes)
     SELECT DISTINCT ON (m, owner, bv.id) m, owner, bv.id, 'center', 60 * (2 + floor(random() * 30)::int)
       FROM bv CROSS JOIN LATERAL (
         SELECT (date_trunc('month', now()) - (floor(random() * 24) || ' months')::interval)::date AS m,
                CASE WHEN random() < 0.1 THEN (SELECT id FROM bc WHERE n = (bv.n + 1) % ${CENTERS}) ELSE bv.home_center_id END AS owner
           FROM generate_series(1, 4 + (bv.n * 7919) % 21)) x
      ORDER BY m, owner, bv.id`,
  );
  await db.query(`UPDATE volunteers v SET approved_minutes = t.m FROM (SELECT volunteer_id, sum(approved_minutes)::int AS m FROM monthly_hours GROUP BY 1) t WHERE v.id = t.volunteer_id`);
  // Positions, shifts and ~6 finished assignments per person (6 % no-shows).
  await db.query(`INSERT INTO positions (center_id, code, name_az, name_en, name_ru, requirements)
                  SELECT bc.id, p.c, p.nm, p.nm, p.nm, '{}' FROM bc CROSS JOIN (VALUES ('desk', 'Qəbul masası'), ('greeter', 'Qarşılama')) p(c, nm)`);
  await db.query(
    `INSERT INTO shifts (center_id, position_id, starts_at, ends_at, slots, assigned_count, visibility, status)
     SELECT p.center_id, p.id, t, t + interval '4 hours', 20, 0, 'open', 'published'
       FROM positions p JOIN bc ON bc.id = p.center_id
       CROSS JOIN LATERAL (SELECT now() - (floor(random() * 700) || ' days')::interval AS t FROM generate_series(1, 300)) x`,
  );
  await db.query(`CREATE TEMP TABLE bs AS SELECT (row_number() OVER (PARTITION BY center_id ORDER BY id) - 1)::int AS k, id, center_id FROM shifts`);
  await db.query(`CREATE INDEX ON bs (center_id, k)`);
  await db.query(
    `INSERT INTO shift_assignments (shift_id, volunteer_id, status, source)
     SELECT DISTINCT ON (bs.id, bv.id) bs.id, bv.id, CASE WHEN random() < 0.06 THEN 'no_show' ELSE 'completed' END, 'coordinator'
       FROM bv CROSS JOIN LATERAL generate_series(1, 1 + (bv.n * 31) % 10) j
       JOIN bs ON bs.center_id = bv.home_center_id AND bs.k = (bv.n * 13 + j * 97) % 600`,
  );
  // Career profiles, consents (85 % live), ratings for half of them, a programme certificate for a third.
  await db.query(
    `INSERT INTO alumni_profiles (volunteer_id, alumni_since, source, reason, education_level, field_of_study, region, availability_kind)
     SELECT bv.id, now() - (floor(random() * 1000) || ' days')::interval, 'coordinator', 'bench',
            (ARRAY['secondary','vocational','bachelor_student','bachelor','master_student','master','doctorate'])[1 + floor(random() * 7)::int],
            'Sosial iş', ($1::text[])[1 + bv.n % 10], (ARRAY['full_time','part_time','project','not_available'])[1 + floor(random() * 4)::int]
       FROM bv`,
    [REGIONS],
  );
  await db.query(
    `INSERT INTO job_pool_consents (volunteer_id, consent_version_id, version, locale, given_at)
     SELECT bv.id, (SELECT id FROM job_pool_consent_versions ORDER BY version DESC LIMIT 1), 1, 'az', now() - interval '10 days' FROM bv WHERE random() < 0.85`,
  );
  const [{ id: adminId }] = (await db.query(`SELECT id FROM users WHERE email = 'admin@bench.local'`)).rows;
  await db.query(
    `INSERT INTO volunteer_ratings (volunteer_id, rater_user_id, center_id, period_from, period_to, punctuality, communication, service_to_citizens, teamwork, comment)
     SELECT bv.id, $1, bv.home_center_id, current_date - 180, current_date - 30, 2 + floor(random() * 4)::int, 2 + floor(random() * 4)::int,
            2 + floor(random() * 4)::int, 2 + floor(random() * 4)::int, 'Vətəndaşlarla nəzakətlidir.'
       FROM bv CROSS JOIN generate_series(1, 2) WHERE bv.n % 2 = 0`,
    [adminId],
  );
  const [type] = (await db.query(`INSERT INTO certificate_types (code, kind, name_az, name_en, name_ru, rule) VALUES ('programme', 'programme', 'Proqram', 'Programme', 'Программа', '{}') RETURNING id`)).rows;
  await db.query(
    `INSERT INTO certificates (serial, verification_code, type_id, volunteer_id, holder_name, kind, title, minutes, signer, issued_at)
     SELECT 'KD-2026-' || lpad(bv.n::text, 6, '0'), upper(substr(md5(bv.id::text), 1, 20)), $1, bv.id, 'X', 'programme',
            '{"az":"Proqram","en":"Programme","ru":"Программа"}', 2400, '{"name":"X","title":{"az":"","en":"","ru":""}}', now()
       FROM bv WHERE bv.n % 3 = 0`,
    [type.id],
  );
  const [vacancy] = (await db.query(
    `INSERT INTO vacancies (title, center_id, requirements, fit_weights, opens_on, staff_role, status)
     VALUES ('Koordinator', (SELECT id FROM bc WHERE n = 0), '{"minHours": 200, "languages": [{"language": "en", "level": "B2"}, {"language": "ru", "level": "B1"}], "certificateTypes": ["programme"]}',
             '{"hours": 25, "reliability": 25, "ratings": 20, "languages": 20, "certificates": 10}', current_date, 'coordinator', 'open') RETURNING id`,
  )).rows;
  await db.query('ANALYZE');
  return { seconds: (Date.now() - t0) / 1000, centerIds: (await db.query(`SELECT id FROM bc ORDER BY n`)).rows.map((r: { id: string }) => r.id), vacancyId: vacancy.id };
}

/**
 * BENCH_EXPLAIN='<query string>' (or `all`: every combination below): prints the plan of each statement the pool
 * runs for that query — EXPLAIN (ANALYZE, BUFFERS), then the statement itself so the next one sees real rows.
 */
async function explain(db: Client, qs: string): Promise<void> {
  const { TalentPoolRepository } = await import('../../apps/api/src/talent/talent-pool.repository');
  const { TalentPoolQueryDto } = await import('../../apps/api/src/talent/dto/talent.dto');
  const { normaliseWeights } = await import('@dost/domain');
  const { plainToInstance } = await import('class-transformer');
  const traced = {
    query: async (sql: string, params: unknown[]) => {
      const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      console.error(`--- ${qs}\n${sql.replace(/\s+/g, ' ').slice(0, 300)}\n${plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}`);
      return (await db.query(sql, params)).rows;
    },
  };
  const repo = new TalentPoolRepository(traced as never);
  const q = plainToInstance(TalentPoolQueryDto, Object.fromEntries(new URLSearchParams(qs)));
  const v = q.vacancyId ? await new TalentPoolRepository({ query: async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows } as never).vacancy(q.vacancyId) : null;
  await repo.search(q, v?.requirements ?? {}, normaliseWeights(v?.fitWeights));
}

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error('run through tools/with-db.mjs (DATABASE_URL missing)');
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const name = `dost_bench_talent_${randomBytes(3).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();

  const { base, child } = await startApi(databaseUrl); // migrates the empty database
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { seconds, centerIds, vacancyId } = await seed(db);
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@bench.local', password: PASSWORD }) });
    if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
    const auth = { Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
    const [{ n: dirty }] = (await db.query(`SELECT count(*)::int AS n FROM talent_facts_dirty`)).rows;
    // The first read rebuilds every marked alumnus' facts (what a first start after a bulk import costs once).
    const r0 = performance.now();
    const first = await fetch(`${base}/api/v1/talent-pool?perPage=1`, { headers: auth });
    const rebuildMs = performance.now() - r0;
    const firstBody = (await first.json()) as { total: number };
    await db.query('ANALYZE talent_facts');
    const [{ n: inPool }] = (await db.query(`SELECT count(*)::int AS n FROM talent_facts WHERE consent`)).rows;

    const combos: { name: string; query: string }[] = [
      { name: 'no filter, by fit score (default weights)', query: 'perPage=25' },
      { name: 'English ≥ B2 and ≥ 200 h', query: 'languages=en:B2&minHours=200' },
      { name: 'a vacancy\'s fit score, en ≥ B2 + ru ≥ B1, ≥ 50 h in 12 months, attendance ≥ 90 %', query: `vacancyId=${vacancyId}&languages=en:B2,ru:B1&minHours12m=50&minAttendance=90` },
      { name: 'rating ≥ 4, ≤ 1 no-show, bachelor, full time', query: 'minRating=4&maxNoShows=1&educationLevel=bachelor&availability=full_time' },
      { name: 'center and position served, certificate held', query: `centerId=${centerIds[3]}&positionCode=greeter&certificateType=programme` },
      { name: 'region, alumni since, by hours', query: 'region=Bərdə&alumniSinceFrom=2025-01-01&sort=approvedHours&order=DESC' },
      { name: 'name search, by name', query: 'q=Aysel&sort=fullName&order=ASC' },
      { name: 'page 40 by hours in 12 months', query: 'sort=hours12m&order=DESC&page=40&perPage=50' },
    ];
    if (process.env.BENCH_EXPLAIN) {
      for (const qs of process.env.BENCH_EXPLAIN === 'all' ? combos.map((c) => c.query) : [process.env.BENCH_EXPLAIN]) await explain(db, qs);
    }
    const httpJob = (queries: string[], concurrency: number, total: number): Job => ({
      kind: 'http', base, concurrency, total, warmup: 3, requests: queries.map((q) => ({ method: 'GET' as const, path: `/api/v1/talent-pool?${q}`, headers: auth })),
    });
    const runs = combos.map((c) => ({
      ...c,
      api: load(httpJob([c.query], 1, REQUESTS)),
      pg: baseline({ databaseUrl, queries: [c.query], concurrency: 1, total: REQUESTS, warmup: 3 }),
    }));
    const mixed = load(httpJob(combos.map((c) => c.query), 4, REQUESTS * 2));
    const mixedPg = baseline({ databaseUrl, queries: combos.map((c) => c.query), concurrency: 4, total: REQUESTS * 2, warmup: 3 });
    const mixed1 = load(httpJob(combos.map((c) => c.query), 1, REQUESTS * 2));

    const ratio = (a: LoadResult, b: LoadResult) => (b.latencies.p95 > 0 ? `${(a.latencies.p95 / b.latencies.p95).toFixed(1)}×` : '—');
    const met = (r: LoadResult) => (r.latencies.p95 < 300 ? 'met' : '**missed**');
    const row = (what: string, r: LoadResult, b: LoadResult | null, target: string) =>
      `| ${what} | ${r.count} | ${f1(r.count / r.seconds)} | ${f1(r.latencies.p50)} | ${f1(r.latencies.p95)} | ${f1(r.latencies.p99)} | ${f1(r.latencies.max)} | ${target} | ${b ? f1(b.latencies.p95) : '—'} | ${b ? ratio(r, b) : '—'} | ${JSON.stringify(r.statuses)} |`;
    const lines = [
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${ALUMNI.toLocaleString('en')} alumni (${inPool.toLocaleString('en')} with a live consent, API total ${firstBody.total.toLocaleString('en')}), ${CENTERS} centers; data set up in ${f1(seconds)} s; ${dirty.toLocaleString('en')} marked alumni rebuilt by the first request in ${f1(rebuildMs / 1000)} s`,
      '',
      '| GET /talent-pool | requests | req/s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | p95 < 300 ms | baseline p95 (ms, plain pg) | API ÷ baseline (p95) | statuses |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
      ...runs.map((r) => row(`${r.name}, 1 client`, r.api, r.pg, met(r.api))),
      row('all eight mixed, 1 client', mixed1, null, met(mixed1)),
      row('all eight mixed, 4 clients', mixed, mixedPg, met(mixed)),
    ];
    process.stdout.write(lines.join('\n') + '\n');
    if (firstBody.total !== inPool) {
      console.error(`the API's total (${firstBody.total}) differs from the alumni with a live consent (${inPool})`);
      process.exitCode = 1;
    }
    if ([...runs.map((r) => r.api), mixed1].some((r) => r.latencies.p95 >= 300)) console.error('a target was missed (see the table)');
  } finally {
    await db.end();
    child.kill('SIGTERM');
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
