import { addDays, bakuDateOf } from '@dost/domain';
import request from 'supertest';
import { asUser, startRosteringHttp, type RosteringHttp, type TestVolunteer } from '../../test/rostering-factory';
import { NotificationDeliveryEntity } from '../notifications/entities/notification-delivery.entity';
import type { CenterEntity } from '../organisation/entities/center.entity';

/**
 * The hiring pipeline over real HTTP on a real PostgreSQL: consent gate, the whole pipeline to hired (staff
 * account, status, audit, funnel), mails in the candidate's language with the .ics, a stale parallel move,
 * the alumnus's own applications.
 */
describe('hiring', () => {
  let h: RosteringHttp;
  let as: ReturnType<typeof asUser>;
  let hr: { token: string; userId: string };
  let center: CenterEntity;
  const today = bakuDateOf(Date.now());

  beforeAll(async () => {
    h = await startRosteringHttp();
    as = asUser(() => h.url);
    hr = await h.f.loginAs(['hr']);
    center = await h.f.center();
  });
  afterAll(() => h.t.close());

  async function alumnus(o: { consent?: boolean; locale?: 'az' | 'en' | 'ru'; status?: 'alumni' | 'active' } = {}): Promise<TestVolunteer> {
    const v = await h.r.volunteer({ status: o.status ?? 'alumni', locale: o.locale ?? 'az', homeCenterId: center.id, approvedMinutes: 250 * 60 });
    if (o.consent ?? true) {
      await h.t.db.query(
        `INSERT INTO job_pool_consents (volunteer_id, consent_version_id, version, locale, given_at)
         SELECT $1, id, version, 'az', now() FROM job_pool_consent_versions ORDER BY version DESC LIMIT 1`, [v.volunteer.id]);
    }
    return v;
  }

  async function vacancy(values: object = {}): Promise<{ id: string }> {
    const res = await as(hr.token).post('/vacancies', {
      title: 'Mərkəz koordinatoru', centerId: center.id, description: 'Bərdə mərkəzində koordinator', opensOn: addDays(today, -1), closesOn: addDays(today, 30),
      posts: 1, openToAlumni: true, staffRole: 'coordinator', requirements: { languages: [{ language: 'en', level: 'B2' }], minHours: 200 }, ...values,
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  const move = (id: string, to: string, version: number) => as(hr.token).post(`/candidates/${id}/move`, { to, version });
  const dashboard = async () => (await as(hr.token).get('/hiring/dashboard')).body;
  const mails = (email: string) => h.t.db.getRepository(NotificationDeliveryEntity).find({ where: { toEmail: email }, order: { createdAt: 'ASC' } });

  it('a vacancy needs a center or a department, and a coordinator post needs a center (per-field 400)', async () => {
    const res = await as(hr.token).post('/vacancies', { title: 'X', opensOn: today, staffRole: 'coordinator', department: 'Kadrlar' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['centerId']);
    const none = await as(hr.token).post('/vacancies', { title: 'X', opensOn: today, staffRole: 'staff' });
    expect(none.body.errors.map((e: { field: string }) => e.field)).toEqual(['department']);
  });

  it('a coordinator and a volunteer never reach the pipeline (403)', async () => {
    const coord = await h.f.loginAs(['coordinator'], { centerIds: [center.id] });
    expect((await as(coord.token).get('/vacancies')).status).toBe(403);
    const v = await alumnus();
    expect((await as(v.token).get('/hiring/dashboard')).status).toBe(403);
  });

  it('an alumnus without a live job-pool consent cannot be added; a withdrawn consent counts as none', async () => {
    const vac = await vacancy();
    const never = await alumnus({ consent: false });
    const res = await as(hr.token).post(`/vacancies/${vac.id}/candidates`, { volunteerId: never.volunteer.id });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('NO_CONSENT');
    const withdrew = await alumnus();
    await h.t.db.query('UPDATE job_pool_consents SET withdrawn_at = now() WHERE volunteer_id = $1', [withdrew.volunteer.id]);
    expect((await as(hr.token).post(`/vacancies/${vac.id}/candidates`, { volunteerId: withdrew.volunteer.id })).body.code).toBe('NO_CONSENT');
    const [{ n }] = await h.t.db.query('SELECT count(*)::int AS n FROM candidates WHERE vacancy_id = $1', [vac.id]);
    expect(n).toBe(0);
  });

  it('the whole pipeline to hired: staff account, status, history, audit, funnel and mails in the candidate\'s language', async () => {
    const before = await dashboard();
    const vac = await vacancy();
    const p = await alumnus({ locale: 'en' });
    const added = await as(hr.token).post(`/vacancies/${vac.id}/candidates`, { volunteerId: p.volunteer.id, note: 'Güclü ingilis dili' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ stage: 'sourced', source: 'sourced', version: 1, allowedMoves: ['contacted', 'declined', 'withdrawn'] });
    const dup = await as(hr.token).post(`/vacancies/${vac.id}/candidates`, { volunteerId: p.volunteer.id });
    expect(dup.body.code).toBe('ALREADY_CANDIDATE');

    const id = added.body.id as string;
    let c = (await move(id, 'contacted', 1)).body;
    expect(c).toMatchObject({ stage: 'contacted', version: 2 });
    // Skipping the interview is refused.
    expect((await move(id, 'offer', 2)).body.code).toBe('ILLEGAL_MOVE');

    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    const interview = await as(hr.token).post(`/candidates/${id}/interviews`, {
      startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 45 * 60_000).toISOString(), place: 'Bərdə, Heydər Əliyev pr. 5',
    });
    expect(interview.status).toBe(201);
    expect(interview.body).toMatchObject({ stage: 'interview', version: 3 });
    expect(interview.body.interviews).toHaveLength(1);

    c = (await move(id, 'offer', 3)).body;
    expect(c.stage).toBe('offer');
    const hired = await move(id, 'hired', 4);
    expect(hired.status).toBe(200);
    expect(hired.body).toMatchObject({ stage: 'hired', allowedMoves: [] });
    expect(hired.body.hiredAt).toBeTruthy();

    // The staff account: coordinator of the vacancy's center, the volunteer role and history kept.
    const roles = (await h.t.db.query('SELECT role FROM user_roles WHERE user_id = $1 ORDER BY role', [p.userId])).map((r: { role: string }) => r.role);
    expect(roles).toEqual(['coordinator', 'volunteer']);
    expect(await h.t.db.query('SELECT 1 FROM coordinator_centers WHERE user_id = $1 AND center_id = $2', [p.userId, center.id])).toHaveLength(1);
    const [person] = await h.t.db.query('SELECT status, approved_minutes FROM volunteers WHERE id = $1', [p.volunteer.id]);
    expect(person).toEqual({ status: 'staff', approved_minutes: 250 * 60 });
    const statusRows = await h.t.db.query('SELECT from_status, to_status FROM volunteer_status_changes WHERE volunteer_id = $1 ORDER BY at DESC LIMIT 1', [p.volunteer.id]);
    expect(statusRows[0]).toEqual({ from_status: 'alumni', to_status: 'staff' });
    expect(await h.t.db.query(`SELECT 1 FROM audit_log WHERE action = 'hiring.hired' AND entity_id = $1`, [id])).toHaveLength(1);

    const detail = (await as(hr.token).get(`/candidates/${id}`)).body;
    expect(detail.history.map((x: { toStage: string }) => x.toStage)).toEqual(['sourced', 'contacted', 'interview', 'offer', 'hired']);
    expect(detail.notes[0].body).toBe('Güclü ingilis dili');

    // The funnel counts the person on every candidate step, and the headline counts one more programme hire.
    const after = await dashboard();
    expect(after.funnel.contacted - before.funnel.contacted).toBe(1);
    expect(after.funnel.interviewed - before.funnel.interviewed).toBe(1);
    expect(after.funnel.hired - before.funnel.hired).toBe(1);
    expect(after.headline.fromProgramme - before.headline.fromProgramme).toBe(1);
    expect(after.timeToHire.count).toBeGreaterThanOrEqual(1);
    const month = after.byMonth.find((m: { month: string }) => m.month === today.slice(0, 7));
    expect(month.hired).toBeGreaterThanOrEqual(1);

    // Mails: invitation, interview (with the .ics), offer — all in English, the candidate's language.
    const sent = await mails(p.volunteer.email);
    expect(sent.map((m) => [m.template, m.locale])).toEqual([
      ['vacancy-invitation', 'en'], ['vacancy-interview', 'en'], ['vacancy-offer', 'en'],
    ]);
    const ics = sent[1].attachments[0];
    expect(ics.filename).toBe('interview.ics');
    expect(ics.content).toContain('BEGIN:VEVENT');
    expect(ics.content).toContain(`job-interview-${id}@dost`);

    // A second post is needed for a second hire: the vacancy had one.
    const q = await alumnus();
    const c2 = (await as(hr.token).post(`/vacancies/${vac.id}/candidates`, { volunteerId: q.volunteer.id })).body.id as string;
    await move(c2, 'contacted', 1);
    await move(c2, 'interview', 2);
    await move(c2, 'offer', 3);
    expect((await move(c2, 'hired', 4)).body.code).toBe('POSTS_FILLED');
  });

  it('hiring a person without a login creates the staff account in the move: role per the vacancy, the invitation in their language, audited', async () => {
    const vac = await vacancy();
    const p = await alumnus({ locale: 'ru' });
    // Most alumni never had a login (paper sign-up, or recruitment before accounts): the record alone, its own e-mail.
    const email = `hire-${p.volunteer.id.slice(0, 8)}@example.test`;
    await h.t.db.query('UPDATE volunteers SET user_id = NULL, email = $2 WHERE id = $1', [p.volunteer.id, email]);
    const id = (await as(hr.token).post(`/vacancies/${vac.id}/candidates`, { volunteerId: p.volunteer.id })).body.id as string;
    await move(id, 'contacted', 1);
    await move(id, 'interview', 2);
    await move(id, 'offer', 3);
    const hired = await move(id, 'hired', 4);
    expect(hired.status).toBe(200);
    expect(hired.body.stage).toBe('hired');

    const [v] = await h.t.db.query('SELECT user_id, status FROM volunteers WHERE id = $1', [p.volunteer.id]);
    expect(v.status).toBe('staff');
    expect(v.user_id).toBeTruthy();
    const [u] = await h.t.db.query('SELECT email, locale, password_hash FROM users WHERE id = $1', [v.user_id]);
    expect(u).toEqual({ email, locale: 'ru', password_hash: null });
    const roles = (await h.t.db.query('SELECT role FROM user_roles WHERE user_id = $1 ORDER BY role', [v.user_id])).map((r: { role: string }) => r.role);
    expect(roles).toEqual(['coordinator', 'volunteer']);
    expect(await h.t.db.query('SELECT 1 FROM coordinator_centers WHERE user_id = $1 AND center_id = $2', [v.user_id, center.id])).toHaveLength(1);
    const sent = await mails(email);
    expect(sent.map((m) => [m.template, m.locale])).toContainEqual(['account-invitation', 'ru']);
    const [audit] = await h.t.db.query(`SELECT details FROM audit_log WHERE action = 'hiring.hired' AND entity_id = $1`, [id]);
    expect(audit.details).toMatchObject({ userId: v.user_id, accountCreated: true });
  });

  it('two HR members move the same card at once: one wins, the other gets 409 and nothing is doubled', async () => {
    const vac = await vacancy();
    const p = await alumnus();
    const id = (await as(hr.token).post(`/vacancies/${vac.id}/candidates`, { volunteerId: p.volunteer.id })).body.id as string;
    const hr2 = await h.f.loginAs(['hr']);
    const [a, b] = await Promise.all([
      as(hr.token).post(`/candidates/${id}/move`, { to: 'contacted', version: 1 }),
      as(hr2.token).post(`/candidates/${id}/move`, { to: 'declined', version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.status === 409)?.body.code).toBe('STALE_MOVE');
    const rows = await h.t.db.query('SELECT to_stage FROM candidate_stage_changes WHERE candidate_id = $1', [id]);
    expect(rows).toHaveLength(2);
    expect((await mails(p.volunteer.email))).toHaveLength(1);
  });

  it('not selected: the kind mail goes out in Russian for a Russian-speaking candidate', async () => {
    const vac = await vacancy();
    const p = await alumnus({ locale: 'ru' });
    const id = (await as(hr.token).post(`/vacancies/${vac.id}/candidates`, { volunteerId: p.volunteer.id })).body.id as string;
    expect((await move(id, 'declined', 1)).body.stage).toBe('declined');
    expect((await move(id, 'contacted', 2)).body.code).toBe('FINAL_STAGE');
    const sent = await mails(p.volunteer.email);
    expect(sent.map((m) => [m.template, m.locale])).toEqual([['vacancy-not-selected', 'ru']]);
  });

  it('an alumnus sees open-to-alumni vacancies, applies once, sees the application and withdraws it; others do not get in', async () => {
    const open = await vacancy({ title: 'Açıq vakansiya' });
    const closed = await vacancy({ title: 'Yalnız daxili', openToAlumni: false });
    const p = await alumnus({ consent: false });
    const list = (await as(p.token).get('/me/vacancies')).body as { id: string; myApplicationId: string | null }[];
    expect(list.some((v) => v.id === open.id)).toBe(true);
    expect(list.some((v) => v.id === closed.id)).toBe(false);
    expect((await as(p.token).post(`/me/vacancies/${closed.id}/apply`)).status).toBe(404);

    const applied = await as(p.token).post(`/me/vacancies/${open.id}/apply`);
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ stage: 'sourced', mayWithdraw: true });
    expect((await as(p.token).post(`/me/vacancies/${open.id}/apply`)).body.code).toBe('ALREADY_CANDIDATE');
    const board = (await as(hr.token).get(`/vacancies/${open.id}/candidates`)).body as { id: string; source: string }[];
    expect(board.find((c) => c.id === applied.body.id)?.source).toBe('applied');
    // HR contacts the applicant: no "we invite you to apply" mail to someone who applied.
    expect((await move(applied.body.id, 'contacted', 1)).body.stage).toBe('contacted');
    expect((await mails(p.volunteer.email)).map((m) => m.template)).not.toContain('vacancy-invitation');

    // Someone else's application is not theirs to withdraw.
    const other = await alumnus();
    expect((await request(h.url).post(`/api/v1/me/job-applications/${applied.body.id}/withdraw`).set('Authorization', `Bearer ${other.token}`).send({})).status).toBe(404);
    const w = await as(p.token).post(`/me/job-applications/${applied.body.id}/withdraw`, { reason: 'Başqa iş tapdım' });
    expect(w.status).toBe(200);
    expect(w.body).toMatchObject({ stage: 'withdrawn', mayWithdraw: false });

    const active = await alumnus({ status: 'active' });
    const refused = await as(active.token).get('/me/vacancies');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('NOT_ALUMNI');
  });

  it('exports the dashboard as XLSX and CSV', async () => {
    const x = await request(h.url).get('/api/v1/hiring/dashboard/export?format=xlsx').set('Authorization', `Bearer ${hr.token}`);
    expect(x.status).toBe(200);
    expect(x.headers['content-type']).toContain('spreadsheetml');
    const c = await request(h.url).get('/api/v1/hiring/dashboard/export?format=csv').set('Authorization', `Bearer ${hr.token}`).set('Accept-Language', 'az');
    expect(c.status).toBe(200);
    expect(c.text).toContain('Könüllülər');
  });
});
