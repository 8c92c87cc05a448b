import { listMailFiles, readMailFile } from '@dost/notifications';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';

const base = () => process.env.E2E_BASE_URL as string;
const mailDir = () => path.join(process.env.E2E_DATA_DIR as string, 'mail');

/** The newest .eml to `to` whose subject matches. */
async function waitForMail(to: string, subject: RegExp, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await listMailFiles(mailDir())).find((m) => m.to.includes(to) && subject.test(m.subject));
    if (found) return { ...(await readMailFile(mailDir(), found.id)), raw: await readFile(found.file, 'utf8') };
    if (Date.now() > deadline) throw new Error(`no mail "${subject}" to ${to} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const FIN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const fin = () => Array.from({ length: 7 }, () => FIN_ALPHABET[Math.floor(Math.random() * FIN_ALPHABET.length)]).join('');

describe('recruitment over HTTP against the running app (demo intake, mail as .eml)', () => {
  it('apply to the demo intake → code from the mail → the demo coordinator takes it to onboarded → the new volunteer sets a password and logs in', async () => {
    const intakes = await request(base()).get('/api/v1/public/intakes').expect(200);
    // The demo's general intake (the forum's own intake, docs/debrief.md, is a demo intake too).
    const intake = intakes.body.find((i: { demo: boolean; event: unknown }) => i.demo && !i.event);
    expect(intake).toBeDefined();
    const barda = intake.centers.find((c: { name: { en: string } }) => c.name.en.startsWith('Karabakh'));
    const email = `e2e-applicant-${Date.now()}@e2e.dost.local`;
    const ip = `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const body = {
      fullName: 'Nərmin Əhmədova', fin: fin(), birthDate: '2001-09-09', phone: '+994 55 444 33 22', email,
      education: { institution: 'ADA Universiteti', faculty: 'Kompüter elmləri', year: 2023 }, languages: [{ language: 'en', level: 'C1' }],
      availability: ['sat-am'], centerIds: [barda.id], motivation: 'Bərdədə gənclərə rəqəmsal xidmətlərdə kömək etmək istəyirəm.',
      answers: { tshirt: 'm' }, consentVersion: intake.consentVersion, consentAccepted: true, locale: 'az',
    };
    const bad = await request(base()).post(`/api/v1/public/intakes/${intake.id}/applications`).set('X-Forwarded-For', ip).send({ ...body, phone: '+1 202 555 0100' }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'phone', code: 'azPhone', message: expect.stringContaining('+994') })]);
    const applied = await request(base()).post(`/api/v1/public/intakes/${intake.id}/applications`).set('X-Forwarded-For', ip).send(body).expect(201);
    // (A second identical submission is no longer a 409 — that told anyone the e-mail was known; issue 18. The
    // duplicate is withdrawn at verification: apps/api/src/recruitment/recruitment.int-spec.ts.)

    const verification = await waitForMail(email, /təsdiqləyin/);
    const code = /daxil edin:\s*(\d{6})\b/.exec(verification.text ?? '')?.[1];
    expect(code).toMatch(/^\d{6}$/);
    await request(base()).post('/api/v1/public/applications/verify').send({ statusToken: applied.body.statusToken, code }).expect(200);
    const received = await waitForMail(email, /Müraciətiniz alındı/);
    const statusLink = /#\/application-status\?token=([^&\s]+)/.exec(received.text ?? '')?.[1];
    expect(decodeURIComponent(statusLink ?? '')).toBe(applied.body.statusToken);

    const login = await request(base()).post('/api/v1/auth/login').send({ email: 'coordinator@demo.dost.local', password: E2E_PASSWORD }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const move = (to: string) => request(base()).post(`/api/v1/applications/${applied.body.id}/transitions`).set(auth).send({ to }).expect(200);
    await move('screening');
    await move('interview');
    const status = await request(base()).get('/api/v1/public/application-status').query({ token: applied.body.statusToken }).expect(200);
    expect(status.body.slots.length).toBeGreaterThan(0);
    await request(base()).post('/api/v1/public/application-status/interview').send({ token: applied.body.statusToken, slotId: status.body.slots[0].id }).expect(200);
    const confirmed = await waitForMail(email, /Müsahibəniz/);
    expect(confirmed.raw).toContain('text/calendar');
    await move('offered');
    await move('accepted');
    for (const item of ['orientation', 'training', 'agreement']) {
      await request(base()).post(`/api/v1/applications/${applied.body.id}/checklist`).set(auth).send({ item, done: true }).expect(200);
    }
    await move('onboarded');

    const invitation = await waitForMail(email, /platformasına dəvət/);
    const token = /#\/set-password\?token=([\w-]+)/.exec(invitation.text ?? '')?.[1];
    await request(base()).post('/api/v1/auth/set-password').send({ token, password: 'Konullu-Password-2025' }).expect(204);
    const volunteer = await request(base()).post('/api/v1/auth/login').send({ email, password: 'Konullu-Password-2025' }).expect(200);
    expect(volunteer.body.user.roles).toEqual(['volunteer']);
  });
});
