/**
 * The plain baseline of bench/perf: a small `node:http` + `pg` server doing the minimal work of each measured
 * path on the same database, on the same URLs as the API (so the same request lists drive both):
 *  - every authenticated path verifies the HS256 access token (HMAC with a key built once, expiry checked);
 *  - sign-up: one transaction — the guarded capacity UPDATE, the assignment INSERT, the outbox row (the mail's
 *    delivery and its pg-boss job, one statement);
 *  - open shifts: the page query and a plain count;
 *  - week view: a center's shifts of one week with their people (one query);
 *  - role board: an event's positions × blocks, filled / needed (one query);
 *  - apply: one transaction — the application row and its verification mail's outbox row;
 *  - login: the user by e-mail, argon2 verification of the stored hash, a session row, a signed token.
 * No framework, no ORM, no validation beyond what the SQL needs: the floor the app is compared with.
 *   env: DATABASE_URL, PORT, JWT_SECRET
 */
import * as argon2 from 'argon2';
import { createHash, createHmac, createSecretKey, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const key = createSecretKey(Buffer.from(process.env.JWT_SECRET as string, 'utf8'));
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');
const HEADER = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function verify(req: IncomingMessage): { sub: string; sid: string } | null {
  const auth = req.headers.authorization;
  if (!auth?.startsWith('Bearer ')) return null;
  const [h, p, s] = auth.slice(7).split('.');
  if (!h || !p || !s) return null;
  const expected = createHmac('sha256', key).update(`${h}.${p}`).digest();
  const given = Buffer.from(s, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as { sub: string; sid: string; exp?: number };
  if (payload.exp !== undefined && payload.exp * 1000 < Date.now()) return null;
  return payload;
}

function sign(payload: object): string {
  const p = b64(JSON.stringify({ ...payload, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 900 }));
  return `${HEADER}.${p}.${createHmac('sha256', key).update(`${HEADER}.${p}`).digest('base64url')}`;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const OUTBOX = `WITH d AS (
    INSERT INTO notification_deliveries (template, locale, to_email, to_name, user_id, props, essential, message_id)
    VALUES ($1, 'az', $2, $3, $4, $5, true, gen_random_uuid() || '@bench.local') RETURNING id)
  INSERT INTO pgboss.job (name, data) SELECT 'notifications.deliver', json_build_object('deliveryId', d.id) FROM d`;

async function signup(shiftId: string, userId: string): Promise<[number, unknown]> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const claimed = await c.query(
      `UPDATE shifts SET assigned_count = assigned_count + 1, updated_at = now()
        WHERE id = $1 AND status = 'published' AND visibility = 'open' AND assigned_count < slots RETURNING id, starts_at`, [shiftId]);
    if (!claimed.rowCount) {
      await c.query('ROLLBACK');
      return [409, { code: 'FULL' }];
    }
    const a = await c.query(
      `INSERT INTO shift_assignments (shift_id, volunteer_id, status, source) SELECT $1, id, 'assigned', 'self' FROM volunteers WHERE user_id = $2
       RETURNING id, (SELECT json_build_object('email', email, 'name', full_name) FROM volunteers WHERE user_id = $2) AS v`, [shiftId, userId]);
    const v = a.rows[0].v as { email: string; name: string };
    await c.query(OUTBOX, ['shift-assigned', v.email, v.name, userId, { shiftId, startsAt: claimed.rows[0].starts_at }]);
    await c.query('COMMIT');
    return [201, { assignmentId: a.rows[0].id, shiftId, status: 'assigned' }];
  } catch (err) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    c.release();
  }
}

async function openShifts(page: number, perPage: number): Promise<unknown> {
  const where = `s.status = 'published' AND s.visibility = 'open' AND s.starts_at > now()`;
  const [rows, total] = await Promise.all([
    pool.query(`SELECT s.id, s.starts_at, s.ends_at, s.slots, s.assigned_count, p.name_az AS position, c.name_az AS center
                  FROM shifts s JOIN positions p ON p.id = s.position_id LEFT JOIN centers c ON c.id = s.center_id
                 WHERE ${where} ORDER BY s.starts_at, s.id LIMIT $1 OFFSET $2`, [perPage, (page - 1) * perPage]),
    pool.query(`SELECT count(*)::int AS n FROM shifts s WHERE ${where}`),
  ]);
  return { data: rows.rows, total: total.rows[0].n };
}

