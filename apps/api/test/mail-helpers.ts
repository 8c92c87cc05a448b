import { DataSource } from 'typeorm';
import { NotificationDeliveryEntity } from '../src/notifications/entities/notification-delivery.entity';

/** Polls until `what` gives a value (not undefined). */
export async function waitFor<T>(what: () => Promise<T | undefined>, timeoutMs = 20_000, label = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await what();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The newest delivery of a template to an address (props hold the link the mail carries). */
export async function latestDelivery(db: DataSource, toEmail: string, template: string): Promise<NotificationDeliveryEntity | undefined> {
  const row = await db.getRepository(NotificationDeliveryEntity).findOne({ where: { toEmail, template }, order: { createdAt: 'DESC' } });
  return row ?? undefined;
}

/** The `token` query parameter of a console link such as `http://…/#/set-password?token=…`. */
export function tokenOf(link: string): string {
  const query = link.slice(link.indexOf('?') + 1);
  const token = new URLSearchParams(query).get('token');
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}
