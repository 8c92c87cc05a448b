import { createTestApp, Factory, type TestApp } from '../../test/test-app';
import { ReportsFactory } from '../../test/reports-factory';
import { RosteringFactory } from '../../test/rostering-factory';

/** The audit log carries what its sentences need: who (name, role) did it to whom or what (a name, not an id). */
describe('audit log: names for sentences (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
    r = new RosteringFactory(t);
  });
  afterAll(() => t.close());

  it('a coordinator removing a volunteer from a shift reads as the coordinator, their role and the volunteer\'s name', async () => {
    const admin = await f.loginAs(['admin']);
    const center = await f.center({ nameAz: 'Bərdə test mərkəzi' });
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    await t.db.query(`UPDATE users SET full_name = 'Aysel Məmmədova' WHERE id = $1`, [coordinator.userId]);
    const v = await r.volunteer({ homeCenterId: center.id });
    await t.db.query(`UPDATE volunteers SET full_name = 'Tural Məmmədov' WHERE id = $1`, [v.volunteer.id]);
    const shift = await r.shift(await r.position({ centerId: center.id }));
    await new ReportsFactory(t).assignments(shift, [{ volunteerId: v.volunteer.id, status: 'assigned' }]);
    const [assignment] = await t.db.query(`SELECT id FROM shift_assignments WHERE shift_id = $1`, [shift.id]);
    await t.http().post(`/api/v1/assignments/${assignment.id}/unassign`).set({ Authorization: `Bearer ${coordinator.token}` }).send({ reason: 'xəstədir' }).expect(204);
    await t.http().patch(`/api/v1/centers/${center.id}`).set({ Authorization: `Bearer ${admin.token}` }).send({ active: true }).expect(200);

    const log = await t.http().get('/api/v1/audit-log').query({ q: 'Aysel Məmmədova', action: 'shifts.unassign', perPage: 100 }).set({ Authorization: `Bearer ${admin.token}` }).expect(200);
    expect(log.body.data.find((e: { entityId: string }) => e.entityId === assignment.id)).toMatchObject({
      action: 'shifts.unassign', actorName: 'Aysel Məmmədova', actorRole: 'coordinator', target: { kind: 'person', name: { az: 'Tural Məmmədov' } },
    });
    const centers = await t.http().get('/api/v1/audit-log').query({ entity: 'centers', perPage: 100 }).set({ Authorization: `Bearer ${admin.token}` }).expect(200);
    const mine = centers.body.data.find((e: { entityId: string }) => e.entityId === center.id);
    expect(mine).toMatchObject({ actorRole: 'admin', target: { kind: 'place', name: { az: 'Bərdə test mərkəzi' } } });
  });
});
