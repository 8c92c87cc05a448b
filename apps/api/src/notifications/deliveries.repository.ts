import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { pageOf } from '../common/http/list-query';
import type { DeliveryListQueryDto } from './dto/delivery.dto';
import { MailUnsubscribeEntity } from './entities/mail-unsubscribe.entity';
import { NotificationDeliveryEntity } from './entities/notification-delivery.entity';

export type NewDelivery = Pick<
  NotificationDeliveryEntity,
  'id' | 'template' | 'locale' | 'toEmail' | 'toName' | 'userId' | 'props' | 'attachments' | 'essential' | 'messageId' | 'groupMessageId'
>;

@Injectable()
export class DeliveriesRepository {
  constructor(@InjectRepository(NotificationDeliveryEntity) private readonly repo: Repository<NotificationDeliveryEntity>) {}

  /** Written with the caller's EntityManager: part of the business transaction. */
  async insert(em: EntityManager, values: readonly NewDelivery[]): Promise<void> {
    // One INSERT per thousand rows (a bulk decision mails hundreds of people; PostgreSQL takes at most 65,535
    // parameters per statement), without re-reading the rows.
    for (let i = 0; i < values.length; i += 1000) {
      await em.createQueryBuilder().insert().into(NotificationDeliveryEntity)
        .values(values.slice(i, i + 1000).map((v) => ({ ...v, status: 'queued' as const, attempts: 0 })) as QueryDeepPartialEntity<NotificationDeliveryEntity>[])
        .updateEntity(false).execute();
    }
  }

  /**
   * A session advisory lock on one delivery, held on its own connection while the mail is sent: two workers (a
   * job expired while its first worker was still sending, then retried) never send the same delivery at once.
   * A crashed process loses its connection, and with it the lock. Null when another worker holds it.
   */
  async lockForSending(id: string): Promise<{ release: () => Promise<void> } | null> {
    const runner = this.repo.manager.connection.createQueryRunner();
    await runner.connect();
    try {
      const [{ ok }] = await runner.query(`SELECT pg_try_advisory_lock(hashtextextended($1, 77)) AS ok`, [`delivery:${id}`]);
      if (!ok) {
        await runner.release();
        return null;
      }
    } catch (e) {
      await runner.release();
      throw e;
    }
    return {
      release: async () => {
        try {
          await runner.query(`SELECT pg_advisory_unlock(hashtextextended($1, 77))`, [`delivery:${id}`]);
        } finally {
          await runner.release();
        }
      },
    };
  }

  findById(id: string): Promise<NotificationDeliveryEntity | null> {
    return this.repo.findOne({ where: { id } });
  }

  list(query: DeliveryListQueryDto): Promise<[NotificationDeliveryEntity[], number]> {
    const qb = this.repo.createQueryBuilder('d');
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.template) qb.andWhere('d.template = :template', { template: query.template });
    if (query.locale) qb.andWhere('d.locale = :locale', { locale: query.locale });
    if (query.groupMessageId) qb.andWhere('d.group_message_id = :groupMessageId', { groupMessageId: query.groupMessageId });
    if (query.q) qb.andWhere('(d.to_email ILIKE :q OR d.to_name ILIKE :q)', { q: `%${query.q}%` });
    return pageOf(qb, query, { createdAt: 'd.created_at', status: 'd.status', template: 'd.template' }, 'createdAt');
  }

  async markSent(id: string, now: Date): Promise<void> {
    await this.repo.update({ id }, { status: 'sent', sentAt: now, attempts: () => 'attempts + 1', lastError: null, nextAttemptAt: null });
  }

  /** A failed delivery back to the queue for a fresh series of attempts; false when it is not failed. */
  async requeueFailed(em: EntityManager, id: string): Promise<boolean> {
    const result = await em.update(NotificationDeliveryEntity, { id, status: 'failed' }, { status: 'queued', attempts: 0, nextAttemptAt: null });
    return (result.affected ?? 0) === 1;
  }

  async isUnsubscribed(email: string): Promise<boolean> {
    return this.repo.manager.exists(MailUnsubscribeEntity, { where: { email } });
  }

  async unsubscribe(email: string): Promise<void> {
    await this.repo.manager.createQueryBuilder().insert().into(MailUnsubscribeEntity).values({ email }).orIgnore().execute();
  }

  async markSuppressed(id: string): Promise<void> {
    await this.repo.update({ id }, { status: 'suppressed' });
  }

  async markAttemptFailed(em: EntityManager, id: string, error: string, finalFailure: boolean, nextAttemptAt: Date | null): Promise<void> {
    await em.update(NotificationDeliveryEntity, { id }, {
      status: finalFailure ? 'failed' : 'queued',
      attempts: () => 'attempts + 1',
      lastError: error.slice(0, 500),
      nextAttemptAt,
    });
  }
}
