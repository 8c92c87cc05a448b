import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { IntakeEntity } from './intake.entity';

@Entity('intake_centers')
export class IntakeCenterEntity {
  @PrimaryColumn('uuid') intakeId!: string;
  @PrimaryColumn('uuid') centerId!: string;

  @ManyToOne(() => IntakeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intake_id' })
  intake!: Relation<IntakeEntity>;

  @ManyToOne(() => CenterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'center_id' })
  center!: Relation<CenterEntity>;
}
