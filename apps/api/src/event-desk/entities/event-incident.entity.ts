import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { EventEntity } from '../../organisation/entities/event.entity';

export const INCIDENT_KINDS = ['lost_item', 'guest_help', 'medical', 'other'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export const INCIDENT_STATUSES = ['open', 'in_progress', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/**
 * One line of the event-day desk's incidents log (docs/event-desk.md): what happened, when, who reported it,
 * who is handling it and where it stands. Free-text people: a reporter is often a guest without an account.
 */
@Entity('event_incidents')
@Check('event_incidents_kind_check', `"kind" IN ('lost_item', 'guest_help', 'medical', 'other')`)
@Check('event_incidents_status_check', `"status" IN ('open', 'in_progress', 'resolved')`)
export class EventIncidentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('event_incidents_event_idx')
  @Column('uuid') eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity>;

  @Column({ type: 'varchar', length: 20 }) kind!: IncidentKind;
  /** When it happened (the desk's form defaults to now). */
  @Column({ type: 'timestamptz' }) occurredAt!: Date;
  @Column({ type: 'varchar', length: 200 }) reportedBy!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) handledBy!: string | null;
  @Column({ type: 'varchar', length: 12, default: 'open' }) status!: IncidentStatus;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
  /** The user who wrote it down (null once that account is gone). */
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
