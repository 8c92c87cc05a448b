import { createTestApp, Factory, type TestApp } from '../../test/test-app';
import { loadConfig } from './app-config';

/** Issue 18, defect 5: a forged X-Forwarded-For reset the login and apply limits from any loopback client. */
describe('TRUST_PROXY (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    // As in production by default: no proxy trusted.
    t = await createTestApp({ loginRateLimit: 3, trustProxy: 'off' });
    f = new Factory(t);
  });
  afterAll(() => t.close());

  it('is off unless configured, and refuses a value Express would misread', () => {
    expect(loadConfig({}, { databaseUrl: 'postgres://x/y', jwtSecret: 'x'.repeat(32) }).trustProxySetting).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }, { databaseUrl: 'postgres://x/y', jwtSecret: 'x'.repeat(32) }).trustProxySetting).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }, { databaseUrl: 'postgres://x/y', jwtSecret: 'x'.repeat(32) }).trustProxySetting)
      .toEqual(['loopback', '10.0.0.0/8']);
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' }, { databaseUrl: 'postgres://x/y', jwtSecret: 'x'.repeat(32) })).toThrow(/TRUST_PROXY/);
  });

  it('off: a forged X-Forwarded-For does not give a guesser a fresh address (the limit still answers 429)', async () => {
    const { email, password } = await f.user(['volunteer']);
    for (let i = 0; i < 3; i++) {
      await t.http().post('/api/v1/auth/login').set('X-Forwarded-For', `10.180.0.${i + 1}`).send({ email, password: 'guess-guess-1' }).expect(401);
    }
    const blocked = await t.http().post('/api/v1/auth/login').set('X-Forwarded-For', '10.180.0.99').send({ email, password }).expect(429);
    expect(blocked.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('loopback configured: the proxy on this machine names the client, so each client is counted on its own', async () => {
    const behind = await createTestApp({ loginRateLimit: 3, trustProxy: 'loopback' });
    try {
      const g = new Factory(behind);
      const { email, password } = await g.user(['volunteer']);
      for (let i = 0; i < 3; i++) {
        await behind.http().post('/api/v1/auth/login').set('X-Forwarded-For', '10.181.0.1').send({ email, password: 'guess-guess-1' }).expect(401);
      }
      await behind.http().post('/api/v1/auth/login').set('X-Forwarded-For', '10.181.0.1').send({ email, password }).expect(429);
      await behind.http().post('/api/v1/auth/login').set('X-Forwarded-For', '10.181.0.2').send({ email, password }).expect(200);
    } finally {
      await behind.close();
    }
  });
});
