import { randomUUID } from 'node:crypto';
import { createTestApp, Factory, type TestApp } from '../../../test/test-app';

/**
 * Issue 18, the contract's hygiene: every string and list in a request has a bound, stated in the OpenAPI
 * document (Spectral, `npm run api:lint`) AND enforced — too long is a 400 problem+json naming the field in the
 * caller's language, and nothing is written.
 */
describe('length and size bounds of request bodies (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
    admin = (await f.loginAs(['admin'])).token;
  });
  afterAll(() => t.close());

  const bearer = () => ({ Authorization: `Bearer ${admin}` });
  const refused = (res: { status: number; headers: Record<string, string>; body: { errors?: unknown[] } }) => {
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    return res.body.errors;
  };

  it('a user\'s name of 201 characters is refused, one of 200 is kept', async () => {
    const tooLong = await t.http().post('/api/v1/users').set(bearer()).set('Accept-Language', 'en')
      .send({ email: 'long-name@test.dost.local', fullName: 'Ə'.repeat(201), roles: ['hr'] });
    expect(refused(tooLong)).toEqual([{ field: 'fullName', code: 'maxLength', message: 'Must be at most 200 characters.' }]);
    expect(await t.db.query(`SELECT 1 FROM users WHERE email = 'long-name@test.dost.local'`)).toHaveLength(0);

    const atLimit = await t.http().post('/api/v1/users').set(bearer()).send({ email: 'long-name@test.dost.local', fullName: 'Ə'.repeat(200), roles: ['hr'] });
    expect(atLimit.status).toBe(201);
  });

  it('a nested field (a center\'s Azerbaijani name) is named by its path, in Azerbaijani by default', async () => {
    const res = await t.http().post('/api/v1/centers').set(bearer())
      .send({ code: 'bounds-test', kind: 'regional_center', region: 'Test', address: 'Bakı', name: { az: 'x'.repeat(201), en: 'Barda', ru: 'Барда' } });
    expect(refused(res)).toEqual([{ field: 'name.az', code: 'maxLength', message: 'Ən çoxu 200 simvol ola bilər.' }]);
    expect(await t.db.query(`SELECT 1 FROM centers WHERE code = 'bounds-test'`)).toHaveLength(0);
  });

  it('a list longer than its bound is refused (a user\'s centers: at most 500)', async () => {
    const centerIds = Array.from({ length: 501 }, () => randomUUID());
    const res = await t.http().post('/api/v1/users').set(bearer()).set('Accept-Language', 'ru')
      .send({ email: 'many-centers@test.dost.local', fullName: 'Kamran Əliyev', roles: ['coordinator'], centerIds });
    expect(refused(res)).toEqual([{ field: 'centerIds', code: 'arrayMaxSize', message: 'Количество не должно превышать 500.' }]);
  });

  it('a date-time that is no longer a plausible one (a shift\'s start) is refused before it reaches the database', async () => {
    const startsAt = `2030-01-01T09:00:00.${'0'.repeat(60)}+04:00`;
    const res = await t.http().post('/api/v1/shifts').set(bearer()).set('Accept-Language', 'en')
      .send({ centerId: randomUUID(), positionId: randomUUID(), startsAt, endsAt: '2030-01-01T13:00:00+04:00', slots: 1 });
    expect(refused(res)).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'startsAt', code: 'maxLength' })]));
  });

  it('a non-working day that is not a date is a 400 naming it, not a database error', async () => {
    const res = await t.http().delete('/api/v1/non-working-days/not-a-date').set(bearer()).set('Accept-Language', 'en');
    expect(refused(res)).toEqual([expect.objectContaining({ field: 'date', code: 'isIsoDate' })]);
  });

  it('a public certificate code longer than any printed one is an unknown code (404), not a lookup', async () => {
    const res = await t.http().get(`/api/v1/public/certificates/${'A'.repeat(41)}`).set('Accept-Language', 'en');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('the served OpenAPI document states the bounds the validation enforces', async () => {
    const doc = (await t.http().get('/api/docs-json').expect(200)).body;
    const user = doc.components.schemas.CreateUserDto.properties;
    expect(user.fullName.maxLength).toBe(200);
    expect(user.email.maxLength).toBe(254);
    expect(user.centerIds).toMatchObject({ maxItems: 500, items: { format: 'uuid', maxLength: 36 } });
    const shifts = doc.paths['/api/v1/shifts/{id}'].get;
    expect(shifts.parameters.find((p: { name: string }) => p.name === 'id').schema).toEqual({ type: 'string', format: 'uuid', maxLength: 36 });
    expect(Object.keys(shifts.responses)).toEqual(expect.arrayContaining(['400', '401', '403', '404', '500']));
    expect(shifts.responses['404'].content['application/problem+json'].schema.$ref).toBe('#/components/schemas/Problem');
  });
});
