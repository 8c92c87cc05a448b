import { Client } from 'pg';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';

const base = () => process.env.E2E_BASE_URL!;
const login = async (email: string): Promise<string> =>
  (await request(base()).post('/api/v1/auth/login').send({ email, password: E2E_PASSWORD }).expect(200)).body.accessToken;

/** HR's screens are never empty on first start: two open vacancies, candidates at each stage, one hire with a staff account. */
describe('the demo organisation has a hiring pipeline', () => {
  let db: Client;
  let hr: string;
  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${process.env.E2E_DATABASE}`;
    db = new Client({ connectionString: url.toString() });
    await db.connect();
    hr = await login('hr@demo.dost.local');
  });
  afterAll(() => db.end());

  it('two open demo vacancies, candidates at every stage of the main line, one hire', async () => {
    const list = await request(base()).get('/api/v1/vacancies?status=open&perPage=100').set('Authorization', `Bearer ${hr}`).expect(200);
    const demo = (await db.query(`SELECT id FROM vacancies WHERE demo`)).rows.map((r: { id: string }) => r.id);
    const open = list.body.data.filter((v: { id: string }) => demo.includes(v.id));
    expect(open).toHaveLength(2);
    const stages = (await db.query(`SELECT DISTINCT stage FROM candidates WHERE demo`)).rows.map((r: { stage: string }) => r.stage).sort();
    expect(stages).toEqual(expect.arrayContaining(['contacted', 'hired', 'interview', 'offer', 'sourced']));
  });

  it('the hired alumnus has a staff account: coordinator of the vacancy\'s center, status staff, the volunteer history kept', async () => {
    const [row] = (await db.query(
      `SELECT v.status, v.approved_minutes, v.user_id, vac.center_id FROM candidates c JOIN volunteers v ON v.id = c.volunteer_id
         JOIN vacancies vac ON vac.id = c.vacancy_id WHERE c.demo AND c.stage = 'hired'`,
    )).rows;
    expect(row.status).toBe('staff');
    expect(row.approved_minutes).toBeGreaterThan(0);
    const roles = (await db.query(`SELECT role FROM user_roles WHERE user_id = $1 ORDER BY role`, [row.user_id])).rows.map((r: { role: string }) => r.role);
    expect(roles).toEqual(['coordinator', 'volunteer']);
    expect((await db.query(`SELECT 1 FROM coordinator_centers WHERE user_id = $1 AND center_id = $2`, [row.user_id, row.center_id])).rowCount).toBe(1);
  });

  it('HR\'s dashboard shows the funnel down to the hire, time to hire and the programme share', async () => {
    const d = (await request(base()).get('/api/v1/hiring/dashboard').set('Authorization', `Bearer ${hr}`).expect(200)).body;
    expect(d.funnel.volunteers).toBeGreaterThan(d.funnel.alumni);
    expect(d.funnel.alumni).toBeGreaterThanOrEqual(d.funnel.optedIn);
    expect(d.funnel.contacted).toBeGreaterThanOrEqual(d.funnel.interviewed);
    expect(d.funnel.hired).toBeGreaterThanOrEqual(1);
    expect(d.timeToHire.count).toBeGreaterThanOrEqual(1);
    expect(d.headline.fromProgramme).toBeGreaterThanOrEqual(1);
    expect(d.headline.sharePercent).not.toBeNull();
  });

  it('the alumna with a login sees the open vacancies and may apply', async () => {
    const token = await login('volunteer01@demo.dost.local');
    const mine = await request(base()).get('/api/v1/me/vacancies').set('Authorization', `Bearer ${token}`).expect(200);
    expect(mine.body.length).toBeGreaterThanOrEqual(2);
  });
});
