import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as argon2 from 'argon2';
import { Client } from 'pg';
import { SmtpSink } from '../support/smtp-sink';
import { E2E_PASSWORD, freePort, freshPassword, ROOT, waitUntilHealthy } from '../support/running-app';

/**
 * The API keeps no state of its own (docs/deployment.md): two processes — each started as `npm start` starts it,
 * each with the jobs worker on, each with its own DATA_DIR as on two machines — share one PostgreSQL. 1,000 sign-ups
 * for 100 places, sent to both at once, overbook nothing; every "you are on the shift" mail leaves exactly once
 * (pg-boss hands each delivery job to one worker; a delivery is sent under its own lock), never twice.
 */
// 50 shifts × 2 places = 100 places; 20 volunteers each try every shift = 1,000 sign-ups. Few volunteers: each
// logs in once, and a login is argon2id (deliberately slow).
const VOLUNTEERS = 20;
const SHIFTS = 50;
const SLOTS = 2;
const PARALLEL = 16; // requests in flight at once, spread over both replicas

const t0 = Date.now();
/** Progress on stderr, so a slow phase shows where the time went. */
const phase = (what: string): void => {
  process.stderr.write(`[two-replicas] ${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}\n`);
};

interface Replica { baseUrl: string; child: ChildProcess; dataDir: string }

interface Answer { status: number; body: string }

// A connection per request: a kept-alive socket that the server closes while idle would fail the next request
// sent on it ("socket hang up"), a client-side race that is not what this test is about.
const agent = new Agent({ keepAlive: false, maxSockets: PARALLEL });

/**
 * A client's retry: a 5xx (on an overloaded machine the database may not hand out a connection in time) is sent
 * again after a pause, as the console and the volunteer app do — with the same Idempotency-Key, so a retried
 * sign-up is never a second one. What is checked below holds whatever was retried.
 */
async function retried(send: () => Promise<Answer>): Promise<Answer> {
  let res = await send();
  for (let attempt = 1; attempt <= 3 && res.status >= 500; attempt++) {
    phase(`retrying after ${res.status}`);
    await new Promise((r) => setTimeout(r, 1000 * attempt));
    res = await send();
  }
  return res;
}

/** One HTTP request with node:http (Jest's environment has no fetch). */
function call(baseUrl: string, method: string, url: string, headers: Record<string, string>, body?: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = httpRequest(`${baseUrl}${url}`, {
      method, agent,
      headers: { ...headers, ...(data ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(data)) } : {}) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(data);
  });
}

