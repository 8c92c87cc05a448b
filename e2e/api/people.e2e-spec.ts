import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';

const base = () => process.env.E2E_BASE_URL!;
const login = async (email: string) => (await request(base()).post('/api/v1/auth/login').send({ email, password: E2E_PASSWORD }).expect(200)).body.accessToken as string;

/** The demo as a new coordinator finds it: Russian speakers at Barda, a profile with its history and notes. */
describe('people on the demo (API)', () => {
  it('the Barda coordinator finds Russian speakers (B2 and up) of the center, and Ləman Quliyeva\'s profile has its history and notes', async () => {
    const token = await login('coordinator@demo.dost.local');
    const list = await request(base()).get('/api/v1/volunteers').query({ language: 'ru', minLevel: 'B2', perPage: 100 }).set('Authorization', `Bearer ${token}`).expect(200);
    expect(list.body.total).toBeGreaterThan(0);
    for (const v of list.body.data) {
      expect(v.languages.some((l: { language: string; level: string }) => l.language === 'ru' && ['B2', 'C1', 'C2'].includes(l.level))).toBe(true);
    }
    const leman = list.body.data.find((v: { email: string }) => v.email === 'volunteer05@demo.dost.local');
    expect(leman).toBeDefined();
    const profile = await request(base()).get(`/api/v1/volunteers/${leman.id}`).set('Authorization', `Bearer ${token}`).expect(200);
    // Oldest first: the history begins with the onboarding of the application.
    const oldest = profile.body.statusHistory[profile.body.statusHistory.length - 1];
    expect(oldest).toMatchObject({ from: 'applicant', to: 'active', actorName: expect.any(String) });
    expect(profile.body.notes.length).toBeGreaterThanOrEqual(2);
    // Every demo person has a history that starts somewhere.
    const all = await request(base()).get('/api/v1/volunteers').query({ perPage: 100 }).set('Authorization', `Bearer ${token}`).expect(200);
    for (const v of all.body.data.slice(0, 10)) {
      const p = await request(base()).get(`/api/v1/volunteers/${v.id}`).set('Authorization', `Bearer ${token}`).expect(200);
      if (v.email.endsWith('@demo.dost.local')) expect(p.body.statusHistory.length).toBeGreaterThan(0);
    }
  });
});
