import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';

/** An approved-hours milestone (50 / 100 / 250 / 500 h) a volunteer reached: mailed once, read by certification. */
@Entity('volunteer_milestones')
export class VolunteerMilestoneEntity {
  @PrimaryColumn('uuid')
  volunteerId!: string;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  @PrimaryColumn('int')
  hours!: number;

  @Column({ type: 'timestamptz' })
  reachedAt!: Date;
}
