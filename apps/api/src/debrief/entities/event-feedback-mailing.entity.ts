import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { EventEntity } from '../../organisation/entities/event.entity';

/** The feedback invitations of an event were sent (once, by the debrief job, after the event ended). */
@Entity('event_feedback_mailings')
export class EventFeedbackMailingEntity {
  @PrimaryColumn('uuid') eventId!: string;

  @OneToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity>;

  @Column({ type: 'timestamptz' }) sentAt!: Date;

  /** How many volunteers were invited. */
  @Column({ type: 'int' }) recipients!: number;
}
