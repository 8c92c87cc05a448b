import { createTestApp, Factory, type TestApp } from '../../test/test-app';
import { waitFor } from '../../test/mail-helpers';
import { MessagingFactory } from '../../test/messaging-factory';
import { NotificationDeliveryEntity } from '../notifications/entities/notification-delivery.entity';
import { MESSAGES_PER_HOUR } from './messaging.service';

describe('group messages (real PostgreSQL, outbox)', () => {
  let t: TestApp;
  let f: Factory;
  let m: MessagingFactory;
  beforeAll(async () => {
    t = await createTestApp({ jobsPollSeconds: 1 });
    f = new Factory(t);
    m = new MessagingFactory(t);
  });
  afterAll(() => t.close());

  const deliveries = (groupMessageId: string) => t.db.getRepository(NotificationDeliveryEntity).find({ where: { groupMessageId }, order: { toEmail: 'ASC' } });

  it("a coordinator previews and sends to their center's active volunteers, each in their language; others' centers are 404", async () => {
    const center = await f.center({ nameAz: 'Bərdə mərkəzi', nameEn: 'Barda center', nameRu: 'Центр Барда' });
    const other = await f.center();
    const aysel = await m.volunteer({ homeCenterId: center.id, fullName: 'Aysel Məmmədova', locale: 'az' });
    const john = await m.volunteer({ homeCenterId: center.id, fullName: 'John Smith', locale: 'en' });
    await m.volunteer({ homeCenterId: center.id, status: 'paused' });
    await m.volunteer({ homeCenterId: other.id });
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    const auth = { Authorization: `Bearer ${coordinator.token}` };

    const preview = await t.http().post('/api/v1/messages/preview').set(auth).send({ segment: { kind: 'center', id: center.id } }).expect(200);
    expect(preview.body).toEqual({ count: 2, unsubscribed: 0, firstNames: ['Aysel', 'John'], place: { az: 'Bərdə mərkəzi', en: 'Barda center', ru: 'Центр Барда' } });
    await t.http().post('/api/v1/messages/preview').set(auth).send({ segment: { kind: 'center', id: other.id } }).expect(404);
    await t.http().post('/api/v1/messages').set(auth).send({ segment: { kind: 'center', id: other.id }, subject: 'x', body: 'y' }).expect(404);

    const sent = await t.http().post('/api/v1/messages').set(auth)
      .send({ segment: { kind: 'center', id: center.id }, subject: 'Şənbə növbəsi', body: 'Saat 09:00-da görüşürük.' }).expect(201);
    expect(sent.body).toMatchObject({ recipientCount: 2, senderName: 'Test coordinator', segmentLabel: 'Bərdə mərkəzi', centerId: center.id });
    const rows = await deliveries(sent.body.id);
    expect(rows.map((d) => [d.toEmail, d.locale, d.template, d.essential])).toEqual(
      [[aysel.email, 'az', 'coordinator-message', false], [john.email, 'en', 'coordinator-message', false]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(rows.find((d) => d.toEmail === john.email)?.props).toMatchObject({ centerName: 'Barda center', coordinatorName: 'Test coordinator' });

    // Audited (who, what) — never the text.
    const [audit] = await t.db.query(`SELECT action, entity_id, details FROM audit_log WHERE actor_id = $1 AND action = 'messaging.send'`, [coordinator.userId]);
    expect(audit).toMatchObject({ entity_id: sent.body.id });
    expect(JSON.stringify(audit.details)).not.toContain('Şənbə');

    const history = await t.http().get('/api/v1/messages').set(auth).expect(200);
    expect(history.body.data.map((g: { id: string }) => g.id)).toContain(sent.body.id);
    const otherCoordinator = await f.loginAs(['coordinator'], { centerIds: [other.id] });
    const theirs = await t.http().get('/api/v1/messages').set('Authorization', `Bearer ${otherCoordinator.token}`).expect(200);
    expect(theirs.body.data.map((g: { id: string }) => g.id)).not.toContain(sent.body.id);
    await t.http().get(`/api/v1/messages/${sent.body.id}`).set('Authorization', `Bearer ${otherCoordinator.token}`).expect(404);
  });

  it('an unsubscribed address gets no group message (suppressed), but still gets transactional mail', async () => {
    const center = await f.center();
    const stays = await m.volunteer({ homeCenterId: center.id, fullName: 'Aaa Qalan' });
    const leaves = await m.volunteer({ homeCenterId: center.id, fullName: 'Bbb Gedən' });
    const admin = await f.loginAs(['admin']);
    const auth = { Authorization: `Bearer ${admin.token}` };
    const first = await t.http().post('/api/v1/messages').set(auth).send({ segment: { kind: 'center', id: center.id }, subject: 'Bir', body: 'Birinci' }).expect(201);
    const link = String((await deliveries(first.body.id)).find((d) => d.toEmail === leaves.email)?.props.unsubscribeUrl);
    const token = new URL(link).searchParams.get('token') as string;

    // The mail link opens the console page; the page (or a one-click client) POSTs.
    const page = await t.http().get(`/api/v1/unsubscribe${new URL(link).search}`).expect(302);
    expect(page.headers.location).toMatch(/\/#\/unsubscribe\?token=[\w.-]+&lang=az$/);
    await t.http().post('/api/v1/unsubscribe').send({ token: `${token}x` }).expect(400);
    const done = await t.http().post(`/api/v1/unsubscribe?token=${token}`).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(done.body).toEqual({ email: "v***@test.dost.local" });

    const preview = await t.http().post('/api/v1/messages/preview').set(auth).send({ segment: { kind: 'center', id: center.id } }).expect(200);
    expect(preview.body).toMatchObject({ count: 2, unsubscribed: 1 });
    const second = await t.http().post('/api/v1/messages').set(auth).send({ segment: { kind: 'center', id: center.id }, subject: 'İki', body: 'İkinci' }).expect(201);
    const settled = await waitFor(async () => {
      const rows = await deliveries(second.body.id);
      return rows.every((d) => d.status !== 'queued') ? rows : undefined;
    }, 20_000, 'the deliveries to settle');
    expect(Object.fromEntries(settled.map((d) => [d.toEmail, d.status]))).toEqual({ [stays.email]: 'sent', [leaves.email]: 'suppressed' });
    const detail = await t.http().get(`/api/v1/messages/${second.body.id}`).set(auth).expect(200);
    expect(detail.body.deliveries).toEqual({ queued: 0, sent: 1, failed: 0, suppressed: 1 });

    // Transactional mail still goes to the unsubscribed address.
    await t.http().post('/api/v1/users').set(auth).send({ email: leaves.email, fullName: 'Bbb Gedən', roles: ['volunteer'] }).expect(201);
    await waitFor(async () => {
      const d = await t.db.getRepository(NotificationDeliveryEntity).findOneBy({ toEmail: leaves.email, template: 'account-invitation' });
      return d?.status === 'sent' ? d : undefined;
    }, 20_000, 'the invitation to an unsubscribed address');
  });

  it('refuses an empty segment and bad input field by field, and limits messages per sender', async () => {
    const center = await f.center();
    await m.volunteer({ homeCenterId: center.id });
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    const auth = { Authorization: `Bearer ${coordinator.token}`, 'Accept-Language': 'en' };
    const empty = await f.center();
    const admin = await f.loginAs(['admin']);
    const none = await t.http().post('/api/v1/messages').set({ Authorization: `Bearer ${admin.token}`, 'Accept-Language': 'en' })
      .send({ segment: { kind: 'center', id: empty.id }, subject: 'S', body: 'B' }).expect(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'segment', code: 'noRecipients' })]);
    const bad = await t.http().post('/api/v1/messages').set(auth).send({ segment: { kind: 'planet', id: 'x' }, subject: '', body: 'B' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['segment.id', 'segment.kind', 'subject']);
    const before = await t.db.query(`SELECT count(*)::int AS n FROM group_messages WHERE sender_id = $1`, [coordinator.userId]);
    expect(before[0].n).toBe(0);

    const results = await Promise.all(
      Array.from({ length: MESSAGES_PER_HOUR + 2 }, (_, i) =>
        t.http().post('/api/v1/messages').set(auth).send({ segment: { kind: 'center', id: center.id }, subject: `S${i}`, body: 'B' })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(MESSAGES_PER_HOUR);
    expect(results.filter((r) => r.status === 429)).toHaveLength(2);
    const after = await t.db.query(`SELECT count(*)::int AS n FROM group_messages WHERE sender_id = $1`, [coordinator.userId]);
    expect(after[0].n).toBe(MESSAGES_PER_HOUR);

    const hr = await f.loginAs(['hr']);
    await t.http().post('/api/v1/messages/preview').set('Authorization', `Bearer ${hr.token}`).send({ segment: { kind: 'center', id: center.id } }).expect(403);
  });

  it("an organizer messages their event's team, a shift and a position (rostering tables)", async () => {
    if (!(await m.hasRostering())) {
      console.warn('SKIPPED: the rostering tables are not there yet');
      return;
    }
    const event = await f.event();
    const otherEvent = await f.event();
    const a = await m.volunteer({ fullName: 'Aaa Komanda' });
    const b = await m.volunteer({ fullName: 'Bbb Komanda' });
    const c = await m.volunteer({ fullName: 'Ccc Başqa' });
    const first = await m.shiftWith({ eventId: event.id }, [a.id, b.id]);
    await m.shiftWith({ eventId: event.id }, [a.id]);
    const foreign = await m.shiftWith({ eventId: otherEvent.id }, [c.id]);
    const organizer = await f.loginAs(['organizer'], { eventIds: [event.id] });
    const auth = { Authorization: `Bearer ${organizer.token}` };
    const count = async (kind: string, id: string) =>
      (await t.http().post('/api/v1/messages/preview').set(auth).send({ segment: { kind, id } }).expect(200)).body.count;
    expect(await count('event', event.id)).toBe(2);
    expect(await count('shift', first.shiftId)).toBe(2);
    expect(await count('position', first.positionId)).toBe(2);
    await t.http().post('/api/v1/messages/preview').set(auth).send({ segment: { kind: 'shift', id: foreign.shiftId } }).expect(404);
    await t.http().post('/api/v1/messages/preview').set(auth).send({ segment: { kind: 'event', id: otherEvent.id } }).expect(404);
    const sent = await t.http().post('/api/v1/messages').set(auth).send({ segment: { kind: 'event', id: event.id }, subject: 'Brifinq', body: 'Saat 08:00' }).expect(201);
    expect(sent.body).toMatchObject({ recipientCount: 2, eventId: event.id, centerId: null });
  });

  it('with an Idempotency-Key, parallel repeats send once and answer the same message; another message under the key is 422', async () => {
    const center = await f.center();
    await m.volunteer({ homeCenterId: center.id });
    await m.volunteer({ homeCenterId: center.id });
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    const auth = { Authorization: `Bearer ${coordinator.token}`, 'Idempotency-Key': `k-${Date.now()}` };
    const message = { segment: { kind: 'center', id: center.id }, subject: 'Bir dəfə', body: 'Yalnız bir dəfə' };
    const answers = await Promise.all([0, 1, 2, 3].map(() => t.http().post('/api/v1/messages').set(auth).send(message)));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await deliveries(answers[0].body.id)).toHaveLength(2);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM group_messages WHERE sender_id = $1`, [coordinator.userId]);
    expect(n).toBe(1);
    await t.http().post('/api/v1/messages').set(auth).send({ ...message, body: 'Başqa mətn' }).expect(422);
  });
});
