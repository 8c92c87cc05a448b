import { createTestApp, Factory, TEST_PASSWORD, type TestApp } from '../../test/test-app';

describe('auth (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    t = await createTestApp({ loginRateLimit: 3 });
    f = new Factory(t);
  });
  afterAll(() => t.close());

  it('logs in, answers /me, and sets an httpOnly SameSite refresh cookie', async () => {
    const { email } = await f.user(['coordinator']);
    const res = await t.http().post('/api/v1/auth/login').send({ email: email.toUpperCase(), password: TEST_PASSWORD }).expect(200);
    expect(res.body.user).toMatchObject({ email, roles: ['coordinator'] });
    const cookie = [res.headers['set-cookie']].flat().join(';');
    expect(cookie).toMatch(/dost_refresh=.+HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body.email).toBe(email);
  });

  it('says the same thing for an unknown e-mail and a wrong password (no user enumeration)', async () => {
    const { email } = await f.user(['volunteer']);
    const wrong = await t.http().post('/api/v1/auth/login').set('X-Forwarded-For', '10.1.0.1').send({ email, password: 'wrong-password-1' }).expect(401);
    const unknown = await t.http().post('/api/v1/auth/login').set('X-Forwarded-For', '10.1.0.2').send({ email: 'nobody@test.dost.local', password: 'wrong-password-1' }).expect(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    expect(wrong.body.detail).toBe('E-poçt və ya şifrə yanlışdır.');
  });

  it('limits guessing one account from one address (429 + Retry-After) without locking the owner out elsewhere', async () => {
    const { email } = await f.user(['volunteer']);
    for (let i = 0; i < 3; i++) {
      await t.http().post('/api/v1/auth/login').set('X-Forwarded-For', '10.2.0.1').send({ email, password: 'guess-guess-1' }).expect(401);
    }
    const blocked = await t.http().post('/api/v1/auth/login').set('X-Forwarded-For', '10.2.0.1').send({ email, password: TEST_PASSWORD }).expect(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.headers['content-type']).toMatch(/application\/problem\+json/);
    // The real owner, on their own network, still gets in.
    await t.http().post('/api/v1/auth/login').set('X-Forwarded-For', '10.2.0.2').send({ email, password: TEST_PASSWORD }).expect(200);
  });

  it('limits one address trying many accounts', async () => {
    for (let i = 0; i < 12; i++) {
      await t.http().post('/api/v1/auth/login').set('X-Forwarded-For', '10.3.0.1').send({ email: `x${i}@test.dost.local`, password: 'guess-guess-1' });
    }
    await t.http().post('/api/v1/auth/login').set('X-Forwarded-For', '10.3.0.1').send({ email: 'y@test.dost.local', password: 'guess-guess-1' }).expect(429);
  });

  it('rotates the refresh token; the one rotated away works in the grace time only, and replayed later it ends the session', async () => {
    const cookieOf = (res: { headers: Record<string, unknown> }) =>
      [res.headers['set-cookie'] as string[]].flat().find((c) => c.startsWith('dost_refresh='))!.split(';')[0];
    const { email } = await f.user(['hr']);
    const first = await f.login(email, TEST_PASSWORD, '10.4.0.1');
    const second = cookieOf(await t.http().post('/api/v1/auth/refresh').set('Cookie', first.cookie).expect(200));
    expect(second).not.toBe(first.cookie);
    // A reload that lost the answer presents the old token again: it still works, with a new token.
    const third = cookieOf(await t.http().post('/api/v1/auth/refresh').set('Cookie', first.cookie).expect(200));
    expect(third).not.toBe(second);
    const fourth = cookieOf(await t.http().post('/api/v1/auth/refresh').set('Cookie', third).expect(200));
    // … and the token rotated away, presented after the grace time, is a stolen copy: the session ends.
    await t.db.query(`UPDATE sessions SET last_used_at = now() - interval '1 minute' WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [email]);
    await t.http().post('/api/v1/auth/refresh').set('Cookie', third).expect(401);
    await t.http().post('/api/v1/auth/refresh').set('Cookie', fourth).expect(401);
  });

  it('reuse of ANY rotated token ends the session, however many rotations back (issue 18); only those rotated away within the grace still refresh', async () => {
    const cookieOf = (res: { headers: Record<string, unknown> }) =>
      [res.headers['set-cookie'] as string[]].flat().find((c) => c.startsWith('dost_refresh='))!.split(';')[0];
    const sessionOf = async (email: string) => (await t.db.query(
      `SELECT revoked_at, revoked_reason FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [email]))[0];
    for (const back of [2, 4]) {
      const { email } = await f.user(['hr']);
      const chain = [(await f.login(email, TEST_PASSWORD, `10.4.1.${back}`)).cookie];
      for (let i = 0; i < 4; i++) chain.push(cookieOf(await t.http().post('/api/v1/auth/refresh').set('Cookie', chain[chain.length - 1]).expect(200)));
      // The token rotated away last still refreshes within the grace time (a lost answer)…
      chain.push(cookieOf(await t.http().post('/api/v1/auth/refresh').set('Cookie', chain[chain.length - 2]).expect(200)));
      expect((await sessionOf(email)).revoked_at).toBeNull();
      // …so does an older one retired moments ago (a console reloaded again and again faster than it loads)…
      chain.push(cookieOf(await t.http().post('/api/v1/auth/refresh').set('Cookie', chain[chain.length - 1 - back]).expect(200)));
      expect((await sessionOf(email)).revoked_at).toBeNull();
      // …but one retired longer than the grace ago is a stolen copy: refused, and the session is over for everyone.
      await t.db.query(`UPDATE session_retired_tokens SET retired_at = retired_at - interval '1 minute'`);
      await t.http().post('/api/v1/auth/refresh').set('Cookie', chain[chain.length - 2 - back]).expect(401);
      expect(await sessionOf(email)).toMatchObject({ revoked_at: expect.any(Date), revoked_reason: 'refresh_token_reuse' });
      await t.http().post('/api/v1/auth/refresh').set('Cookie', chain[chain.length - 1]).expect(401);
    }
  });

  it('two refreshes racing on one token both go through (two tabs of the console)', async () => {
    const { email } = await f.user(['hr']);
    const { cookie } = await f.login(email, TEST_PASSWORD, '10.4.0.2');
    const answers = await Promise.all([1, 2].map(() => t.http().post('/api/v1/auth/refresh').set('Cookie', cookie)));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
  });

  it('logout revokes the session at once: the still-unexpired access token is rejected', async () => {
    const { email } = await f.user(['coordinator']);
    const { token, cookie } = await f.login(email, TEST_PASSWORD, '10.5.0.1');
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    await t.http().post('/api/v1/auth/logout').set('Cookie', cookie).expect(204);
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    await t.http().post('/api/v1/auth/refresh').set('Cookie', cookie).expect(401);
  });

  it('a password change ends the other sessions but keeps the current one', async () => {
    const { email } = await f.user(['volunteer']);
    const here = await f.login(email, TEST_PASSWORD, '10.6.0.1');
    const elsewhere = await f.login(email, TEST_PASSWORD, '10.6.0.2');
    await t.http().post('/api/v1/auth/password').set('Authorization', `Bearer ${here.token}`)
      .send({ currentPassword: 'not-the-password-1', newPassword: 'new-Password-456' }).expect(400);
    await t.http().post('/api/v1/auth/password').set('Authorization', `Bearer ${here.token}`)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'new-Password-456' }).expect(204);
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${elsewhere.token}`).expect(401);
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${here.token}`).expect(200);
    await f.login(email, 'new-Password-456', '10.6.0.3');
  });

  it('a role change by an admin ends the user\'s sessions at once', async () => {
    const admin = await f.loginAs(['admin']);
    const { user, email } = await f.user(['coordinator']);
    const { token } = await f.login(email, TEST_PASSWORD, '10.7.0.1');
    await t.http().patch(`/api/v1/users/${user.id}`).set('Authorization', `Bearer ${admin.token}`).send({ roles: ['volunteer'] }).expect(200);
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('rejects a token signed with another secret', async () => {
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwic2lkIjoieSJ9.c2lnbmF0dXJl';
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${forged}`).expect(401);
  });
});
