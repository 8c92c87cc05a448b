import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { EventGuestEntity } from '../../event-guests/entities/event-guest.entity';
import { EventEntity } from '../../organisation/entities/event.entity';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';

/**
 * One printed badge of a person on an event (docs/accreditation.md): a volunteer on the event's rota or one of its
 * guests. `token` is the random secret in the QR code (32 bytes, base64url). A reprint sets `replacedAt` on this row
 * and makes a new row with a new token, so the old QR answers "replaced" at the door. One live badge per holder.
 */
@Entity('event_badges')
@Check('event_badges_holder_check', `("volunteer_id" IS NULL) <> ("guest_id" IS NULL)`)
@Index('event_badges_token_key', ['token'], { unique: true })
@Index('event_badges_live_volunteer_key', ['eventId', 'volunteerId'], { unique: true, where: `"replaced_at" IS NULL AND "volunteer_id" IS NOT NULL` })
@Index('event_badges_live_guest_key', ['eventId', 'guestId'], { unique: true, where: `"replaced_at" IS NULL AND "guest_id" IS NOT NULL` })
export class EventBadgeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column('uuid') eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity>;

  @Column({ type: 'uuid', nullable: true }) volunteerId!: string | null;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity> | null;

  @Column({ type: 'uuid', nullable: true }) guestId!: string | null;

  @ManyToOne(() => EventGuestEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'guest_id' })
  guest!: Relation<EventGuestEntity> | null;

  @Column({ type: 'varchar', length: 64 }) token!: string;
  /** 1 for the first badge of the holder, +1 on every reprint (printed small on the badge). */
  @Column({ type: 'int', default: 1 }) version!: number;
  @Column({ type: 'timestamptz', nullable: true }) printedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) replacedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) replacedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
