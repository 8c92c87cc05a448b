import { bakuDateOf } from '@dost/domain';
import request from 'supertest';
import { startAttendanceHttp, type AttendanceHttp } from '../../test/attendance-factory';
import { latestDelivery } from '../../test/mail-helpers';
import type { AuthUser } from '../common/auth-user';
import { ShiftAssignmentEntity } from '../rostering/entities/shift-assignment.entity';
import { ShiftEntity } from '../rostering/entities/shift.entity';
import { EventDeskService } from './event-desk.service';

const MIN = 60_000;

describe('event-day desk: live board, missing after 10 minutes, standby, one-tap replacement, incidents', () => {
  let h: AttendanceHttp;
  beforeAll(async () => {
    h = await startAttendanceHttp();
  });
  afterAll(() => h.t.close());

  /** An event of its own with an organiser, a role needing Icelandic (B2) and a shift that started `startedMinAgo` ago. */
  async function setup(startedMinAgo = 30) {
    const event = await h.f.event({ startsAt: new Date(Date.now() - 86_400_000), endsAt: new Date(Date.now() + 86_400_000) });
    const organizer = await h.f.loginAs(['organizer'], { eventIds: [event.id] });
    const position = await h.r.position({ eventId: event.id }, { nameAz: 'Protokol', nameEn: 'Protocol', nameRu: 'Протокол', requirements: { languages: [{ language: 'is', minLevel: 'B2' }] } });
    const shift = await h.a.shift(position, -startedMinAgo, 240, Date.now(), { slots: 3, assignedCount: 3 });
    const speakers = (level: string, n: number) => h.r.volunteers(n, { languages: [{ language: 'is', level }] as never });
    const [late, came, fresh] = await speakers('B2', 3);
    const [a1, a2, a3] = [await h.a.assign(shift, late), await h.a.assign(shift, came), await h.a.assign(shift, fresh)];
    return { event, organizer, position, shift, late, came, fresh, a1, a2, a3, api: h.a.api(organizer.token) };
  }

  it('counts who is on, who is checked in and who is missing per role and hour; ETag answers 304 until something changes', async () => {
    const x = await setup(30);
    // One checked in by staff at the start; one 'expected' on a second shift that began 5 minutes ago (not yet missing).
    await x.api.post(`/shifts/${x.shift.id}/attendance`, { marks: [{ assignmentId: x.a2.id, mark: 'present' }] }).expect(200);
    const early = await h.a.shift(x.position, -5, 120, Date.now(), { slots: 1, assignedCount: 1 });
    const [newbie] = await h.r.volunteers(1, { languages: [{ language: 'is', level: 'C1' }] as never });
    await h.a.assign(early, newbie);
    const other = await h.f.loginAs(['organizer'], { eventIds: [(await h.f.event()).id] });
    await h.a.api(other.token).get(`/events/${x.event.id}/desk/board`).expect(404);

    const res = await x.api.get(`/events/${x.event.id}/desk/board`).expect(200);
    expect(res.headers.etag).toBeTruthy();
    const role = res.body.roles.find((r: { positionId: string }) => r.positionId === x.position.id);
    const states = Object.fromEntries(role.shifts.flatMap((s: { people: { volunteerId: string; state: string }[] }) => s.people).map((p: { volunteerId: string; state: string }) => [p.volunteerId, p.state]));
    expect(states[x.came.volunteer.id]).toBe('checked_in');
    expect(states[x.late.volunteer.id]).toBe('missing');
    expect(states[newbie.volunteer.id]).toBe('expected');
    expect(res.body.totals).toEqual({ on: 4, checkedIn: 1, missing: 2 });
    const nowHour = Number(res.body.serverTime.slice(11, 13));
    expect(role.cells.find((c: { hour: number }) => c.hour === nowHour)).toMatchObject({ on: 4, checkedIn: 1, missing: 2, slots: 4 });

    const again = await x.api.get(`/events/${x.event.id}/desk/board`).set('If-None-Match', res.headers.etag).expect(304);
    expect(again.text).toBe('');
    await x.api.post(`/shifts/${x.shift.id}/attendance`, { marks: [{ assignmentId: x.a1.id, mark: 'absent' }] }).expect(200);
    const changed = await x.api.get(`/events/${x.event.id}/desk/board`).set('If-None-Match', res.headers.etag).expect(200);
    expect(changed.headers.etag).not.toBe(res.headers.etag);
    const marked = changed.body.roles[0].shifts.flatMap((s: { people: { volunteerId: string; state: string }[] }) => s.people).find((p: { volunteerId: string }) => p.volunteerId === x.late.volunteer.id);
    expect(marked.state).toBe('no_show');
  });

  it('with a controlled clock: 9 minutes after the start the person is expected, at 10 minutes missing', async () => {
    const x = await setup(-120);
    const desk = h.t.app.get(EventDeskService);
    const actor = { id: x.organizer.userId, email: x.organizer.email, roles: ['organizer'], centerIds: [], eventIds: [x.event.id], sessionId: 'x' } as AuthUser;
    const at = (minutes: number) => new Date(x.shift.startsAt.getTime() + minutes * MIN);
    const stateAt = async (minutes: number) => {
      const { body } = await desk.board(actor, x.event.id, bakuDateOf(x.shift.startsAt.getTime()), at(minutes));
      return body.roles[0].shifts[0].people.find((p) => p.volunteerId === x.late.volunteer.id)!.state;
    };
    expect(await stateAt(9)).toBe('expected');
    expect(await stateAt(10)).toBe('missing');
    expect(await stateAt(240)).toBe('expected');
  });

  it('standby: eligible speakers not on a shift at that hour, best language fit first; replacement mails both; two taps on one seat → one wins', async () => {
    const x = await setup(30);
    const [c2, b2, weak, busy] = [
      ...(await h.r.volunteers(1, { languages: [{ language: 'is', level: 'C2' }] as never, fullName: 'Zəfər Standby' })),
      ...(await h.r.volunteers(1, { languages: [{ language: 'is', level: 'B2' }] as never, fullName: 'Aydan Standby' })),
      ...(await h.r.volunteers(1, { languages: [{ language: 'is', level: 'A2' }] as never })),
      ...(await h.r.volunteers(1, { languages: [{ language: 'is', level: 'C2' }] as never })),
    ];
    // Busy: on another shift of the event at the same hour → not on standby.
    const elsewhere = await h.a.shift(await h.r.position({ eventId: x.event.id }), -60, 180, Date.now(), { slots: 1, assignedCount: 1 });
    await h.a.assign(elsewhere, busy);

    const standby = await x.api.get(`/events/${x.event.id}/desk/standby?shiftId=${x.shift.id}`).expect(200);
    const ids = standby.body.data.map((s: { volunteerId: string }) => s.volunteerId);
    expect(ids.indexOf(c2.volunteer.id)).toBeLessThan(ids.indexOf(b2.volunteer.id));
    expect(ids.indexOf(b2.volunteer.id)).toBeGreaterThanOrEqual(0);
    expect(ids).not.toContain(weak.volunteer.id);
    expect(ids).not.toContain(busy.volunteer.id);
    expect(ids).not.toContain(x.late.volunteer.id);
    expect(standby.body.data[ids.indexOf(c2.volunteer.id)]).toMatchObject({ languageFit: 3, reliabilityPercent: null });

    const bad = await x.api.post(`/events/${x.event.id}/desk/replacements`, { assignmentId: x.a1.id }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['reason', 'volunteerId']);

    const reason = 'Növbə başladı, 10 dəqiqə keçdi, gəlmədi.';
    const [r1, r2] = await Promise.all([
      x.api.post(`/events/${x.event.id}/desk/replacements`, { assignmentId: x.a1.id, volunteerId: c2.volunteer.id, reason }),
      x.api.post(`/events/${x.event.id}/desk/replacements`, { assignmentId: x.a1.id, volunteerId: b2.volunteer.id, reason }),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([201, 409]);
    const winner = r1.status === 201 ? c2 : b2;
    const loser = r1.status === 201 ? b2 : c2;
    const live = await h.t.db.getRepository(ShiftAssignmentEntity).findBy({ shiftId: x.shift.id, status: 'assigned' });
    expect(live.map((a) => a.volunteerId).sort()).toEqual([x.came.volunteer.id, x.fresh.volunteer.id, winner.volunteer.id].sort());
    expect(live.find((a) => a.volunteerId === loser.volunteer.id)).toBeUndefined();
    expect((await h.t.db.getRepository(ShiftAssignmentEntity).findOneByOrFail({ id: x.a1.id })).status).toBe('cancelled');
    expect((await h.t.db.getRepository(ShiftEntity).findOneByOrFail({ id: x.shift.id })).assignedCount).toBe(3);
    expect(await latestDelivery(h.t.db, winner.volunteer.email, 'shift-assigned')).toBeTruthy();
    const told = await latestDelivery(h.t.db, x.late.volunteer.email, 'shift-replaced');
    expect(told).toBeTruthy();

    const board = await x.api.get(`/events/${x.event.id}/desk/board`).expect(200);
    const people = board.body.roles[0].shifts[0].people;
    expect(people.find((p: { volunteerId: string }) => p.volunteerId === x.late.volunteer.id)).toMatchObject({ state: 'replaced', replacedBy: winner.volunteer.fullName });
    expect(people.find((p: { volunteerId: string }) => p.volunteerId === winner.volunteer.id)).toMatchObject({ state: 'expected', replaces: x.late.volunteer.fullName });

    // The seat of a marked no-show can be replaced too; a foreign event's organiser gets 404.
    await x.api.post(`/shifts/${x.shift.id}/attendance`, { marks: [{ assignmentId: x.a3.id, mark: 'absent' }] }).expect(200);
    // Nobody on the shift is offered as standby: not the no-show for their own seat, not the replaced, not the replacement.
    const after = (await x.api.get(`/events/${x.event.id}/desk/standby?shiftId=${x.shift.id}`).expect(200)).body.data.map((s: { volunteerId: string }) => s.volunteerId);
    expect(after).toContain(loser.volunteer.id);
    for (const v of [x.fresh, x.late, x.came, winner]) expect(after).not.toContain(v.volunteer.id);
    const other = await h.f.loginAs(['organizer'], { eventIds: [(await h.f.event()).id] });
    await h.a.api(other.token).post(`/events/${x.event.id}/desk/replacements`, { assignmentId: x.a3.id, volunteerId: loser.volunteer.id, reason }).expect(404);
    await x.api.post(`/events/${x.event.id}/desk/replacements`, { assignmentId: x.a3.id, volunteerId: loser.volunteer.id, reason }).expect(201);
    expect((await h.t.db.getRepository(ShiftAssignmentEntity).findOneByOrFail({ id: x.a3.id })).status).toBe('no_show');
    expect((await h.t.db.getRepository(ShiftEntity).findOneByOrFail({ id: x.shift.id })).assignedCount).toBe(3);
  });

  it('incidents: logged with kind, time and who; moved to in progress and resolved; localised errors; another event 404', async () => {
    const x = await setup(30);
    const bad = await h.a.api(x.organizer.token, 'az').post(`/events/${x.event.id}/desk/incidents`, { kind: 'fire' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'reportedBy']);
    const made = await x.api.post(`/events/${x.event.id}/desk/incidents`, { kind: 'lost_item', reportedBy: 'İtaliya nümayəndəsi', notes: 'Qara çanta, 2-ci zal' }).expect(201);
    expect(made.body).toMatchObject({ kind: 'lost_item', status: 'open', handledBy: null });
    const url = `/api/v1/events/${x.event.id}/desk/incidents/${made.body.id}`;
    const moved = await request(h.url).patch(url).set('Authorization', `Bearer ${x.organizer.token}`).send({ status: 'in_progress', handledBy: 'Leyla' }).expect(200);
    expect(moved.body).toMatchObject({ status: 'in_progress', handledBy: 'Leyla', resolvedAt: null });
    const done = await request(h.url).patch(url).set('Authorization', `Bearer ${x.organizer.token}`).send({ status: 'resolved' }).expect(200);
    expect(done.body.resolvedAt).toBeTruthy();
    const list = await x.api.get(`/events/${x.event.id}/desk/incidents`).expect(200);
    expect(list.body.data).toEqual([expect.objectContaining({ id: made.body.id, status: 'resolved' })]);
    const other = await h.f.loginAs(['organizer'], { eventIds: [(await h.f.event()).id] });
    await h.a.api(other.token).get(`/events/${x.event.id}/desk/incidents`).expect(404);
    await request(h.url).patch(url).set('Authorization', `Bearer ${other.token}`).send({ status: 'open' }).expect(404);
  });
});
