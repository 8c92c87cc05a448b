import request from 'supertest';
import { CoordinatorCenterEntity } from '../organisation/entities/coordinator-center.entity';
import { UserRoleEntity } from '../users/entities/user-role.entity';
import { UserEntity } from '../users/entities/user.entity';
import { installStatementCounter, type StatementLog } from '../../test/statement-counter';
import type { Factory, TestApp } from '../../test/test-app';
import { type RosteringFactory, startRosteringHttp } from '../../test/rostering-factory';

/**
 * Issue 17: how many SQL statements the hot paths send (transaction control — BEGIN/COMMIT — apart).
 * Authentication ≤ 1 on any authenticated request, a sign-up ≤ 10 in all, an open-shifts page ≤ 5 in all;
 * and since authentication reads everything afresh in that one statement, a logout, a role or scope
 * change, a password change or a deactivation counts on the very next request (on any replica).
 */
describe('statements per request on the hot paths (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  let url: string;
  let log: StatementLog;

  beforeAll(async () => {
    ({ t, f, r, url } = await startRosteringHttp());
    log = installStatementCounter(t.app.getHttpServer());
  });
  afterAll(async () => {
    if (process.env.PRINT_STATEMENTS) for (const q of log.requests) console.log(q.method, q.url, q.statements.length, q.roundTrips.length, q.statements.map((x) => x.slice(0, 90)));
    log.uninstall();
    await t.close();
  });

  const get = (path: string, token: string) => request(url).get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);

  it('authenticates with one statement: a request refused by role after authentication sends nothing else', async () => {
    const v = await r.volunteer();
    await get('/users', v.token).expect(403);
    const auth = log.last('/users', 'GET')!;
    expect(auth.roundTrips).toHaveLength(1);

    // A regional coordinator (scope follows the center tree) costs the same one statement.
    const region = await f.center();
    const below = await f.center({ parentId: region.id });
    const coordinator = await f.loginAs(['coordinator']);
    await t.db.getRepository(CoordinatorCenterEntity).insert({ userId: coordinator.userId, centerId: region.id, includesSubtree: true });
    await get('/me/open-shifts', coordinator.token).expect(403);
    expect(log.last('/me/open-shifts', 'GET')!.roundTrips).toHaveLength(1);
    const me = (await get('/auth/me', coordinator.token).expect(200)).body as { centerIds: string[] };
    expect(me.centerIds).toContain(region.id);
    expect(log.last('/auth/me', 'GET')!.statements.filter((s) => /\bsessions\b/.test(s))).toHaveLength(1);
    void below;
  });

  it('a scope or role change, a deactivation and a logout count on the very next request', async () => {
    const [first, second] = [await f.center(), await f.center()];
    const position = await r.position({ centerId: second.id });
    const shift = await r.shift(position);
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [first.id] });
    await get(`/shifts/${shift.id}`, coordinator.token).expect(404);
    // Moved to the other center by an admin: the same access token now reaches its shifts.
    const admin = await f.loginAs(['admin']);
    await request(url).patch(`/api/v1/users/${coordinator.userId}`).set('Authorization', `Bearer ${admin.token}`).send({ centerIds: [second.id] }).expect(200);
    const after = await get(`/shifts/${shift.id}`, coordinator.token);
    // An admin's edit may also end the sessions (then 401); a live session must see the new scope.
    expect([200, 401]).toContain(after.status);
    if (after.status === 401) {
      const again = await f.login(coordinator.email, undefined, '10.77.0.9');
      await get(`/shifts/${shift.id}`, again.token).expect(200);
    }

    // Scope and roles changed straight in the database (no session revoked): nothing cached anywhere, the
    // next request of the same token already has them.
    const other = await f.loginAs(['coordinator'], { centerIds: [first.id] });
    await get(`/shifts/${shift.id}`, other.token).expect(404);
    await t.db.getRepository(CoordinatorCenterEntity).insert({ userId: other.userId, centerId: second.id });
    await get(`/shifts/${shift.id}`, other.token).expect(200);
    await t.db.getRepository(CoordinatorCenterEntity).delete({ userId: other.userId, centerId: second.id });
    await get(`/shifts/${shift.id}`, other.token).expect(404);

    const v = await r.volunteer();
    await get('/me/shifts', v.token).expect(200);
    await t.db.getRepository(UserRoleEntity).delete({ userId: v.userId, role: 'volunteer' });
    await get('/me/shifts', v.token).expect(403);
    await t.db.getRepository(UserRoleEntity).insert({ userId: v.userId, role: 'volunteer' });
    await get('/me/shifts', v.token).expect(200);
    await t.db.getRepository(UserEntity).update({ id: v.userId }, { active: false });
    await get('/me/shifts', v.token).expect(401);

    const { email } = await f.user(['volunteer']);
    const session = await f.login(email);
    await get('/auth/me', session.token).expect(200);
    await request(url).post('/api/v1/auth/logout').set('Cookie', session.cookie).expect(204);
    await get('/auth/me', session.token).expect(401);
  });

  it('a sign-up costs at most 10 statements, with its mail row and job written in the same transaction', async () => {
    const center = await f.center();
    const position = await r.position({ centerId: center.id });
    const shift = await r.shift(position, { slots: 1 });
    const [v, late] = [await r.volunteer({ homeCenterId: center.id }), await r.volunteer({ homeCenterId: center.id })];
    const res = await request(url).post(`/api/v1/shifts/${shift.id}/signup`).set('Authorization', `Bearer ${v.token}`).set('Idempotency-Key', `count-${shift.id}`).send({});
    if (res.status !== 201) console.log(res.body, log.last(`/shifts/${shift.id}/signup`, "POST")?.roundTrips.slice(-2));
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('assigned');
    const signup = log.last(`/shifts/${shift.id}/signup`, 'POST')!;
    expect(signup.statements.length).toBeLessThanOrEqual(10);
    expect(signup.roundTrips.length).toBeLessThanOrEqual(10); // BEGIN and COMMIT included
    const [delivery] = await t.db.query(`SELECT id FROM notification_deliveries WHERE to_email = $1 AND template = 'shift-assigned'`, [v.volunteer.email]);
    expect(delivery).toBeDefined();
    const [job] = await t.db.query(`SELECT id FROM pgboss.job WHERE data->>'deliveryId' = $1`, [delivery.id]);
    expect(job).toBeDefined();

    // The replay answers the same, without a second assignment.
    const replay = await request(url).post(`/api/v1/shifts/${shift.id}/signup`).set('Authorization', `Bearer ${v.token}`).set('Idempotency-Key', `count-${shift.id}`).send({});
    expect(replay.body.assignmentId).toBe(res.body.assignmentId);

    // Full: the waitlist path stays within the budget too, and nobody is overbooked.
    const waiting = await request(url).post(`/api/v1/shifts/${shift.id}/signup`).set('Authorization', `Bearer ${late.token}`).send({ waitlist: true });
    expect(waiting.status).toBe(201);
    expect(waiting.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(log.last(`/shifts/${shift.id}/signup`, 'POST')!.statements.length).toBeLessThanOrEqual(10);
    const [{ assigned_count }] = await t.db.query(`SELECT assigned_count FROM shifts WHERE id = $1`, [shift.id]);
    expect(assigned_count).toBe(1);
  });

  it('an open-shifts page costs at most 5 statements, total included', async () => {
    const [north, south] = [await f.center(), await f.center()];
    const [p1, p2] = [await r.position({ centerId: north.id }), await r.position({ centerId: south.id })];
    const event = await f.event({ startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 30 * 86_400_000) });
    const p3 = await r.position({ eventId: event.id });
    for (let i = 0; i < 4; i++) {
      await r.shift(p1, { startsAt: new Date(Date.now() + (3 + i) * 86_400_000), endsAt: new Date(Date.now() + (3 + i) * 86_400_000 + 3_600_000) });
      await r.shift(p2, { startsAt: new Date(Date.now() + (3 + i) * 86_400_000), endsAt: new Date(Date.now() + (3 + i) * 86_400_000 + 3_600_000) });
      await r.shift(p3, { startsAt: new Date(Date.now() + (3 + i) * 86_400_000), endsAt: new Date(Date.now() + (3 + i) * 86_400_000 + 3_600_000) });
    }
    const v = await r.volunteer({ homeCenterId: north.id });
    const page = (await get('/me/open-shifts?perPage=20', v.token).expect(200)).body as { data: unknown[]; total: number };
    expect(page.data.length).toBeGreaterThanOrEqual(12);
    expect(page.total).toBeGreaterThanOrEqual(12);
    const counted = log.last('/me/open-shifts?perPage=20', 'GET')!;
    expect(counted.statements.length).toBeLessThanOrEqual(5);
    expect(counted.statements.some((s) => /COUNT\(DISTINCT/i.test(s))).toBe(false);
    // Eligibility still decided per shift: the home center's shifts are open to this volunteer.
    const rows = page.data as { centerId: string | null; eligible: boolean }[];
    expect(rows.filter((s) => s.centerId === north.id).every((s) => s.eligible)).toBe(true);
  });
});
