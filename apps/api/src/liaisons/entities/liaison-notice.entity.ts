import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { EventEntity } from '../../organisation/entities/event.entity';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';

/**
 * "This volunteer got the liaison mail for this delegation (or VIP guest)": written in the transaction that queues the
 * mail, so each liaison gets it once per group however often matching is applied or an organiser edits by hand.
 */
@Entity('liaison_notices')
@Unique('liaison_notices_group_volunteer_key', ['groupId', 'volunteerId'])
export class LiaisonNoticeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('liaison_notices_event_idx')
  @Column('uuid') eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity>;

  /** The delegation's id, or the VIP guest's. */
  @Column('uuid') groupId!: string;

  @Column('uuid') volunteerId!: string;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  @CreateDateColumn({ type: 'timestamptz' }) sentAt!: Date;
}
