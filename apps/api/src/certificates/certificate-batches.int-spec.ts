import { bakuDateOf, parseSerial } from '@dost/domain';
import { CertificatesFactory } from '../../test/certificates-factory';
import { daysAgo } from '../../test/hours-factory';
import { asUser, RosteringFactory } from '../../test/rostering-factory';
import { createTestApp, Factory, type TestApp } from '../../test/test-app';
import { CertificateBatchesService } from './certificate-batches.service';

/**
 * Bulk issue over real HTTP with the real pg-boss worker (polling every second): the organiser issues a whole event's
 * team in one action and watches the progress reach the end with each person's outcome; the automatic issuer gives
 * a milestone to whoever reached it, once.
 */
describe('certificate batches and automatic issuing', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  let cf: CertificatesFactory;
  let url: string;
  let as: ReturnType<typeof asUser>;

  beforeAll(async () => {
    t = await createTestApp({ jobsPollSeconds: 1 });
    await t.app.listen(0, '127.0.0.1');
    url = await t.app.getUrl();
    f = new Factory(t);
    r = new RosteringFactory(t);
    cf = new CertificatesFactory(t);
    as = asUser(() => url);
  });
  afterAll(() => t.close());

  async function finished(token: string, id: string): Promise<{ status: string; total: number; done: number; results: { volunteerId: string; fullName: string; outcome: string; reasons: string[]; serial: string | null }[] }> {
    const seen: number[] = [];
    for (let i = 0; i < 120; i++) {
      const b = (await as(token).get(`/certificate-batches/${id}`).expect(200)).body;
      seen.push(b.done);
      if (b.status === 'done' || b.status === 'failed') {
        // The counter only ever goes up, and ends at the total.
        expect([...seen].sort((a, c) => a - c)).toEqual(seen);
        return b;
      }
      await new Promise((res) => setTimeout(res, 500));
    }
    throw new Error('the batch did not finish in 60 s');
  }

  it("issues an event's whole team in one action: issued / not eligible with the reason / already has it, with progress", async () => {
    const start = new Date(Date.now() - 10 * 86_400_000);
    const event = await f.event({ status: 'completed', startsAt: start, endsAt: new Date(start.getTime() + 86_400_000) });
    const organizer = await f.loginAs(['organizer'], { eventIds: [event.id] });
    const stranger = await f.loginAs(['organizer'], { eventIds: [(await f.event()).id] });
    const type = await cf.type({ kind: 'event', rule: { eventId: event.id } });
    const workDate = bakuDateOf(start.getTime());
    const served = await r.volunteers(3, {});
    for (const v of served) await cf.approved(v.volunteer.id, { eventId: event.id }, [480], workDate, organizer.userId);
    // One was on the rota but never came (no approved hours), one already holds the certificate.
    const absent = await r.volunteer({});
    const position = await r.position({ eventId: event.id });
    const shift = await r.shift(position, { startsAt: start, endsAt: new Date(start.getTime() + 4 * 3_600_000) });
    await t.db.query(`INSERT INTO shift_assignments (shift_id, volunteer_id, status, source) VALUES ($1, $2, 'no_show', 'coordinator')`, [shift.id, absent.volunteer.id]);
    await as(organizer.token).post('/certificates', { typeId: type.id, volunteerId: served[0].volunteer.id }).expect(201);

    // Another event's organiser may neither start it nor read it.
    const notTheirs = await as(stranger.token).post('/certificate-batches', { typeId: type.id }).expect(400);
    expect(notTheirs.body.errors[0]).toMatchObject({ field: 'typeId', code: 'certificateTypeOutOfScope' });
    expect(notTheirs.body.errors[0].message).toMatch(/başqa mərkəz və ya tədbir/);

    const started = await as(organizer.token).post('/certificate-batches', { typeId: type.id }).expect(202);
    expect(started.body).toMatchObject({ typeId: type.id, status: 'queued', total: 4, done: 0, results: [] });
    await as(stranger.token).get(`/certificate-batches/${started.body.id}`).expect(404);

    const done = await finished(organizer.token, started.body.id);
    expect(done).toMatchObject({ status: 'done', total: 4, done: 4 });
    const outcome = Object.fromEntries(done.results.map((x) => [x.volunteerId, x]));
    expect(outcome[served[0].volunteer.id].outcome).toBe('alreadyHeld');
    for (const v of served.slice(1)) {
      expect(outcome[v.volunteer.id]).toMatchObject({ outcome: 'issued', fullName: v.volunteer.fullName, reasons: [] });
      expect(parseSerial(outcome[v.volunteer.id].serial!)).not.toBeNull();
    }
    expect(outcome[absent.volunteer.id]).toMatchObject({ outcome: 'notEligible', reasons: ['notAtEvent'], serial: null });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM certificates WHERE type_id = $1 AND status = 'valid'`, [type.id]);
    expect(n).toBe(3);

    // Running it again changes nothing: everyone who earned it has it.
    const again = await finished(organizer.token, (await as(organizer.token).post('/certificate-batches', { typeId: type.id }).expect(202)).body.id);
    expect(again.results.map((x) => x.outcome).sort()).toEqual(['alreadyHeld', 'alreadyHeld', 'alreadyHeld', 'notEligible']);
  });

  it('names chosen people only within scope (400 naming volunteerIds), and an event nobody served at is refused', async () => {
    const event = await f.event({ status: 'completed' });
    const organizer = await f.loginAs(['organizer'], { eventIds: [event.id] });
    const type = await cf.type({ kind: 'event', rule: { eventId: event.id } });
    const elsewhere = await r.volunteer({});
    const refused = await as(organizer.token).post('/certificate-batches', { typeId: type.id, volunteerIds: [elsewhere.volunteer.id] }).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['volunteerIds']);
    const empty = await as(organizer.token).post('/certificate-batches', { typeId: type.id }).expect(400);
    expect(empty.body.errors[0]).toMatchObject({ field: 'volunteerIds', code: 'certificateBatchEmpty' });
    expect(await t.db.query(`SELECT 1 FROM certificate_batches WHERE type_id = $1`, [type.id])).toHaveLength(0);
  });

  it('the automatic issuer gives an auto-issue milestone to whoever reached it, once, with mail, and skips those short of it', async () => {
    const center = await f.center();
    const coord = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    const type = await cf.type({ kind: 'milestone', rule: { milestoneHours: 100 }, autoIssue: true });
    const [reached, short] = await r.volunteers(2, { homeCenterId: center.id, status: 'active' });
    // 100 h = 6,000 minutes: ten days of 600 and one more hour for one, an hour short of it for the other.
    for (let d = 1; d <= 10; d++) {
      await cf.approved(reached.volunteer.id, { centerId: center.id }, [600], daysAgo(d), coord.userId);
      await cf.approved(short.volunteer.id, { centerId: center.id }, [d === 10 ? 540 : 600], daysAgo(d), coord.userId);
    }
    await cf.approved(reached.volunteer.id, { centerId: center.id }, [60], daysAgo(11), coord.userId);

    const batches = t.app.get(CertificateBatchesService);
    await batches.autoIssue();
    // The type is network-wide: people of other suites sharing this database may reach it too; look at ours.
    const ours = [reached.volunteer.id, short.volunteer.id];
    const rows = await t.db.query(`SELECT volunteer_id, issued_by FROM certificates WHERE type_id = $1 AND volunteer_id = ANY($2)`, [type.id, ours]);
    expect(rows).toEqual([{ volunteer_id: reached.volunteer.id, issued_by: null }]);
    // The mail (with its PDF) is rendered by a job after the commit.
    let mails = 0;
    for (let i = 0; i < 60 && mails === 0; i++) {
      if (i) await new Promise((res) => setTimeout(res, 500));
      [{ mails }] = await t.db.query(`SELECT count(*)::int AS mails FROM notification_deliveries WHERE template = 'certificate-issued' AND to_email = $1`, [reached.volunteer.email]);
    }
    expect(mails).toBe(1);
    // The next hour's run finds nobody new of this type.
    await batches.autoIssue();
    expect(await t.db.query(`SELECT 1 FROM certificates WHERE type_id = $1 AND volunteer_id = ANY($2)`, [type.id, ours])).toHaveLength(1);
  });
});