async function week(centerId: string, start: string): Promise<unknown> {
  const r = await pool.query(
    `SELECT s.id, s.starts_at, s.ends_at, s.slots, s.assigned_count, s.position_id,
            coalesce(json_agg(json_build_object('assignmentId', a.id, 'volunteerId', v.id, 'name', v.full_name, 'status', a.status)) FILTER (WHERE a.id IS NOT NULL), '[]') AS people
       FROM shifts s LEFT JOIN shift_assignments a ON a.shift_id = s.id AND a.status IN ('assigned', 'waitlisted') LEFT JOIN volunteers v ON v.id = a.volunteer_id
      WHERE s.center_id = $1 AND s.starts_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Baku' AND s.starts_at < ($2::date + 7)::timestamp AT TIME ZONE 'Asia/Baku'
      GROUP BY s.id ORDER BY s.starts_at, s.id`, [centerId, start]);
  return { centerId, weekStart: start, shifts: r.rows };
}

async function roleBoard(eventId: string): Promise<unknown> {
  const r = await pool.query(
    `SELECT p.id, p.name_az, s.starts_at, s.ends_at, sum(s.slots)::int AS needed, sum(s.assigned_count)::int AS filled
       FROM positions p LEFT JOIN shifts s ON s.position_id = p.id AND s.status = 'published'
      WHERE p.event_id = $1 AND p.active GROUP BY p.id, p.name_az, s.starts_at, s.ends_at ORDER BY p.name_az, s.starts_at`, [eventId]);
  return { eventId, rows: r.rows };
}

async function apply(intakeId: string, dto: Record<string, unknown>): Promise<unknown> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const a = await c.query(
      `INSERT INTO applications (intake_id, status, locale, full_name, email, phone, birth_date, education, languages, skills, availability, motivation, answers, fin, verification_token_hash, verification_expires_at)
       VALUES ($1, 'submitted', 'az', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now() + interval '1 day') RETURNING id, number`,
      [intakeId, dto.fullName, dto.email, '+994501234567', dto.birthDate, dto.education, JSON.stringify(dto.languages), JSON.stringify(dto.skills), JSON.stringify(dto.availability), dto.motivation, dto.answers, dto.fin,
        createHash('sha256').update(randomBytes(16)).digest('hex')]);
    await c.query(OUTBOX, ['email-verification', dto.email, dto.fullName, null, { number: a.rows[0].number }]);
    await c.query('COMMIT');
    return { number: a.rows[0].number };
  } catch (err) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    c.release();
  }
}

async function login(email: string, password: string): Promise<[number, unknown]> {
  const u = await pool.query(`SELECT id, password_hash FROM users WHERE email = $1 AND active`, [email.trim().toLowerCase()]);
  if (!u.rowCount || !(await argon2.verify(u.rows[0].password_hash, password))) return [401, { code: 'invalid' }];
  const refresh = randomBytes(32).toString('base64url');
  const s = await pool.query(`INSERT INTO sessions (user_id, token_hash, last_used_at, expires_at) VALUES ($1, $2, now(), now() + interval '30 days') RETURNING id`,
    [u.rows[0].id, createHash('sha256').update(refresh).digest('hex')]);
  return [200, { accessToken: sign({ sub: u.rows[0].id, sid: s.rows[0].id }) }];
}

async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  const p = url.pathname;
  if (p === '/api/health') return send(res, 200, { status: 'ok' });
  if (req.method === 'POST' && p === '/api/v1/auth/login') {
    const dto = JSON.parse(await body(req)) as { email: string; password: string };
    const [status, value] = await login(dto.email, dto.password);
    return send(res, status, value);
  }
  let m = /^\/api\/v1\/public\/intakes\/([0-9a-f-]{36})\/applications$/.exec(p);
  if (req.method === 'POST' && m) return send(res, 201, await apply(m[1], JSON.parse(await body(req)) as Record<string, unknown>));
  const user = verify(req);
  if (!user) return send(res, 401, { code: 'unauthorized' });
  m = /^\/api\/v1\/shifts\/([0-9a-f-]{36})\/signup$/.exec(p);
  if (req.method === 'POST' && m) {
    await body(req);
    const [status, value] = await signup(m[1], user.sub);
    return send(res, status, value);
  }
  if (p === '/api/v1/me/open-shifts') return send(res, 200, await openShifts(Number(url.searchParams.get('page') ?? 1), Number(url.searchParams.get('perPage') ?? 25)));
  m = /^\/api\/v1\/rostering\/centers\/([0-9a-f-]{36})\/week$/.exec(p);
  if (m) return send(res, 200, await week(m[1], url.searchParams.get('start') as string));
  m = /^\/api\/v1\/rostering\/events\/([0-9a-f-]{36})\/role-board$/.exec(p);
  if (m) return send(res, 200, await roleBoard(m[1]));
  return send(res, 404, { code: 'notFound' });
}

createServer((req, res) => {
  route(req, res).catch((err: unknown) => {
    console.error(err);
    if (!res.headersSent) send(res, 500, { code: 'error' });
  });
}).listen(Number(process.env.PORT), '127.0.0.1');
