/**
 * Issue 17: the hot paths against a plain-SQL baseline, in the same run on the same data.
 *
 * This script only seeds and reports. The API runs as its own process (`apps/api/src/main.ts`, NODE_ENV=production,
 * migrations on start — the way `npm start` runs it), the plain baseline as another (bench/perf/baseline.ts:
 * node:http + pg doing the minimal work of each path), and the load comes from a third (bench/perf/load.ts,
 * autocannon 9). Data as in bench/rostering: 5,000 volunteers with sessions and signed tokens, 10,000 shifts
 * (plus the sign-up phases' own shifts), a 60-volunteer center's week, a 400-person event, an open intake.
 *
 *   node tools/with-db.mjs --ephemeral -- node -r @swc-node/register bench/perf/perf.bench.ts [--quick] [--profile]
 *   knobs: BENCH_SECONDS (each closed-loop slice; app and baseline get two each, default 8), BENCH_OPEN_SECONDS (open loop, default 30)
 *
 * Prints: req/s of app and baseline and app ÷ baseline at 50 and 200 connections (sign-up, open shifts), the
 * open-loop p99s (200 sign-ups/s, 100 pages/s), SQL statements per request (counted in the API process by
 * bench/perf/count-statements.ts), the API's RSS idle and under load (VmRSS of /proc/<pid>/status), the other paths
 * (week view, role board, apply, login) at 50 connections, argon2id's parameters against OWASP's minimum, and the
 * overbooking check (must be 0: exits non-zero otherwise).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { Client } from 'pg';
import type { LoadJob, LoadRequest, LoadResult } from './load';

const ROOT = path.resolve(__dirname, '../..');
const quick = process.argv.includes('--quick');
/** --profile: the API process records a V8 CPU profile (count-statements.ts); at the end its self time is summed by layer (which package, our code, GC). */
const profile = process.argv.includes('--profile');
const VOLUNTEERS = 5000;
const LIST_SHIFTS = 10000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? (quick ? 4 : 8));
const OPEN_SECONDS = Number(process.env.BENCH_OPEN_SECONDS ?? (quick ? 10 : 30));
const PASSWORD = `Bench-${randomBytes(12).toString('base64url')}-2026`;
const JWT_SECRET = randomBytes(32).toString('hex');
const TMP = mkdtempSync(path.join(tmpdir(), 'dost-bench-perf-'));
const STATEMENTS_FILE = path.join(TMP, 'statements');
const PROFILE_FILE = path.join(TMP, 'api.cpuprofile');
/** Shifts per block of a sign-up phase: 50 shifts × 100 places = one place for each of the 5,000 volunteers. */
const BLOCK = 50;

const f0 = (n: number) => n.toFixed(0);
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

const children: ChildProcess[] = [];
/** Times the API's database watchdog cut its pool (apps/api/src/database/database-availability.ts). */
let watchdogCuts = 0;
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

