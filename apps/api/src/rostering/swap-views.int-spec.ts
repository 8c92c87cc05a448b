import { ShiftPolicyEntity } from './entities/shift-policy.entity';
import type { Factory, TestApp } from '../../test/test-app';
import { asUser, type RosteringFactory, startRosteringHttp } from '../../test/rostering-factory';

const DAY = 86_400_000;

/** The read side of swaps the console shows: offers open to me (with the shift and why I may not take it) and the coordinator's approvals. */
describe('swap offers open to me and swap approvals (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  let url: string;

  beforeAll(async () => ({ t, f, r, url } = await startRosteringHttp()));
  afterAll(() => t.close());

  const as = asUser(() => url);

  it('lists offers to me and to the pool with the shift and the reason, only to their audience; taking with approval shows as pending; the coordinator sees names and approves', async () => {
    const center = await f.center({ nameEn: 'Swap center' });
    const other = await f.center();
    await t.db.getRepository(ShiftPolicyEntity).save({ centerId: center.id, eventId: null, swapNeedsApproval: true });
    const position = await r.position({ centerId: center.id });
    const shift = await r.shift(position, { slots: 1 });
    const later = await r.shift(position, { slots: 1, startsAt: new Date(+shift.startsAt + 2 * DAY), endsAt: new Date(+shift.endsAt + 2 * DAY) });
    const [giver, taker, bystander] = await r.volunteers(3, { homeCenterId: center.id });
    // The taker already works at the time of `later`'s twin shift, so that offer is refused with the reason.
    const clash = await r.shift(position, { slots: 1, startsAt: later.startsAt, endsAt: later.endsAt });
    await as(taker.token).post(`/shifts/${clash.id}/signup`).expect(201);

    const a1 = await as(giver.token).post(`/shifts/${shift.id}/signup`).expect(201);
    const a2 = await as(giver.token).post(`/shifts/${later.id}/signup`).expect(201);
    const pool = await as(giver.token).post(`/me/assignments/${a1.body.assignmentId}/swap`).expect(201);
    const direct = await as(giver.token).post(`/me/assignments/${a2.body.assignmentId}/swap`, { toVolunteerId: taker.volunteer.id }).expect(201);

    // Pool offers are open to every volunteer, so suites running beside this one may add theirs to the list: only
    // this test's shifts are compared (the audience rule is what differs between taker, bystander and giver).
    const ours = (data: { id: string; shift: { id: string } }[]) => data.filter((o) => [shift.id, later.id].includes(o.shift.id));
    const swapsOf = async (token: string) => ours((await as(token).get('/me/swaps').set('Accept-Language', 'en').expect(200)).body.data);
    const mine = { data: await swapsOf(taker.token) };
    expect(mine.data.map((o: { id: string }) => o.id)).toEqual([pool.body.id, direct.body.id]);
    const [p, d] = mine.data as unknown as [Record<string, unknown>, { reason: { message: string } }];
    expect(p).toMatchObject({ status: 'open', direct: false, eligible: true, reason: null, needsApproval: true, shift: { id: shift.id, place: { en: 'Swap center' }, position: { id: position.id } } });
    expect(d).toMatchObject({ status: 'open', direct: true, eligible: false, reason: { code: 'COLLIDES' } });
    expect(d.reason.message).toMatch(/\d{2}:\d{2}/);
    // The bystander sees the pool offer only; the giver sees neither of his own.
    expect((await swapsOf(bystander.token)).map((o) => o.id)).toEqual([pool.body.id]);
    expect(await swapsOf(giver.token)).toEqual([]);
    // Taking the refused one: 409 with the same reason code.
    expect((await as(taker.token).post(`/swaps/${direct.body.id}/take`).expect(409)).body.code).toBe('COLLIDES');

    await as(taker.token).post(`/swaps/${pool.body.id}/take`).expect(200, { status: 'pending_approval' });
    // The giver's My shifts says a colleague took it and it waits for approval.
    const giverCard = (await as(giver.token).get('/me/shifts').expect(200)).body.data.find((s: { id: string }) => s.id === shift.id);
    expect(giverCard).toMatchObject({ swapOfferId: pool.body.id, swapOfferStatus: 'pending_approval' });
    const waiting = await swapsOf(taker.token);
    expect(waiting.find((o: { id: string }) => o.id === pool.body.id)).toMatchObject({ status: 'pending_approval', eligible: false, reason: null });
    expect(await swapsOf(bystander.token)).toEqual([]);

    const coordinator = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    const elsewhere = await f.loginAs(['coordinator'], { centerIds: [other.id] });
    const approvals = (await as(coordinator.token).get('/swap-approvals').expect(200)).body;
    expect(approvals.data).toEqual([
      expect.objectContaining({
        id: pool.body.id, shiftId: shift.id, fromVolunteerId: giver.volunteer.id, takenByVolunteerId: taker.volunteer.id,
        fromName: giver.volunteer.fullName, takerName: taker.volunteer.fullName, shift: expect.objectContaining({ id: shift.id, startsAt: expect.stringMatching(/\+04:00$/) }),
      }),
    ]);
    expect((await as(elsewhere.token).get('/swap-approvals').expect(200)).body.data).toEqual([]);
    await as(elsewhere.token).post(`/swaps/${pool.body.id}/decide`, { approve: true }).expect(404);
    await as(taker.token).get('/swap-approvals').expect(403);

    await as(coordinator.token).post(`/swaps/${pool.body.id}/decide`, { approve: true }).expect(204);
    // The audit names what was decided: the swap, by its id (the route lives with the shifts).
    expect(await t.db.query(`SELECT action, entity FROM audit_log WHERE entity_id = $1`, [pool.body.id])).toEqual([{ action: 'swaps.decide', entity: 'swaps' }]);
    const people = await t.db.query(`SELECT volunteer_id, status FROM shift_assignments WHERE shift_id = $1 ORDER BY created_at`, [shift.id]);
    expect(people).toEqual([{ volunteer_id: giver.volunteer.id, status: 'cancelled' }, { volunteer_id: taker.volunteer.id, status: 'assigned' }]);
    // The giver hears where the shift went — not that it was cancelled.
    expect(await mails(giver.volunteer.email)).toEqual(expect.arrayContaining(['shift-swapped']));
    expect(await mails(giver.volunteer.email)).not.toContain('shift-cancelled');
    expect((await as(coordinator.token).get('/swap-approvals').expect(200)).body.data).toEqual([]);
    expect((await swapsOf(taker.token)).map((o) => o.id)).toEqual([direct.body.id]);
  });

  const mails = async (email: string): Promise<string[]> =>
    (await t.db.query(`SELECT template FROM notification_deliveries WHERE to_email = $1 ORDER BY created_at`, [email])).map((r: { template: string }) => r.template);

  it('a swap waiting for approval is mailed to the center\'s coordinator; declined, it leaves the shift with the giver and tells both sides', async () => {
    const center = await f.center();
    await t.db.getRepository(ShiftPolicyEntity).save({ centerId: center.id, eventId: null, swapNeedsApproval: true });
    const shift = await r.shift(await r.position({ centerId: center.id }), { slots: 1 });
    const [giver, taker] = await r.volunteers(2, { homeCenterId: center.id });
    const a = await as(giver.token).post(`/shifts/${shift.id}/signup`).expect(201);
    const offer = await as(giver.token).post(`/me/assignments/${a.body.assignmentId}/swap`).expect(201);
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    const elsewhere = await f.loginAs(['coordinator'], { centerIds: [(await f.center()).id] });
    await as(taker.token).post(`/swaps/${offer.body.id}/take`).expect(200, { status: 'pending_approval' });
    // The center's coordinator is told at once, with both names and a link to the approvals; nobody else is.
    const [asked] = await t.db.query(`SELECT template, props FROM notification_deliveries WHERE to_email = $1`, [coordinator.email]);
    expect(asked).toMatchObject({
      template: 'swap-approval-needed',
      props: { giverName: giver.volunteer.fullName, takerName: taker.volunteer.fullName, approvalsUrl: expect.stringMatching(/#\/rostering\/swap-approvals$/) },
    });
    expect(await mails(elsewhere.email)).toEqual([]);
    await as(coordinator.token).post(`/swaps/${offer.body.id}/decide`, { approve: false }).expect(204);
    const people = await t.db.query(`SELECT volunteer_id, status FROM shift_assignments WHERE shift_id = $1`, [shift.id]);
    expect(people).toEqual([{ volunteer_id: giver.volunteer.id, status: 'assigned' }]);
    expect(await mails(giver.volunteer.email)).toContain('swap-declined');
    expect(await mails(taker.volunteer.email)).toEqual(['swap-declined']);
  });

  it("the event's organiser sees and decides the event's swaps; another event's organiser and the centers' coordinators do not", async () => {
    const event = await f.event();
    const otherEvent = await f.event();
    await t.db.getRepository(ShiftPolicyEntity).save({ centerId: null, eventId: event.id, swapNeedsApproval: true });
    const position = await r.position({ eventId: event.id });
    const shift = await r.shift(position, { slots: 1 });
    const [giver, taker] = await r.volunteers(2);
    const a = await as(giver.token).post(`/shifts/${shift.id}/signup`).expect(201);
    const offer = await as(giver.token).post(`/me/assignments/${a.body.assignmentId}/swap`).expect(201);
    const organizer = await f.loginAs(['organizer'], { eventIds: [event.id] });
    const otherOrganizer = await f.loginAs(['organizer'], { eventIds: [otherEvent.id] });
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [(await f.center()).id] });
    await as(taker.token).post(`/swaps/${offer.body.id}/take`).expect(200, { status: 'pending_approval' });
    // The event's organiser is asked by mail; the other event's organiser and the coordinator are not.
    expect(await mails(organizer.email)).toEqual(['swap-approval-needed']);
    expect(await mails(otherOrganizer.email)).toEqual([]);
    expect(await mails(coordinator.email)).toEqual([]);
    expect((await as(organizer.token).get('/swap-approvals').expect(200)).body.data.map((o: { id: string }) => o.id)).toEqual([offer.body.id]);
    expect((await as(otherOrganizer.token).get('/swap-approvals').expect(200)).body.data).toEqual([]);
    expect((await as(coordinator.token).get('/swap-approvals').expect(200)).body.data).toEqual([]);
    await as(otherOrganizer.token).post(`/swaps/${offer.body.id}/decide`, { approve: true }).expect(404);
    await as(coordinator.token).post(`/swaps/${offer.body.id}/decide`, { approve: true }).expect(404);

    await as(organizer.token).post(`/swaps/${offer.body.id}/decide`, { approve: true }).expect(204);
    const people = await t.db.query(`SELECT volunteer_id, status FROM shift_assignments WHERE shift_id = $1 ORDER BY created_at`, [shift.id]);
    expect(people).toEqual([{ volunteer_id: giver.volunteer.id, status: 'cancelled' }, { volunteer_id: taker.volunteer.id, status: 'assigned' }]);
  });
});
