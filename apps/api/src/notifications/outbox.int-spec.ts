import { listMailFiles } from '@dost/notifications';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../test/test-app';
import { NotificationDeliveryEntity } from './entities/notification-delivery.entity';
import { NotificationsService } from './notifications.service';

async function waitFor<T>(what: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await what();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('transactional outbox (real PostgreSQL, pg-boss, file mailer)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ jobsPollSeconds: 1 });
  });
  afterAll(() => t.close());

  const reset = (email: string) => ({
    template: 'password-reset' as const,
    props: { recipientName: 'Gülçöhrə Şükürova', resetUrl: 'http://localhost:3000/#/reset/abc', expiresInMinutes: 30 },
    to: { email, name: 'Gülçöhrə Şükürova' },
    locale: 'az' as const,
  });

  it('a committed change sends its mail once, in the recipient language; a rolled-back one never', async () => {
    const notifications = t.app.get(NotificationsService);
    const committed = `c-${Date.now()}@test.dost.local`;
    const rolledBack = `r-${Date.now()}@test.dost.local`;
    const { id } = await t.db.transaction((em) => notifications.enqueue(em, reset(committed)));
    await expect(
      t.db.transaction(async (em) => {
        await notifications.enqueue(em, reset(rolledBack));
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');

    const delivery = await waitFor(async () => {
      const d = await t.db.getRepository(NotificationDeliveryEntity).findOneBy({ id });
      return d?.status === 'sent' ? d : undefined;
    });
    expect(delivery.attempts).toBe(1);
    const files = await listMailFiles(path.join(t.config.dataDir, 'mail'));
    const mine = files.filter((f) => f.to.includes(committed));
    expect(mine).toHaveLength(1);
    expect(mine[0].subject).toMatch(/[əğıöüçş]/);
    expect(files.some((f) => f.to.includes(rolledBack))).toBe(false);
    expect(await t.db.getRepository(NotificationDeliveryEntity).countBy({ toEmail: rolledBack })).toBe(0);
  });

  it('enqueueMany writes every delivery and its job in the caller\'s transaction, past the thousand rows of one INSERT', async () => {
    const notifications = t.app.get(NotificationsService);
    const stamp = Date.now();
    const mails = Array.from({ length: 1205 }, (_, i) => reset(`many-${stamp}-${i}@test.dost.local`));
    // Counted inside the transaction, which then fails: 1,205 mails are not sent by this test.
    let seen: unknown;
    await expect(t.db.transaction(async (em) => {
      const ids = await notifications.enqueueMany(em, mails);
      const [{ deliveries }] = await em.query(`SELECT count(*)::int AS deliveries FROM notification_deliveries WHERE id = ANY($1::uuid[])`, [ids]);
      const [{ jobs }] = await em.query(`SELECT count(*)::int AS jobs FROM pgboss.job WHERE name = 'notifications.deliver' AND data->>'deliveryId' = ANY($1::text[])`, [ids]);
      const [{ last }] = await em.query(`SELECT to_email AS last FROM notification_deliveries WHERE id = $1`, [ids[1204]]);
      seen = { ids: new Set(ids).size, deliveries, jobs, last };
      throw new Error('the business change failed');
    })).rejects.toThrow('the business change failed');
    expect(seen).toEqual({ ids: 1205, deliveries: 1205, jobs: 1205, last: `many-${stamp}-1204@test.dost.local` });
    // …and after the rollback nothing of the lot is left.
    const [{ left }] = await t.db.query(`SELECT count(*)::int AS left FROM notification_deliveries WHERE to_email LIKE $1`, [`many-${stamp}-%`]);
    expect(left).toBe(0);
  });

  it('a delivery that cannot be rendered fails at once with the reason instead of retrying forever', async () => {
    const notifications = t.app.get(NotificationsService);
    const email = `broken-${Date.now()}@test.dost.local`;
    const { id } = await t.db.transaction(async (em) => {
      const queued = await notifications.enqueue(em, reset(email));
      // As if an old row lacked a prop a newer template needs.
      await em.query(`UPDATE notification_deliveries SET props = props - 'resetUrl' WHERE id = $1`, [queued.id]);
      return queued;
    });
    const failed = await waitFor(async () => {
      const d = await t.db.getRepository(NotificationDeliveryEntity).findOneBy({ id });
      return d?.status === 'failed' ? d : undefined;
    });
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/^render: .*resetUrl/);
  });
});