async function inParallel<T>(items: T[], concurrency: number, work: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i], i);
    }
  }));
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe('two API replicas on one PostgreSQL (jobs worker in both)', () => {
  const database = `dost_e2e_two_${randomBytes(4).toString('hex')}`;
  let databaseUrl: string;
  let sink: SmtpSink;
  const replicas: Replica[] = [];
  // The keys every replica must share (README → Configuration): the same values on both, as in a real deployment.
  const shared = {
    JWT_SECRET: randomBytes(32).toString('hex'),
    TOTP_KEY: randomBytes(32).toString('hex'),
  };

  async function startReplica(): Promise<Replica> {
    const port = await freePort();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'dost-replica-'));
    const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, 'apps/api/src/main.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...shared,
        DATABASE_URL: databaseUrl, PORT: String(port), DATA_DIR: dataDir,
        ADMIN_EMAIL: 'admin@replicas.dost.local', ADMIN_PASSWORD: E2E_PASSWORD, SEED_DEMO: 'false',
        SMTP_URL: sink.url, JOBS_WORKER: 'true', JOBS_POLL_SECONDS: '1',
        LOG_LEVEL: 'warn', NODE_ENV: 'production',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    const replica = { baseUrl, child, dataDir };
    replicas.push(replica);
    await waitUntilHealthy(baseUrl, () => child.exitCode === null, Number(process.env.E2E_HEALTH_TIMEOUT_MS) || 120_000);
    return replica;
  }

  beforeAll(async () => {
    if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set: run the e2e tests through `npm test`');
    await withClient(process.env.DATABASE_URL, (c) => c.query(`CREATE DATABASE ${database}`));
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${database}`;
    databaseUrl = url.toString();
    sink = await SmtpSink.start();
    // The first replica applies the migrations; the second starts on the migrated schema (a rolling start).
    await startReplica();
    phase('replica 1 up');
    await startReplica();
    phase('replica 2 up');
  }, 240_000);

  afterAll(async () => {
    agent.destroy();
    await Promise.all(replicas.map(({ child }) => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve();
      }, 15_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    })));
    for (const r of replicas) rmSync(r.dataDir, { recursive: true, force: true });
    await sink?.stop();
    if (process.env.DATABASE_URL) await withClient(process.env.DATABASE_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  }, 60_000);

  it('1,000 sign-ups for 100 places across both: 0 overbooked, each mail sent exactly once, no delivery job run twice', async () => {
    const [a, b] = replicas;
    // ——— data: a center, 50 one-hour shifts on 50 different days (no collision, rest or daily rule in play),
    // 20 volunteer accounts with one password. Straight SQL into the replicas' database: fast.
    const password = freshPassword();
    const hash = await argon2.hash(password, { type: argon2.argon2id });
    const tag = randomBytes(3).toString('hex');
    const { shiftIds, emails } = await withClient(databaseUrl, async (db) => {
      const { rows: [center] } = await db.query(`INSERT INTO centers (code, kind, region, name_az, name_en, name_ru, address, active, demo)
        VALUES ($1, 'regional_center', 'Replika', 'Replika mərkəzi', 'Replica center', 'Центр реплик', 'Bakı', true, false) RETURNING id`, [`replicas-${tag}`]);
      const { rows: [position] } = await db.query(`INSERT INTO positions (center_id, code, name_az, name_en, name_ru, requirements)
        VALUES ($1, 'greeter', 'Qarşılayıcı', 'Greeter', 'Встречающий', '{}') RETURNING id`, [center.id]);
      const { rows: users } = await db.query(`INSERT INTO users (email, full_name, locale, active, demo, password_hash)
        SELECT 'replica-' || g || '-' || $2 || '@e2e.dost.local', 'Könüllü ' || g, 'az', true, false, $3 FROM generate_series(1, $1) g RETURNING id, email, full_name`,
      [VOLUNTEERS, tag, hash]);
      await db.query(`INSERT INTO user_roles (user_id, role) SELECT unnest($1::uuid[]), 'volunteer'`, [users.map((u) => u.id)]);
      // The center is their home center: its shifts are theirs to take (the staffing pool).
      await db.query(`INSERT INTO volunteers (user_id, full_name, email, status, birth_date, locale, languages, home_center_id)
        SELECT id, full_name, email, 'active', '2000-01-01', 'az', '[]', $2 FROM users WHERE id = ANY($1::uuid[])`, [users.map((u) => u.id), center.id]);
      // Five days ahead and later (no reminder is due), 10:00 UTC, one a day.
      const day0 = new Date();
      day0.setUTCHours(10, 0, 0, 0);
      const starts = Array.from({ length: SHIFTS }, (_, i) => new Date(day0.getTime() + (5 + i) * 86_400_000));
      const { rows: shifts } = await db.query(`INSERT INTO shifts (center_id, position_id, starts_at, ends_at, slots, visibility, status)
        SELECT $1, $2, s, s + interval '1 hour', $3, 'open', 'published' FROM unnest($4::timestamptz[]) s RETURNING id`,
      [center.id, position.id, SLOTS, starts]);
      return { shiftIds: shifts.map((s) => s.id as string), emails: users.map((u) => u.email as string) };
    });

    phase('data in place');
    // ——— log in: alternately at each replica (a token from one is good at the other: nothing lives in a process)
    const tokens: string[] = [];
    await inParallel(emails, 4, async (email, i) => {
      const res = await retried(() => call([a, b][i % 2].baseUrl, 'POST', '/api/v1/auth/login', {}, { email, password }));
      if (res.status !== 200) throw new Error(`login of ${email} answered ${res.status}: ${res.body}`);
      tokens[i] = JSON.parse(res.body).accessToken;
      if (i % 5 === 4) phase(`${i + 1} logins`);
    });

    phase(`${VOLUNTEERS} volunteers logged in`);
    // ——— 1,000 sign-ups, interleaved so every shift is fought over at both replicas at the same time
    const attempts = shiftIds.flatMap((shiftId, s) => tokens.map((token, v) => ({ shiftId, token, replica: [a, b][(s + v) % 2] })));
    expect(attempts).toHaveLength(1000);
    const statuses: Record<string, number> = {};
    const refusals = new Set<string>();
    const byReplica = new Map<string, Record<number, number>>();
    await inParallel(attempts, PARALLEL, async ({ shiftId, token, replica }) => {
      const headers = { Authorization: `Bearer ${token}`, 'Idempotency-Key': randomBytes(8).toString('hex'), 'Accept-Language': 'az' };
      // A dropped connection is retried once with the same Idempotency-Key, as a phone would: never a second sign-up.
      const send = () => call(replica.baseUrl, 'POST', `/api/v1/shifts/${shiftId}/signup`, headers, {});
      let res = await send().catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ECONNRESET') throw e;
        phase(`retrying a sign-up after ${e.message}`);
        return send();
      });
      if (res.status >= 500) res = await retried(send);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (res.status === 409) refusals.add(JSON.parse(res.body).code);
      else if (res.status !== 201) refusals.add(`${res.status} ${res.body.slice(0, 300)}`);
      const mine = byReplica.get(replica.baseUrl) ?? {};
      mine[res.status] = (mine[res.status] ?? 0) + 1;
      byReplica.set(replica.baseUrl, mine);
    });
    phase(`1,000 sign-ups answered: ${JSON.stringify(statuses)}`);
    // Every place taken, every other attempt a clean refusal ("full", 409), nothing else.
    expect({ statuses, refusals: [...refusals] }).toEqual({ statuses: { 201: 100, 409: 900 }, refusals: ['FULL'] });
    // Both replicas took sign-ups.
    expect(byReplica.get(a.baseUrl)?.[201]).toBeGreaterThan(0);
    expect(byReplica.get(b.baseUrl)?.[201]).toBeGreaterThan(0);

    const facts = await withClient(databaseUrl, async (db) => {
      const over = (await db.query(`SELECT count(*)::int AS n FROM shifts s WHERE s.id = ANY($1::uuid[]) AND (s.assigned_count <> s.slots
          OR (SELECT count(*) FROM shift_assignments x WHERE x.shift_id = s.id AND x.status = 'assigned') <> s.slots)`, [shiftIds])).rows[0].n as number;
      const assigned = (await db.query(`SELECT v.email, count(*)::int AS n FROM shift_assignments x JOIN volunteers v ON v.id = x.volunteer_id
          WHERE x.shift_id = ANY($1::uuid[]) AND x.status = 'assigned' GROUP BY v.email`, [shiftIds])).rows as { email: string; n: number }[];
      return { over, assigned };
    });
    expect(facts.over).toBe(0); // every shift exactly full: not one place over, not one lost
    expect(facts.assigned.reduce((sum, r) => sum + r.n, 0)).toBe(100);

    // ——— mail: one "you are on the shift" per assignment, and no more after a quiet spell
    await sink.waitFor(100, 60_000).catch((e: Error) => {
      throw new Error(`${e.message}; deliveries: ${JSON.stringify(facts.assigned.length)} volunteers assigned`);
    });
    phase('100 mails arrived');
    await new Promise((r) => setTimeout(r, 4_000)); // a second send would come within a poll or two
    const mine = sink.received.filter((m) => m.envelope.to.some((to) => to.endsWith(`-${tag}@e2e.dost.local`)));
    expect(mine).toHaveLength(100);
    const ids = mine.map((m) => m.parsed.messageId);
    expect(new Set(ids).size).toBe(100);
    const perRecipient = new Map<string, number>();
    for (const m of mine) for (const to of m.envelope.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    expect(Object.fromEntries(perRecipient)).toEqual(Object.fromEntries(facts.assigned.map((r) => [r.email, r.n])));
    expect(mine.every((m) => m.parsed.subject && /[əğıöüçş]/i.test(`${m.parsed.subject}${m.parsed.text}`))).toBe(true); // in Azerbaijani

    // ——— the job work: each delivery sent once, at the first attempt, and its job completed once, never retried
    const work = await withClient(databaseUrl, async (db) => {
      const deliveries = (await db.query(`SELECT status, attempts, message_id FROM notification_deliveries WHERE to_email LIKE $1`, [`%-${tag}@e2e.dost.local`])).rows as
        { status: string; attempts: number; message_id: string }[];
      const jobs = (await db.query(`SELECT state, retry_count FROM pgboss.job WHERE name = 'notifications.deliver'`)).rows as { state: string; retry_count: number }[];
      return { deliveries, jobs };
    });
    expect(work.deliveries).toHaveLength(100);
    expect(work.deliveries.every((d) => d.status === 'sent' && d.attempts === 1)).toBe(true);
    expect(new Set(work.deliveries.map((d) => d.message_id))).toEqual(new Set(ids));
    expect(work.jobs.filter((j) => j.state === 'completed')).toHaveLength(100);
    expect(work.jobs.filter((j) => j.retry_count > 0)).toEqual([]);
  }, 240_000); // about a minute on a quiet machine; generous for a shared CI box
});
