import { addDays, bakuDateOf, mondayOf } from '@dost/domain';
import request from 'supertest';
import type { Factory, TestApp } from '../../test/test-app';
import { type RosteringFactory, startRosteringHttp } from '../../test/rostering-factory';
import { RosterRunsService } from './roster-runs.service';

describe('auto-roster runs (real PostgreSQL, over HTTP, the engine in a worker thread)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  let url: string;
  let runs: RosterRunsService;

  beforeAll(async () => {
    ({ t, f, r, url } = await startRosteringHttp());
    runs = t.app.get(RosterRunsService);
  });
  afterAll(() => t.close());

  const api = () => request(url);
  // Next week, Monday to Wednesday, 09:00–13:00 Baku.
  const monday = addDays(mondayOf(bakuDateOf(Date.now())), 7);
  const at = (dayOffset: number, hour: number) => new Date(`${addDays(monday, dayOffset)}T${String(hour).padStart(2, '0')}:00:00+04:00`);

  async function centerWithShifts() {
    const center = await f.center();
    const greeter = await r.position({ centerId: center.id });
    const desk = await r.position({ centerId: center.id }, { nameAz: 'İngilisdilli məlumat masası', nameEn: 'English info desk', nameRu: 'Англоязычная стойка', requirements: { languages: [{ language: 'en', minLevel: 'B2' }] } });
    const shifts = [
      await r.shift(greeter, { startsAt: at(0, 9), endsAt: at(0, 13), slots: 2 }),
      await r.shift(greeter, { startsAt: at(1, 9), endsAt: at(1, 13), slots: 2 }),
      await r.shift(desk, { startsAt: at(2, 9), endsAt: at(2, 13), slots: 1 }),
    ];
    const volunteers = await r.volunteers(3, { homeCenterId: center.id });
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    return { center, shifts, volunteers, coordinator };
  }

  const start = (token: string, body: object) => api().post('/api/v1/roster-runs').set('Authorization', `Bearer ${token}`).send(body);
  const read = (token: string, id: string, lang = 'az') => api().get(`/api/v1/roster-runs/${id}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', lang);

  it('fills the week, explains the gap in Azerbaijani, and applies in one go with a mail to each person', async () => {
    const { center, shifts, volunteers, coordinator } = await centerWithShifts();
    const queued = await start(coordinator.token, { centerId: center.id, from: monday, to: addDays(monday, 6), timeLimitSeconds: 1 }).expect(202);
    expect(queued.body).toMatchObject({ status: 'queued', progress: 0, from: monday, centerId: center.id });

    await runs.execute(queued.body.id);
    const done = (await read(coordinator.token, queued.body.id).expect(200)).body;
    expect(done.status).toBe('done');
    expect(done.progress).toBe(100);
    // Three volunteers, one shift a day: both greeter shifts full; nobody speaks English for the desk.
    expect(done.summary).toMatchObject({ shifts: 3, slots: 5, filledBefore: 0, proposed: 4, unfilledSlots: 1 });
    expect(new Set(done.proposals.map((p: { shiftId: string }) => p.shiftId))).toEqual(new Set([shifts[0].id, shifts[1].id]));
    expect(done.unfilled).toEqual([
      expect.objectContaining({ shiftId: shifts[2].id, missing: 1, reasons: ['əlçatan könüllülərdən heç biri tələb olunan dili bilmir: ingilis dili, ən azı B2'] }),
    ]);
    expect((await read(coordinator.token, queued.body.id, 'en')).body.unfilled[0].reasons).toEqual(['no available volunteer speaks English at B2']);
    // A preview changes nothing.
    const [{ n: before }] = await t.db.query(`SELECT count(*)::int AS n FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id WHERE s.center_id = $1`, [center.id]);
    expect(before).toBe(0);

    const applied = (await api().post(`/api/v1/roster-runs/${queued.body.id}/apply`).set('Authorization', `Bearer ${coordinator.token}`).expect(200)).body;
    expect(applied.status).toBe('applied');
    expect(applied.applied).toEqual({ assigned: 4, skipped: [] });
    const rows = await t.db.query(
      `SELECT a.source, s.assigned_count AS "count", s.slots FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id WHERE s.center_id = $1 AND a.status = 'assigned'`,
      [center.id],
    );
    expect(rows).toHaveLength(4);
    expect(rows.every((x: { source: string; count: number; slots: number }) => x.source === 'auto_roster' && x.count === x.slots)).toBe(true);
    const [{ mails }] = await t.db.query(
      `SELECT count(*)::int AS mails FROM notification_deliveries WHERE template = 'shift-assigned' AND to_email = ANY($1)`,
      [volunteers.map((v) => v.volunteer.email)],
    );
    expect(mails).toBe(4);
    // Applying twice is refused; nothing is assigned twice.
    const again = await api().post(`/api/v1/roster-runs/${queued.body.id}/apply`).set('Authorization', `Bearer ${coordinator.token}`).expect(409);
    expect(again.body.code).toBe('ROSTER_RUN_NOT_READY');
  }, 60_000);

  it('keeps who is on a shift, respects work elsewhere, and skips at apply what changed meanwhile — never overbooking', async () => {
    const { center, shifts, volunteers, coordinator } = await centerWithShifts();
    const [a, b, c] = volunteers;
    // a is already on Monday; b works at another center on Tuesday morning.
    await api().post(`/api/v1/shifts/${shifts[0].id}/signup`).set('Authorization', `Bearer ${a.token}`).send({}).expect(201);
    const otherCenter = await f.center();
    // b chose the other center as a preferred one: its pool (the pool rule), so b may sign up there.
    await t.db.query(`INSERT INTO volunteer_preferred_centers (volunteer_id, center_id) VALUES ($1, $2)`, [b.volunteer.id, otherCenter.id]);
    const elsewhere = await r.shift(await r.position({ centerId: otherCenter.id }), { startsAt: at(1, 8), endsAt: at(1, 12), slots: 1 });
    await api().post(`/api/v1/shifts/${elsewhere.id}/signup`).set('Authorization', `Bearer ${b.token}`).send({}).expect(201);

    const id = (await start(coordinator.token, { centerId: center.id, from: monday, to: addDays(monday, 2), timeLimitSeconds: 1 }).expect(202)).body.id;
    await runs.execute(id);
    const done = (await read(coordinator.token, id)).body;
    expect(done.summary).toMatchObject({ filledBefore: 1 });
    const proposed = done.proposals.map((p: { shiftId: string; volunteerId: string }) => `${p.shiftId}|${p.volunteerId}`);
    expect(proposed).not.toContain(`${shifts[0].id}|${a.volunteer.id}`);
    expect(proposed).not.toContain(`${shifts[1].id}|${b.volunteer.id}`);
    expect(proposed).toContain(`${shifts[1].id}|${c.volunteer.id}`);

    // Meanwhile a fourth volunteer takes the last Tuesday slot the run counted on.
    const [d] = await r.volunteers(1, { homeCenterId: center.id });
    await api().post(`/api/v1/shifts/${shifts[1].id}/signup`).set('Authorization', `Bearer ${d.token}`).send({}).expect(201);
    // Two "Apply" clicks at once: one applies, the other is refused.
    const answers = await Promise.all([0, 1].map(() => api().post(`/api/v1/roster-runs/${id}/apply`).set('Authorization', `Bearer ${coordinator.token}`)));
    expect(answers.map((x) => x.status).sort()).toEqual([200, 409]);
    const applied = answers.find((x) => x.status === 200)!.body.applied;
    expect(applied.skipped.length).toBeGreaterThanOrEqual(1);
    const [over] = await t.db.query(
      `SELECT count(*)::int AS n FROM shifts s WHERE s.center_id = $1 AND (s.assigned_count > s.slots OR (SELECT count(*) FROM shift_assignments x WHERE x.shift_id = s.id AND x.status = 'assigned') > s.slots)`,
      [center.id],
    );
    expect(over.n).toBe(0);
  }, 60_000);

  it('is scoped: another center’s coordinator gets 404; bad input is a per-field error and creates nothing', async () => {
    const { center, coordinator } = await centerWithShifts();
    const other = await f.loginAs(['coordinator'], { centerIds: [(await f.center()).id] });
    const id = (await start(coordinator.token, { centerId: center.id, from: monday, to: addDays(monday, 1), timeLimitSeconds: 1 }).expect(202)).body.id;
    await read(other.token, id).expect(404);
    // One search at a time per center.
    const second = await start(coordinator.token, { centerId: center.id, from: monday, to: monday }).set('Accept-Language', 'en').expect(409);
    expect(second.body).toMatchObject({ code: 'ROSTER_RUN_ACTIVE', detail: 'An auto-fill is already running here; wait for its preview or stop it.' });
    await start(other.token, { centerId: center.id, from: monday, to: monday }).expect(404);
    await api().post(`/api/v1/roster-runs/${id}/apply`).set('Authorization', `Bearer ${other.token}`).expect(404);
    const volunteer = await r.volunteer();
    await start(volunteer.token, { centerId: center.id, from: monday, to: monday }).expect(403);

    const [{ n: before }] = await t.db.query(`SELECT count(*)::int AS n FROM roster_runs`);
    const tooLong = await start(coordinator.token, { centerId: center.id, from: monday, to: addDays(monday, 40) }).set('Accept-Language', 'az').expect(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'rosterRange', message: expect.stringMatching(/31 gün/) })]);
    const badDate = await start(coordinator.token, { centerId: center.id, from: '07.12.2026', to: monday, timeLimitSeconds: 0 }).expect(400);
    expect(badDate.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['from', 'timeLimitSeconds']);
    await start(coordinator.token, { from: monday, to: monday }).expect(400);
    const [{ n: after }] = await t.db.query(`SELECT count(*)::int AS n FROM roster_runs`);
    expect(after).toBe(before);
  }, 60_000);

  it('shows progress while it runs and stops soon after a cancel, keeping nothing to apply', async () => {
    const { center, coordinator } = await centerWithShifts();
    const id = (await start(coordinator.token, { centerId: center.id, from: monday, to: addDays(monday, 6), timeLimitSeconds: 60 }).expect(202)).body.id;
    const started = Date.now();
    const running = runs.execute(id);
    await new Promise((done) => setTimeout(done, 2500));
    const mid = (await read(coordinator.token, id)).body;
    expect(mid.status).toBe('running');
    expect(mid.progress).toBeGreaterThanOrEqual(5);
    expect(mid.progress).toBeLessThan(100);
    await api().post(`/api/v1/roster-runs/${id}/cancel`).set('Authorization', `Bearer ${coordinator.token}`).expect(200);
    await running;
    // Cancelled long before its 60 s limit.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect((await read(coordinator.token, id)).body.status).toBe('cancelled');
    await api().post(`/api/v1/roster-runs/${id}/apply`).set('Authorization', `Bearer ${coordinator.token}`).expect(409);

    // A queued run is cancelled at once and never starts.
    const queued = (await start(coordinator.token, { centerId: center.id, from: monday, to: monday, timeLimitSeconds: 1 }).expect(202)).body.id;
    await api().post(`/api/v1/roster-runs/${queued}/cancel`).set('Authorization', `Bearer ${coordinator.token}`).expect(200);
    await runs.execute(queued);
    expect((await read(coordinator.token, queued)).body).toMatchObject({ status: 'cancelled', summary: null });
  }, 60_000);
});
