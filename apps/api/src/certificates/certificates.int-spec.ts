import { addDays, bakuDateOf, parseSerial } from '@dost/domain';
import request from 'supertest';
import { CertificatesFactory } from '../../test/certificates-factory';
import { daysAgo } from '../../test/hours-factory';
import { asUser, startRosteringHttp, type RosteringHttp, type TestVolunteer } from '../../test/rostering-factory';
import { NotificationDeliveryEntity } from '../notifications/entities/notification-delivery.entity';
import type { CenterEntity } from '../organisation/entities/center.entity';
import type { EventEntity } from '../organisation/entities/event.entity';
import { CertificateMailer } from './certificate-mailer';
import type { CertificateTypeEntity } from './entities/certificate-type.entity';

const binary = (res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

const PUBLIC_KEYS = ['status', 'revokedAt', 'serial', 'holderName', 'type', 'minutes', 'roles', 'place', 'periodFrom', 'periodTo', 'issuedAt', 'issuer'].sort();

/**
 * Certification over real HTTP on a real PostgreSQL: eligibility from the ledger (422 with reasons), gap-free
 * serials under parallel issuing, scope, revoke / reissue as the public page sees them, and the mail with its PDF.
 */
describe('certificates', () => {
  let h: RosteringHttp;
  let cf: CertificatesFactory;
  let as: ReturnType<typeof asUser>;
  let center: CenterEntity;
  let otherCenter: CenterEntity;
  let event: EventEntity;
  let coord: { token: string; userId: string };
  let otherCoord: { token: string; userId: string };
  let organizer: { token: string; userId: string };
  let admin: { token: string; userId: string };
  let programme: CertificateTypeEntity;
  let eventType: CertificateTypeEntity;
  const today = bakuDateOf(Date.now());

  beforeAll(async () => {
    h = await startRosteringHttp();
    cf = new CertificatesFactory(h.t);
    as = asUser(() => h.url);
    center = await h.f.center();
    otherCenter = await h.f.center();
    event = await h.f.event({ status: 'completed', startsAt: new Date(Date.now() - 10 * 86_400_000), endsAt: new Date(Date.now() - 9 * 86_400_000) });
    coord = await h.f.loginAs(['coordinator'], { centerIds: [center.id] });
    otherCoord = await h.f.loginAs(['coordinator'], { centerIds: [otherCenter.id] });
    organizer = await h.f.loginAs(['organizer'], { eventIds: [event.id] });
    admin = await h.f.loginAs(['admin']);
    // A programme of 40 hours at the center, in a period around today (valid at any hour of any day).
    programme = await cf.type({ kind: 'programme', rule: { minHours: 40, centerId: center.id, periodFrom: addDays(today, -60), periodTo: addDays(today, 30) } });
    eventType = await cf.type({ kind: 'event', rule: { eventId: event.id } });
  });
  afterAll(() => h.t.close());

  const issue = (token: string, typeId: string, volunteerId: string) => as(token).post('/certificates', { typeId, volunteerId });
  const publicOf = (code: string) => request(h.url).get(`/api/v1/public/certificates/${code}`).set('X-Forwarded-For', `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`);

  it('refuses a volunteer short of the hours with the reasons (422), issues once they have them, and only once (409)', async () => {
    const v = await h.r.volunteer({ homeCenterId: center.id });
    await cf.approved(v.volunteer.id, { centerId: center.id }, [600, 600, 600], daysAgo(3), coord.userId);
    const short = await issue(coord.token, programme.id, v.volunteer.id).expect(422);
    expect(short.body.code).toBe('CERTIFICATE_NOT_ELIGIBLE');
    expect(short.body.reasons).toEqual(['notEnoughHours']);
    expect(await h.t.db.query(`SELECT 1 FROM certificates WHERE volunteer_id = $1`, [v.volunteer.id])).toHaveLength(0);

    // Hours outside the programme's period do not count; inside they do.
    await cf.approved(v.volunteer.id, { centerId: center.id }, [600], addDays(today, -90), coord.userId);
    await issue(coord.token, programme.id, v.volunteer.id).expect(422);
    await cf.approved(v.volunteer.id, { centerId: center.id }, [600], daysAgo(2), coord.userId);
    const ok = await issue(coord.token, programme.id, v.volunteer.id).expect(201);
    expect(ok.body).toMatchObject({
      volunteerId: v.volunteer.id, holderName: v.volunteer.fullName, minutes: 2400, status: 'valid', issuedBy: coord.userId,
      type: { id: programme.id, kind: 'programme' }, place: { kind: 'center', id: center.id },
    });
    expect(parseSerial(ok.body.serial)).toEqual({ year: Number(today.slice(0, 4)), number: expect.any(Number) });
    expect(ok.body.verificationCode).toMatch(/^[A-Z2-7]{20}$/);
    expect(ok.body.verifyUrl).toBe(`${h.t.config.baseUrl}/verify/${ok.body.verificationCode}`);

    const again = await issue(coord.token, programme.id, v.volunteer.id).expect(409);
    expect(again.body.code).toBe('CERTIFICATE_ALREADY_HELD');
  });

  it('names every missing condition: onboarding not complete, a no-show block', async () => {
    const v = await h.r.volunteer({ homeCenterId: center.id, status: 'applicant', signupBlocked: true });
    await cf.approved(v.volunteer.id, { centerId: center.id }, [600, 600, 600, 600], daysAgo(1), coord.userId);
    const res = await issue(coord.token, programme.id, v.volunteer.id).expect(422);
    expect(res.body.reasons).toEqual(['onboardingIncomplete', 'noShowBlock']);
  });

  it('mails the certificate with its PDF attached, through the outbox, once', async () => {
    const v = await h.r.volunteer();
    await cf.approved(v.volunteer.id, { eventId: event.id }, [480], addDays(today, -9), organizer.userId);
    const res = await issue(organizer.token, eventType.id, v.volunteer.id).expect(201);
    // The issue enqueued the mail job in its transaction; the job (run here: no worker in tests) renders the PDF.
    const [job] = await h.t.db.query(`SELECT data FROM pgboss.job WHERE name = 'certificates.mail' AND data->>'certificateId' = $1`, [res.body.id]);
    expect(job).toBeDefined();
    const mailer = h.t.app.get(CertificateMailer);
    expect(await mailer.send(res.body.id)).toBe(true);
    expect(await mailer.send(res.body.id)).toBe(false);
    const mails = await h.t.db.getRepository(NotificationDeliveryEntity).find({ where: { toEmail: v.volunteer.email, template: 'certificate-issued' } });
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.props).toMatchObject({ serial: res.body.serial, totalMinutes: 480, verifyUrl: res.body.verifyUrl });
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({ filename: `${res.body.serial}.pdf`, contentType: 'application/pdf', encoding: 'base64' });
    expect(Buffer.from(mail.attachments[0].content, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('gives 20 certificates issued at once 20 consecutive serials, no gaps, no duplicates', async () => {
    const people: TestVolunteer[] = await h.r.volunteers(20);
    for (const p of people) await cf.approved(p.volunteer.id, { eventId: event.id }, [300], addDays(today, -9), organizer.userId);
    // One who never served: refused inside the same storm, and the refusal takes no number.
    const stranger = await h.r.volunteer();
    const answers = await Promise.all([...people.map((p) => issue(organizer.token, eventType.id, p.volunteer.id)), issue(organizer.token, eventType.id, stranger.volunteer.id)]);
    expect(answers.slice(0, 20).map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(answers[20].status).toBe(422);
    expect(answers[20].body.reasons).toEqual(['notAtEvent']);
    const numbers = answers.slice(0, 20).map((a) => parseSerial(a.body.serial)!.number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(20);
    expect(numbers[19] - numbers[0]).toBe(19);
    const [{ last }] = await h.t.db.query(`SELECT last FROM certificate_serials WHERE year = $1`, [Number(today.slice(0, 4))]);
    expect(last).toBe(numbers[19]);
    const [{ count }] = await h.t.db.query(`SELECT count(*)::int AS count FROM certificates WHERE serial LIKE $1`, [`KD-${today.slice(0, 4)}-%`]);
    expect(count).toBe(last);
  });

  it('keeps certificates inside the scope: another center\'s coordinator gets 404, the list shows only their own', async () => {
    const v = await h.r.volunteer({ homeCenterId: center.id });
    await cf.approved(v.volunteer.id, { centerId: center.id }, [600, 600, 600, 600], daysAgo(4), coord.userId);
    const { body: c } = await issue(admin.token, programme.id, v.volunteer.id).expect(201);
    await as(coord.token).get(`/certificates/${c.id}`).expect(200);
    await as(otherCoord.token).get(`/certificates/${c.id}`).expect(404);
    await as(otherCoord.token).get(`/certificates/${c.id}/pdf`).expect(404);
    await as(otherCoord.token).post(`/certificates/${c.id}/revoke`, { reason: 'x' }).expect(404);
    const theirs = await as(otherCoord.token).get('/certificates?perPage=100').expect(200);
    expect(theirs.body.data.map((x: { id: string }) => x.id)).not.toContain(c.id);
    const ours = await as(coord.token).get(`/certificates?typeId=${programme.id}&perPage=100`).expect(200);
    expect(ours.body.data.map((x: { id: string }) => x.id)).toContain(c.id);
    // Another center's coordinator cannot issue the center's programme either.
    const refused = await issue(otherCoord.token, programme.id, v.volunteer.id).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain('typeId');
    await as(otherCoord.token).get(`/volunteers/${v.volunteer.id}/certificate-progress`).expect(404);
  });

  it('revoked: the public page says so with the date and never the reason; nothing personal beyond the contract', async () => {
    const v = await h.r.volunteer();
    await cf.approved(v.volunteer.id, { eventId: event.id }, [240], addDays(today, -9), organizer.userId);
    const { body: c } = await issue(organizer.token, eventType.id, v.volunteer.id).expect(201);
    const before = await publicOf(c.verificationCode).expect(200);
    expect(Object.keys(before.body).sort()).toEqual(PUBLIC_KEYS);
    expect(before.body).toMatchObject({ status: 'valid', revokedAt: null, serial: c.serial, holderName: v.volunteer.fullName, minutes: 240, place: { name: { az: event.nameAz } } });
    expect(JSON.stringify(before.body)).not.toContain(v.volunteer.email);
    expect(JSON.stringify(before.body)).not.toContain(v.volunteer.id);

    const revoked = await as(organizer.token).post(`/certificates/${c.id}/revoke`, { reason: 'Saatlar səhv təsdiqlənib' }).expect(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedReason: 'Saatlar səhv təsdiqlənib' });
    const after = await publicOf(c.verificationCode.toLowerCase()).expect(200);
    expect(after.body.status).toBe('revoked');
    expect(after.body.revokedAt).toBe(revoked.body.revokedAt);
    expect(JSON.stringify(after.body)).not.toContain('səhv');
    // The signed credential is public too, by the same code.
    const credential = await request(h.url).get(`/api/v1/public/certificates/${c.verificationCode}/credential`).set('X-Forwarded-For', '10.78.0.1').expect(200);
    expect(credential.headers['content-type']).toMatch(/application\/vc\+ld\+json/);
    expect(JSON.parse(credential.text)).toMatchObject({ type: expect.arrayContaining(['OpenBadgeCredential']), proof: { cryptosuite: 'eddsa-jcs-2022' } });
    await as(organizer.token).post(`/certificates/${c.id}/revoke`, { reason: 'again' }).expect(409);
    const [audit] = await h.t.db.query(`SELECT action FROM audit_log WHERE action = 'certificates.revoke' AND entity_id = $1`, [c.id]);
    expect(audit).toBeDefined();
    // Revoked, the type can be earned again.
    await issue(organizer.token, eventType.id, v.volunteer.id).expect(201);
  });

  it('reissue after a name correction: a new certificate, the old one superseded and pointing to it', async () => {
    const v = await h.r.volunteer({ homeCenterId: center.id });
    await cf.approved(v.volunteer.id, { centerId: center.id }, [600, 600, 600, 600], daysAgo(5), coord.userId);
    const { body: old } = await issue(coord.token, programme.id, v.volunteer.id).expect(201);
    const { body: fresh } = await as(coord.token).post(`/certificates/${old.id}/reissue`, { holderName: 'Gülçöhrə Əhmədova', reason: 'Ad şəxsiyyət vəsiqəsindəki kimi' }).expect(201);
    expect(fresh).toMatchObject({ holderName: 'Gülçöhrə Əhmədova', status: 'valid', minutes: old.minutes, type: old.type });
    expect(fresh.serial).not.toBe(old.serial);
    const { body: oldNow } = await as(coord.token).get(`/certificates/${old.id}`).expect(200);
    expect(oldNow).toMatchObject({ status: 'superseded', supersededById: fresh.id });
    expect((await publicOf(old.verificationCode).expect(200)).body.status).toBe('superseded');
    expect((await publicOf(fresh.verificationCode).expect(200)).body).toMatchObject({ status: 'valid', holderName: 'Gülçöhrə Əhmədova' });
    await as(coord.token).post(`/certificates/${old.id}/reissue`, { holderName: 'Başqa Ad', reason: 'x' }).expect(409);
  });

  it('answers 404 for unknown and malformed codes alike, and redirects /verify/:code to the console page', async () => {
    const unknown = await publicOf('ABCDEFGHIJKLMNOPQRST').expect(404);
    expect(unknown.headers['content-type']).toMatch(/problem\+json/);
    expect(Object.keys(unknown.body)).not.toContain('serial');
    await publicOf('not-a-code').expect(404);
    await request(h.url).get('/api/v1/public/certificates/ABCDEFGHIJKLMNOPQRST/credential').expect(404);
    const redirect = await request(h.url).get('/verify/abcdefghijklmnopqrst').expect(302);
    expect(redirect.headers.location).toBe('/#/verify/ABCDEFGHIJKLMNOPQRST');
    // A mistyped code still opens the page (which says "not found"); only letters and digits reach the header.
    expect((await request(h.url).get('/verify/NOSUCHCODE0000000000').expect(302)).headers.location).toBe('/#/verify/NOSUCHCODE0000000000');
    expect((await request(h.url).get('/verify/%3Cscript%3E%0d%0aX').expect(302)).headers.location).toBe('/#/verify/SCRIPTX');
  });

  it('limits public lookups per address', async () => {
    const ip = '10.99.1.1';
    const answers = [];
    for (let i = 0; i < 31; i++) answers.push((await request(h.url).get('/api/v1/public/certificates/ABCDEFGHIJKLMNOPQRST').set('X-Forwarded-For', ip)).status);
    expect(answers.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(answers[30]).toBe(429);
  });

  it('the holder sees their certificates, files and progress ("84 of 120 hours")', async () => {
    const v = await h.r.volunteer({ homeCenterId: center.id });
    const big = await cf.type({ kind: 'programme', rule: { minHours: 120, centerId: center.id, periodFrom: addDays(today, -60), periodTo: addDays(today, 30) } });
    await cf.approved(v.volunteer.id, { centerId: center.id }, [600, 600, 600, 600, 600, 600, 600, 840], daysAgo(6), coord.userId);
    const { body: c } = await issue(coord.token, programme.id, v.volunteer.id).expect(201);
    const mine = await as(v.token).get('/me/certificates').expect(200);
    expect(mine.body.data).toHaveLength(1);
    expect(mine.body.data[0]).toMatchObject({ id: c.id, serial: c.serial, pdfUrl: `/api/v1/me/certificates/${c.id}/pdf` });
    expect(mine.body.data[0]).not.toHaveProperty('revokedReason');
    expect(mine.body.data[0].linkedInUrl).toMatch(/^https:\/\/www\.linkedin\.com\/profile\/add\?/);
    const pdf = await as(v.token).get(`/me/certificates/${c.id}/pdf?lang=az-ru`).buffer(true).parse(binary as never).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const json = await as(v.token).get(`/me/certificates/${c.id}/credential`).expect(200);
    expect(JSON.parse(json.text).credentialSubject).toBeDefined();
    const progress = await as(v.token).get('/me/certificates/progress').expect(200);
    expect(progress.body.find((p: { typeId: string }) => p.typeId === big.id)).toMatchObject({ minutes: 5040, requiredMinutes: 7200, eligible: false, reasons: ['notEnoughHours'], held: false });
    expect(progress.body.find((p: { typeId: string }) => p.typeId === programme.id)).toMatchObject({ eligible: true, held: true });
    const staff = await as(coord.token).get(`/volunteers/${v.volunteer.id}/certificate-progress`).expect(200);
    expect(staff.body).toEqual(progress.body);
    // Someone else's certificate is not theirs to download.
    const other = await h.r.volunteer();
    await as(other.token).get(`/me/certificates/${c.id}/pdf`).expect(404);
  });

  it('exports the list as CSV in the caller\'s language (audited) and lets admins edit types with per-field errors', async () => {
    const csv = await request(h.url).get(`/api/v1/certificates/export?format=csv&typeId=${programme.id}`).set('Authorization', `Bearer ${coord.token}`).set('Accept-Language', 'az').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain('Seriya nömrəsi');
    expect(csv.text).toMatch(/KD-\d{4}-\d{6}/);
    const [audit] = await h.t.db.query(`SELECT details FROM audit_log WHERE action = 'certificates.export' AND actor_id = $1`, [coord.userId]);
    expect(audit.details).toMatchObject({ format: 'csv', filters: { typeId: programme.id } });

    const bad = await as(admin.token).post('/certificate-types', { code: 'milestone-150', kind: 'milestone', name: { az: 'Mərhələ', en: 'Milestone', ru: 'Рубеж' }, rule: { milestoneHours: 150 } }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'rule.milestoneHours', code: 'certificateMilestone' })]);
    const created = await as(admin.token).post('/certificate-types', { code: `m-${Date.now().toString(36)}`, kind: 'milestone', name: { az: '100 saat', en: '100 hours', ru: '100 часов' }, rule: { milestoneHours: 100 } }).expect(201);
    expect(created.body).toMatchObject({ kind: 'milestone', rule: { milestoneHours: 100 }, active: true, autoIssue: false });
    await request(h.url).patch(`/api/v1/certificate-types/${created.body.id}`).set('Authorization', `Bearer ${admin.token}`).send({ active: false }).expect(200);
    await request(h.url).patch(`/api/v1/certificate-types/${created.body.id}`).set('Authorization', `Bearer ${coord.token}`).send({ active: true }).expect(403);
  });
});
