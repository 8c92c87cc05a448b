import type { Mailer, OutgoingMail } from '@dost/notifications';
import PgBoss from 'pg-boss';
import { createTestApp, type TestApp } from '../../test/test-app';
import { NotificationDeliveryEntity } from './entities/notification-delivery.entity';
import { MAILER } from './mailer.provider';
import { DELIVERY_QUEUE, NotificationsService } from './notifications.service';

/**
 * Issue 18, defect 7: after a crash, a mail that was being sent waited ~18 minutes (the job's 15-minute expiry
 * plus pg-boss's 2-minute maintenance). A restart resumes it within a minute, still once per Message-ID.
 */
describe('interrupted mail deliveries (real PostgreSQL, pg-boss, file mailer)', () => {
  const reset = (email: string) => ({
    template: 'password-reset' as const,
    props: { recipientName: 'Gülçöhrə Şükürova', resetUrl: 'http://localhost:3000/#/reset/abc', expiresInMinutes: 30 },
    to: { email, name: 'Gülçöhrə Şükürova' },
    locale: 'az' as const,
  });
  /** Every mail handed to the mailer (the file mailer names files by Message-ID, so a second send would not show). */
  const recordSends = (t: TestApp) => {
    const sent: OutgoingMail[] = [];
    const mailer = t.app.get<Mailer>(MAILER);
    const send = mailer.send.bind(mailer);
    jest.spyOn(mailer, 'send').mockImplementation(async (mail: OutgoingMail) => {
      sent.push(mail);
      await new Promise((r) => setTimeout(r, 50)); // a send takes a while: others may start meanwhile
      return send(mail);
    });
    return (email: string) => sent.filter((m) => m.to.address === email);
  };

  it('a job left active by a killed worker is sent by the restarted process within a minute, once', async () => {
    // The process that enqueued the mail and then "died": no worker of its own, so the job stays for the dying one.
    const before = await createTestApp({ jobsWorker: false });
    const email = `crash-${Date.now()}@test.dost.local`;
    const { id } = await before.db.transaction((em) => before.app.get(NotificationsService).enqueue(em, reset(email)));
    // The worker that was sending it: fetches the job (pg-boss marks it active) and is killed — never completes it.
    const dying = new PgBoss({ connectionString: before.config.databaseUrl, schema: 'pgboss', supervise: false, schedule: false });
    await dying.start();
    const jobs = await dying.fetch<{ deliveryId: string }>(DELIVERY_QUEUE, { batchSize: 100 });
    expect(jobs.map((j) => j.data.deliveryId)).toContain(id);
    await dying.stop({ graceful: false, wait: true });
    await before.close();
    const crashedAt = Date.now();

    const after = await createTestApp({ jobsPollSeconds: 1 });
    const sentTo = recordSends(after);
    try {
      let delivery: NotificationDeliveryEntity | null = null;
      while (Date.now() - crashedAt < 75_000) {
        delivery = await after.db.getRepository(NotificationDeliveryEntity).findOneBy({ id });
        if (delivery?.status === 'sent') break;
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(delivery?.status).toBe('sent');
      expect(Date.now() - crashedAt).toBeLessThan(60_000);
      const mails = sentTo(email);
      expect(mails).toHaveLength(1);
      expect(mails[0].messageId).toBe(delivery!.messageId);
      expect(delivery!.attempts).toBe(1);
    } finally {
      await after.close();
    }
  }, 100_000);

  it('two workers on one delivery at once (a job expired while its first worker was still sending): one mail', async () => {
    const t = await createTestApp({ jobsWorker: false });
    try {
      const notifications = t.app.get(NotificationsService);
      const sentTo = recordSends(t);
      const email = `twice-${Date.now()}@test.dost.local`;
      const { id } = await t.db.transaction((em) => notifications.enqueue(em, reset(email)));
      await Promise.all([notifications.deliver(id), notifications.deliver(id), notifications.deliver(id)]);
      expect(sentTo(email)).toHaveLength(1);
      expect(await t.db.getRepository(NotificationDeliveryEntity).findOneBy({ id })).toMatchObject({ status: 'sent', attempts: 1 });
    } finally {
      await t.close();
    }
  });
});
