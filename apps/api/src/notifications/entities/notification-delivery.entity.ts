import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'suppressed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface StoredAttachment {
  filename: string;
  contentType: string;
  /** UTF-8 text (e.g. an .ics invitation), or base64 of binary bytes (a PDF) with `encoding: 'base64'`. */
  content: string;
  encoding?: 'base64';
}

/**
 * One message to one person: the outbox row written in the business transaction, and afterwards the
 * delivery log admins read (queued → sent, or failed with the reason, with the number of attempts).
 */
@Entity('notification_deliveries')
@Check('notification_deliveries_status_check', `"status" IN ('queued', 'sent', 'failed', 'suppressed')`)
@Check('notification_deliveries_locale_check', `"locale" IN ('az', 'en', 'ru')`)
@Index('notification_deliveries_created_idx', ['createdAt'])
export class NotificationDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 60 })
  template!: string;

  @Column({ type: 'varchar', length: 2 })
  locale!: 'az' | 'en' | 'ru';

  @Column({ type: 'varchar', length: 254 })
  toEmail!: string;

  @Column({ type: 'varchar', length: 200 })
  toName!: string;

  @Index('notification_deliveries_user_idx')
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'jsonb' })
  props!: Record<string, unknown>;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: StoredAttachment[];

  /** Transactional mail always goes; non-essential mail respects unsubscribes. */
  @Column({ type: 'boolean' })
  essential!: boolean;

  @Index('notification_deliveries_status_idx')
  @Column({ type: 'varchar', length: 12, default: 'queued' })
  status!: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  /** Stable across retries, so a message delivered twice shows as one. */
  @Column({ type: 'varchar', length: 200 })
  messageId!: string;

  /** Group message this delivery belongs to, if any. */
  @Column({ type: 'uuid', nullable: true })
  groupMessageId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;
}
