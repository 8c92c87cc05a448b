import { Client } from 'pg';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';

const base = () => process.env.E2E_BASE_URL!;
const login = async (email: string) => (await request(base()).post('/api/v1/auth/login').send({ email, password: E2E_PASSWORD }).expect(200)).body.accessToken as string;
const get = (token: string, path: string) => request(base()).get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).expect(200);

interface Expiring { volunteerId: string; fullName: string; code: string; daysLeft: number; trainingSessionId: string | null }

/**
 * The demo shows qualifications on first start (docs/qualifications.md): the catalogue, a first-aid training at
 * Barda whose two attendees' first aid ends in 12 days, Tural's and one more ending in 25 days, and the coordinator's
 * "work to do" counting exactly the list it links to. Read-only: other specs may grant, never to these rows.
 */
describe('qualifications in the demo', () => {
  it('the catalogue has the codes positions name; the Barda coordinator sees three first-aid grants expiring within 30 days and the training that granted two', async () => {
    const coordinator = await login('coordinator@demo.dost.local');
    const catalogue = (await get(coordinator, '/qualifications')).body.data.map((q: { code: string }) => q.code);
    expect(catalogue).toEqual(expect.arrayContaining(['first-aid', 'protocol-training', 'e-gov-training']));

    const expiring: Expiring[] = (await get(coordinator, '/qualifications/expiring')).body.data;
    const demo = expiring.filter((e) => e.code === 'first-aid');
    expect(demo.filter((d) => d.daysLeft === 12 && d.trainingSessionId)).toHaveLength(2);
    // One more Barda volunteer's, and Tural's while he is a volunteer of the center.
    expect(demo.filter((d) => d.daysLeft === 25 && !d.trainingSessionId).length).toBeGreaterThanOrEqual(1);

    const sessions = (await get(coordinator, '/training-sessions')).body.data;
    expect(sessions).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'first-aid', trainer: 'Aysel Məmmədova (Qırmızı Aypara)', attendees: 2 })]));

    const work = (await get(coordinator, '/dashboard/work-to-do')).body.items;
    expect(work.find((i: { kind: string }) => i.kind === 'expiringQualifications')).toMatchObject({ count: expiring.length, link: '/qualifications/expiring' });
  });

  it("Tural's own first aid is flagged on his record (what his profile shows)", async () => {
    const url = new URL(process.env.DATABASE_URL as string);
    url.pathname = `/${process.env.E2E_DATABASE}`;
    const db = new Client({ connectionString: url.toString() });
    await db.connect();
    const [{ id }] = (await db.query<{ id: string }>(`SELECT id FROM volunteers WHERE email = 'volunteer@demo.dost.local'`)).rows;
    await db.end();
    const admin = await login('admin@dost.local');
    const held = (await get(admin, `/volunteers/${id}/qualifications`)).body.data;
    expect(held).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'first-aid', daysLeft: 25, expiringSoon: true, evidenceFileName: 'ilk-yardim-sertifikati.pdf' })]));
  });

  it('Barda has a protocol desk (Russian B2 + protocol training) with upcoming shifts, and Russian speakers there without protocol training — Ləman Quliyeva, whom the staff note recommends', async () => {
    const url = new URL(process.env.DATABASE_URL as string);
    url.pathname = `/${process.env.E2E_DATABASE}`;
    const db = new Client({ connectionString: url.toString() });
    await db.connect();
    try {
      const shifts = (await db.query<{ n: string }>(
        `SELECT count(*) AS n FROM shifts s JOIN positions p ON p.id = s.position_id JOIN centers c ON c.id = s.center_id
          WHERE c.code = 'barda' AND p.code = 'protocol-desk' AND p.requirements -> 'qualifications' ? 'protocol-training' AND s.starts_at > now()`,
      )).rows[0];
      expect(Number(shifts.n)).toBeGreaterThan(3);
      const leman = (await db.query<{ languages: { language: string; level: string }[]; protocol: boolean }>(
        `SELECT v.languages, EXISTS (SELECT 1 FROM volunteer_qualifications q WHERE q.volunteer_id = v.id AND q.code = 'protocol-training') AS protocol
           FROM volunteers v JOIN centers c ON c.id = v.home_center_id WHERE c.code = 'barda' AND v.email = 'volunteer05@demo.dost.local'`,
      )).rows[0];
      expect(leman.languages).toEqual(expect.arrayContaining([{ language: 'ru', level: 'B2' }]));
      // Other specs may grant her protocol training; on a fresh demo she has none (the seed's rule: every third has it).
      const notes = (await db.query<{ body: string }>(`SELECT n.body FROM volunteer_notes n JOIN volunteers v ON v.id = n.volunteer_id WHERE v.email = 'volunteer05@demo.dost.local'`)).rows;
      expect(notes.map((n) => n.body).join(' ')).toContain('Protokol köməkçisi');
    } finally {
      await db.end();
    }
  });
});
