import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { VolunteerPreferredCenterEntity } from '../entities/volunteer-preferred-center.entity';
import { VolunteerEntity } from '../entities/volunteer.entity';
import { AccountClosureRequestEntity } from './entities/account-closure-request.entity';
import { EmailChangeEntity } from './entities/email-change.entity';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity';
import { VolunteerProfileEntity } from './entities/volunteer-profile.entity';

/**
 * Only the caller's own rows: every method takes the caller's user id (or their volunteer id found by it),
 * so "scope" here is the person themself.
 */
@Injectable()
export class MyProfileRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  user(userId: string, em: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return em.findOne(UserEntity, { where: { id: userId }, relations: { roles: true } });
  }

  volunteerOf(userId: string, em: EntityManager = this.db.manager): Promise<VolunteerEntity | null> {
    return em.findOne(VolunteerEntity, { where: { userId } });
  }

  profile(volunteerId: string, em: EntityManager = this.db.manager): Promise<VolunteerProfileEntity | null> {
    return em.findOne(VolunteerProfileEntity, { where: { volunteerId } });
  }

  async preferredCenterIds(volunteerId: string, em: EntityManager = this.db.manager): Promise<string[]> {
    const rows = await em.find(VolunteerPreferredCenterEntity, { where: { volunteerId }, order: { createdAt: 'ASC', centerId: 'ASC' } });
    return rows.map((r) => r.centerId);
  }

  preferences(userId: string, em: EntityManager = this.db.manager): Promise<NotificationPreferenceEntity | null> {
    return em.findOne(NotificationPreferenceEntity, { where: { userId } });
  }

  openClosureRequest(userId: string, em: EntityManager = this.db.manager): Promise<AccountClosureRequestEntity | null> {
    return em.findOne(AccountClosureRequestEntity, { where: { userId, status: 'open' } });
  }

  pendingEmailChange(userId: string, now: Date, em: EntityManager = this.db.manager): Promise<EmailChangeEntity | null> {
    return em
      .createQueryBuilder(EmailChangeEntity, 'c')
      .where('c.user_id = :userId AND c.used_at IS NULL AND c.expires_at > :now', { userId, now })
      .orderBy('c.created_at', 'DESC')
      .getOne();
  }

  async centerOptions(): Promise<{ id: string; region: string; name: { az: string; en: string; ru: string } }[]> {
    const rows = await this.db.getRepository(CenterEntity).find({ where: { active: true }, order: { region: 'ASC', nameAz: 'ASC' } });
    return rows.map((c) => ({ id: c.id, region: c.region, name: { az: c.nameAz, en: c.nameEn, ru: c.nameRu } }));
  }

  async activeCenterIds(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.db.getRepository(CenterEntity).createQueryBuilder('c').select('c.id', 'id').where('c.id IN (:...ids) AND c.active', { ids: [...ids] }).getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  async saveVolunteerFields(em: EntityManager, volunteerId: string, values: Partial<Pick<VolunteerEntity, 'phone' | 'languages' | 'locale'>>): Promise<void> {
    if (Object.keys(values).length) await em.update(VolunteerEntity, { id: volunteerId }, values);
  }

  async saveProfile(em: EntityManager, volunteerId: string, values: Partial<Pick<VolunteerProfileEntity, 'availability' | 'emergencyContactName' | 'emergencyContactPhone'>>): Promise<void> {
    if (!Object.keys(values).length) return;
    await em.createQueryBuilder().insert().into(VolunteerProfileEntity).values({ volunteerId, ...values }).orUpdate(Object.keys(values).map(snake), ['volunteer_id']).execute();
  }

  async replacePreferredCenters(em: EntityManager, volunteerId: string, centerIds: readonly string[]): Promise<void> {
    await em.delete(VolunteerPreferredCenterEntity, { volunteerId });
    // One at a time so created_at keeps the order the person gave (first = most preferred).
    for (const [i, centerId] of centerIds.entries()) {
      await em.insert(VolunteerPreferredCenterEntity, { volunteerId, centerId, createdAt: new Date(Date.now() + i) });
    }
  }

  async setUserLocale(em: EntityManager, userId: string, locale: UserEntity['locale']): Promise<void> {
    await em.update(UserEntity, { id: userId }, { locale });
  }

  async setOpenApplicationsLocale(em: EntityManager, volunteerId: string, locale: UserEntity['locale']): Promise<void> {
    await em.query(`UPDATE applications SET locale = $1 WHERE volunteer_id = $2 AND status NOT IN ('rejected', 'withdrawn', 'onboarded')`, [locale, volunteerId]);
  }

  async savePreferences(em: EntityManager, userId: string, values: Partial<Pick<NotificationPreferenceEntity, 'reminders' | 'swaps' | 'messages'>>): Promise<void> {
    if (!Object.keys(values).length) return;
    await em.createQueryBuilder().insert().into(NotificationPreferenceEntity).values({ userId, ...values }).orUpdate(Object.keys(values), ['user_id']).execute();
  }

  /** Whether an address belongs to another account or person (users and volunteers are both unique by e-mail). */
  async emailTaken(email: string, userId: string, em: EntityManager = this.db.manager): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM users WHERE email = $1 AND id <> $2
       UNION ALL SELECT 1 FROM volunteers WHERE email = $1 AND (user_id IS NULL OR user_id <> $2) LIMIT 1`,
      [email, userId],
    );
    return rows.length > 0;
  }

  async issueEmailChange(em: EntityManager, row: Pick<EmailChangeEntity, 'userId' | 'newEmail' | 'tokenHash' | 'expiresAt'>, now: Date): Promise<void> {
    await em.update(EmailChangeEntity, { userId: row.userId, usedAt: IsNull() }, { usedAt: now });
    await em.insert(EmailChangeEntity, row);
  }

  /** Uses a pending change once (row-locked); null when unknown, used or expired. */
  async consumeEmailChange(em: EntityManager, tokenHash: string, now: Date): Promise<EmailChangeEntity | null> {
    const row = await em
      .createQueryBuilder(EmailChangeEntity, 'c')
      .setLock('pessimistic_write')
      .where('c.token_hash = :tokenHash AND c.used_at IS NULL AND c.expires_at > :now', { tokenHash, now })
      .getOne();
    if (!row) return null;
    await em.update(EmailChangeEntity, { id: row.id }, { usedAt: now });
    return row;
  }

  async changeEmail(em: EntityManager, userId: string, email: string): Promise<void> {
    await em.update(UserEntity, { id: userId }, { email });
    await em.update(VolunteerEntity, { userId }, { email });
  }

  async insertClosureRequest(em: EntityManager, userId: string, reason: string | null): Promise<AccountClosureRequestEntity> {
    return em.save(AccountClosureRequestEntity, em.create(AccountClosureRequestEntity, { userId, reason, status: 'open' }));
  }

  async withdrawClosureRequest(userId: string, now: Date): Promise<boolean> {
    const r = await this.db.getRepository(AccountClosureRequestEntity).update({ userId, status: 'open' }, { status: 'withdrawn', handledAt: now });
    return (r.affected ?? 0) > 0;
  }

  /** Staff list: open requests first, newest first. */
  async listClosureRequests(limit: number, offset: number): Promise<[{ id: string; user_id: string; full_name: string; email: string; reason: string | null; status: string; created_at: Date; handled_at: Date | null }[], number]> {
    const rows = await this.db.query(
      `SELECT r.id, r.user_id, u.full_name, u.email, r.reason, r.status, r.created_at, r.handled_at
         FROM account_closure_requests r JOIN users u ON u.id = r.user_id
        ORDER BY (r.status = 'open') DESC, r.created_at DESC LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM account_closure_requests`);
    return [rows, count];
  }

  /** Raw rows for the data export and the applicant home (explicit columns; never another person's data). */
  query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.db.query(sql, params);
  }
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
