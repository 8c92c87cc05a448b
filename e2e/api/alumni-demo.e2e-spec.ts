import { Client } from 'pg';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';

const base = () => process.env.E2E_BASE_URL!;
const login = async (email: string): Promise<string> =>
  (await request(base()).post('/api/v1/auth/login').send({ email, password: E2E_PASSWORD }).expect(200)).body.accessToken;

/** The demo's alumni are what HR and an alumnus see first: long records, consent for most, ratings, one login. */
describe('the demo organisation has alumni', () => {
  let db: Client;
  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${process.env.E2E_DATABASE}`;
    db = new Client({ connectionString: url.toString() });
    await db.connect();
  });
  afterAll(() => db.end());

  it('English-speaking (≥ B2) alumni with ≥ 200 approved hours are in the pool; some alumni have not consented', async () => {
    const rows = (await db.query(
      `SELECT v.email, v.approved_minutes AS minutes, v.languages,
              EXISTS (SELECT 1 FROM job_pool_consents c WHERE c.volunteer_id = v.id AND c.withdrawn_at IS NULL) AS consent
         FROM volunteers v JOIN alumni_profiles p ON p.volunteer_id = v.id WHERE v.demo AND v.status = 'alumni'`,
    )).rows as { email: string; minutes: number; languages: { language: string; level: string }[]; consent: boolean }[];
    expect(rows.length).toBeGreaterThanOrEqual(10);
    const englishLong = rows.filter((r) => r.consent && r.minutes >= 200 * 60 && r.languages.some((l) => l.language === 'en' && ['B2', 'C1', 'C2'].includes(l.level)));
    expect(englishLong.length).toBeGreaterThanOrEqual(3);
    expect(rows.some((r) => !r.consent)).toBe(true);
    const withdrawn = (await db.query(`SELECT count(*)::int AS n FROM job_pool_consents WHERE withdrawn_at IS NOT NULL`)).rows[0].n;
    expect(withdrawn).toBeGreaterThanOrEqual(1);
  });

  it('volunteer01 is an alumna with a career profile, the consent given and a ratings aggregate', async () => {
    const token = await login('volunteer01@demo.dost.local');
    const page = await request(base()).get('/api/v1/me/career').set('Authorization', `Bearer ${token}`).expect(200);
    expect(page.body).toMatchObject({ consent: { given: true }, availabilityKind: expect.any(String), institution: expect.any(String) });
    expect(page.body.ratings.count).toBeGreaterThan(0);
    expect(JSON.stringify(page.body)).not.toMatch(/comment/);
  });

  it('HR reads the ratings with comments of a consenting alumna; the coordinator sees the ratings given', async () => {
    const hr = await login('hr@demo.dost.local');
    const [{ id }] = (await db.query(`SELECT id FROM volunteers WHERE email = 'volunteer01@demo.dost.local'`)).rows;
    const ratings = await request(base()).get(`/api/v1/alumni/${id}/ratings`).set('Authorization', `Bearer ${hr}`).expect(200);
    expect(ratings.body.ratings.length).toBeGreaterThan(0);
    const coordinator = await login('coordinator@demo.dost.local');
    const given = await request(base()).get('/api/v1/volunteer-ratings/given').set('Authorization', `Bearer ${coordinator}`).expect(200);
    expect(given.body.total).toBeGreaterThan(0);
  });
});
