import { Secret, TOTP } from 'otpauth';
import { createTestApp, Factory, TEST_PASSWORD, type TestApp } from '../../../test/test-app';
import { AuditEntryEntity } from '../../audit/entities/audit-entry.entity';
import { NotificationDeliveryEntity } from '../../notifications/entities/notification-delivery.entity';
import { RateLimitService } from '../../common/rate-limit/rate-limit.service';
import { StaffTwoFactorEntity } from './entities/staff-two-factor.entity';

// Enrolment hashes ten recovery codes with argon2id (64 MiB each) and a recovery login verifies up to ten: slow on a busy machine.
jest.setTimeout(120_000);

/** Codes come from the secret with the same library and the current time; `ahead` = the next 30-second step. */
function codeFor(secret: string, ahead = false): string {
  const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
  return totp.generate({ timestamp: Date.now() + (ahead ? 30_000 : 0) });
}

const cookieOf = (res: { headers: Record<string, unknown> }) =>
  [res.headers['set-cookie'] as string[]].flat().find((c) => c?.startsWith('dost_refresh='))?.split(';')[0];

let ipCounter = 0;
const nextIp = () => `10.18.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;

async function passwordStep(t: TestApp, email: string, ip = nextIp()) {
  return t.http().post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ email, password: TEST_PASSWORD }).expect(200);
}

/** Logs in with the password, enrols an authenticator and returns what the user would keep. */
async function enrol(t: TestApp, f: Factory, roles: Parameters<Factory['user']>[0] = ['coordinator']) {
  const { user, email } = await f.user(roles);
  const { token, cookie } = await f.login(email, TEST_PASSWORD, nextIp());
  const auth = { Authorization: `Bearer ${token}` };
  const started = await t.http().post('/api/v1/auth/2fa/enrolment').set(auth).expect(201);
  expect(started.body.otpauthUrl).toContain(`secret=${started.body.secret}`);
  expect(started.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
  const confirmed = await t.http().post('/api/v1/auth/2fa/enrolment/confirm').set(auth).send({ code: codeFor(started.body.secret) }).expect(201);
  return { userId: user.id, email, secret: started.body.secret as string, recoveryCodes: confirmed.body.recoveryCodes as string[], token, cookie };
}

describe('two-step sign-in for staff, STAFF_2FA=optional (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    t = await createTestApp({ staff2fa: 'optional', loginRateLimit: 5 });
    f = new Factory(t);
  });
  afterAll(() => t.close());

  it('a staff member without 2FA logs in with the password alone', async () => {
    const { email } = await f.user(['coordinator']);
    const res = await passwordStep(t, email);
    expect(res.body.accessToken).toBeDefined();
    expect(res.body.user.mfaEnrolmentRequired).toBe(false);
  });

  it('after enrolment the login asks for the code, refuses a wrong one, and opens a session with the right one', async () => {
    const { email, secret, recoveryCodes } = await enrol(t, f);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    const first = await passwordStep(t, email);
    expect(first.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String), expiresIn: 300 });
    expect(first.body.accessToken).toBeUndefined();
    expect(cookieOf(first)).toBeUndefined();
    // The challenge token is no access token.
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${first.body.mfaToken}`).expect(401);

    const wrongCode = codeFor(secret, true) === '000000' ? '111111' : '000000';
    const wrong = await t.http().post('/api/v1/auth/login/mfa').send({ mfaToken: first.body.mfaToken, code: wrongCode }).expect(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'invalidTotpCode' })]);

    // One code, kept: computing it again for the replay below would give the next step's code if a 30-second
    // boundary passed in between, and that one is rightly accepted.
    const code = codeFor(secret, true);
    const ok = await t.http().post('/api/v1/auth/login/mfa').send({ mfaToken: first.body.mfaToken, code }).expect(200);
    expect(ok.body.user.email).toBe(email);
    expect(cookieOf(ok)).toBeDefined();
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${ok.body.accessToken}`).expect(200);

    // The same code again (a replay within its window) is refused.
    const again = await passwordStep(t, email);
    await t.http().post('/api/v1/auth/login/mfa').send({ mfaToken: again.body.mfaToken, code }).expect(400);
  });

  it('wrong codes are rate-limited per account: after 5 even the right code gets 429', async () => {
    const { email, secret } = await enrol(t, f);
    const { body } = await passwordStep(t, email);
    for (let i = 0; i < 5; i++) {
      await t.http().post('/api/v1/auth/login/mfa').send({ mfaToken: body.mfaToken, code: String(100000 + i) === codeFor(secret, true) ? '999999' : String(100000 + i) }).expect(400);
    }
    const blocked = await t.http().post('/api/v1/auth/login/mfa').send({ mfaToken: body.mfaToken, code: codeFor(secret, true) }).expect(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.headers['content-type']).toMatch(/application\/problem\+json/);
    // A fresh password step from another address does not lift the limit: it is the account's.
    const other = await passwordStep(t, email);
    await t.http().post('/api/v1/auth/login/mfa').send({ mfaToken: other.body.mfaToken, code: codeFor(secret, true) }).expect(429);
  });

  it('a recovery code works once only, whatever its case or dashes', async () => {
    const { email, recoveryCodes } = await enrol(t, f);
    const first = await passwordStep(t, email);
    const typed = recoveryCodes[3].toUpperCase().replace('-', ' ');
    await t.http().post('/api/v1/auth/login/mfa').send({ mfaToken: first.body.mfaToken, recoveryCode: typed }).expect(200);
    const second = await passwordStep(t, email);
    const reused = await t.http().post('/api/v1/auth/login/mfa').send({ mfaToken: second.body.mfaToken, recoveryCode: recoveryCodes[3] }).expect(400);
    expect(reused.body.errors).toEqual([expect.objectContaining({ field: 'recoveryCode', code: 'invalidRecoveryCode' })]);
    await t.http().post('/api/v1/auth/login/mfa').send({ mfaToken: second.body.mfaToken, recoveryCode: recoveryCodes[4] }).expect(200);
  });

  it('the secret is never returned after enrolment and is stored encrypted', async () => {
    const { userId, secret } = await enrol(t, f);
    const { token } = await (async () => {
      const { body } = await passwordStep(t, (await t.db.query(`SELECT email FROM users WHERE id = $1`, [userId]))[0].email);
      const ok = await t.http().post('/api/v1/auth/login/mfa').send({ mfaToken: body.mfaToken, code: codeFor(secret, true) }).expect(200);
      return { token: ok.body.accessToken as string };
    })();
    const status = await t.http().get('/api/v1/auth/2fa').set('Authorization', `Bearer ${token}`).expect(200);
    expect(status.body).toEqual({ mode: 'optional', staff: true, enabled: true, enabledAt: expect.any(String), required: false, recoveryCodesLeft: 10 });
    expect(JSON.stringify(status.body)).not.toContain(secret);
    // A second enrolment cannot fetch a new secret over the enabled one.
    await t.http().post('/api/v1/auth/2fa/enrolment').set('Authorization', `Bearer ${token}`).expect(409);
    const row = await t.db.getRepository(StaffTwoFactorEntity).findOneByOrFail({ userId });
    expect(row.secretEncrypted).not.toContain(secret);
  });

  it('enrolling ends the user\'s other sessions (opened without the second factor)', async () => {
    const { email } = await f.user(['hr']);
    const other = await f.login(email, TEST_PASSWORD, nextIp());
    const { token } = await f.login(email, TEST_PASSWORD, nextIp());
    const started = await t.http().post('/api/v1/auth/2fa/enrolment').set('Authorization', `Bearer ${token}`).expect(201);
    await t.http().post('/api/v1/auth/2fa/enrolment/confirm').set('Authorization', `Bearer ${token}`).send({ code: '12345' }).expect(400);
    await t.http().post('/api/v1/auth/2fa/enrolment/confirm').set('Authorization', `Bearer ${token}`).send({ code: codeFor(started.body.secret) }).expect(201);
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${other.token}`).expect(401);
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
  });

  it('turning it off needs a code; new recovery codes replace the old ones', async () => {
    const { secret, recoveryCodes, token } = await enrol(t, f);
    const auth = { Authorization: `Bearer ${token}` };
    await t.http().post('/api/v1/auth/2fa/disable').set(auth).send({}).expect(400);
    const regenerated = await t.http().post('/api/v1/auth/2fa/recovery-codes').set(auth).send({ recoveryCode: recoveryCodes[0] }).expect(201);
    expect(regenerated.body.recoveryCodes).toHaveLength(10);
    await t.http().post('/api/v1/auth/2fa/disable').set(auth).send({ recoveryCode: recoveryCodes[1] }).expect(400);
    await t.http().post('/api/v1/auth/2fa/disable').set(auth).send({ code: codeFor(secret, true) }).expect(204);
    const status = await t.http().get('/api/v1/auth/2fa').set(auth).expect(200);
    expect(status.body.enabled).toBe(false);
    // Turned on, then off: a security notice each time, to the account's own address.
    const me = (await t.http().get('/api/v1/auth/me').set(auth).expect(200)).body as { id: string };
    const notices = await t.db.getRepository(NotificationDeliveryEntity).find({ where: { userId: me.id, template: 'two-factor-changed' }, order: { createdAt: 'ASC' } });
    expect(notices.map((n) => (n.props as { turnedOn: boolean }).turnedOn)).toEqual([true, false]);
  });

  it('volunteers cannot enrol (staff only)', async () => {
    const { token } = await f.loginAs(['volunteer']);
    await t.http().post('/api/v1/auth/2fa/enrolment').set('Authorization', `Bearer ${token}`).expect(403);
  });

  it('lost phone: an admin resets a user\'s 2FA — audited, their sessions end, and they enrol again', async () => {
    const { userId, email, token } = await enrol(t, f);
    const admin = await f.loginAs(['admin']);
    const adminAuth = { Authorization: `Bearer ${admin.token}` };
    expect((await t.http().get(`/api/v1/users/${userId}/2fa`).set(adminAuth).expect(200)).body.enabled).toBe(true);
    // Only admins.
    const coordinator = await f.loginAs(['coordinator']);
    await t.http().post(`/api/v1/users/${userId}/2fa/reset`).set('Authorization', `Bearer ${coordinator.token}`).expect(403);

    // The person had run into the wrong-code lockout (the usual way a lost phone is found out).
    const rateLimit = t.app.get(RateLimitService);
    const lockout = [{ key: `mfa:user:${userId}`, max: t.config.loginRateLimit, windowSeconds: 15 * 60 }];
    for (let i = 0; i < t.config.loginRateLimit; i++) await rateLimit.record(lockout);
    const status = () => rateLimit.assertNotExceeded(lockout).then(() => 200, (e: { getStatus(): number }) => e.getStatus());
    expect(await status()).toBe(429);

    await t.http().post(`/api/v1/users/${userId}/2fa/reset`).set(adminAuth).expect(204);
    // …which the reset lifts: the new authenticator's first code is not refused for the old mistakes.
    expect(await status()).toBe(200);
    const notices = await t.db.getRepository(NotificationDeliveryEntity).find({ where: { userId, template: 'two-factor-changed' }, order: { createdAt: 'ASC' } });
    expect(notices.map((n) => n.props)).toEqual([
      expect.objectContaining({ turnedOn: true, resetByAdmin: false }),
      expect.objectContaining({ turnedOn: false, resetByAdmin: true, securityUrl: expect.stringMatching(/\/#\/account$/) }),
    ]);
    expect(notices[1].toEmail).toBe(email);
    const audit = await t.db.getRepository(AuditEntryEntity).findBy({ entityId: userId, action: 'users.resetTwoFactor' });
    expect(audit).toEqual([expect.objectContaining({ actorId: admin.userId, entity: 'users' })]);
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    // Nothing left to reset.
    await t.http().post(`/api/v1/users/${userId}/2fa/reset`).set(adminAuth).expect(409);

    // The password alone works again, and the user enrols anew.
    const login = await passwordStep(t, email);
    expect(login.body.accessToken).toBeDefined();
    await t.http().post('/api/v1/auth/2fa/enrolment').set('Authorization', `Bearer ${login.body.accessToken}`).expect(201);
  });
});

describe('STAFF_2FA=required (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    t = await createTestApp({ staff2fa: 'required' });
    f = new Factory(t);
  });
  afterAll(() => t.close());

  it('an admin without an authenticator reaches nothing but enrolment, enrols, and then reaches the data', async () => {
    const { email } = await f.user(['admin']);
    const { token } = await f.login(email, TEST_PASSWORD, nextIp());
    const auth = { Authorization: `Bearer ${token}` };
    const me = await t.http().get('/api/v1/auth/me').set(auth).expect(200);
    expect(me.body.mfaEnrolmentRequired).toBe(true);
    for (const path of ['/api/v1/centers', '/api/v1/users', '/api/v1/audit-log', '/api/v1/me/sessions']) {
      const denied = await t.http().get(path).set(auth).expect(403);
      expect(denied.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(denied.body.code).toBe('MFA_ENROLMENT_REQUIRED');
    }
    await t.http().post('/api/v1/centers').set(auth).send({}).expect(403);
    const status = await t.http().get('/api/v1/auth/2fa').set(auth).expect(200);
    expect(status.body).toMatchObject({ mode: 'required', required: true, enabled: false });

    const started = await t.http().post('/api/v1/auth/2fa/enrolment').set(auth).expect(201);
    await t.http().post('/api/v1/auth/2fa/enrolment/confirm').set(auth).send({ code: codeFor(started.body.secret) }).expect(201);
    await t.http().get('/api/v1/centers').set(auth).expect(200);
    expect((await t.http().get('/api/v1/auth/me').set(auth).expect(200)).body.mfaEnrolmentRequired).toBe(false);
    // It cannot be turned off where it is required.
    await t.http().post('/api/v1/auth/2fa/disable').set(auth).send({ code: codeFor(started.body.secret, true) }).expect(409);
  });

  it('volunteers are not asked for anything', async () => {
    const { token } = await f.loginAs(['volunteer']);
    const me = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.mfaEnrolmentRequired).toBe(false);
  });
});

