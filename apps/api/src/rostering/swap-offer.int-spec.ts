import type { Factory, TestApp } from '../../test/test-app';
import { asUser, type RosteringFactory, startRosteringHttp } from '../../test/rostering-factory';

/** Offering one's own shift to a colleague: whom the volunteer may pick (names only), the offer, and withdrawing it. */
describe('swap offer to a colleague (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  let url: string;

  beforeAll(async () => ({ t, f, r, url } = await startRosteringHttp()));
  afterAll(() => t.close());

  const as = asUser(() => url);

  it('lists eligible active colleagues of the home center by name only; the offer shows on My shifts and can be withdrawn', async () => {
    const center = await f.center();
    const other = await f.center();
    const position = await r.position({ centerId: center.id });
    const shift = await r.shift(position, { slots: 2 });
    const clash = await r.shift(position, { slots: 1, startsAt: shift.startsAt, endsAt: shift.endsAt });
    const [giver, free, busy, onShift] = await r.volunteers(4, { homeCenterId: center.id });
    await r.volunteers(1, { homeCenterId: center.id, status: 'paused' });
    await r.volunteers(1, { homeCenterId: other.id });
    await as(busy.token).post(`/shifts/${clash.id}/signup`).expect(201);
    await as(onShift.token).post(`/shifts/${shift.id}/signup`).expect(201);
    const mine = (await as(giver.token).post(`/shifts/${shift.id}/signup`).expect(201)).body;

    const list = (await as(giver.token).get(`/me/assignments/${mine.assignmentId}/swap-candidates`).expect(200)).body;
    // Only the free colleague: not the busy one, not one already on the shift, not a paused one, not another center's, not the giver.
    expect(list.data).toEqual([{ volunteerId: free.volunteer.id, fullName: free.volunteer.fullName }]);
    expect(Object.keys(list.data[0]).sort()).toEqual(['fullName', 'volunteerId']);
    expect(JSON.stringify(list)).not.toContain('@');
    // Someone else's assignment is not found.
    await as(free.token).get(`/me/assignments/${mine.assignmentId}/swap-candidates`).expect(404);

    // An unknown colleague is refused per field, and nothing is offered.
    const bad = await as(giver.token).post(`/me/assignments/${mine.assignmentId}/swap`, { toVolunteerId: '00000000-0000-4000-8000-000000000000' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('toVolunteerId');
    expect(await t.db.query(`SELECT id FROM swap_offers WHERE assignment_id = $1`, [mine.assignmentId])).toEqual([]);

    const offer = (await as(giver.token).post(`/me/assignments/${mine.assignmentId}/swap`, { toVolunteerId: free.volunteer.id }).expect(201)).body;
    const card = () => as(giver.token).get('/me/shifts').expect(200).then((res) => res.body.data.find((s: { assignmentId: string }) => s.assignmentId === mine.assignmentId));
    expect((await card()).swapOfferId).toBe(offer.id);
    // Pool offers of suites running beside this one are open to everybody: only this shift's offers are compared.
    const swapsOnThisShift = async () => (await as(free.token).get('/me/swaps').expect(200)).body.data.filter((o: { shiftId: string }) => o.shiftId === shift.id);
    expect(await swapsOnThisShift()).toEqual([expect.objectContaining({ id: offer.id, direct: true, eligible: true })]);

    await as(giver.token).post(`/swaps/${offer.id}/withdraw`).expect(204);
    expect((await card()).swapOfferId).toBeNull();
    expect(await swapsOnThisShift()).toEqual([]);
    await as(giver.token).post(`/swaps/${offer.id}/withdraw`).expect(409);
  });
});
