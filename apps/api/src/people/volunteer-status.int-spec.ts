import { DataSource } from 'typeorm';
import { RosteringFactory } from '../../test/rostering-factory';
import { createTestApp, Factory, type TestApp } from '../../test/test-app';
import { VolunteerStatusService } from './volunteer-status.service';

describe('VolunteerStatusService (the one way a status changes)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  let service: VolunteerStatusService;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
    r = new RosteringFactory(t);
    service = t.app.get(VolunteerStatusService);
  });
  afterAll(() => t.close());

  const history = (id: string) =>
    t.db.query(`SELECT from_status AS "from", to_status AS "to", reason, actor_user_id AS "actor" FROM volunteer_status_changes WHERE volunteer_id = $1 ORDER BY at, id`, [id]);
  const statusOf = async (id: string) => (await t.db.query(`SELECT status FROM volunteers WHERE id = $1`, [id]))[0].status;

  it('active → paused → active → alumni, each with a history row, in the caller\'s transaction', async () => {
    const center = await f.center();
    const { user } = await f.user(['coordinator'], { centerIds: [center.id] });
    const { volunteer } = await r.volunteer({ homeCenterId: center.id });
    const actor = { id: user.id, roles: ['coordinator' as const], centerIds: [center.id], eventIds: [] };
    const ds = t.app.get(DataSource);
    await ds.transaction((em) => service.change(em, { volunteerId: volunteer.id, to: 'paused', reason: 'İmtahanlar', actorUserId: user.id, actor }));
    await ds.transaction((em) => service.change(em, { volunteerId: volunteer.id, to: 'active', actorUserId: user.id, actor }));
    await ds.transaction((em) => service.change(em, { volunteerId: volunteer.id, to: 'alumni', actorUserId: null }));
    expect(await statusOf(volunteer.id)).toBe('alumni');
    expect(await history(volunteer.id)).toEqual([
      { from: 'active', to: 'paused', reason: 'İmtahanlar', actor: user.id },
      { from: 'paused', to: 'active', reason: null, actor: user.id },
      { from: 'active', to: 'alumni', reason: null, actor: null },
    ]);
  });

  it('a rollback of the caller undoes both the status and the history', async () => {
    const { volunteer } = await r.volunteer();
    await expect(t.db.transaction(async (em) => {
      await service.change(em, { volunteerId: volunteer.id, to: 'paused', reason: 'x', actorUserId: null });
      throw new Error('caller fails later');
    })).rejects.toThrow('caller fails later');
    expect(await statusOf(volunteer.id)).toBe('active');
    expect(await history(volunteer.id)).toEqual([]);
  });

  it.each([
    ['applicant', 'alumni', 409, 'ILLEGAL_STATUS_MOVE'],
    ['active', 'active', 409, 'SAME_STATUS'],
    ['exited', 'active', 409, 'FINAL_STATUS'],
    ['active', 'paused', 400, undefined],
  ] as const)('%s → %s is refused (%i %s) and nothing changes', async (from, to, status, code) => {
    const { volunteer } = await r.volunteer({ status: from });
    const err = await t.db.transaction((em) => service.change(em, { volunteerId: volunteer.id, to, actorUserId: null })).catch((e: unknown) => e);
    expect(err).toMatchObject({ status, ...(code ? { code } : {}) });
    expect(await statusOf(volunteer.id)).toBe(from);
    expect(await history(volunteer.id)).toEqual([]);
  });

  it('a coordinator of another center may not', async () => {
    const { volunteer } = await r.volunteer({ homeCenterId: (await f.center()).id });
    const actor = { id: 'x', roles: ['coordinator' as const], centerIds: [(await f.center()).id], eventIds: [] };
    const err = await t.db.transaction((em) => service.change(em, { volunteerId: volunteer.id, to: 'paused', reason: 'x', actorUserId: null, actor })).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 403, code: 'STATUS_NOT_ALLOWED' });
  });

  it('two parallel changes of one person: the row lock lets one win, the other sees the new status', async () => {
    const { volunteer } = await r.volunteer();
    const results = await Promise.allSettled([
      t.db.transaction((em) => service.change(em, { volunteerId: volunteer.id, to: 'paused', reason: 'a', actorUserId: null })),
      t.db.transaction((em) => service.change(em, { volunteerId: volunteer.id, to: 'paused', reason: 'b', actorUserId: null })),
    ]);
    expect(results.map((x) => x.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await history(volunteer.id)).toHaveLength(1);
  });
});