async function startProcess(name: string, args: string[], env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  // The API logs (error level) when its database watchdog finds PostgreSQL silent and cuts the pool's connections.
  let tail = '';
  child.stdout?.on('data', (d: Buffer) => {
    const lines = (tail + d.toString()).split('\n');
    tail = lines.pop() ?? '';
    for (const line of lines) if (line.includes('PostgreSQL does not answer')) watchdogCuts += 1;
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited while starting`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return { base, child };
    await sleep(250);
  }
  throw new Error(`${name} did not become healthy in 150 s`);
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Runs one job in the load generator's own process; samples the API's RSS meanwhile. */
const offsets = new WeakMap<LoadRequest[], number>();
async function load(url: string, requests: LoadRequest[], connections: number, duration: number, overallRate?: number, rssPid?: number): Promise<LoadResult & { rssMax: number }> {
  const file = path.join(TMP, `job-${randomBytes(4).toString('hex')}.json`);
  const offset = offsets.get(requests) ?? 0;
  const job: LoadJob = { url, connections, duration, overallRate, requests, offset };
  writeFileSync(file, JSON.stringify(job));
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'load.ts'), file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  let rssMax = 0;
  const timer = rssPid ? setInterval(() => (rssMax = Math.max(rssMax, rssMb(rssPid))), 250) : undefined;
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (timer) clearInterval(timer);
  if (code !== 0) throw new Error(`load generator failed (${code})`);
  const result = JSON.parse(out.trim().split('\n').pop() as string) as LoadResult;
  offsets.set(requests, offset + result.taken);
  return { ...result, rssMax };
}

/** SQL statements the API process has sent so far (count-statements.ts answers SIGWINCH). */
async function statements(api: ChildProcess): Promise<number> {
  writeFileSync(STATEMENTS_FILE, '');
  api.kill('SIGWINCH');
  for (let i = 0; i < 100; i++) {
    await sleep(20);
    const text = readFileSync(STATEMENTS_FILE, 'utf8');
    if (text) return Number(text);
  }
  throw new Error('no statement count from the API process');
}

/** Statements per second the idle API sends by itself (the database watchdog's ping, timers): subtracted below. */
let idleRate = 0;

/** Statements per request: n requests one after another (after two for warming), the count's difference ÷ n, less the idle rate. */
async function statementsPer(api: ChildProcess, base: string, requests: LoadRequest[], n = 10): Promise<{ per: number; statuses: number[]; ms: number }> {
  const statuses: number[] = [];
  const go = async (r: LoadRequest) => {
    const res = await fetch(base + r.path, { method: r.method, headers: { ...(r.body ? { 'content-type': 'application/json' } : {}), ...r.headers }, body: r.body });
    await res.arrayBuffer();
    return res.status;
  };
  await go(requests[0]);
  await go(requests[1]);
  const before = await statements(api);
  const t0 = performance.now();
  for (let i = 2; i < n + 2; i++) statuses.push(await go(requests[i]));
  const seconds = (performance.now() - t0) / 1000;
  const after = await statements(api);
  return { per: Math.max(0, after - before - idleRate * seconds) / n, statuses, ms: (1000 * seconds) / n };
}

/** Self time of a V8 .cpuprofile by layer: a package under node_modules, our code (apps/, libs/), node's own, GC, idle. */
function layers(file: string): [string, number][] {
  const prof = JSON.parse(readFileSync(file, 'utf8')) as { nodes: { id: number; callFrame: { url: string; functionName: string } }[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(prof.nodes.map((n) => [n.id, n.callFrame]));
  const total = new Map<string, number>();
  prof.samples.forEach((id, i) => {
    const cf = byId.get(id);
    const url = cf?.url ?? '';
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    const layer = pkg ?? (/\/(apps|libs)\//.test(url) ? 'our code (apps/, libs/)' : url.startsWith('node:') ? 'node (http, net, streams)' : cf?.functionName ? `(${cf.functionName.replace(/[()]/g, '')})` : '(native)');
    total.set(layer, (total.get(layer) ?? 0) + (prof.timeDeltas[i] ?? 0));
  });
  const busy = [...total].filter(([k]) => k !== '(idle)').reduce((a, [, v]) => a + v, 0);
  return [...total].filter(([k]) => k !== '(idle)').map(([k, v]) => [k, (100 * v) / busy] as [string, number]).sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('run through tools/with-db.mjs (DATABASE_URL missing)');
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;

  // ——— the API (migrates the database on start), then the data ———
  const api = await startProcess('the API', ['-r', '@swc-node/register', '-r', path.join(__dirname, 'count-statements.ts'), path.join(ROOT, 'apps/api/src/main.ts')], {
    DATABASE_URL: url, DATA_DIR: path.join(TMP, 'data'), ADMIN_EMAIL: 'admin@bench.local', ADMIN_PASSWORD: PASSWORD, JWT_SECRET, SEED_DEMO: 'false',
    JOBS_WORKER: 'false', LOG_LEVEL: 'error', NODE_ENV: 'production', TRUST_PROXY: 'loopback', BENCH_STATEMENTS_FILE: STATEMENTS_FILE, ...(profile ? { BENCH_PROFILE_FILE: PROFILE_FILE } : {}),
  });
  const apiPid = api.child.pid as number;
  const db = new Client({ connectionString: url });
  await db.connect();
  const q = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => (await db.query(sql, params)).rows as T[];

  const t0 = Date.now();
  const [center] = await q<{ id: string }>(`INSERT INTO centers (code, kind, region, name_az, name_en, name_ru, address, active, demo)
    VALUES ('bench', 'regional_center', 'Bakı', 'Bakı mərkəzi', 'Baku center', 'Бакинский центр', 'Bakı', true, false) RETURNING id`);
  const [position] = await q<{ id: string }>(`INSERT INTO positions (center_id, code, name_az, name_en, name_ru, requirements) VALUES ($1, 'greeter', 'Qarşılama', 'Greeter', 'Встреча', '{}') RETURNING id`, [center.id]);
  await q(`INSERT INTO users (email, full_name, locale, active, demo, password_hash)
    SELECT 'bench' || lpad(g::text, 5, '0') || '@bench.local', 'Könüllü ' || g, 'az', true, false, 'x' FROM generate_series(1, $1) g`, [VOLUNTEERS]);
  await q(`INSERT INTO user_roles (user_id, role) SELECT id, 'volunteer' FROM users WHERE email LIKE 'bench%@bench.local'`);
  await q(`INSERT INTO volunteers (user_id, full_name, email, status, birth_date, locale, languages, home_center_id)
    SELECT id, full_name, email, 'active', '2000-01-01', 'az', '[{"language":"en","level":"B2"}]', $1 FROM users WHERE email LIKE 'bench%@bench.local'`, [center.id]);
  const sessions = await q<{ id: string; user_id: string }>(`INSERT INTO sessions (user_id, token_hash, last_used_at, expires_at)
     SELECT u.id, md5(random()::text || u.id::text) || md5(u.id::text), now(), now() + interval '1 day' FROM users u WHERE u.email LIKE 'bench%@bench.local' ORDER BY u.email RETURNING id, user_id`);
  const token = (userId: string, sid: string) => jwt.sign({ sub: userId, sid }, JWT_SECRET, { algorithm: 'HS256', expiresIn: 4 * 3600 });
  const tokens = sessions.map((s) => token(s.user_id, s.id));
  // 10,000 listed shifts over 60 days (4-hour shifts on the hour), as in bench/rostering.
  await q(`INSERT INTO shifts (center_id, position_id, starts_at, ends_at, slots, visibility, status)
    SELECT $1, $2, date_trunc('hour', now()) + interval '2 days' + (g % 1440) * interval '1 hour', date_trunc('hour', now()) + interval '2 days' + (g % 1440) * interval '1 hour' + interval '4 hours',
           3, 'open', 'published' FROM generate_series(1, $3) g`, [center.id, position.id, LIST_SHIFTS]);
  // The sign-up phases' shifts: 100 places each, every one at its own time 5 hours after the last (nobody collides
  // with himself), BLOCK shifts per block; request k of a phase: volunteer k mod 5,000 takes shift (k ÷ 5,000) × BLOCK + k mod BLOCK.
  let shiftNo = 0;
  const signupShifts = async (blocks: number): Promise<string[]> => {
    const rows = await q<{ id: string }>(`INSERT INTO shifts (center_id, position_id, starts_at, ends_at, slots, visibility, status)
      SELECT $1, $2, date_trunc('hour', now()) + interval '3 days' + ($3 + g) * interval '5 hours', date_trunc('hour', now()) + interval '3 days' + ($3 + g) * interval '5 hours' + interval '4 hours',
             100, 'open', 'published' FROM generate_series(0, $4 - 1) g ORDER BY g RETURNING id`, [center.id, position.id, shiftNo, blocks * BLOCK]);
    shiftNo += blocks * BLOCK;
    return rows.map((r) => r.id);
  };
  const signupRequests = (shifts: string[]): LoadRequest[] => Array.from({ length: (shifts.length / BLOCK) * VOLUNTEERS }, (_, k) => ({
    method: 'POST', path: `/api/v1/shifts/${shifts[Math.floor(k / VOLUNTEERS) * BLOCK + (k % BLOCK)]}/signup`,
    headers: { authorization: `Bearer ${tokens[k % VOLUNTEERS]}`, 'idempotency-key': randomBytes(12).toString('hex') }, body: '{}',
  }));
  const pageRequests: LoadRequest[] = Array.from({ length: 20000 }, (_, k) => ({
    method: 'GET', path: `/api/v1/me/open-shifts?perPage=25&page=${1 + (k % 20)}`, headers: { authorization: `Bearer ${tokens[(k * 7919) % VOLUNTEERS]}` },
  }));

  // The coordinator's week: a center with 60 volunteers, 4 positions × 2 shifts a day × 7 days, 3 places each, filled.
  const [wc] = await q<{ id: string }>(`INSERT INTO centers (code, kind, region, name_az, name_en, name_ru, address, active, demo)
    VALUES ('bench-week', 'regional_center', 'Gəncə', 'Gəncə mərkəzi', 'Ganja center', 'Гянджинский центр', 'Gəncə', true, false) RETURNING id`);
  await q(`INSERT INTO positions (center_id, code, name_az, name_en, name_ru, requirements) SELECT $1, 'p' || g, 'Vəzifə ' || g, 'Position ' || g, 'Должность ' || g, '{}' FROM generate_series(1, 4) g`, [wc.id]);
  await q(`INSERT INTO volunteers (full_name, email, status, birth_date, locale, languages, home_center_id)
    SELECT 'Gəncəli ' || g, 'week' || g || '@bench.local', 'active', '1999-05-05', 'az', '[]', $1 FROM generate_series(1, 60) g`, [wc.id]);
  const [{ monday }] = await q<{ monday: string }>(`SELECT to_char(date_trunc('week', (now() AT TIME ZONE 'Asia/Baku') + interval '14 days'), 'YYYY-MM-DD') AS monday`);
  await q(`INSERT INTO shifts (center_id, position_id, starts_at, ends_at, slots, assigned_count, visibility, status)
    SELECT $1, p.id, ($2::date + d + h)::timestamp AT TIME ZONE 'Asia/Baku', ($2::date + d + h + interval '4 hours')::timestamp AT TIME ZONE 'Asia/Baku', 3, 3, 'open', 'published'
      FROM positions p, generate_series(0, 6) d, (VALUES (interval '9 hours'), (interval '14 hours')) t(h) WHERE p.center_id = $1`, [wc.id, monday]);
  await q(`INSERT INTO shift_assignments (shift_id, volunteer_id, status, source)
    SELECT s.id, v.id, 'assigned', 'coordinator' FROM (SELECT id, row_number() OVER (ORDER BY starts_at, id) AS n FROM shifts WHERE center_id = $1) s
      CROSS JOIN generate_series(0, 2) k JOIN (SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM volunteers WHERE home_center_id = $1) v ON v.n = (s.n * 3 + k) % 60`, [wc.id]);
  // The event's role board: 8 positions × 3 days × 2 blocks, 9 places each, 400 different people assigned.
  const [ev] = await q<{ id: string }>(`INSERT INTO events (name_az, name_en, name_ru, venue, starts_at, ends_at, status, demo)
    VALUES ('Bakı Forumu', 'Baku Forum', 'Бакинский форум', 'Bakı Konqres Mərkəzi', now() + interval '300 days', now() + interval '303 days', 'published', false) RETURNING id`);
  await q(`INSERT INTO positions (event_id, code, name_az, name_en, name_ru, requirements) SELECT $1, 'role' || g, 'Rol ' || g, 'Role ' || g, 'Роль ' || g, '{}' FROM generate_series(1, 8) g`, [ev.id]);
  await q(`INSERT INTO volunteers (full_name, email, status, birth_date, locale, languages)
    SELECT 'Forum könüllüsü ' || g, 'event' || g || '@bench.local', 'active', '2001-03-03', 'az', '[]' FROM generate_series(1, 400) g`);
  await q(`INSERT INTO shifts (event_id, position_id, starts_at, ends_at, slots, visibility, status)
    SELECT $1, p.id, date_trunc('day', now()) + interval '300 days' + d * interval '1 day' + h, date_trunc('day', now()) + interval '300 days' + d * interval '1 day' + h + interval '5 hours', 9, 'open', 'published'
      FROM positions p, generate_series(0, 2) d, (VALUES (interval '8 hours'), (interval '13 hours')) t(h) WHERE p.event_id = $1`, [ev.id]);
  await q(`WITH s AS (SELECT id, row_number() OVER (ORDER BY starts_at, id) - 1 AS n FROM shifts WHERE event_id = $1),
               v AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM volunteers WHERE email LIKE 'event%@bench.local')
    INSERT INTO shift_assignments (shift_id, volunteer_id, status, source) SELECT s.id, v.id, 'assigned', 'coordinator' FROM v JOIN s ON s.n = v.n % 48`, [ev.id]);
  await q(`UPDATE shifts s SET assigned_count = (SELECT count(*) FROM shift_assignments a WHERE a.shift_id = s.id AND a.status = 'assigned') WHERE s.event_id = $1`, [ev.id]);
  // Staff: a coordinator of the week's center, an organiser of the event (tokens as the API signs them).
  const staff = async (email: string, role: string, link: string): Promise<string> => {
    const [u] = await q<{ id: string }>(`INSERT INTO users (email, full_name, locale, active, demo, password_hash) VALUES ($1, $2, 'az', true, false, 'x') RETURNING id`, [email, email]);
    await q(`INSERT INTO user_roles (user_id, role) VALUES ($1, $2)`, [u.id, role]);
    await q(link, [u.id]);
    const [s] = await q<{ id: string }>(`INSERT INTO sessions (user_id, token_hash, last_used_at, expires_at) VALUES ($1, md5(random()::text) || md5(random()::text), now(), now() + interval '1 day') RETURNING id`, [u.id]);
    return token(u.id, s.id);
  };
  const coordinator = await staff('coordinator@bench.local', 'coordinator', `INSERT INTO coordinator_centers (user_id, center_id) VALUES ($1, '${wc.id}')`);
  const organizer = await staff('organizer@bench.local', 'organizer', `INSERT INTO event_organizers (user_id, event_id) VALUES ($1, '${ev.id}')`);
  // Login: 300 volunteers with the admin's password (its argon2id hash, made by the API at start).
  const [admin] = await q<{ password_hash: string }>(`SELECT password_hash FROM users WHERE email = 'admin@bench.local'`);
  await q(`INSERT INTO users (email, full_name, locale, active, demo, password_hash) SELECT 'login' || g || '@bench.local', 'Login ' || g, 'az', true, false, $1 FROM generate_series(1, 300) g`, [admin.password_hash]);
  await q(`INSERT INTO user_roles (user_id, role) SELECT id, 'volunteer' FROM users WHERE email LIKE 'login%@bench.local'`);

  const phases = {
    stmt: await signupShifts(1), app50: await signupShifts(4), base50: await signupShifts(4), app200: await signupShifts(4), base200: await signupShifts(4),
    open: await signupShifts(Math.ceil((200 * OPEN_SECONDS * 1.2) / VOLUNTEERS)),
  };
  await q('ANALYZE');
  const setupSeconds = (Date.now() - t0) / 1000;

  // The apply form: an intake opened through the API by the admin (logs in like anyone).
  const adminLogin = await fetch(`${api.base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@bench.local', password: PASSWORD }) });
  const adminToken = ((await adminLogin.json()) as { accessToken: string }).accessToken;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const intakeRes = await fetch(`${api.base}/api/v1/intakes`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({
      name: { az: 'Payız qəbulu', en: 'Autumn intake', ru: 'Осенний набор' }, status: 'open', opensOn: day(-3), closesOn: day(30), capacity: 100000, minAge: 18, maxAge: 35,
      centerIds: [wc.id, center.id],
      questions: [{ id: 'tshirt', kind: 'single', required: true, label: { az: 'Köynək ölçüsü', en: 'T-shirt size', ru: 'Размер футболки' }, options: ['s', 'm', 'l'].map((id) => ({ id, label: { az: id, en: id, ru: id } })) }],
      consentText: { az: 'Şəxsi məlumatlarımın emalına razıyam.', en: 'I agree to the processing of my personal data.', ru: 'Я согласен на обработку моих персональных данных.' },
    }),
  });
  const intake = (await intakeRes.json()) as { id: string; consentVersion: number };
  if (intakeRes.status !== 201) throw new Error(`intake: ${intakeRes.status} ${JSON.stringify(intake)}`);
  const FIN = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  const applyRequests = (n: number): LoadRequest[] => Array.from({ length: n }, (_, k) => ({
    method: 'POST', path: `/api/v1/public/intakes/${intake.id}/applications`,
    headers: { 'x-forwarded-for': `10.${randomInt(250)}.${randomInt(250)}.${randomInt(1, 250)}`, 'accept-language': 'az' },
    body: JSON.stringify({
      fullName: 'Leyla Həsənova', fin: Array.from({ length: 7 }, () => FIN[randomInt(FIN.length)]).join(''), birthDate: '2000-04-15', phone: '050 123 45 67',
      email: `leyla-${k}-${randomBytes(4).toString('hex')}@bench.local`,
      education: { institution: 'Bakı Dövlət Universiteti', faculty: 'Beynəlxalq münasibətlər', year: 2022 },
      languages: [{ language: 'az', level: 'C2' }, { language: 'en', level: 'B2' }], skills: ['ilk tibbi yardım'], availability: ['sat-am', 'sat-pm'],
      centerIds: [wc.id], motivation: 'İnsanlara kömək etmək və yeni bacarıqlar öyrənmək istəyirəm.', answers: { tshirt: 'm' },
      consentVersion: intake.consentVersion, consentAccepted: true, locale: 'az',
    }),
  }));
  const loginRequests: LoadRequest[] = Array.from({ length: 300 }, (_, k) => ({ method: 'POST', path: '/api/v1/auth/login', body: JSON.stringify({ email: `login${k + 1}@bench.local`, password: PASSWORD }) }));
  const weekRequests: LoadRequest[] = [{ method: 'GET', path: `/api/v1/rostering/centers/${wc.id}/week?start=${monday}`, headers: { authorization: `Bearer ${coordinator}` } }];
  const boardRequests: LoadRequest[] = [{ method: 'GET', path: `/api/v1/rostering/events/${ev.id}/role-board`, headers: { authorization: `Bearer ${organizer}` } }];

  // ——— the baseline ———
  const baseline = await startProcess('the baseline', ['-r', '@swc-node/register', path.join(__dirname, 'baseline.ts')], { DATABASE_URL: url, JWT_SECRET });

  // ——— statements per request, and the answers are the expected ones ———
  const idleBefore = await statements(api.child);
  await sleep(3000);
  idleRate = ((await statements(api.child)) - idleBefore) / 3;
  const stmtSignups = signupRequests(phases.stmt);
  const stmt = {
    signup: await statementsPer(api.child, api.base, stmtSignups),
    page: await statementsPer(api.child, api.base, pageRequests),
    week: await statementsPer(api.child, api.base, Array(12).fill(weekRequests[0])),
    board: await statementsPer(api.child, api.base, Array(12).fill(boardRequests[0])),
    apply: await statementsPer(api.child, api.base, applyRequests(12)),
    login: await statementsPer(api.child, api.base, loginRequests.slice(200, 212)),
  };
  const bad = Object.entries(stmt).filter(([, s]) => s.statuses.some((c) => c >= 300));
  if (bad.length) throw new Error(`unexpected answers: ${JSON.stringify(bad)}`);
  // One client, one request after another: the cost of a request without queueing, app and baseline.
  const oneByOne = async (base: string, requests: LoadRequest[], n = 10): Promise<number> => {
    const t = performance.now();
    for (const r of requests.slice(0, n)) {
      const res = await fetch(base + r.path, { method: r.method, headers: { ...(r.body ? { 'content-type': 'application/json' } : {}), ...r.headers }, body: r.body });
      await res.arrayBuffer();
    }
    return (performance.now() - t) / n;
  };
  const single = {
    signup: await oneByOne(baseline.base, stmtSignups.slice(20)), page: await oneByOne(baseline.base, pageRequests.slice(40)),
    week: await oneByOne(baseline.base, Array(10).fill(weekRequests[0])), board: await oneByOne(baseline.base, Array(10).fill(boardRequests[0])),
    apply: await oneByOne(baseline.base, applyRequests(10)), login: await oneByOne(baseline.base, loginRequests.slice(250)),
  };
  // The baseline answers the same requests.
  for (const r of [pageRequests[0], weekRequests[0], boardRequests[0], applyRequests(1)[0], loginRequests[299]]) {
    const res = await fetch(baseline.base + r.path, { method: r.method, headers: { ...(r.body ? { 'content-type': 'application/json' } : {}), ...r.headers }, body: r.body });
    if (res.status >= 300) throw new Error(`baseline ${r.path}: ${res.status} ${await res.text()}`);
  }
  const idleRss = rssMb(apiPid);

  // ——— closed loop: app and baseline, same data, one after the other ———
  const rows: string[] = [];
  const ratios: { path: string; conns: number; app: number; base: number }[] = [];
  let rssLoad = 0;
  /** App and baseline alternately, A B B A, SECONDS each: the machine's other load drifts, the order cancels a steady drift. */
  const pair = async (name: string, conns: number, appReqs: LoadRequest[], baseReqs: LoadRequest[]) => {
    const a1 = await load(api.base, appReqs, conns, SECONDS, undefined, apiPid);
    const b1 = await load(baseline.base, baseReqs, conns, SECONDS);
    const b2 = await load(baseline.base, baseReqs, conns, SECONDS);
    const a2 = await load(api.base, appReqs, conns, SECONDS, undefined, apiPid);
    const both = (x: LoadResult & { rssMax: number }, y: LoadResult & { rssMax: number }) => ({
      rps: (x.requests + y.requests) / (x.seconds + y.seconds), p50: (x.p50 + y.p50) / 2, p99: Math.max(x.p99, y.p99), errors: x.errors + y.errors, timeouts: x.timeouts + y.timeouts,
      statuses: Object.fromEntries([...new Set([...Object.keys(x.statuses), ...Object.keys(y.statuses)])].map((k) => [k, (x.statuses[k] ?? 0) + (y.statuses[k] ?? 0)])),
      rssMax: Math.max(x.rssMax, y.rssMax),
    });
    const a = both(a1, a2);
    const b = both(b1, b2);
    rssLoad = Math.max(rssLoad, a.rssMax);
    ratios.push({ path: name, conns, app: a.rps, base: b.rps });
    rows.push(`| ${name} | ${conns} | ${f0(a.rps)} (${f0(a1.rps)}, ${f0(a2.rps)}) | ${f0(a.p50)} / ${f0(a.p99)} | ${JSON.stringify(a.statuses)}${a.errors + a.timeouts ? `, ${a.errors} errors, ${a.timeouts} timeouts` : ''} | ${f0(b.rps)} (${f0(b1.rps)}, ${f0(b2.rps)}) | ${f0(b.p50)} / ${f0(b.p99)} | **${b.rps > 0 ? f2(a.rps / b.rps) : '— (baseline answered nothing)'}** | ${f0(a.rssMax)} |`);
  };
  // warm both (JIT, pools)
  await load(api.base, pageRequests.slice(0, 2000), 20, 2);
  await load(baseline.base, pageRequests.slice(0, 2000), 20, 2);
  await pair('sign-up', 50, signupRequests(phases.app50), signupRequests(phases.base50));
  await pair('sign-up', 200, signupRequests(phases.app200), signupRequests(phases.base200));
  await pair('open shifts page', 50, pageRequests, pageRequests);
  await pair('open shifts page', 200, pageRequests, pageRequests);
  await pair('week view (60-volunteer center)', 50, weekRequests, weekRequests);
  await pair('role board (400-person event)', 50, boardRequests, boardRequests);
  await pair('apply form submit', 50, applyRequests(20000), applyRequests(20000));
  await pair('login', 50, loginRequests, loginRequests);

  // ——— open loop: a fixed offered rate ———
  const openSignup = await load(api.base, signupRequests(phases.open), 100, OPEN_SECONDS, 200, apiPid);
  const openPage = await load(api.base, pageRequests, 100, OPEN_SECONDS, 100, apiPid);
  rssLoad = Math.max(rssLoad, openSignup.rssMax, openPage.rssMax);

  // ——— correctness and argon2 ———
  const [{ over }] = await q<{ over: number }>(`SELECT count(*)::int AS over FROM shifts s WHERE s.assigned_count > s.slots
        OR (SELECT count(*) FROM shift_assignments a WHERE a.shift_id = s.id AND a.status = 'assigned') <> s.assigned_count`);
  // Every sign-up (app and baseline alike) wrote its mail to the outbox in its transaction: one delivery per assignment.
  const [{ assignedSelf, mails }] = await q<{ assignedSelf: number; mails: number }>(`SELECT (SELECT count(*)::int FROM shift_assignments WHERE source = 'self') AS "assignedSelf",
      (SELECT count(*)::int FROM notification_deliveries WHERE template = 'shift-assigned') AS mails`);
  // `$argon2id$v=19$m=65536,p=4,t=3$…` (the order of the parameters varies between libraries)
  const params = Object.fromEntries((admin.password_hash.split('$')[3] ?? '').split(',').map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)]));
  const [mKiB, t, p] = [params.m ?? 0, params.t ?? 0, params.p ?? 0];
  const family = admin.password_hash.split('$')[1];
  const owasp = family === 'argon2id' && mKiB >= 19456 && t >= 2 && p >= 1;

  const out: string[] = [];
  const ratioOf = (path: string, conns: number) => ratios.find((r) => r.path === path && r.conns === conns) ?? { app: 0, base: 0 };
  out.push(`machine: ${machine}; data set up in ${f1(setupSeconds)} s; closed loop: app and baseline alternately A B B A, ${SECONDS} s each slice, open loop ${OPEN_SECONDS} s`, '');
  out.push('| path | connections | app req/s (slice 1, 2) | app p50 / p99 (ms) | app answers | baseline req/s (slice 1, 2) | baseline p50 / p99 (ms) | app ÷ baseline | API RSS max (MB) |', '|---|---|---|---|---|---|---|---|---|', ...rows, '');
  const met = (ok: boolean) => (ok ? 'met' : '**not met**');
  const targets: [string, string, boolean][] = [];
  for (const [path, conns] of [['sign-up', 50], ['sign-up', 200], ['open shifts page', 50], ['open shifts page', 200]] as const) {
    const r = ratioOf(path, conns);
    targets.push([`${path} at ${conns} connections ≥ 0.6 × baseline`, `${f2(r.app / r.base)} (${f0(r.app)} / ${f0(r.base)} req/s)`, r.app / r.base >= 0.6]);
  }
  const openOk = (r: LoadResult, status: string) => r.requests > 0 && r.errors + r.timeouts === 0 && Object.keys(r.statuses).every((c) => c === status);
  targets.push([`open loop 200 sign-ups/s for ${OPEN_SECONDS} s: p99 < 200 ms, 0 errors`, `${f0(openSignup.rps)}/s done, p50 ${f0(openSignup.p50)} / p99 ${f0(openSignup.p99)} ms, ${JSON.stringify(openSignup.statuses)}, ${openSignup.errors} errors, ${openSignup.timeouts} timeouts`, openSignup.p99 < 200 && openOk(openSignup, '201')]);
  targets.push([`open loop 100 pages/s for ${OPEN_SECONDS} s: p99 < 200 ms`, `${f0(openPage.rps)}/s done, p50 ${f0(openPage.p50)} / p99 ${f0(openPage.p99)} ms, ${JSON.stringify(openPage.statuses)}`, openPage.p99 < 200 && openOk(openPage, '200')]);
  targets.push(['statements per sign-up ≤ 10', f1(stmt.signup.per), stmt.signup.per <= 10]);
  targets.push(['statements per open-shifts page ≤ 5', f1(stmt.page.per), stmt.page.per <= 5]);
  targets.push([`API RSS under load < 300 MB`, `${f0(rssLoad)} MB (idle after warm-up ${f0(idleRss)} MB)`, rssLoad < 300]);
  targets.push([`argon2id at OWASP's minimum (m=19 MiB, t=2, p=1) or above`, `${family}: m=${mKiB / 1024} MiB, t=${t}, p=${p}`, owasp]);
  targets.push(['0 overbooked shifts, assigned_count = assigned rows', `${over} shifts off`, over === 0]);
  out.push('| target | measured | |', '|---|---|---|', ...targets.map(([a, b, ok]) => `| ${a} | ${b} | ${met(ok)} |`), '');
  out.push('SQL statements per request (API process, BEGIN/COMMIT included; ' + `${f1(idleRate)} statements per idle second subtracted): ` +
    Object.entries(stmt).map(([k, s]) => `${k} ${f1(s.per)}`).join(', '));
  out.push('One client, one request after another (ms per request, app / baseline): ' +
    Object.entries(stmt).map(([k, s]) => `${k} ${f1(s.ms)} / ${f1(single[k as keyof typeof single])}`).join(', '));
  out.push(`sign-ups made: ${assignedSelf}; 'shift-assigned' mails in the outbox: ${mails}`);
  out.push(`the API's database watchdog declared PostgreSQL silent ${watchdogCuts} times (each time it cuts the pool's connections, failing the requests in flight; logged once per outage)`);
  if (profile) {
    api.child.kill('SIGURG');
    for (let i = 0; i < 300 && !(existsSync(PROFILE_FILE) && readFileSync(PROFILE_FILE, 'utf8').endsWith('}')); i++) await sleep(100);
    out.push('', `API CPU profile over the whole run (self time, % of busy time; ${PROFILE_FILE}):`, '');
    out.push('| layer | % |', '|---|---|', ...layers(PROFILE_FILE).slice(0, 15).map(([k, v]) => `| ${k} | ${f1(v)} |`));
  }
  process.stdout.write(out.join('\n') + '\n');
  await db.end();
  if (over !== 0 || assignedSelf !== mails) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
}).finally(() => children.forEach((c) => c.kill('SIGKILL')));
