import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A secret iCal feed URL of a volunteer or a center. Only the SHA-256 of the token is stored; revoking
 * sets `revokedAt` and the old URL answers 404 at once.
 */
@Entity('calendar_feeds')
@Check('calendar_feeds_owner_check', `("volunteer_id" IS NULL) <> ("center_id" IS NULL)`)
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('calendar_feeds_volunteer_idx')
  @Column({ type: 'uuid', nullable: true })
  volunteerId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  centerId!: string | null;

  @Index('calendar_feeds_token_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
