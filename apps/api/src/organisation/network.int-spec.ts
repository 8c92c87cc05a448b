import { createTestApp, Factory, type TestApp } from '../../test/test-app';
import { ReportsFactory } from '../../test/reports-factory';
import { RosteringFactory } from '../../test/rostering-factory';

/** The network as a tree: parent rules, the subtree scope of a regional coordinator, the roll-up by region. */
describe('network: centers in a tree (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  let rep: ReportsFactory;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
    r = new RosteringFactory(t);
    rep = new ReportsFactory(t);
  });
  afterAll(() => t.close());

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('an admin hangs a Smart DOST point under a regional center; cycles and wrong kinds are 400 in words; others 403', async () => {
    const admin = await f.loginAs(['admin']);
    const national = await f.center({ kind: 'national_center' });
    const regional = await f.center({ kind: 'regional_center', parentId: national.id });
    const district = await f.center({ kind: 'district_branch', parentId: regional.id });
    const point = await f.center({ kind: 'smart_point' });

    const moved = await t.http().patch(`/api/v1/centers/${point.id}`).set(bearer(admin.token)).send({ parentId: regional.id }).expect(200);
    expect(moved.body.parentId).toBe(regional.id);
    expect(moved.body.path.map((p: { id: string }) => p.id)).toEqual([national.id, regional.id]);
    expect(moved.body.regionalCenter).toMatchObject({ id: regional.id, kind: 'regional_center' });

    const cycle = await t.http().patch(`/api/v1/centers/${regional.id}`).set({ ...bearer(admin.token), 'Accept-Language': 'az' }).send({ parentId: district.id }).expect(400);
    expect(cycle.body.errors).toEqual([expect.objectContaining({ field: 'parentId', code: 'cycle', message: 'Mərkəzi öz tabeliyindəki mərkəzin altına keçirmək olmaz.' })]);
    const kind = await t.http().patch(`/api/v1/centers/${district.id}`).set({ ...bearer(admin.token), 'Accept-Language': 'en' }).send({ parentId: point.id }).expect(400);
    expect(kind.body.errors).toEqual([expect.objectContaining({ field: 'parentId', code: 'kindNotBelowParent' })]);
    const self = await t.http().patch(`/api/v1/centers/${point.id}`).set(bearer(admin.token)).send({ parentId: point.id }).expect(400);
    expect(self.body.errors[0].code).toBe('selfParent');
    // A kind change that would put a child above its parent is refused too.
    const demote = await t.http().patch(`/api/v1/centers/${regional.id}`).set(bearer(admin.token)).send({ kind: 'smart_point' }).expect(400);
    expect(demote.body.errors[0]).toMatchObject({ field: 'kind', code: 'childrenNotBelow' });
    const unknown = await t.http().patch(`/api/v1/centers/${point.id}`).set(bearer(admin.token)).send({ parentId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    expect(unknown.body.errors[0].code).toBe('unknownParent');
    expect((await t.http().get(`/api/v1/centers/${point.id}`).set(bearer(admin.token)).expect(200)).body.parentId).toBe(regional.id);

    const coordinator = await f.loginAs(['coordinator'], { centerIds: [point.id] });
    await t.http().patch(`/api/v1/centers/${point.id}`).set(bearer(coordinator.token)).send({ parentId: null }).expect(403);
    // Back to a root.
    await t.http().patch(`/api/v1/centers/${point.id}`).set(bearer(admin.token)).send({ parentId: null }).expect(200);
  });

  it('a regional coordinator given the subtree sees a district center\'s volunteers; one without the subtree does not', async () => {
    const admin = await f.loginAs(['admin']);
    const regional = await f.center({ kind: 'regional_center' });
    const district = await f.center({ kind: 'district_branch', parentId: regional.id });
    const point = await f.center({ kind: 'smart_point', parentId: district.id });
    const v = await r.volunteer({ homeCenterId: district.id, fullName: 'Aysel Məmmədova' } as never);
    const shift = await r.shift(await r.position({ centerId: point.id }));
    await rep.assignments(shift, [{ volunteerId: v.volunteer.id, status: 'assigned' }]);

    const withSubtree = await f.loginAs(['coordinator'], { centerIds: [regional.id] });
    const without = await f.loginAs(['coordinator'], { centerIds: [regional.id] });
    const links = await t.http().put(`/api/v1/centers/${regional.id}/coordinators/${withSubtree.userId}`).set(bearer(admin.token)).send({ includesSubtree: true }).expect(200);
    expect(links.body).toEqual(expect.arrayContaining([
      expect.objectContaining({ userId: withSubtree.userId, includesSubtree: true }), expect.objectContaining({ userId: without.userId, includesSubtree: false }),
    ]));

    // The scope follows the tree two levels down: the district center, the point below it, and the shift's people there.
    const list = await t.http().get('/api/v1/centers').set(bearer(withSubtree.token)).expect(200);
    expect(list.body.data.map((c: { id: string }) => c.id).sort()).toEqual([regional.id, district.id, point.id].sort());
    await t.http().get(`/api/v1/centers/${district.id}`).set(bearer(withSubtree.token)).expect(200);
    const seen = await t.http().get(`/api/v1/shifts/${shift.id}`).set(bearer(withSubtree.token)).expect(200);
    expect(seen.body.people.map((p: { volunteerId: string }) => p.volunteerId)).toEqual([v.volunteer.id]);

    // The volunteer directory follows too, without knowing about the tree.
    const people = await t.http().get('/api/v1/volunteers').query({ perPage: 100 }).set(bearer(withSubtree.token)).expect(200);
    expect(people.body.data.map((p: { id: string }) => p.id)).toContain(v.volunteer.id);
    await t.http().get(`/api/v1/volunteers/${v.volunteer.id}`).set(bearer(withSubtree.token)).expect(200);
    // The directory rolls up by region: the regional center as the home-center filter finds the district's people.
    const region = await t.http().get('/api/v1/volunteers').query({ perPage: 100, homeCenterId: regional.id }).set(bearer(admin.token)).expect(200);
    expect(region.body.data.map((p: { id: string }) => p.id)).toEqual([v.volunteer.id]);
    const districtOnly = await t.http().get('/api/v1/volunteers').query({ perPage: 100, homeCenterId: point.id }).set(bearer(admin.token)).expect(200);
    expect(districtOnly.body.data).toEqual([]);
    const none = await t.http().get('/api/v1/volunteers').query({ perPage: 100 }).set(bearer(without.token)).expect(200);
    expect(none.body.data.map((p: { id: string }) => p.id)).not.toContain(v.volunteer.id);
    await t.http().get(`/api/v1/volunteers/${v.volunteer.id}`).set(bearer(without.token)).expect(404);

    const plain = await t.http().get('/api/v1/centers').set(bearer(without.token)).expect(200);
    expect(plain.body.data.map((c: { id: string }) => c.id)).toEqual([regional.id]);
    await t.http().get(`/api/v1/centers/${district.id}`).set(bearer(without.token)).expect(404);
    await t.http().get(`/api/v1/shifts/${shift.id}`).set(bearer(without.token)).expect(404);

    // Turning the flag off takes effect at the next request (the scope is resolved per request).
    await t.http().put(`/api/v1/centers/${regional.id}/coordinators/${withSubtree.userId}`).set(bearer(admin.token)).send({ includesSubtree: false }).expect(200);
    await t.http().get(`/api/v1/centers/${district.id}`).set(bearer(withSubtree.token)).expect(404);
    // Only coordinators can be linked; others are 404 (not a coordinator), and only admins may link.
    const volunteerUser = await r.volunteer();
    await t.http().put(`/api/v1/centers/${regional.id}/coordinators/${volunteerUser.userId}`).set(bearer(admin.token)).send({ includesSubtree: true }).expect(404);
    await t.http().put(`/api/v1/centers/${regional.id}/coordinators/${without.userId}`).set(bearer(without.token)).send({ includesSubtree: true }).expect(403);
  });

  it('an admin saving a coordinator\'s centers keeps the subtree flag of a kept center', async () => {
    const admin = await f.loginAs(['admin']);
    const regional = await f.center({ kind: 'regional_center' });
    const other = await f.center({ kind: 'regional_center' });
    const district = await f.center({ kind: 'district_branch', parentId: regional.id });
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [regional.id] });
    await t.http().put(`/api/v1/centers/${regional.id}/coordinators/${coordinator.userId}`).set(bearer(admin.token)).send({ includesSubtree: true }).expect(200);
    await t.http().patch(`/api/v1/users/${coordinator.userId}`).set(bearer(admin.token)).send({ centerIds: [regional.id, other.id] }).expect(200);
    const rows: { center_id: string; includes_subtree: boolean }[] = await t.db.query(
      `SELECT center_id, includes_subtree FROM coordinator_centers WHERE user_id = $1 ORDER BY includes_subtree DESC`, [coordinator.userId],
    );
    expect(rows).toEqual([{ center_id: regional.id, includes_subtree: true }, { center_id: other.id, includes_subtree: false }]);
    expect(district.parentId).toBe(regional.id);
  });

  it('the national report rolls up by regional center: a point moved under a region counts there', async () => {
    const admin = await f.loginAs(['admin']);
    const hr = await f.loginAs(['hr']);
    const regional = await f.center({ kind: 'regional_center' });
    const district = await f.center({ kind: 'district_branch', parentId: regional.id });
    const point = await f.center({ kind: 'smart_point' });
    const [a, b] = [await r.volunteer(), await r.volunteer()];
    await rep.ledger([
      { volunteerId: a.volunteer.id, centerId: district.id, workDate: '2031-02-10', minutes: 120, fate: 'approved' },
      { volunteerId: a.volunteer.id, centerId: point.id, workDate: '2031-02-11', minutes: 60, fate: 'approved' },
      { volunteerId: b.volunteer.id, centerId: point.id, workDate: '2031-02-12', minutes: 30, fate: 'approved' },
    ], admin.userId, new Date('2031-03-01T12:00:00+04:00'));
    const rollup = async () => (await t.http().get('/api/v1/reports/national?from=2031-02&to=2031-02').set(bearer(hr.token)).expect(200)).body.regionalCenters as
      { regionalCenterId: string | null; approvedMinutes: number; activeVolunteers: number; centers: { id: string }[] }[];

    const before = (await rollup()).find((x) => x.regionalCenterId === regional.id);
    expect(before).toMatchObject({ approvedMinutes: 120, activeVolunteers: 1 });
    expect(before?.centers.map((c) => c.id).sort()).toEqual([regional.id, district.id].sort());

    await t.http().patch(`/api/v1/centers/${point.id}`).set(bearer(admin.token)).send({ parentId: regional.id }).expect(200);
    const after = (await rollup()).find((x) => x.regionalCenterId === regional.id);
    // Volunteer a worked at two centers of the region: counted once.
    expect(after).toMatchObject({ approvedMinutes: 210, activeVolunteers: 2 });
    expect(after?.centers.map((c) => c.id)).toContain(point.id);

    // The same roll-up as a spreadsheet table (audited like every export).
    const csv = await t.http().get('/api/v1/reports/national?from=2031-02&to=2031-02&format=csv&table=regionalCenters').set({ ...bearer(hr.token), 'Accept-Language': 'en' }).expect(200);
    expect(csv.text.split('\n')[0]).toContain('Regional center');
    expect(csv.text).toContain(regional.nameEn);
  });
});
