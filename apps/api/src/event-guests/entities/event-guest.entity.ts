import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, type Relation } from 'typeorm';
import { EventEntity } from '../../organisation/entities/event.entity';
import { EventDelegationEntity } from './event-delegation.entity';

/**
 * A guest of an event (docs/event-guests.md). Personal data: visible to admins and the event's organisers only, and
 * pseudonymised by the retention job N days after the event ends (`pseudonymisedAt` set, name → "Qonaq #n").
 * `importKey` is what a re-import matches on, so importing the same list twice updates instead of duplicating.
 */
@Entity('event_guests')
@Unique('event_guests_event_import_key_key', ['eventId', 'importKey'])
@Check('event_guests_country_check', `"country" ~ '^[A-Z]{2}$'`)
export class EventGuestEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('event_guests_event_idx')
  @Column('uuid') eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity>;

  @Index('event_guests_delegation_idx')
  @Column({ type: 'uuid', nullable: true }) delegationId!: string | null;

  @ManyToOne(() => EventDelegationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'delegation_id' })
  delegation!: Relation<EventDelegationEntity> | null;

  @Column({ type: 'varchar', length: 120 }) importKey!: string;
  @Column({ type: 'varchar', length: 200 }) fullName!: string;
  /** ISO 3166-1 alpha-2, upper case. */
  @Column({ type: 'char', length: 2 }) country!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) organisation!: string | null;
  /** ISO 639-1 codes, lower case. */
  @Column({ type: 'jsonb', default: () => `'[]'` }) languages!: string[];
  @Column({ type: 'timestamptz', nullable: true }) arrivalAt!: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) arrivalPlace!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) departureAt!: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) departurePlace!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) hotel!: string | null;
  /** e.g. wheelchair access, dietary needs. */
  @Column({ type: 'text', nullable: true }) needs!: string | null;
  @Column({ type: 'boolean', default: false }) vip!: boolean;
  @Column({ type: 'varchar', length: 254, nullable: true }) email!: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) phone!: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) photoPath!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) pseudonymisedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
