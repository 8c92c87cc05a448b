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
    // The seed gives him two upcoming Barda shifts; the swap browser spec, sharing this app, may have
    // handed one of them to a colleague already (jest orders the spec files by their last durations).
    expect(mine.body.data.length).toBeGreaterThanOrEqual(1);
    const open = await request(base()).get('/api/v1/me/open-shifts').query({ perPage: 100 }).set(auth).expect(200);
    expect(open.body.total).toBeGreaterThan(100);
    // Only his home center's shifts are his to take (the staffing pool); an auto-fill run by another spec on this demo
    // may have filled the nearest week, so look a few pages ahead.
    type Open = { id: string; eligible: boolean; centerId: string | null; startsAt: string; assignedCount: number; place: { en: string }; reason: { code: string } | null };
    const seen: Open[] = [...open.body.data];
    let pick = seen.find((s) => s.eligible && s.centerId);
    for (let page = 2; !pick && page <= 6; page += 1) {
      const more = await request(base()).get('/api/v1/me/open-shifts').query({ perPage: 100, page }).set(auth).expect(200);
      seen.push(...more.body.data);
      pick = (more.body.data as Open[]).find((s) => s.eligible && s.centerId);
    }
    if (!pick) {
      const why = seen.reduce<Record<string, number>>((m, s) => ({ ...m, [`${s.place.en}: ${s.reason?.code}`]: (m[`${s.place.en}: ${s.reason?.code}`] ?? 0) + 1 }), {});
      throw new Error(`no open shift the demo volunteer may take: ${JSON.stringify(why)}`);
    }
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
    // Also today's fair of the event-day desk demo (docs/event-desk.md), and whatever else later demos add.
    expect(events.body.data.length).toBeGreaterThanOrEqual(2);
    const socgov = events.body.data.find((e: { name: { en: string } }) => e.name.en.startsWith('SOCGOV 2025'));
    const forum = events.body.data.find((e: { name: { en: string } }) => e.name.en.startsWith('Youth and Digital Services Forum'));
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
