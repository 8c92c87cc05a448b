import { listMailFiles, readMailFile } from '@dost/notifications';
import path from 'node:path';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';

const base = () => process.env.E2E_BASE_URL as string;
const mailDir = () => path.join(process.env.E2E_DATA_DIR as string, 'mail');

async function waitForMail(to: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await listMailFiles(mailDir())).find((m) => m.to.includes(to));
    if (found) return readMailFile(mailDir(), found.id);
    if (Date.now() > deadline) throw new Error(`no mail to ${to} in ${mailDir()} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('mail over HTTP against the running app (no SMTP: .eml files in $DATA_DIR/mail)', () => {
  it('admin invites → the .eml appears in the chosen language → its link sets the password → the user logs in', async () => {
    const admin = await request(base()).post('/api/v1/auth/login').send({ email: 'admin@dost.local', password: E2E_PASSWORD }).expect(200);
    const auth = { Authorization: `Bearer ${admin.body.accessToken}` };
    const email = `invited-${Date.now()}@e2e.dost.local`;
    const created = await request(base()).post('/api/v1/users').set(auth)
      .send({ email, fullName: 'Ləman Quliyeva', locale: 'en', roles: ['coordinator'] }).expect(201);
    expect(created.body.invited).toBe(true);

    const mail = await waitForMail(email);
    expect(mail?.subject).toBe('You are invited to Könüllü DOST');
    expect(mail?.messageId).toMatch(/^<[0-9a-f-]{36}@dost\.local>$/);
    const link = /https?:\/\/\S+\/#\/set-password\?token=[\w-]+/.exec(mail?.text ?? '')?.[0];
    expect(link).toBeDefined();
    const token = new URLSearchParams((link as string).split('?')[1]).get('token');

    // The admin sees it in "Sent mail".
    const list = await request(base()).get('/api/v1/notifications/deliveries').query({ q: email }).set(auth).expect(200);
    expect(list.body.data).toEqual([expect.objectContaining({ template: 'account-invitation', locale: 'en', status: 'sent', messageId: mail?.messageId })]);

    const password = 'My-own-Password-2025';
    await request(base()).post('/api/v1/auth/login').send({ email, password }).expect(401);
    await request(base()).post('/api/v1/auth/set-password').send({ token, password }).expect(204);
    const login = await request(base()).post('/api/v1/auth/login').send({ email, password }).expect(200);
    expect(login.body.user).toMatchObject({ email, roles: ['coordinator'], locale: 'en' });
    await request(base()).post('/api/v1/auth/set-password').send({ token, password }).expect(400);
  });

  it('forgot password answers the same for everyone and mails a working reset link to a real account', async () => {
    const known = await request(base()).post('/api/v1/auth/forgot-password').send({ email: 'hr@demo.dost.local' }).expect(202);
    const unknown = await request(base()).post('/api/v1/auth/forgot-password').send({ email: 'nobody@demo.dost.local' }).expect(202);
    expect(known.body).toEqual(unknown.body);
    const mail = await waitForMail('hr@demo.dost.local');
    const token = /#\/reset-password\?token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
    await request(base()).post('/api/v1/auth/reset-password').send({ token, password: E2E_PASSWORD }).expect(204);
    await request(base()).post('/api/v1/auth/login').send({ email: 'hr@demo.dost.local', password: E2E_PASSWORD }).expect(200);
  });
});
