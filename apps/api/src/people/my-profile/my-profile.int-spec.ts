import { listMailFiles } from '@dost/notifications';
import path from 'node:path';
import { NotificationDeliveryEntity } from '../../notifications/entities/notification-delivery.entity';
import { ApplicationEntity } from '../../recruitment/entities/application.entity';
import { InterviewSlotEntity } from '../../recruitment/entities/interview-slot.entity';
import { ShiftAssignmentEntity } from '../../rostering/entities/shift-assignment.entity';
import { RemindersService } from '../../rostering/reminders.service';
import { VolunteerEntity } from '../entities/volunteer.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { HoursFactory, daysAgo } from '../../../test/hours-factory';
import { latestDelivery, tokenOf, waitFor } from '../../../test/mail-helpers';
import { RecruitmentFactory } from '../../../test/recruitment-factory';
import { RosteringFactory, type TestVolunteer } from '../../../test/rostering-factory';
import { createTestApp, Factory, type TestApp } from '../../../test/test-app';

const HOUR = 3_600_000;

describe('My profile (issue 16)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  const api = () => t.http();
  const as = (v: { token: string }) => ({
    get: (url: string) => api().get(`/api/v1${url}`).set('Authorization', `Bearer ${v.token}`),
    patch: (url: string, body: object) => api().patch(`/api/v1${url}`).set('Authorization', `Bearer ${v.token}`).send(body),
    post: (url: string, body: object = {}) => api().post(`/api/v1${url}`).set('Authorization', `Bearer ${v.token}`).send(body),
  });

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
    r = new RosteringFactory(t);
  });
  afterAll(() => t.close());

  const sent = (id: string) =>
    waitFor(async () => {
      const d = await t.db.getRepository(NotificationDeliveryEntity).findOneBy({ id });
      return d && d.status !== 'queued' ? d : undefined;
    }, 20_000, `delivery ${id}`);

  /** A volunteer with a shift starting in 20 h (the 24 h reminder is due now). */
  async function volunteerWithShiftSoon(): Promise<{ v: TestVolunteer; shiftId: string }> {
    const center = await f.center();
    const position = await r.position({ centerId: center.id }, { nameAz: 'Qarşılama', nameEn: 'Greeter', nameRu: 'Встреча гостей' });
    const shift = await r.shift(position, { startsAt: new Date(Date.now() + 20 * HOUR), endsAt: new Date(Date.now() + 22 * HOUR) });
    const v = await r.volunteer({ homeCenterId: center.id });
    await t.db.getRepository(ShiftAssignmentEntity).insert({ shiftId: shift.id, volunteerId: v.volunteer.id, status: 'assigned', source: 'coordinator' });
    return { v, shiftId: shift.id };
  }

  it('a bad phone is a per-field problem in the caller\'s language and changes nothing', async () => {
    const v = await r.volunteer({ phone: '+994501112233', languages: [{ language: 'az', level: 'C2' }] });
    const res = await as(v).patch('/me/profile', { phone: '12345', languages: [{ language: 'en', level: 'B2' }], locale: 'en' }).set('Accept-Language', 'en').expect(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'phone', code: 'azPhone', message: expect.stringMatching(/Azerbaijani number/) })]);
    const after = await t.db.getRepository(VolunteerEntity).findOneByOrFail({ id: v.volunteer.id });
    expect(after).toMatchObject({ phone: '+994501112233', languages: [{ language: 'az', level: 'C2' }], locale: 'az' });
    expect((await t.db.getRepository(UserEntity).findOneByOrFail({ id: v.userId })).locale).toBe('az');

    const unknownCenter = await as(v).patch('/me/profile', { preferredCenterIds: ['00000000-0000-4000-8000-000000000000'] }).expect(400);
    expect(unknownCenter.body.errors.map((e: { field: string }) => e.field)).toEqual(['preferredCenterIds.0']);
  });

  it('saves phone, languages, availability, preferred centers, emergency contact, language and notification choices', async () => {
    const v = await r.volunteer();
    const [a, b] = [await f.center(), await f.center()];
    const res = await as(v).patch('/me/profile', {
      phone: '050 765 43 21', languages: [{ language: 'ru', level: 'B2' }, { language: 'en', level: 'C1' }], availability: ['mon-am', 'sat-pm'],
      preferredCenterIds: [b.id, a.id], emergencyContact: { name: 'Səbinə Məmmədova', phone: '+994 55 111 22 33' }, locale: 'ru', notifications: { swaps: false },
    }).expect(200);
    expect(res.body).toMatchObject({
      locale: 'ru',
      volunteer: {
        phone: '+994507654321', languages: [{ language: 'en', level: 'C1' }, { language: 'ru', level: 'B2' }], availability: ['mon-am', 'sat-pm'],
        preferredCenterIds: [b.id, a.id], emergencyContact: { name: 'Səbinə Məmmədova', phone: '+994551112233' },
      },
      notifications: { reminders: true, swaps: false, messages: true },
    });
    // The language is the account's: the next login (any device) gets it, and the person record agrees.
    expect((await as(v).get('/auth/me').expect(200)).body.locale).toBe('ru');
    expect((await t.db.getRepository(VolunteerEntity).findOneByOrFail({ id: v.volunteer.id })).locale).toBe('ru');
    await as(v).patch('/me/profile', { emergencyContact: null }).expect(200);
    expect((await as(v).get('/me/profile').expect(200)).body.volunteer.emergencyContact).toBeNull();
  });

  it('changes the login e-mail only once the link mailed to the new address is opened', async () => {
    const { email, password } = await f.user(['volunteer']);
    const session = await f.login(email, password);
    const fresh = `new-${Date.now()}@test.dost.local`;
    await as(session).post('/me/email-change', { email: fresh }).expect(202);
    expect((await as(session).get('/me/profile').expect(200)).body).toMatchObject({ email, pendingEmail: fresh });
    // Nothing changed yet: the old address still logs in.
    await f.login(email, password);
    const mail = await latestDelivery(t.db, fresh, 'email-change');
    expect(mail).toMatchObject({ essential: true });
    const token = tokenOf(String(mail!.props.verifyUrl));
    await api().post('/api/v1/email-change/confirm').send({ token: 'not-a-token' }).expect(400);
    expect((await api().post('/api/v1/email-change/confirm').send({ token }).expect(200)).body).toEqual({ email: fresh });
    await api().post('/api/v1/email-change/confirm').send({ token }).expect(400);
    await f.login(fresh, password);
    // An address someone else uses is refused per field.
    const other = await f.user(['hr']);
    const taken = await as(session).post('/me/email-change', { email: other.email }).expect(400);
    expect(taken.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'emailTaken' })]);
  });

  it('after a change of language, the next reminder mail is rendered in the new language', async () => {
    const { v } = await volunteerWithShiftSoon();
    await as(v).patch('/me/profile', { locale: 'en' }).expect(200);
    await t.app.get(RemindersService).sendDue(new Date());
    const delivery = await latestDelivery(t.db, v.volunteer.email, 'shift-reminder');
    expect(delivery).toMatchObject({ locale: 'en' });
    expect(await sent(delivery!.id)).toMatchObject({ status: 'sent' });
    const files = (await listMailFiles(path.join(t.config.dataDir, 'mail'))).filter((m) => m.to.includes(v.volunteer.email));
    expect(files).toHaveLength(1);
    expect(files[0].subject).toMatch(/Reminder|reminder/);
    expect(files[0].subject).not.toMatch(/[əğı]/);
  });

  it('with reminders switched off no reminder goes out, while mandatory mail still does', async () => {
    const { v } = await volunteerWithShiftSoon();
    await as(v).patch('/me/profile', { notifications: { reminders: false, swaps: false, messages: false } }).expect(200);
    await t.app.get(RemindersService).sendDue(new Date());
    const reminder = await latestDelivery(t.db, v.volunteer.email, 'shift-reminder');
    expect(await sent(reminder!.id)).toMatchObject({ status: 'suppressed' });
    await api().post('/api/v1/auth/forgot-password').set('X-Forwarded-For', '10.77.1.2').send({ email: v.volunteer.email }).expect(202);
    const reset = await waitFor(() => latestDelivery(t.db, v.volunteer.email, 'password-reset'), 10_000, 'password-reset');
    expect(await sent(reset.id)).toMatchObject({ status: 'sent' });
    const files = (await listMailFiles(path.join(t.config.dataDir, 'mail'))).filter((m) => m.to.includes(v.volunteer.email));
    expect(files).toHaveLength(1);
  });

  it('the data export holds my shifts and hours and nothing of the colleague on the same shift; it is audited', async () => {
    const { v, shiftId } = await volunteerWithShiftSoon();
    const mate = await r.volunteer({ fullName: 'Başqa Könüllü Şəxs' });
    await t.db.getRepository(ShiftAssignmentEntity).insert({ shiftId, volunteerId: mate.volunteer.id, status: 'assigned', source: 'coordinator' });
    const center = await f.center();
    const staff = await f.user(['admin']);
    await new HoursFactory(t).pending(v.volunteer.id, { centerId: center.id }, [150], [daysAgo(2)], staff.user.id);
    await new HoursFactory(t).pending(mate.volunteer.id, { centerId: center.id }, [999], [daysAgo(2)], staff.user.id);

    await t.db.getRepository(VolunteerEntity).update({ id: v.volunteer.id }, { birthDate: '2001-09-01' });

    const res = await as(v).get('/me/export').expect(200);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    const data = JSON.parse(res.text);
    // Calendar days as ISO days, moments as ISO instants (never a JS Date's toString()).
    expect(data.person.birthDate).toBe('2001-09-01');
    expect(data.hours[0].workDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.shifts[0].startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(data.account.email).toBe(v.volunteer.email);
    expect(data.shifts).toHaveLength(1);
    expect(data.shifts[0]).toMatchObject({ position: 'Qarşılama', assignmentStatus: 'assigned' });
    expect(data.hours).toEqual([expect.objectContaining({ minutes: 150 })]);
    expect(res.text).not.toContain(mate.volunteer.email);
    expect(res.text).not.toContain('Başqa Könüllü Şəxs');
    expect(res.text).not.toMatch(/"minutes":\s*999\b/); // the colleague's entry (a bare '999' may occur in random e-mails)

    const pdf = await as(v).get('/me/export/pdf').buffer(true).parse((resp, cb) => {
      const chunks: Buffer[] = [];
      resp.on('data', (c: Buffer) => chunks.push(c));
      resp.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const audited: { details: { format: string } }[] = await t.db.query(`SELECT details FROM audit_log WHERE action = 'me.dataExport' AND actor_id = $1`, [v.userId]);
    expect(audited.map((a) => a.details.format).sort()).toEqual(['json', 'pdf']);
  });

  it('a request to close the account is recorded once and staff (HR) see it', async () => {
    const v = await r.volunteer();
    const first = await as(v).post('/me/closure-request', { reason: 'Xaricə köçürəm' }).expect(201);
    const again = await as(v).post('/me/closure-request', {}).expect(201);
    expect(again.body.id).toBe(first.body.id);
    const hr = await f.loginAs(['hr']);
    const list = await as(hr).get('/account-closure-requests?perPage=100').expect(200);
    expect(list.body.data).toEqual(expect.arrayContaining([expect.objectContaining({ userId: v.userId, status: 'open', reason: 'Xaricə köçürəm' })]));
    await as(v).get('/account-closure-requests').expect(403);
    await api().delete('/api/v1/me/closure-request').set('Authorization', `Bearer ${v.token}`).expect(204);
    expect((await as(v).get('/me/profile').expect(200)).body.closureRequest).toBeNull();
  });

  it('applicant home: the applicant sees the stage, the booked interview, the next step and a pre-fill', async () => {
    const rf = new RecruitmentFactory(t, f);
    const intake = await rf.intake();
    const { user, email, password } = await f.user(['applicant']);
    const person = await t.db.getRepository(VolunteerEntity).save({ userId: user.id, fullName: 'Günay Testova', email, status: 'applicant', locale: 'az', languages: [] });
    const body = rf.application(intake, { email });
    const app = await t.db.getRepository(ApplicationEntity).save({
      intakeId: intake.id, volunteerId: person.id, fin: body.fin as string, status: 'interview', locale: 'az', fullName: 'Günay Testova', email,
      phone: '+994501234567', birthDate: '2000-04-15', education: body.education as never, languages: body.languages as never, skills: [], availability: ['sat-am'],
      motivation: String(body.motivation), answers: {}, emailVerifiedAt: new Date(),
    });
    const session = await f.login(email, password);
    // The account's language is the application's too: recruitment mail follows a change in My profile.
    await as(session).patch('/me/profile', { locale: 'ru' }).expect(200);
    expect((await t.db.getRepository(ApplicationEntity).findOneByOrFail({ id: app.id })).locale).toBe('ru');
    let res = await as(session).get('/me/applications').expect(200);
    expect(res.body.data).toEqual([expect.objectContaining({ id: app.id, status: 'interview', nextStep: 'bookInterview', interview: null, intakeOpen: true })]);
    expect(res.body.data[0].statusUrl).toMatch(/#\/application-status\?token=/);
    expect(res.body.prefill).toMatchObject({ fullName: 'Günay Testova', email, availability: ['sat-am'] });
    // A pg `date` read raw is a JS Date: the pre-fill must carry the ISO day the form expects, not "Sat Apr 15".
    expect(res.body.prefill.birthDate).toBe('2000-04-15');
    expect(res.body.data[0].createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    await t.db.getRepository(InterviewSlotEntity).save({ intakeId: intake.id, centerId: intake.centerIds[0], startsAt, endsAt: new Date(startsAt.getTime() + 1_800_000), location: 'Bərdə', applicationId: app.id });
    res = await as(session).get('/me/applications').expect(200);
    expect(res.body.data[0]).toMatchObject({ nextStep: 'attendInterview', interview: { location: 'Bərdə', startsAt: startsAt.toISOString() } });

    // Someone else's applications never show.
    const other = await f.loginAs(['applicant']);
    expect((await as(other).get('/me/applications').expect(200)).body.data).toEqual([]);
  });
});
