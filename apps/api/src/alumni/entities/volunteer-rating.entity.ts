import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { EventEntity } from '../../organisation/entities/event.entity';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';

/**
 * A coordinator's or organiser's feedback on one volunteer after a period at a center or after an event: four
 * rubric scores 1–5 and a comment. The volunteer sees only the aggregate; HR sees single ratings (with comments)
 * only of alumni with a live job-pool consent.
 */
@Entity('volunteer_ratings')
@Index('volunteer_ratings_volunteer_idx', ['volunteerId', 'createdAt'])
@Index('volunteer_ratings_rater_idx', ['raterUserId', 'createdAt'])
@Check('volunteer_ratings_scores_check',
  `"punctuality" BETWEEN 1 AND 5 AND "communication" BETWEEN 1 AND 5 AND "service_to_citizens" BETWEEN 1 AND 5 AND "teamwork" BETWEEN 1 AND 5`)
@Check('volunteer_ratings_context_check',
  `("event_id" IS NOT NULL AND "center_id" IS NULL) OR ("event_id" IS NULL AND "center_id" IS NOT NULL AND "period_from" IS NOT NULL AND "period_to" IS NOT NULL AND "period_from" <= "period_to")`)
export class VolunteerRatingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column('uuid') volunteerId!: string;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  /** The staff user who rated (the user row may go; the rating stays). */
  @Column('uuid') raterUserId!: string;
  /** A period of service at a center … */
  @Column({ type: 'uuid', nullable: true }) centerId!: string | null;

  @ManyToOne(() => CenterEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'center_id' })
  center!: Relation<CenterEntity> | null;

  @Column({ type: 'date', nullable: true }) periodFrom!: string | null;
  @Column({ type: 'date', nullable: true }) periodTo!: string | null;
  /** … or an event. */
  @Column({ type: 'uuid', nullable: true }) eventId!: string | null;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity> | null;

  @Column({ type: 'smallint' }) punctuality!: number;
  @Column({ type: 'smallint' }) communication!: number;
  @Column({ type: 'smallint' }) serviceToCitizens!: number;
  @Column({ type: 'smallint' }) teamwork!: number;
  @Column({ type: 'varchar', length: 2000, nullable: true }) comment!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
