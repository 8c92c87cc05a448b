import { createTestApp, Factory, type TestApp } from '../../../test/test-app';

/**
 * Issue 18, defect 4: malformed bodies answered 404 instead of 400 / 413. The 404 itself came from the served
 * console (see e2e/api/malformed-body.e2e-spec.ts); here: the answers' shape, language and the array body.
 */
describe('malformed request bodies (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
    token = (await f.loginAs(['admin'])).token;
  });
  afterAll(() => t.close());

  const raw = (path: string, body: string, auth = true) => {
    const req = t.http().post(path).set('Content-Type', 'application/json').set('Accept-Language', 'en');
    return (auth ? req.set('Authorization', `Bearer ${token}`) : req).send(body);
  };

  it.each([
    ['a bare string', '"hello"'],
    ['a number', '42'],
    ['null', 'null'],
    ['NaN', 'NaN'],
    ['half an object', '{'],
    ['an array', '[1, 2]'],
    ['true', 'true'],
  ])('%s as the body of a write → 400 problem+json naming the body, on public and staff routes', async (_label, body) => {
    for (const [path, auth] of [['/api/v1/auth/login', false], ['/api/v1/centers', true], ['/api/v1/messages/preview', true]] as const) {
      const res = await raw(path, body, auth);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 400, errors: [{ field: 'body', code: 'jsonObject', message: expect.any(String) }] });
    }
  });

  it('a body over 100 KB → 413 problem+json in the caller\'s language', async () => {
    const res = await raw('/api/v1/auth/login', JSON.stringify({ email: 'a@b.az', password: 'x'.repeat(120_000) }), false);
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 413, title: expect.any(String), detail: expect.stringMatching(/100 KB/) });
    const az = await t.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send(JSON.stringify({ p: 'x'.repeat(120_000) }));
    expect(az.body.detail).toMatch(/100 KB/);
    expect(az.body.title).not.toBe(res.body.title);
  });
});