describe('my sessions (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
  });
  afterAll(() => t.close());

  const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
  const LAPTOP_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:133.0) Gecko/20100101 Firefox/133.0';

  async function loginWith(email: string, ua: string, ip: string) {
    const res = await t.http().post('/api/v1/auth/login').set('User-Agent', ua).set('X-Forwarded-For', ip).send({ email, password: TEST_PASSWORD }).expect(200);
    return { token: res.body.accessToken as string, cookie: cookieOf(res) ?? '' };
  }

  it('lists the devices; signs out one, then every other; a signed-out session cannot refresh', async () => {
    const { email } = await f.user(['coordinator']);
    const phone = await loginWith(email, PHONE_UA, '10.77.0.1');
    const laptop = await loginWith(email, LAPTOP_UA, '10.77.0.2');
    const third = await loginWith(email, LAPTOP_UA, '10.77.0.3');
    const auth = { Authorization: `Bearer ${laptop.token}` };

    const list = await t.http().get('/api/v1/me/sessions').set(auth).expect(200);
    expect(list.body).toHaveLength(3);
    const phoneRow = list.body.find((s: { ip: string }) => s.ip === '10.77.0.1');
    expect(phoneRow).toMatchObject({ browser: 'Chrome', os: 'Android', current: false, createdAt: expect.any(String), lastUsedAt: expect.any(String) });
    expect(list.body.find((s: { current: boolean }) => s.current)).toMatchObject({ ip: '10.77.0.2', browser: 'Firefox', os: 'macOS' });

    // Someone else's session is not mine to end.
    const stranger = await f.loginAs(['hr']);
    await t.http().delete(`/api/v1/me/sessions/${phoneRow.id}`).set('Authorization', `Bearer ${stranger.token}`).expect(404);

    await t.http().delete(`/api/v1/me/sessions/${phoneRow.id}`).set(auth).expect(204);
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${phone.token}`).expect(401);
    await t.http().post('/api/v1/auth/refresh').set('Cookie', phone.cookie).expect(401);
    expect((await t.http().get('/api/v1/me/sessions').set(auth).expect(200)).body).toHaveLength(2);

    const others = await t.http().post('/api/v1/me/sessions/revoke-others').set(auth).expect(201);
    expect(others.body).toEqual({ revoked: 1 });
    await t.http().post('/api/v1/auth/refresh').set('Cookie', third.cookie).expect(401);
    const left = await t.http().get('/api/v1/me/sessions').set(auth).expect(200);
    expect(left.body).toEqual([expect.objectContaining({ current: true })]);
    // The caller's own session lives on and refreshes, noting the new address.
    await t.http().post('/api/v1/auth/refresh').set('Cookie', laptop.cookie).set('X-Forwarded-For', '10.77.0.9').expect(200);
    expect((await t.http().get('/api/v1/me/sessions').set(auth).expect(200)).body[0].ip).toBe('10.77.0.9');
  });
});
