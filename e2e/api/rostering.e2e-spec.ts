import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';

const base = () => process.env.E2E_BASE_URL!;
const login = async (email: string): Promise<string> =>
  (await request(base()).post('/api/v1/auth/login').send({ email, password: E2E_PASSWORD }).expect(200)).body.accessToken;

describe('rostering against the running app with its demo data', () => {
  it('the demo volunteer finds an open shift, signs up (idempotently), sees it in My shifts, and the coordinator sees the fill', async () => {
    const volunteer = await login('volunteer@demo.dost.local');
    const auth = { Authorization: `Bearer ${volunteer}` };
    const mine = await request(base()).get('/api/v1/me/shifts').set(auth).expect(200);
    expect(mine.body.data.length).toBeGreaterThanOrEqual(2);
    const open = await request(base()).get('/api/v1/me/open-shifts').query({ perPage: 100 }).set(auth).expect(200);
    expect(open.body.total).toBeGreaterThan(100);
    const pick = open.body.data.find((s: { eligible: boolean; centerId: string | null }) => s.eligible && s.centerId);
    expect(pick).toBeDefined();
    const first = await request(base()).post(`/api/v1/shifts/${pick.id}/signup`).set(auth).set('Idempotency-Key', `e2e-${pick.id}`).send({}).expect(201);
    const again = await request(base()).post(`/api/v1/shifts/${pick.id}/signup`).set(auth).set('Idempotency-Key', `e2e-${pick.id}`).send({}).expect(201);
    expect(again.body).toEqual(first.body);
    const after = await request(base()).get('/api/v1/me/shifts').set(auth).expect(200);
    expect(after.body.data.map((s: { id: string }) => s.id)).toContain(pick.id);

    const coordinator = await login('coordinator@demo.dost.local');
    const centers = await request(base()).get('/api/v1/centers').set('Authorization', `Bearer ${coordinator}`).expect(200);
    const barda = centers.body.data[0];
    const week = await request(base()).get(`/api/v1/rostering/centers/${barda.id}/week`).query({ start: pick.startsAt.slice(0, 10) })
      .set('Authorization', `Bearer ${coordinator}`);
    if (pick.centerId === barda.id) {
      const seen = week.body.shifts.find((s: { id: string }) => s.id === pick.id);
      expect(seen.assignedCount).toBe(pick.assignedCount + 1);
    } else {
      expect(week.status).toBe(200);
    }
  });

  it('the organiser sees the SOCGOV 2025 role board (staffed) and the future forum with gaps, and candidates by language', async () => {
    const organizer = await login('organizer@demo.dost.local');
    const auth = { Authorization: `Bearer ${organizer}` };
    const events = await request(base()).get('/api/v1/events').set(auth).expect(200);
    expect(events.body.data).toHaveLength(2);
    const socgov = events.body.data.find((e: { name: { en: string } }) => e.name.en.startsWith('SOCGOV'));
    const forum = events.body.data.find((e: { name: { en: string } }) => !e.name.en.startsWith('SOCGOV'));
    const past = await request(base()).get(`/api/v1/rostering/events/${socgov.id}/role-board`).set(auth).expect(200);
    expect(past.body.blocks).toHaveLength(2);
    expect(past.body.positions.length).toBe(6);
    expect(past.body.filled).toBeGreaterThan(0);
    const board = await request(base()).get(`/api/v1/rostering/events/${forum.id}/role-board`).set(auth).expect(200);
    expect(board.body.gaps.length).toBeGreaterThan(0);
    const turkish = board.body.positions.find((p: { code: string }) => p.code === 'protocol-tr');
    const cell = board.body.cells.find((c: { positionId: string }) => c.positionId === turkish.id);
    const candidates = await request(base()).get(`/api/v1/shifts/${cell.shiftIds[0]}/candidates`).query({ language: 'tr' }).set(auth).expect(200);
    expect(candidates.body.data.length).toBeGreaterThan(0);
    expect(candidates.body.data.every((c: { languages: { language: string }[] }) => c.languages.some((l) => l.language === 'tr'))).toBe(true);
  });
});
