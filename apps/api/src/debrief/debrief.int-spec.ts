import { addDays, bakuDateOf, bakuInstant } from '@dost/domain';
import { asUser, startRosteringHttp, type RosteringHttp } from '../../test/rostering-factory';
import { RecruitmentFactory, randomIp } from '../../test/recruitment-factory';
import { ShiftAssignmentEntity } from '../rostering/entities/shift-assignment.entity';
import { EventStaffingAreaEntity } from '../rostering/entities/event-staffing-area.entity';
import { DebriefMailerService } from './debrief-mailer.service';

const HOUR = 3_600_000;

describe('debrief (issue 15): feedback form, organiser results, event intake', () => {
  let h: RosteringHttp;
  let api: ReturnType<typeof asUser>;
  beforeAll(async () => {
    h = await startRosteringHttp();
    api = asUser(() => h.url);
  });
  afterAll(() => h.t.close());

  /** An event that ended an hour ago, its organiser, two roles with shifts, and volunteers. */
  async function pastEvent() {
    const endsAt = new Date(Date.now() - HOUR);
    const event = await h.f.event({ startsAt: new Date(endsAt.getTime() - 8 * HOUR), endsAt, status: 'published' });
    const organiser = await h.f.loginAs(['organizer'], { eventIds: [event.id] });
    const protocol = await h.r.position({ eventId: event.id }, { nameAz: 'Protokol', nameEn: 'Protocol', nameRu: 'Протокол' });
    const desk = await h.r.position({ eventId: event.id }, { nameAz: 'Qeydiyyat', nameEn: 'Registration', nameRu: 'Регистрация' });
    const s1 = await h.r.shift(protocol, { startsAt: event.startsAt, endsAt: new Date(event.startsAt.getTime() + 4 * HOUR), slots: 3 });
    const s2 = await h.r.shift(desk, { startsAt: event.startsAt, endsAt: new Date(event.startsAt.getTime() + 4 * HOUR), slots: 3 });
    const vols = await h.r.volunteers(5);
    const assign = (shiftId: string, volunteerId: string, status: string) =>
      h.t.db.getRepository(ShiftAssignmentEntity).save({ shiftId, volunteerId, status: status as never, source: 'coordinator' as never });
    await assign(s1.id, vols[0].volunteer.id, 'completed');
    await assign(s1.id, vols[1].volunteer.id, 'completed');
    await assign(s2.id, vols[2].volunteer.id, 'completed');
    await assign(s2.id, vols[3].volunteer.id, 'no_show');
    // vols[4] never served there.
    const day = bakuDateOf(event.startsAt.getTime());
    const entry = (v: number, positionId: string | null, minutes: number, status: string) =>
      h.t.db.query(
        `INSERT INTO hour_entries (volunteer_id, source, position_id, event_id, work_date, minutes, original_minutes, category, status, created_by)
         VALUES ($1, 'manual', $2, $3, $4, $5, $5, 'other', $6, $1)`,
        [vols[v].volunteer.id, positionId, event.id, day, minutes, status],
      );
    await entry(0, protocol.id, 240, 'approved');
    await entry(1, protocol.id, 225, 'approved');
    await entry(1, protocol.id, 60, 'pending');
    await entry(2, desk.id, 240, 'approved');
    await entry(2, desk.id, 30, 'rejected');
    await entry(0, null, 90, 'approved');
    return { event, organiser, protocol, desk, vols };
  }

  it('one answer per person; an anonymous answer keeps no volunteer id; the debrief sums the approved ledger per role', async () => {
    const { event, organiser, protocol, desk, vols } = await pastEvent();
    const form = await api(vols[0].token).get(`/me/event-feedback/${event.id}`).expect(200);
    expect(form.body).toMatchObject({ open: true, responded: false, event: { id: event.id } });
    // Someone who did not serve there (or missed the shift) has no form.
    await api(vols[4].token).get(`/me/event-feedback/${event.id}`).expect(404);
    await api(vols[3].token).post(`/me/event-feedback/${event.id}`, { organisation: 5, briefing: 5, roleClarity: 5, again: 5, anonymous: false }).expect(404);

    const answer = { organisation: 4, briefing: 3, roleClarity: 5, again: 5, comment: 'Brifinq qısa idi.', anonymous: true };
    await api(vols[0].token).post(`/me/event-feedback/${event.id}`, answer).expect(201);
    const again = await api(vols[0].token).post(`/me/event-feedback/${event.id}`, { ...answer, anonymous: false }).set('Accept-Language', 'az').expect(409);
    expect(again.body).toMatchObject({ code: 'FEEDBACK_ALREADY_GIVEN', detail: 'Bu tədbir haqqında rəyinizi artıq göndərmisiniz. Təşəkkür edirik!' });
    const rows: { volunteer_id: string | null; anonymous: boolean }[] = await h.t.db.query(`SELECT volunteer_id, anonymous FROM event_feedback WHERE event_id = $1`, [event.id]);
    expect(rows).toEqual([{ volunteer_id: null, anonymous: true }]);
    expect((await api(vols[0].token).get(`/me/event-feedback/${event.id}`).expect(200)).body.responded).toBe(true);

    await api(vols[1].token).post(`/me/event-feedback/${event.id}`, { organisation: 2, briefing: 4, roleClarity: 3, again: 4, comment: 'Növbə uzun idi.', anonymous: false }).expect(201);
    const bad = await api(vols[2].token).post(`/me/event-feedback/${event.id}`, { organisation: 6, briefing: 0, roleClarity: 3, again: 4, anonymous: 'no' }).set('Accept-Language', 'az').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['anonymous', 'briefing', 'organisation']);

    const d = (await api(organiser.token).get(`/events/${event.id}/debrief`).expect(200)).body;
    expect(d).toMatchObject({ invited: 3, responded: 2, responseRate: 2 / 3, approvedMinutes: 240 + 225 + 240 + 90, noShows: 1 });
    expect(d.questions.organisation).toEqual({ counts: [0, 1, 0, 1, 0], answers: 2, average: 3 });
    const byRole = Object.fromEntries(d.roles.map((r: { positionId: string | null; approvedMinutes: number; noShows: number; volunteers: number }) => [r.positionId ?? 'none', r]));
    expect(byRole[protocol.id]).toMatchObject({ approvedMinutes: 465, volunteers: 2, noShows: 0, name: { az: 'Protokol' } });
    expect(byRole[desk.id]).toMatchObject({ approvedMinutes: 240, volunteers: 1, noShows: 1 });
    expect(byRole.none).toMatchObject({ approvedMinutes: 90, name: null });
    // The same minutes as the ledger's approved rows at the event (what certificates count).
    const [{ sum }] = await h.t.db.query(`SELECT sum(minutes)::int AS sum FROM hour_entries WHERE event_id = $1 AND status = 'approved'`, [event.id]);
    expect(d.approvedMinutes).toBe(sum);
    // Comments: the anonymous one without a name.
    expect(d.comments).toEqual(expect.arrayContaining([
      expect.objectContaining({ comment: 'Brifinq qısa idi.', anonymous: true, volunteerName: null }),
      expect.objectContaining({ comment: 'Növbə uzun idi.', anonymous: false, volunteerName: vols[1].volunteer.fullName }),
    ]));

    // Another event's organiser: 404; a volunteer: 403.
    const other = await h.f.loginAs(['organizer'], { eventIds: [] });
    await api(other.token).get(`/events/${event.id}/debrief`).expect(404);
    await api(vols[0].token).get(`/events/${event.id}/debrief`).expect(403);
  });

  it('the job mails each volunteer who served once, when the event has ended', async () => {
    const { event } = await pastEvent();
    const mailer = h.t.app.get(DebriefMailerService);
    await mailer.sendDue(new Date());
    await mailer.sendDue(new Date());
    const mails: { n: number }[] = await h.t.db.query(
      `SELECT count(*)::int AS n FROM notification_deliveries WHERE template = 'event-feedback-request' AND props->>'feedbackUrl' LIKE $1`, [`%${event.id}`]);
    expect(mails[0].n).toBe(3);
  });

  it('event intake: the organiser opens it with own questions; the application records the event and its days; closed refuses in az', async () => {
    // Two Baku days, 20 days ahead: 09:00 on the first to 18:00 on the second.
    const first = addDays(bakuDateOf(Date.now()), 20);
    const event = await h.f.event({
      startsAt: new Date(bakuInstant(first, '09:00')), endsAt: new Date(bakuInstant(addDays(first, 1), '18:00')), status: 'published', nameEn: `Debrief Summit ${Date.now()}`,
    });
    const center = await h.f.center();
    await h.t.db.getRepository(EventStaffingAreaEntity).save({ eventId: event.id, regions: [], centerIds: [center.id] });
    const organiser = await h.f.loginAs(['organizer'], { eventIds: [event.id] });
    const slug = `summit-${Date.now().toString(36)}`;
    const questions = [{ id: 'tshirt', kind: 'single', required: true, label: { az: 'Köynək ölçüsü', en: 'T-shirt size', ru: 'Размер футболки' },
      options: ['s', 'm', 'l'].map((id) => ({ id, label: { az: id, en: id, ru: id } })) }];
    const put = (body: object) => h.t.http().put(`/api/v1/events/${event.id}/intake`).set('Authorization', `Bearer ${organiser.token}`).set('Accept-Language', 'az').send(body);
    const six = await put({ status: 'open', slug, questions: Array.from({ length: 6 }, (_, i) => ({ ...questions[0], id: `q${i}` })) }).expect(400);
    expect(six.body.errors[0]).toMatchObject({ field: 'questions', message: 'Ən çoxu 5 sual ola bilər.' });
    const saved = (await put({ status: 'open', slug, questions }).expect(200)).body;
    expect(saved.intake).toMatchObject({ status: 'open', centerIds: [center.id], event: { id: event.id, slug } });
    expect(saved.intake.event.days).toEqual([first, addDays(first, 1)]);

    const pub = (await h.t.http().get(`/api/v1/public/event-intakes/${slug}`).expect(200)).body;
    expect(pub.id).toBe(saved.intake.id);
    const rf = new RecruitmentFactory(h.t, h.f);
    const intake = { id: pub.id, centerIds: pub.centerIds, consentVersion: pub.consentVersion };
    const days = pub.event.days as string[];
    const wrongDay = await rf.submit(intake, rf.application(intake, { eventDays: [addDays(days[0], -1)] })).expect(400);
    expect(wrongDay.body.errors).toEqual([expect.objectContaining({ field: 'eventDays.0', message: 'Bu gün tədbirin günlərindən deyil.' })]);
    const applied = await rf.submit(intake, rf.application(intake, { eventDays: [days[1]], answers: { tshirt: 'l' } })).expect(201);
    const [app] = await h.t.db.query(`SELECT event_id, event_days, answers FROM applications WHERE id = $1`, [applied.body.id]);
    expect(app).toEqual({ event_id: event.id, event_days: [days[1]], answers: { tshirt: 'l' } });
    // Recruitment lists filter by the event.
    const admin = await h.f.loginAs(['admin']);
    const list = await api(admin.token).get(`/applications?eventId=${event.id}`).expect(200);
    expect(list.body.data.map((a: { id: string }) => a.id)).toEqual([applied.body.id]);
    expect(list.body.data[0].event).toMatchObject({ id: event.id, name: { en: event.nameEn } });

    // Closed: the public page is gone and the form refuses with the intake's localised error.
    await put({ status: 'closed' }).expect(200);
    await h.t.http().get(`/api/v1/public/event-intakes/${event.id}`).expect(404);
    const refused = await rf.submit(intake, rf.application(intake, { eventDays: [days[0]] }), randomIp(), 'az').expect(409);
    expect(refused.body).toMatchObject({ code: 'INTAKE_CLOSED', detail: 'Bu qəbul hazırda müraciət qəbul etmir.' });
    // Another event's organiser cannot see or edit it.
    const other = await h.f.loginAs(['organizer'], { eventIds: [] });
    await h.t.http().get(`/api/v1/events/${event.id}/intake`).set('Authorization', `Bearer ${other.token}`).expect(404);
  });
});
