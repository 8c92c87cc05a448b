import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { EventEntity } from '../../organisation/entities/event.entity';

/**
 * A tablet bound to one center (or event) by a coordinator: its device token can do nothing but show
 * that place's rotating QR and take PIN check-ins there. Revocable; listed in the console.
 */
@Entity('kiosk_devices')
@Check('kiosk_devices_owner_check', `("center_id" IS NULL) <> ("event_id" IS NULL)`)
@Index('kiosk_devices_center_idx', ['centerId'])
@Index('kiosk_devices_event_idx', ['eventId'])
export class KioskDeviceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  centerId!: string | null;

  @ManyToOne(() => CenterEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'center_id' })
  center!: Relation<CenterEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity> | null;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** SHA-256 of the device token (the token itself is shown once, when the kiosk is opened). */
  @Index('kiosk_devices_token_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  /** The key that signs this kiosk's QR codes (random per kiosk, never leaves the server). */
  @Column({ type: 'varchar', length: 64 })
  codeSecret!: string;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastSeenAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy!: string | null;
}
