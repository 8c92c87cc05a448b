import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, type Relation } from 'typeorm';
import { EventEntity } from '../../organisation/entities/event.entity';

export type ProgrammeItemKind = 'arrival' | 'session' | 'visit' | 'departure';
/** One line of a delegation's programme; times are ISO 8601 instants. */
export interface ProgrammeItem {
  kind: ProgrammeItemKind;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
}
export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';

/**
 * A group of an event's guests (docs/event-guests.md): the languages it needs its liaisons to speak (ISO 639-1,
 * the codes of volunteers.languages[].language), at least at `minLevel`, and its programme, which the liaison
 * duties (docs/liaisons.md) must cover.
 */
@Entity('event_delegations')
@Unique('event_delegations_event_name_key', ['eventId', 'name'])
@Check('event_delegations_country_check', `"country" ~ '^[A-Z]{2}$'`)
@Check('event_delegations_min_level_check', `"min_level" IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')`)
@Check('event_delegations_liaisons_needed_check', `"liaisons_needed" BETWEEN 1 AND 2`)
export class EventDelegationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('event_delegations_event_idx')
  @Column('uuid') eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity>;

  @Column({ type: 'varchar', length: 200 }) name!: string;
  /** ISO 3166-1 alpha-2, upper case. */
  @Column({ type: 'char', length: 2 }) country!: string;
  /** ISO 639-1 codes, lower case. */
  @Column({ type: 'jsonb', default: () => `'[]'` }) languages!: string[];
  @Column({ type: 'varchar', length: 2, default: 'B2' }) minLevel!: CefrLevel;
  @Column({ type: 'int', default: 1 }) liaisonsNeeded!: number;
  @Column({ type: 'jsonb', default: () => `'[]'` }) programme!: ProgrammeItem[];
  @Column({ type: 'text', nullable: true }) notes!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
