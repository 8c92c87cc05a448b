import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { VolunteerEntity } from './volunteer.entity';

/**
 * A center a volunteer chose to serve at besides their home center. Together with the home center it
 * makes the volunteer part of that center's staffing pool (`staffingPoolVerdict` in @dost/domain), so
 * self sign-up, the candidate list and auto-fill offer them there without an override.
 */
@Entity('volunteer_preferred_centers')
export class VolunteerPreferredCenterEntity {
  @PrimaryColumn('uuid')
  volunteerId!: string;

  @Index('volunteer_preferred_centers_center_idx')
  @PrimaryColumn('uuid')
  centerId!: string;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  @ManyToOne(() => CenterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'center_id' })
  center!: Relation<CenterEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
