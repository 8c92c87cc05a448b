import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { EventEntity } from '../../organisation/entities/event.entity';

/**
 * Where an event draws its volunteers from, as its organiser chose: regions (a center's region) and/or
 * single centers. No row, or both lists empty, = the whole network (docs/rostering.md, "Who may staff where").
 */
@Entity('event_staffing_areas')
export class EventStaffingAreaEntity {
  @PrimaryColumn('uuid')
  eventId!: string;

  @OneToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity>;

  /** Region names as `centers.region` spells them (e.g. 'Bakı'). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  regions!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  centerIds!: string[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
