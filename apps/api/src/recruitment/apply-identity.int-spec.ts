import { createTestApp, Factory, type TestApp } from '../../test/test-app';
import { latestDelivery } from '../../test/mail-helpers';
import { RecruitmentFactory, randomFin, type TestIntake } from '../../test/recruitment-factory';

/**
 * Issue 18, defect 1: the anonymous form wrote the applicant's FİN onto an existing volunteer found by e-mail,
 * linked the application to them before any verification, and its different answers (201 / IDENTITY_MISMATCH /
 * ALREADY_APPLIED) told anyone whether an e-mail or FİN is known.
 */
describe('the apply form and existing people (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RecruitmentFactory;
  let n = 0;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
    r = new RecruitmentFactory(t, f);
  });
  afterAll(() => t.close());

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const person = async (values: { fin: string | null; status?: string }) => {
    n += 1;
    const email = `known-${Date.now().toString(36)}-${n}@test.dost.local`;
    const [row] = await t.db.query(
      `INSERT INTO volunteers (full_name, fin, email, phone, status) VALUES ('Aysel Quliyeva', $1, $2, '+994551112233', $3) RETURNING *`,
      [values.fin, email, values.status ?? 'active']);
    return row as { id: string; email: string; fin: string | null; full_name: string; phone: string; updated_at: Date };
  };
  const reread = async (id: string) => (await t.db.query(`SELECT * FROM volunteers WHERE id = $1`, [id]))[0];
  const verify = async (email: string, statusToken: string) => {
    const code = (await latestDelivery(t.db, email, 'email-verification'))!.props.code;
    const res = await t.http().post('/api/v1/public/applications/verify').send({ statusToken, code });
    expect(res.status).toBe(200);
  };
  const shape = (res: { status: number; body: Record<string, unknown> }) => ({
    status: res.status, keys: Object.keys(res.body).sort(), values: { status: res.body.status, emailVerified: res.body.emailVerified },
  });

  it('unverified, nothing changes an existing person; every answer has the same status and shape, known e-mail or FİN or not', async () => {
    const intake: TestIntake = await r.intake();
    const victim = await person({ fin: null });
    const other = await person({ fin: randomFin() });
    const fresh = await r.submit(intake, r.application(intake));
    const sameEmail = await r.submit(intake, r.application(intake, { email: victim.email }));
    const sameEmailAgain = await r.submit(intake, r.application(intake, { email: victim.email }));
    const sameFin = await r.submit(intake, r.application(intake, { fin: other.fin }));
    const both = await r.submit(intake, r.application(intake, { email: victim.email, fin: other.fin }));
    const expected = shape(fresh);
    expect(expected.status).toBe(201);
    for (const res of [sameEmail, sameEmailAgain, sameFin, both]) expect(shape(res)).toEqual(expected);

    // No FİN written, nothing refreshed, nothing linked.
    expect(await reread(victim.id)).toMatchObject({ fin: null, full_name: 'Aysel Quliyeva', phone: '+994551112233' });
    expect(await reread(other.id)).toMatchObject({ fin: other.fin, full_name: 'Aysel Quliyeva' });
    const linked = await t.db.query(`SELECT count(*)::int AS n FROM applications WHERE volunteer_id IN ($1, $2)`, [victim.id, other.id]);
    expect(linked[0].n).toBe(0);

    // The real person applies with their own FİN: not refused (it was 409 IDENTITY_MISMATCH), and once they
    // verify their mailbox they are linked, and their FİN is recorded.
    const ownFin = randomFin();
    const real = await r.submit(intake, r.application(intake, { email: victim.email, fin: ownFin }));
    expect(shape(real)).toEqual(expected);
    await verify(victim.email, real.body.statusToken);
    expect(await reread(victim.id)).toMatchObject({ fin: ownFin });
    expect((await t.db.query(`SELECT volunteer_id FROM applications WHERE id = $1`, [real.body.id]))[0].volunteer_id).toBe(victim.id);
  });

  it('a FİN that belongs to someone else goes to a coordinator: verified but not linked, no move until they link the right person', async () => {
    const intake = await r.intake();
    const owner = await person({ fin: randomFin() });
    const body = r.application(intake, { fin: owner.fin });
    const applied = await r.submit(intake, body);
    expect(applied.status).toBe(201);
    await verify(String(body.email), applied.body.statusToken);
    const [app] = await t.db.query(`SELECT volunteer_id, email_verified_at FROM applications WHERE id = $1`, [applied.body.id]);
    expect(app).toMatchObject({ volunteer_id: null, email_verified_at: expect.any(Date) });
    expect(await t.db.query(`SELECT 1 FROM volunteers WHERE email = $1`, [body.email])).toHaveLength(0);
    expect(await reread(owner.id)).toMatchObject({ fin: owner.fin, email: owner.email, full_name: 'Aysel Quliyeva' });

    const coordinator = await f.loginAs(['coordinator'], { centerIds: [intake.centerIds[0]] });
    const detail = await t.http().get(`/api/v1/applications/${applied.body.id}`).set(bearer(coordinator.token)).expect(200);
    expect(detail.body.identityCandidates).toEqual([owner.id]);
    const blocked = await t.http().post(`/api/v1/applications/${applied.body.id}/transitions`).set(bearer(coordinator.token)).set('Accept-Language', 'en').send({ to: 'screening' }).expect(409);
    expect(blocked.body).toMatchObject({ code: 'IDENTITY_UNRESOLVED', detail: expect.stringContaining('link the application to the right person') });

    const stranger = await person({ fin: randomFin() });
    const wrong = await t.http().post(`/api/v1/applications/${applied.body.id}/person`).set(bearer(coordinator.token)).send({ volunteerId: stranger.id }).expect(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'volunteerId', code: 'notACandidate' })]);
    const done = await t.http().post(`/api/v1/applications/${applied.body.id}/person`).set(bearer(coordinator.token)).send({ volunteerId: owner.id }).expect(200);
    expect(done.body.identityCandidates).toBeNull();
    expect((await t.db.query(`SELECT volunteer_id FROM applications WHERE id = $1`, [applied.body.id]))[0].volunteer_id).toBe(owner.id);
    expect(await reread(owner.id)).toMatchObject({ email: owner.email, full_name: 'Aysel Quliyeva' });
    await t.http().post(`/api/v1/applications/${applied.body.id}/transitions`).set(bearer(coordinator.token)).send({ to: 'screening' }).expect(200);
    await t.http().post(`/api/v1/applications/${applied.body.id}/person`).set(bearer(coordinator.token)).send({ volunteerId: owner.id }).expect(409);
  });
});
