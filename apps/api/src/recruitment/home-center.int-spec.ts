import { createTestApp, Factory, type TestApp } from '../../test/test-app';
import { RecruitmentFactory } from '../../test/recruitment-factory';

/** Issue 18, defect 2: a coordinator could set an application's home center to any center that exists. */
describe('an application\'s home center (real PostgreSQL)', () => {
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

  it('a coordinator: only a center the applicant chose that they coordinate; an admin: any center', async () => {
    const intake = await r.intake(); // two centers; the form chooses both
    const [mine, notMine] = intake.centerIds;
    const alsoMine = (await f.center()).id; // the coordinator runs it, the applicant did not choose it
    const elsewhere = (await f.center()).id;
    const applied = await r.submit(intake, r.application(intake));
    expect(applied.status).toBe(201);
    const id = applied.body.id as string;
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [mine, alsoMine] });
    const set = (token: string, homeCenterId: string, lang = 'en') =>
      t.http().post(`/api/v1/applications/${id}/home-center`).set(bearer(token)).set('Accept-Language', lang).send({ homeCenterId });
    const stored = async () => (await t.db.query(`SELECT home_center_id FROM applications WHERE id = $1`, [id]))[0].home_center_id;

    for (const [label, center] of [['chosen, not coordinated', notMine], ['coordinated, not chosen', alsoMine], ['neither', elsewhere]] as const) {
      const res = await set(coordinator.token, center);
      expect({ label, status: res.status }).toEqual({ label, status: 400 });
      expect(res.body.errors).toEqual([{ field: 'homeCenterId', code: 'homeCenterNotAllowed', message: 'Choose one of the centers the applicant chose that you coordinate.' }]);
    }
    expect(await stored()).toBeNull();
    const az = await set(coordinator.token, elsewhere, 'az');
    expect(az.body.errors[0].message).toBe('Müraciət edənin seçdiyi və sizin koordinasiya etdiyiniz mərkəzlərdən birini seçin.');

    expect((await set(coordinator.token, mine).expect(200)).body.homeCenterId).toBe(mine);
    // A coordinator of neither chosen center does not see the application at all.
    const stranger = await f.loginAs(['coordinator'], { centerIds: [elsewhere] });
    await set(stranger.token, elsewhere).expect(404);
    // The admin may place the person anywhere (after talking to them).
    expect((await set(intake.adminToken, elsewhere).expect(200)).body.homeCenterId).toBe(elsewhere);
    expect(await stored()).toBe(elsewhere);
  });
});
