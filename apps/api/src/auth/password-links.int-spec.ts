import { createTestApp, Factory, TEST_PASSWORD, type TestApp } from '../../test/test-app';
import { latestDelivery, tokenOf, waitFor } from '../../test/mail-helpers';
import { NotificationDeliveryEntity } from '../notifications/entities/notification-delivery.entity';

const NEW_PASSWORD = 'brand-New-Password-42';

describe('invitations and password links (real PostgreSQL, outbox)', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    t = await createTestApp({ jobsPollSeconds: 1 });
    f = new Factory(t);
  });
  afterAll(() => t.close());

  const invite = async (admin: { token: string }, email: string, locale: 'az' | 'en' | 'ru' = 'en') =>
    t.http().post('/api/v1/users').set('Authorization', `Bearer ${admin.token}`)
      .send({ email, fullName: 'Nərmin Əliyeva', locale, roles: ['hr'] }).expect(201);

  it('an admin invites without a password → mail in the chosen language → set password once → log in', async () => {
    const admin = await f.loginAs(['admin']);
    const email = `inv-${Date.now()}@test.dost.local`;
    const created = await invite(admin, email, 'ru');
    expect(created.body).toMatchObject({ email, invited: true });

    const delivery = (await latestDelivery(t.db, email, 'account-invitation'))!;
    expect(delivery).toMatchObject({ locale: 'ru', essential: true, userId: created.body.id });
    expect(delivery.props.inviterName).toBe('Test admin');
    const link = String(delivery.props.setPasswordUrl);
    expect(link).toMatch(/^http:\/\/localhost:\d+\/#\/set-password\?token=/);
    // Only the hash is stored.
    const [stored] = await t.db.query(`SELECT token_hash FROM user_tokens WHERE user_id = $1`, [created.body.id]);
    expect(stored.token_hash).not.toBe(tokenOf(link));

    await t.http().post('/api/v1/auth/login').send({ email, password: NEW_PASSWORD }).expect(401);
    const weak = await t.http().post('/api/v1/auth/set-password').set('Accept-Language', 'en').send({ token: tokenOf(link), password: 'short' }).expect(400);
    expect(weak.body.errors[0]).toMatchObject({ field: 'password', code: 'isStrongPassword' });
    await t.http().post('/api/v1/auth/set-password').send({ token: tokenOf(link), password: NEW_PASSWORD }).expect(204);
    const again = await t.http().post('/api/v1/auth/set-password').set('Accept-Language', 'en').send({ token: tokenOf(link), password: NEW_PASSWORD }).expect(400);
    expect(again.body.errors[0]).toMatchObject({ field: 'token', code: 'invalidToken' });
    await f.login(email, NEW_PASSWORD, '10.77.0.1');
    const user = await t.http().get(`/api/v1/users/${created.body.id}`).set('Authorization', `Bearer ${admin.token}`).expect(200);
    expect(user.body.invited).toBe(false);
  });

  it('two parallel redemptions of one link: exactly one wins', async () => {
    const admin = await f.loginAs(['admin']);
    const email = `par-${Date.now()}@test.dost.local`;
    await invite(admin, email);
    const token = tokenOf(String((await latestDelivery(t.db, email, 'account-invitation'))!.props.setPasswordUrl));
    const results = await Promise.all([0, 1, 2].map(() => t.http().post('/api/v1/auth/set-password').send({ token, password: NEW_PASSWORD })));
    expect(results.map((r) => r.status).sort()).toEqual([204, 400, 400]);
  });

  it('resending retires the earlier link; an activated user cannot be re-invited', async () => {
    const admin = await f.loginAs(['admin']);
    const email = `re-${Date.now()}@test.dost.local`;
    const created = await invite(admin, email);
    const first = tokenOf(String((await latestDelivery(t.db, email, 'account-invitation'))!.props.setPasswordUrl));
    await t.http().post(`/api/v1/users/${created.body.id}/invitation`).set('Authorization', `Bearer ${admin.token}`).expect(202);
    expect(await t.db.getRepository(NotificationDeliveryEntity).countBy({ toEmail: email, template: 'account-invitation' })).toBe(2);
    const second = tokenOf(String((await latestDelivery(t.db, email, 'account-invitation'))!.props.setPasswordUrl));
    expect(second).not.toBe(first);
    await t.http().post('/api/v1/auth/set-password').send({ token: first, password: NEW_PASSWORD }).expect(400);
    await t.http().post('/api/v1/auth/set-password').send({ token: second, password: NEW_PASSWORD }).expect(204);
    await t.http().post(`/api/v1/users/${created.body.id}/invitation`).set('Authorization', `Bearer ${admin.token}`).expect(409);
  });

  it('a user created with a password gets no invitation; a failed create sends nothing', async () => {
    const admin = await f.loginAs(['admin']);
    const email = `pw-${Date.now()}@test.dost.local`;
    await t.http().post('/api/v1/users').set('Authorization', `Bearer ${admin.token}`)
      .send({ email, fullName: 'P', roles: ['hr'], password: TEST_PASSWORD }).expect(201);
    const taken = await f.user(['volunteer']);
    await t.http().post('/api/v1/users').set('Authorization', `Bearer ${admin.token}`).send({ email: taken.email, fullName: 'T', roles: ['hr'] }).expect(409);
    expect(await t.db.getRepository(NotificationDeliveryEntity).countBy({ toEmail: email })).toBe(0);
    expect(await t.db.getRepository(NotificationDeliveryEntity).countBy({ toEmail: taken.email })).toBe(0);
  });

  it('forgot password: same 202 for known and unknown addresses; the link resets once and ends every session', async () => {
    const { email, user } = await f.user(['coordinator']);
    const session = await f.login(email, TEST_PASSWORD, '10.78.0.1');
    const known = await t.http().post('/api/v1/auth/forgot-password').set('X-Forwarded-For', '10.78.0.2').send({ email: email.toUpperCase() }).expect(202);
    const unknown = await t.http().post('/api/v1/auth/forgot-password').set('X-Forwarded-For', '10.78.0.2').send({ email: `nobody-${Date.now()}@test.dost.local` }).expect(202);
    expect(unknown.body).toEqual(known.body);
    const delivery = (await latestDelivery(t.db, email, 'password-reset'))!;
    expect(delivery).toMatchObject({ locale: 'az', userId: user.id });
    const token = tokenOf(String(delivery.props.resetUrl));
    // A reset token is not an invitation token.
    await t.http().post('/api/v1/auth/set-password').send({ token, password: NEW_PASSWORD }).expect(400);
    await t.http().post('/api/v1/auth/reset-password').send({ token, password: NEW_PASSWORD }).expect(204);
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${session.token}`).expect(401);
    await t.http().post('/api/v1/auth/reset-password').send({ token, password: 'another-Password-43' }).expect(400);
    await f.login(email, NEW_PASSWORD, '10.78.0.3');
  });

  it('forgot password is limited per account (silently) and per address (429)', async () => {
    const { email } = await f.user(['hr']);
    for (let i = 0; i < 5; i++) await t.http().post('/api/v1/auth/forgot-password').set('X-Forwarded-For', `10.79.1.${i}`).send({ email }).expect(202);
    expect(await t.db.getRepository(NotificationDeliveryEntity).countBy({ toEmail: email, template: 'password-reset' })).toBe(3);
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await t.http().post('/api/v1/auth/forgot-password').set('X-Forwarded-For', '10.79.2.1').send({ email: `x${i}@test.dost.local` })).status;
    expect(last).toBe(429);
  });

  it('an invitation is delivered (file mailer) in the recipient language', async () => {
    const admin = await f.loginAs(['admin']);
    const email = `deliv-${Date.now()}@test.dost.local`;
    await invite(admin, email, 'az');
    const sent = await waitFor(async () => {
      const d = await latestDelivery(t.db, email, 'account-invitation');
      return d?.status === 'sent' ? d : undefined;
    }, 20_000, 'the invitation to be sent');
    const preview = await t.http().get(`/api/v1/notifications/deliveries/${sent.id}`).set('Authorization', `Bearer ${admin.token}`).expect(200);
    expect(preview.body.subject).toMatch(/[əğıöüçş]/);
    expect(preview.body.text).toContain(String(sent.props.setPasswordUrl));
  });
});
