import { createTestApp, Factory, type TestApp } from '../../test/test-app';
import { latestDelivery, tokenOf } from '../../test/mail-helpers';
import { RecruitmentFactory, randomIp, type TestIntake } from '../../test/recruitment-factory';
import { APPLY_PER_IP_PER_HOUR } from './apply.service';

describe('recruitment (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RecruitmentFactory;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
    r = new RecruitmentFactory(t, f);
  });
  afterAll(() => t.close());

  const counts = async () => {
    const [row] = await t.db.query(`SELECT
      (SELECT count(*)::int FROM applications) AS applications, (SELECT count(*)::int FROM volunteers) AS volunteers,
      (SELECT count(*)::int FROM consent_records) AS consents, (SELECT count(*)::int FROM notification_deliveries) AS mails,
      (SELECT count(*)::int FROM application_transitions) AS transitions`);
    return row;
  };
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function submitted(intake: TestIntake, values: Record<string, unknown> = {}) {
    const body = r.application(intake, values);
    const res = await r.submit(intake, body);
    expect(res.status).toBe(201);
    return { body, res: res.body as { id: string; number: number; statusToken: string } };
  }

  async function verified(intake: TestIntake, values: Record<string, unknown> = {}) {
    const s = await submitted(intake, values);
    const mail = await latestDelivery(t.db, String(s.body.email), 'email-verification');
    await t.http().post('/api/v1/public/applications/verify').send({ statusToken: s.res.statusToken, code: mail!.props.code }).expect(200);
    return s;
  }

  it('the whole way: apply → verify → screening → interview (slot, .ics, reschedule) → offered → accepted → checklist → onboarded volunteer with an invitation', async () => {
    const intake = await r.intake();
    const open = await t.http().get('/api/v1/public/intakes').expect(200);
    const listed = open.body.find((i: { id: string }) => i.id === intake.id);
    expect(listed).toMatchObject({ minAge: 18, maxAge: 35, consentVersion: 1, consentText: { az: expect.stringContaining('razıyam') } });
    expect(listed.centers).toHaveLength(2);

    const { body, res } = await submitted(intake);
    expect(res).toMatchObject({ status: 'submitted', emailVerified: false, number: expect.any(Number) });
    // Nobody is created or linked before the e-mail is verified (issue 18).
    expect(await t.db.query(`SELECT * FROM volunteers WHERE email = $1`, [body.email])).toHaveLength(0);
    const [consent] = await t.db.query(`SELECT version, locale, given_at, withdrawn_at FROM consent_records WHERE application_id = $1`, [res.id]);
    expect(consent).toMatchObject({ version: 1, locale: 'az', withdrawn_at: null });
    expect(consent.given_at).toBeInstanceOf(Date);

    // Screening waits for the e-mail.
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [intake.centerIds[0]] });
    const stranger = await f.loginAs(['coordinator'], { centerIds: [(await f.center()).id] });
    const early = await t.http().post(`/api/v1/applications/${res.id}/transitions`).set(bearer(coordinator.token)).send({ to: 'screening' }).expect(409);
    expect(early.body.code).toBe('EMAIL_NOT_VERIFIED');

    const mail = await latestDelivery(t.db, String(body.email), 'email-verification');
    expect(mail?.props.code).toMatch(/^\d{6}$/);
    const wrong = await t.http().post('/api/v1/public/applications/verify').set('Accept-Language', 'en')
      .send({ statusToken: res.statusToken, code: mail!.props.code === '000000' ? '111111' : '000000' }).expect(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'wrongCode', message: 'The code is wrong.' })]);
    // The link works as well as the code.
    await t.http().post('/api/v1/public/applications/verify').send({ token: tokenOf(String(mail!.props.verifyUrl)) }).expect(200);
    const person = (await t.db.query(`SELECT * FROM volunteers WHERE email = $1`, [body.email]))[0];
    expect(person).toMatchObject({ fin: body.fin, phone: '+994501234567', status: 'applicant' });
    expect((await t.db.query(`SELECT volunteer_id FROM applications WHERE id = $1`, [res.id]))[0].volunteer_id).toBe(person.id);
    const received = await latestDelivery(t.db, String(body.email), 'application-received');
    expect(received?.props.statusUrl).toContain(`token=${res.statusToken}`);

    const status = await t.http().get(`/api/v1/public/application-status?token=${encodeURIComponent(res.statusToken)}`).expect(200);
    expect(status.body).toMatchObject({ status: 'submitted', emailVerified: true, canWithdraw: true, firstName: 'Leyla', consent: { version: 1 } });

    // Scope: the coordinator of a chosen center sees it, another coordinator gets 404.
    const list = await t.http().get(`/api/v1/applications?intakeId=${intake.id}`).set(bearer(coordinator.token)).expect(200);
    expect(list.body.data.map((a: { id: string }) => a.id)).toContain(res.id);
    expect(list.body.data[0].fin).toMatch(/^\*{5}..$/);
    await t.http().get(`/api/v1/applications/${res.id}`).set(bearer(stranger.token)).expect(404);
    await t.http().post(`/api/v1/applications/${res.id}/transitions`).set(bearer(stranger.token)).send({ to: 'screening' }).expect(404);

    const move = (to: string, extra: Record<string, unknown> = {}) =>
      t.http().post(`/api/v1/applications/${res.id}/transitions`).set(bearer(coordinator.token)).send({ to, ...extra });
    await move('screening').expect(200);
    const illegal = await move('accepted').expect(409);
    expect(illegal.body.code).toBe('ILLEGAL_MOVE');
    await move('interview').expect(200);
    expect((await latestDelivery(t.db, String(body.email), 'interview-invitation'))?.props.slotsUrl).toContain('application-status');

    // Slots at the coordinator's center; the applicant picks one from the status page, then another.
    const slot = (h: number) => t.http().post(`/api/v1/intakes/${intake.id}/interview-slots`).set(bearer(coordinator.token))
      .send({ centerId: intake.centerIds[0], startsAt: `2031-03-0${h}T10:00:00+04:00`, endsAt: `2031-03-0${h}T10:30:00+04:00`, location: 'Bərdə, otaq 2' });
    const s1 = (await slot(1).expect(201)).body;
    const s2 = (await slot(2).expect(201)).body;
    const seen = await t.http().get(`/api/v1/public/application-status?token=${encodeURIComponent(res.statusToken)}`).expect(200);
    expect(seen.body.slots.map((s: { id: string }) => s.id)).toEqual([s1.id, s2.id]);
    await t.http().post('/api/v1/public/application-status/interview').send({ token: res.statusToken, slotId: s1.id }).expect(200);
    const confirmed = await latestDelivery(t.db, String(body.email), 'interview-confirmed');
    expect(confirmed?.attachments[0]).toMatchObject({ filename: 'interview.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST' });
    expect(confirmed?.attachments[0].content).toContain('BEGIN:VEVENT');
    const moved = await t.http().post('/api/v1/public/application-status/interview').send({ token: res.statusToken, slotId: s2.id }).expect(200);
    expect(moved.body.interview.slotId).toBe(s2.id);
    const [{ holder }] = await t.db.query(`SELECT application_id AS holder FROM interview_slots WHERE id = $1`, [s1.id]);
    expect(holder).toBeNull();

    // Scores on the rubric, then the offer and acceptance.
    const scored = await t.http().put(`/api/v1/applications/${res.id}/scores`).set(bearer(coordinator.token)).send({ scores: { motivation: 5, communication: 4 } }).expect(200);
    expect(scored.body.score).toBe(4.5);
    await t.http().put(`/api/v1/applications/${res.id}/scores`).set(bearer(coordinator.token)).send({ scores: { motivation: 6 } }).expect(400);
    await move('offered').expect(200);
    await move('accepted').expect(200);
    expect(await latestDelivery(t.db, String(body.email), 'application-accepted')).toBeDefined();

    const incomplete = await move('onboarded').expect(409);
    expect(incomplete.body.code).toBe('CHECKLIST_INCOMPLETE');
    for (const item of ['orientation', 'training', 'agreement']) {
      await t.http().post(`/api/v1/applications/${res.id}/checklist`).set(bearer(coordinator.token)).send({ item, done: true }).expect(200);
    }
    const done = await move('onboarded').expect(200);
    expect(done.body.status).toBe('onboarded');
    const volunteer = (await t.db.query(`SELECT * FROM volunteers WHERE id = $1`, [person.id]))[0];
    expect(volunteer).toMatchObject({ status: 'active', home_center_id: intake.centerIds[0] });
    expect(volunteer.user_id).toEqual(expect.any(String));
    const history = await t.db.query(`SELECT from_status, to_status, actor_user_id FROM volunteer_status_changes WHERE volunteer_id = $1`, [person.id]);
    expect(history).toEqual([{ from_status: 'applicant', to_status: 'active', actor_user_id: coordinator.userId }]);
    const invitation = await latestDelivery(t.db, String(body.email), 'account-invitation');
    expect(invitation?.props.setPasswordUrl).toContain('set-password');
    const roles = await t.db.query(`SELECT role FROM user_roles WHERE user_id = $1`, [volunteer.user_id]);
    expect(roles).toEqual([{ role: 'volunteer' }]);

    const detail = await t.http().get(`/api/v1/applications/${res.id}`).set(bearer(coordinator.token)).expect(200);
    expect(detail.body.timeline.map((x: { to: string }) => x.to)).toEqual(['submitted', 'screening', 'interview', 'offered', 'accepted', 'onboarded']);
    expect(detail.body.timeline[1]).toMatchObject({ from: 'submitted', actorName: 'Test coordinator', actorId: coordinator.userId });
    expect(detail.body.canRevealFin).toBe(false);
  });

  it.each([
    ['FİN too short', { fin: 'ABC12' }, 'fin', 'finLength'],
    ['FİN with wrong characters', { fin: 'AB$C12D' }, 'fin', 'finCharacters'],
    ['FİN with an O', { fin: 'ABCO123' }, 'fin', 'finLetterIorO'],
    ['phone not +994', { phone: '+7 912 345 67 89' }, 'phone', 'azPhone'],
    ['phone nonsense', { phone: '12' }, 'phone', 'azPhone'],
    ['age below the limit', { birthDate: `${new Date().getFullYear() - 16}-01-01` }, 'birthDate', 'tooYoung'],
    ['age above the limit', { birthDate: '1970-01-01' }, 'birthDate', 'tooOld'],
    ['not a date', { birthDate: '2001-02-30' }, 'birthDate', 'isoDate'],
    ['missing consent', { consentAccepted: undefined }, 'consentAccepted', 'consentRequired'],
    ['consent refused', { consentAccepted: false }, 'consentAccepted', 'consentRequired'],
    ['old consent version', { consentVersion: 7 }, 'consentVersion', 'consentOutdated'],
    ['unknown center', { centerIds: ['00000000-0000-4000-8000-000000000000'] }, 'centerIds.0', 'unknownCenter'],
    ['no center', { centerIds: [] }, 'centerIds', 'chooseCenter'],
    ['bad e-mail', { email: 'leyla@' }, 'email', 'isEmail'],
    ['empty name', { fullName: '' }, 'fullName', 'isNotEmpty'],
    ['bad CEFR level', { languages: [{ language: 'en', level: 'D1' }] }, 'languages.0.level', 'isIn'],
    ['no availability', { availability: [] }, 'availability', 'chooseAvailability'],
    ['bad half-day', { availability: ['mon-night'] }, 'availability', 'isIn'],
    ['short motivation', { motivation: 'qısa' }, 'motivation', 'minLength'],
    ['missing education year', { education: { institution: 'BDU', faculty: 'Tarix' } }, 'education.year', 'isNotEmpty'],
    ['required question unanswered', { answers: {} }, 'answers.tshirt', 'isNotEmpty'],
    ['choice not offered', { answers: { tshirt: 'xxl' } }, 'answers.tshirt', 'isIn'],
    ['unknown question', { answers: { tshirt: 'm', shoe: '42' } }, 'answers.shoe', 'unknownQuestion'],
  ])('bad input (%s) → 400 on the field in the chosen language, and nothing is created', async (_name, values, field, code) => {
    const intake = await r.intake();
    const before = await counts();
    const res = await r.submit(intake, r.application(intake, values), randomIp(), 'en');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code, message: expect.any(String) })]));
    expect(await counts()).toEqual(before);
  });

  it('education is asked of students only (issue 19): someone working applies without it; a student without it is told which field', async () => {
    const intake = await r.intake();
    const { education: _e, ...noEducation } = r.application(intake);
    const worker = await r.submit(intake, { ...noEducation, occupation: 'working' }).expect(201);
    const [row] = await t.db.query(`SELECT occupation, education FROM applications WHERE id = $1`, [worker.body.id]);
    expect(row).toEqual({ occupation: 'working', education: null });

    const before = await counts();
    const student = await r.submit(intake, { ...noEducation, email: `student-${Date.now()}@test.dost.local`, occupation: 'student' }, randomIp(), 'en').expect(400);
    expect(student.body.errors).toEqual([expect.objectContaining({ field: 'education', code: 'requiredForStudents', message: 'Students must fill in this field.' })]);
    const blank = await r.submit(intake, r.application(intake, { occupation: 'student', education: { institution: '', faculty: 'Tarix', year: 2026 } }), randomIp(), 'az').expect(400);
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'education.institution', code: 'requiredForStudents', message: 'Tələbələr üçün bu sahə mütləqdir.' })]);
    // Neither said nor given: the question is the missing field. An older client that sends education alone still applies (not asked).
    const silent = await r.submit(intake, noEducation, randomIp(), 'en').expect(400);
    expect(silent.body.errors).toEqual([expect.objectContaining({ field: 'occupation', code: 'isNotEmpty' })]);
    const unknown = await r.submit(intake, { ...noEducation, occupation: 'retired' }, randomIp(), 'en').expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'occupation', code: 'isIn' })]);
    expect(await counts()).toEqual(before);

    const older = await r.submit(intake, r.application(intake)).expect(201);
    const [old] = await t.db.query(`SELECT occupation, education FROM applications WHERE id = $1`, [older.body.id]);
    expect(old).toEqual({ occupation: null, education: expect.objectContaining({ institution: 'Bakı Dövlət Universiteti' }) });
    const studentOk = await r.submit(intake, r.application(intake, { occupation: 'student' })).expect(201);

    // Staff see what was said on the application's detail.
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [intake.centerIds[0]] });
    const detail = await t.http().get(`/api/v1/applications/${worker.body.id}`).set(bearer(coordinator.token)).expect(200);
    expect(detail.body).toMatchObject({ occupation: 'working', education: null });
    const studentDetail = await t.http().get(`/api/v1/applications/${studentOk.body.id}`).set(bearer(coordinator.token)).expect(200);
    expect(studentDetail.body).toMatchObject({ occupation: 'student', education: { faculty: 'Beynəlxalq münasibətlər', year: 2022 } });
  });

  it('one answer names every mistake: the form\'s field errors and the intake\'s checks together, nothing created', async () => {
    const intake = await r.intake();
    const before = await counts();
    const tooYoung = `${new Date().getFullYear() - 16}-01-01`;
    const res = await r.submit(intake, r.application(intake, { fin: 'ABC12', birthDate: tooYoung }), randomIp(), 'en').expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'fin', code: 'finLength', message: expect.any(String) }),
      expect.objectContaining({ field: 'birthDate', code: 'tooYoung', message: expect.any(String) }),
    ]);
    // Also consent, the intake's required question and an unknown center, each reported once.
    const many = await r.submit(intake, r.application(intake, {
      email: 'leyla@', consentAccepted: false, answers: {}, centerIds: ['00000000-0000-4000-8000-000000000000'],
    }), randomIp(), 'en').expect(400);
    expect(many.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual(
      ['answers.tshirt:isNotEmpty', 'centerIds.0:unknownCenter', 'consentAccepted:consentRequired', 'email:isEmail'],
    );
    // A check whose own field failed in the form is not run on the bad value.
    const badDate = await r.submit(intake, r.application(intake, { fin: 'ABC12', birthDate: '2001-02-30' }), randomIp(), 'en').expect(400);
    expect(badDate.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(['fin:finLength', 'birthDate:isoDate']);
    expect(await counts()).toEqual(before);
  });

  it('a center that exists but is not in the intake is refused too', async () => {
    const intake = await r.intake();
    const other = await f.center();
    const before = await counts();
    const res = await r.submit(intake, r.application(intake, { centerIds: [other.id] })).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'centerIds.0', code: 'notInIntake' })]);
    expect(await counts()).toEqual(before);
  });

  it('messages come in Azerbaijani by default and in Russian on request', async () => {
    const intake = await r.intake();
    const az = await r.submit(intake, r.application(intake, { fin: 'ABC' }), randomIp(), 'az').expect(400);
    expect(az.body.errors[0].message).toBe('FİN 7 simvoldan ibarət olmalıdır.');
    const ru = await r.submit(intake, r.application(intake, { fin: 'ABC' }), randomIp(), 'ru').expect(400);
    expect(ru.body.errors[0].message).toBe('ФИН состоит из 7 символов.');
  });

  // Issue 18: these two tests asserted 409 ALREADY_APPLIED / IDENTITY_MISMATCH from the public form, answers that
  // told anyone whether an e-mail or FİN is known. The form now answers 201 alike; the person is linked (and a
  // duplicate withdrawn) only at verification — see apply-identity.int-spec.ts for the conflicts.
  it('one active application per person and intake: the second is answered like any other, and withdrawn as a duplicate once verified; after withdrawing, the returning applicant is linked to the same person', async () => {
    const intake = await r.intake();
    const { body, res } = await verified(intake);
    const again = (await r.submit(intake, { ...body }, randomIp(), 'en').expect(201)).body;
    const code = (await latestDelivery(t.db, String(body.email), 'email-verification'))!.props.code;
    await t.http().post('/api/v1/public/applications/verify').send({ statusToken: again.statusToken, code }).expect(200);
    const dup = await t.http().get(`/api/v1/public/application-status?token=${encodeURIComponent(again.statusToken)}`).expect(200);
    expect(dup.body.status).toBe('withdrawn');
    const [{ reason }] = await t.db.query(`SELECT reason FROM application_transitions WHERE application_id = $1 AND to_status = 'withdrawn'`, [again.id]);
    expect(reason).toBe(`duplicate of #${res.number}`);

    const withdrawn = await t.http().post('/api/v1/public/application-status/withdraw').send({ token: res.statusToken }).expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', canWithdraw: false });
    await t.http().post('/api/v1/public/application-status/withdraw').send({ token: res.statusToken }).expect(409);

    const back = (await r.submit(intake, { ...body, fullName: 'Leyla Həsənova-Əliyeva' }).expect(201)).body;
    const backCode = (await latestDelivery(t.db, String(body.email), 'email-verification'))!.props.code;
    await t.http().post('/api/v1/public/applications/verify').send({ statusToken: back.statusToken, code: backCode }).expect(200);
    const people = await t.db.query(`SELECT id, full_name FROM volunteers WHERE fin = $1`, [body.fin]);
    expect(people).toHaveLength(1);
    const [{ volunteer_id, status }] = await t.db.query(`SELECT volunteer_id, status FROM applications WHERE id = $1`, [back.id]);
    expect({ volunteer_id, status }).toEqual({ volunteer_id: people[0].id, status: 'submitted' });
    expect(people[0].full_name).toBe('Leyla Həsənova-Əliyeva');
  });

  it('the same person submitting several times at once: the same 201 each time; verified, one person with exactly one active application', async () => {
    const intake = await r.intake();
    const body = r.application(intake);
    const answers = await Promise.all(Array.from({ length: 6 }, () => r.submit(intake, body)));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const mails = await t.db.query(`SELECT props FROM notification_deliveries WHERE to_email = $1 AND template = 'email-verification'`, [body.email]);
    expect(mails).toHaveLength(6);
    const verified = await Promise.all(mails.map((m: { props: { verifyUrl: string } }) =>
      t.http().post('/api/v1/public/applications/verify').send({ token: tokenOf(m.props.verifyUrl) })));
    expect(verified.map((v) => v.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const rows = await t.db.query(`SELECT status, volunteer_id FROM applications WHERE email = $1`, [body.email]);
    expect(rows.filter((a: { status: string }) => a.status !== 'withdrawn')).toHaveLength(1);
    expect(new Set(rows.map((a: { volunteer_id: string }) => a.volunteer_id)).size).toBe(1);
    const [{ p }] = await t.db.query(`SELECT count(*)::int AS p FROM volunteers WHERE email = $1`, [body.email]);
    expect(p).toBe(1);
  });

  it('withdrawing consent records when, and withdraws the application', async () => {
    const intake = await r.intake();
    const { res } = await submitted(intake);
    const out = await t.http().post('/api/v1/public/application-status/withdraw-consent').send({ token: res.statusToken }).expect(200);
    expect(out.body.status).toBe('withdrawn');
    expect(out.body.consent.withdrawnAt).toEqual(expect.any(String));
    await t.http().get(`/api/v1/public/application-status?token=${res.id}.forged`).expect(400);
  });

  it('capacity: accepting beyond it waitlists the person with a mail; rejection needs a reason and sends it kindly; bulk moves mail each person', async () => {
    const intake = await r.intake({ capacity: 1 });
    const admin = intake.adminToken;
    const ids: string[] = [];
    const emails: string[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await verified(intake);
      ids.push(s.res.id);
      emails.push(String(s.body.email));
    }
    for (const to of ['screening', 'interview', 'offered']) {
      const bulk = await t.http().post('/api/v1/applications/bulk-transitions').set(bearer(admin)).send({ ids, to }).expect(200);
      expect(bulk.body.results.every((x: { ok: boolean }) => x.ok)).toBe(true);
    }
    expect(await latestDelivery(t.db, emails[2], 'interview-invitation')).toBeDefined();
    const accept = await t.http().post('/api/v1/applications/bulk-transitions').set(bearer(admin)).send({ ids: ids.slice(0, 2), to: 'accepted' }).expect(200);
    expect(accept.body.results.map((x: { status: string }) => x.status)).toEqual(['accepted', 'waitlisted']);
    expect(await latestDelivery(t.db, emails[1], 'application-waitlisted')).toBeDefined();
    expect(await latestDelivery(t.db, emails[1], 'application-accepted')).toBeUndefined();

    const noReason = await t.http().post(`/api/v1/applications/${ids[2]}/transitions`).set(bearer(admin)).send({ to: 'rejected' }).expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    await t.http().post(`/api/v1/applications/${ids[2]}/transitions`).set(bearer(admin)).send({ to: 'rejected', reason: 'Bu dəfə yerlər doldu' }).expect(200);
    expect((await latestDelivery(t.db, emails[2], 'application-rejected'))?.props.reason).toBe('Bu dəfə yerlər doldu');
    const full = await t.http().post(`/api/v1/applications/${ids[1]}/transitions`).set(bearer(admin)).send({ to: 'accepted' }).expect(409);
    expect(full.body.code).toBe('CAPACITY_FULL');

    const hr = await f.loginAs(['hr']);
    const refused = await t.http().post(`/api/v1/applications/${ids[1]}/transitions`).set(bearer(hr.token)).send({ to: 'rejected', reason: 'x' }).expect(403);
    expect(refused.body.code).toBe('NOT_ALLOWED');
  });

  it('exports escape formulas, mask the FİN except for admin/HR, and are audited; every FİN read is audited', async () => {
    const intake = await r.intake();
    const { body, res } = await submitted(intake, { fullName: '=HYPERLINK("http://evil","x")' });
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [intake.centerIds[0]] });
    const csv = await t.http().get(`/api/v1/applications/export?intakeId=${intake.id}`).set(bearer(coordinator.token)).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv.text).not.toContain(String(body.fin));
    expect(csv.text).toContain(`*****${String(body.fin).slice(-2)}`);
    // Headers and stages in the exporting user's language: Azerbaijani by default, Russian on request.
    expect(csv.text.split('\r\n')[0]).toBe('\uFEFFNömrə,Qəbul,Mərhələ,"Ad, soyad",FİN,Doğum tarixi,Yaş,E-poçt,Telefon,Dillər,Uyğun vaxtlar,Mərkəzlər,E-poçt təsdiqlənib,Bal,Müraciət tarixi');
    expect(csv.text.split('\r\n')[1]).toContain(',Göndərilib,');
    const ru = await t.http().get(`/api/v1/applications/export?intakeId=${intake.id}`).set(bearer(coordinator.token)).set('Accept-Language', 'ru').expect(200);
    expect(ru.text.split('\r\n')[0]).toMatch(/^\uFEFFНомер,Набор,Этап,ФИО,ФИН,/);
    expect(ru.text.split('\r\n')[1]).toContain(',Подана,');

    const admin = await f.loginAs(['admin']);
    const full = await t.http().get(`/api/v1/applications/export?intakeId=${intake.id}`).set(bearer(admin.token)).expect(200);
    expect(full.text).toContain(String(body.fin));
    const xlsx = await t.http().get(`/api/v1/applications/export?intakeId=${intake.id}&format=xlsx`).set(bearer(admin.token))
      .buffer(true).parse((response, cb) => { const chunks: Buffer[] = []; response.on('data', (c: Buffer) => chunks.push(c)); response.on('end', () => cb(null, Buffer.concat(chunks))); }).expect(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as never);
    // A plain string cell: never evaluated, and no apostrophe on show (as on a phone's `+994…`).
    const sheet = book.getWorksheet('applications')!;
    const cell = sheet.getRow(2).getCell(4);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://evil","x")');
    expect(sheet.getRow(2).getCell(9).value).toBe('+994501234567');
    expect(sheet.getRow(1).getCell(3).value).toBe('Mərhələ');
    expect(sheet.getRow(2).getCell(3).value).toBe('Göndərilib');

    await t.http().get(`/api/v1/applications/${res.id}/fin`).set(bearer(coordinator.token)).expect(403);
    const fin = await t.http().get(`/api/v1/applications/${res.id}/fin`).set(bearer(admin.token)).expect(200);
    expect(fin.body.fin).toBe(body.fin);
    const audit = await t.db.query(`SELECT action, actor_id FROM audit_log WHERE action IN ('recruitment.export', 'recruitment.finRead') AND actor_id = ANY($1) ORDER BY at`, [[coordinator.userId, admin.userId]]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['recruitment.export', 'recruitment.export', 'recruitment.export', 'recruitment.export', 'recruitment.finRead']);
  });

  it('the public form is rate-limited per address', async () => {
    const intake = await r.intake();
    const ip = randomIp();
    for (let i = 0; i < APPLY_PER_IP_PER_HOUR; i++) await r.submit(intake, r.application(intake, { fin: 'X' }), ip).expect(400);
    const limited = await r.submit(intake, r.application(intake), ip).expect(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('filters: status, language level, availability, age, search', async () => {
    const intake = await r.intake();
    const a = await submitted(intake, { fullName: 'Aynur Filtrova', languages: [{ language: 'ru', level: 'C1' }], availability: ['mon-am'], birthDate: '1995-01-01' });
    await submitted(intake, { fullName: 'Bəhruz Filtrov', languages: [{ language: 'ru', level: 'A2' }], availability: ['sun-pm'], birthDate: '2004-01-01' });
    const admin = intake.adminToken;
    const ids = async (q: string) => (await t.http().get(`/api/v1/applications?intakeId=${intake.id}&${q}`).set(bearer(admin)).expect(200)).body.data.map((x: { id: string }) => x.id);
    expect(await ids('language=ru&minLevel=B2')).toEqual([a.res.id]);
    expect(await ids('availability=mon-am')).toEqual([a.res.id]);
    expect(await ids('minAge=28')).toEqual([a.res.id]);
    expect(await ids('q=aynur')).toEqual([a.res.id]);
    expect(await ids(`q=${a.body.fin}`)).toEqual([a.res.id]);
    expect(await ids('status=submitted,screening')).toHaveLength(2);
    await t.http().get(`/api/v1/applications?status=nonsense`).set(bearer(admin)).expect(400);
  });
});
