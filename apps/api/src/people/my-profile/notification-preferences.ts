import { mailAllowed, notificationKindOf } from '@dost/domain';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The one check of "My profile → notifications": whether a mail of `template` may go to the account
 * `userId`. Mandatory mail (account, applications, changes to a held shift) always may. The outbox asks it
 * when sending — like an unsubscribe, a preference changed after the mail was queued is honoured.
 */
export async function allowedByPreferences(db: DataSource | EntityManager, userId: string | null, template: string): Promise<boolean> {
  if (!userId || !notificationKindOf(template)) return true;
  const rows: { reminders: boolean; swaps: boolean; messages: boolean }[] = await db.query(
    'SELECT reminders, swaps, messages FROM notification_preferences WHERE user_id = $1',
    [userId],
  );
  return mailAllowed(template, rows[0] ?? null);
}
