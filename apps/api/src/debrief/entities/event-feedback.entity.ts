import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { EventEntity } from '../../organisation/entities/event.entity';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';

/**
 * One volunteer's answer to an event's feedback form (docs/debrief.md). An anonymous answer keeps no volunteer id
 * and only the Baku day it came in (no time), so it cannot be matched to its `event_feedback_responses` marker.
 */
@Entity('event_feedback')
@Check('event_feedback_scores_check', `"organisation" BETWEEN 1 AND 5 AND "briefing" BETWEEN 1 AND 5 AND "role_clarity" BETWEEN 1 AND 5 AND "again" BETWEEN 1 AND 5`)
@Check('event_feedback_anonymous_check', `NOT "anonymous" OR "volunteer_id" IS NULL`)
@Index('event_feedback_event_idx', ['eventId'])
export class EventFeedbackEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column('uuid') eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity>;

  /** Null when the answer is anonymous. */
  @Column({ type: 'uuid', nullable: true }) volunteerId!: string | null;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity> | null;

  @Column({ type: 'boolean', default: false }) anonymous!: boolean;

  /** 1–5 each: the event's organisation, the briefing, how clear the role was, would volunteer again. */
  @Column({ type: 'int' }) organisation!: number;
  @Column({ type: 'int' }) briefing!: number;
  @Column({ type: 'int' }) roleClarity!: number;
  @Column({ type: 'int' }) again!: number;

  @Column({ type: 'text', nullable: true }) comment!: string | null;

  /** The Baku date the answer came in (a day, not an instant: see the class comment). */
  @Column({ type: 'date' }) submittedOn!: string;
}
