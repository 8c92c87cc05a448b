import { createTestApp, Factory, type TestApp } from '../../../test/test-app';
import { RecruitmentFactory, randomIp } from '../../../test/recruitment-factory';

/**
 * Issue 18, defect 3: bad input that reached PostgreSQL (or a service) and came back as a 500, some without
 * login. Each is a 400 problem+json naming the field, in the caller's language, and nothing is written.
 */
describe('input PostgreSQL cannot hold → 400 naming the field (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RecruitmentFactory;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
    r = new RecruitmentFactory(t, f);
    admin = (await f.loginAs(['admin'])).token;
  });
  afterAll(() => t.close());

  const counts = async () => (await t.db.query(`SELECT (SELECT count(*)::int FROM volunteers) AS v, (SELECT count(*)::int FROM users) AS u, (SELECT count(*)::int FROM events) AS e`))[0];
  const expectField = (res: { status: number; body: { errors?: { field: string; code: string; message: string }[] }; headers: Record<string, string> }, field: string, code: string) => {
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({ status: 400, type: expect.stringMatching(/application\/problem\+json/) });
    expect(res.body.errors).toContainEqual({ field, code, message: expect.any(String) });
  };

  it('a lone surrogate in the e-mail: login (no account needed), apply and users', async () => {
    const before = await counts();
    const login = await t.http().post('/api/v1/auth/login').set('X-Forwarded-For', randomIp()).set('Accept-Language', 'en').send({ email: '\ud800x', password: 'whatever-123' });
    expectField(login, 'email', 'malformedText');
    expect(login.body.errors[0].message).toBe('The text contains an invalid character. Delete it and type it again.');
    const intake = await r.intake();
    expectField(await r.submit(intake, r.application(intake, { email: '\ud800x@test.dost.local' })), 'email', 'malformedText');
    expectField(await t.http().post('/api/v1/users').set('Authorization', `Bearer ${admin}`).send({ email: '\ud800x', fullName: 'Test', roles: ['hr'] }), 'email', 'malformedText');
    // The other half of a pair alone is refused too; a whole pair (an emoji) is text like any other.
    expectField(await t.http().post('/api/v1/auth/login').set('X-Forwarded-For', randomIp()).send({ email: 'a\udc00@b.az', password: 'whatever-123' }), 'email', 'malformedText');
    await t.http().post('/api/v1/auth/login').set('X-Forwarded-For', randomIp()).send({ email: 'a@b.az', password: 'whatever-123😀' }).expect(401);
    expect(await counts()).toEqual({ ...before, u: before.u + 1 }); // the admin of r.intake() only
  });

  it('a NUL byte in any stored text: nested fields are named by their path; queries too', async () => {
    const intake = await r.intake();
    const before = await counts();
    expectField(await r.submit(intake, r.application(intake, { fullName: 'Leyla\u0000 Həsənova' })), 'fullName', 'nulCharacter');
    const nested = await r.submit(intake, r.application(intake, { education: { institution: 'BDU\u0000', faculty: 'X', year: 2022 } }), randomIp(), 'ru');
    expectField(nested, 'education.institution', 'nulCharacter');
    expect(nested.body.errors[0].message).toBe('Текст не должен содержать символ NUL.');
    expectField(await t.http().post('/api/v1/users').set('Authorization', `Bearer ${admin}`).send({ email: 'nul@test.dost.local', fullName: 'Te\u0000st', roles: ['hr'] }), 'fullName', 'nulCharacter');
    expectField(await t.http().get('/api/v1/applications').query({ search: 'a\u0000b' }).set('Authorization', `Bearer ${admin}`), 'search', 'nulCharacter');
    expect(await counts()).toEqual(before);
  });

  it('the year 0000 in a date or a timestamp', async () => {
    const intake = await r.intake();
    const before = await counts();
    expectField(await r.submit(intake, r.application(intake, { birthDate: '0000-04-15' })), 'birthDate', 'yearOutOfRange');
    const event = await t.http().post('/api/v1/events').set('Authorization', `Bearer ${admin}`).set('Accept-Language', 'az').send({
      name: { az: 'Forum', en: 'Forum', ru: 'Форум' }, venue: 'Bakı', startsAt: '0000-01-01T09:00:00+04:00', endsAt: '2030-01-01T18:00:00+04:00',
    });
    expectField(event, 'startsAt', 'yearOutOfRange');
    expect(event.body.errors[0].message).toBe('Tarixin ili 0001 ilə 9999 arasında olmalıdır.');
    expect(await counts()).toEqual(before);
  });

  it('POST /messages/preview {} names the missing segment', async () => {
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [(await f.center()).id] });
    const res = await t.http().post('/api/v1/messages/preview').set('Authorization', `Bearer ${coordinator.token}`).send({});
    expectField(res, 'segment', 'isNotEmpty');
  });
});
