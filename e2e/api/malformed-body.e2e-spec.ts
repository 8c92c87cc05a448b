import request from 'supertest';

const base = () => process.env.E2E_BASE_URL as string;

/**
 * Issue 18, defect 4, against the real process: there the console is served, and its static handler's error
 * hook turned every body-parser error on /api into a 404 (the test app of the int-specs serves no console).
 */
describe('malformed bodies against the running app (console served)', () => {
  const post = (path: string, body: string) =>
    request(base()).post(path).set('Content-Type', 'application/json').set('Accept-Language', 'en').send(body);

  it.each([['{'], ['NaN'], ['null'], ['"x"'], ['42'], ['[1]']])('%s → 400 problem+json naming the body', async (body) => {
    for (const path of ['/api/v1/auth/login', '/api/v1/public/applications/verify']) {
      const res = await post(path, body);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'body', code: 'jsonObject' })]);
    }
  });

  it('a body over 100 KB → 413 problem+json', async () => {
    const res = await post('/api/v1/auth/login', JSON.stringify({ email: 'a@b.az', password: 'x'.repeat(120_000) }));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.detail).toBe('What was sent is too large: at most 100 KB.');
  });

  it('the console itself is still served', async () => {
    const page = await request(base()).get('/').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });
});
