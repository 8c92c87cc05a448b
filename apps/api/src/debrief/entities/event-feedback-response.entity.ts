import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { EventEntity } from '../../organisation/entities/event.entity';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';

/**
 * "This volunteer has answered this event's feedback form": one answer per person, anonymous or not. Kept apart
 * from the answer (and without a time) so an anonymous answer stays anonymous.
 */
@Entity('event_feedback_responses')
export class EventFeedbackResponseEntity {
  @PrimaryColumn('uuid') eventId!: string;
  @PrimaryColumn('uuid') volunteerId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity>;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;
}
