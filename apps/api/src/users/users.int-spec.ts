import { createTestApp, Factory, TEST_PASSWORD, type TestApp } from '../../test/test-app';

describe('users and roles (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
  });
  afterAll(() => t.close());

  it('an admin creates a coordinator of a center, who can then log in and see that center only', async () => {
    const admin = await f.loginAs(['admin']);
    const center = await f.center();
    const email = `new-${Date.now()}@test.dost.local`;
    const res = await t.http().post('/api/v1/users').set('Authorization', `Bearer ${admin.token}`)
      .send({ email, fullName: 'Səbinə Qasımova', roles: ['coordinator'], centerIds: [center.id], password: TEST_PASSWORD }).expect(201);
    expect(res.body).toMatchObject({ email, roles: ['coordinator'], centerIds: [center.id] });
    expect(res.body).not.toHaveProperty('passwordHash');
    const { token } = await f.login(email, TEST_PASSWORD, '10.9.0.1');
    const centers = await t.http().get('/api/v1/centers').set('Authorization', `Bearer ${token}`).expect(200);
    expect(centers.body.data.map((c: { id: string }) => c.id)).toEqual([center.id]);
  });

  it('refuses a weak password, an unknown center and a taken e-mail, field by field', async () => {
    const admin = await f.loginAs(['admin']);
    const auth = { Authorization: `Bearer ${admin.token}`, 'Accept-Language': 'en' };
    const weak = await t.http().post('/api/v1/users').set(auth).send({ email: 'w@test.dost.local', fullName: 'W', roles: ['hr'], password: 'short' }).expect(400);
    expect(weak.body.errors).toEqual([expect.objectContaining({ field: 'password', code: 'isStrongPassword' })]);
    const unknown = await t.http().post('/api/v1/users').set(auth)
      .send({ email: 'u@test.dost.local', fullName: 'U', roles: ['coordinator'], centerIds: ['00000000-0000-4000-8000-000000000000'] }).expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'centerIds', message: 'No such center.' })]);
    const existing = await f.user(['volunteer']);
    const taken = await t.http().post('/api/v1/users').set(auth).send({ email: existing.email, fullName: 'T', roles: ['hr'] }).expect(409);
    expect(taken.body.errors[0].field).toBe('email');
  });

  it('only admins manage users', async () => {
    const hr = await f.loginAs(['hr']);
    await t.http().get('/api/v1/users').set('Authorization', `Bearer ${hr.token}`).expect(403);
  });

  it('the last active admin cannot lose the admin role or be deactivated', async () => {
    const admin = await f.loginAs(['admin']);
    const auth = { Authorization: `Bearer ${admin.token}` };
    // Make this admin the only active one (test files of one worker run one after another).
    const others: { id: string }[] = await t.db.query(
      `UPDATE users SET active = false WHERE active AND id <> $1 AND id IN (SELECT user_id FROM user_roles WHERE role = 'admin') RETURNING id`,
      [admin.userId],
    );
    try {
      const res = await t.http().patch(`/api/v1/users/${admin.userId}`).set(auth).send({ roles: ['hr'] }).expect(409);
      expect(res.body.detail).toBe('Sonuncu administratoru silmək və ya deaktiv etmək olmaz.');
      await t.http().patch(`/api/v1/users/${admin.userId}`).set(auth).send({ active: false }).expect(409);
      await t.http().delete(`/api/v1/users/${admin.userId}`).set(auth).expect(409);
    } finally {
      if (others.length) await t.db.query(`UPDATE users SET active = true WHERE id = ANY($1::uuid[])`, [others.map((o) => o.id)]);
    }
  });
});
