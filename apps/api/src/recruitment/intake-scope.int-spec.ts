import { createTestApp, Factory, type TestApp } from '../../test/test-app';
import { RecruitmentFactory } from '../../test/recruitment-factory';

/** Issue 18, defect 9: a coordinator read another center's draft intake. The decision: docs/recruitment.md. */
describe('who sees which intake (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RecruitmentFactory;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
    r = new RecruitmentFactory(t, f);
  });
  afterAll(() => t.close());

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const listed = async (token: string) => {
    const res = await t.http().get('/api/v1/intakes?perPage=100&status=draft').set(bearer(token)).expect(200);
    return res.body.data.map((i: { id: string }) => i.id) as string[];
  };

  it("a draft: admin, HR and the coordinators of its centers; another center's coordinator gets 404 and no row, until it is published", async () => {
    const draft = await r.intake({ status: 'draft' });
    const own = await f.loginAs(['coordinator'], { centerIds: [draft.centerIds[1]] });
    const other = await f.loginAs(['coordinator'], { centerIds: [(await f.center()).id] });
    const hr = await f.loginAs(['hr']);

    for (const token of [draft.adminToken, hr.token, own.token]) {
      await t.http().get(`/api/v1/intakes/${draft.id}`).set(bearer(token)).expect(200);
      expect(await listed(token)).toContain(draft.id);
    }
    await t.http().get(`/api/v1/intakes/${draft.id}`).set(bearer(other.token)).expect(404);
    expect(await listed(other.token)).not.toContain(draft.id);
    await t.http().get(`/api/v1/intakes/${draft.id}/interview-slots`).set(bearer(other.token)).expect(404);
    await t.http().patch(`/api/v1/intakes/${draft.id}`).set(bearer(other.token)).send({ capacity: 1 }).expect(404);
    await t.http().delete(`/api/v1/intakes/${draft.id}`).set(bearer(other.token)).expect(404);
    await t.http().post(`/api/v1/intakes/${draft.id}/interview-slots`).set(bearer(other.token))
      .send({ centerId: draft.centerIds[0], startsAt: '2031-03-01T10:00:00+04:00', endsAt: '2031-03-01T10:30:00+04:00', location: 'X' }).expect(404);
    expect((await t.db.query(`SELECT capacity FROM intakes WHERE id = $1`, [draft.id]))[0].capacity).toBe(50);

    // Published, the intake is public anyway: every coordinator reads it (and still cannot change it).
    await t.http().patch(`/api/v1/intakes/${draft.id}`).set(bearer(draft.adminToken)).send({ status: 'open' }).expect(200);
    await t.http().get(`/api/v1/intakes/${draft.id}`).set(bearer(other.token)).expect(200);
    await t.http().patch(`/api/v1/intakes/${draft.id}`).set(bearer(other.token)).send({ capacity: 1 }).expect(403);
  });
});
