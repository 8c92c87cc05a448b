import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { EventEntity } from '../../organisation/entities/event.entity';

/**
 * A seat handed over at the desk: the missing person's assignment, the standby person's new one, why and by
 * whom. The unique key on the missing assignment is what makes two organisers' taps on one seat one replacement.
 */
@Entity('event_desk_replacements')
@Unique('event_desk_replacements_missing_key', ['missingAssignmentId'])
export class EventDeskReplacementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('event_desk_replacements_event_idx')
  @Column('uuid') eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity>;

  @Column('uuid') shiftId!: string;
  @Column('uuid') missingAssignmentId!: string;
  @Column('uuid') replacementAssignmentId!: string;
  @Column({ type: 'varchar', length: 500 }) reason!: string;
  @Column({ type: 'uuid', nullable: true }) replacedBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
