import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An address that asked for no more non-essential mail (group messages, digests, offers). Transactional
 * mail (account, application, shifts) still goes: it is needed to take part at all.
 */
@Entity('mail_unsubscribes')
export class MailUnsubscribeEntity {
  /** Stored lower-case, as deliveries store it. */
  @PrimaryColumn({ type: 'varchar', length: 254 })
  email!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
