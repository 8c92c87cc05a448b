import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { ApplicationEntity } from './application.entity';

/** A center the applicant would like to serve at; rank 1 first. Coordinators of these centers screen him. */
@Entity('application_centers')
@Index('application_centers_center_idx', ['centerId'])
export class ApplicationCenterEntity {
  @PrimaryColumn('uuid') applicationId!: string;
  @PrimaryColumn('uuid') centerId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application!: Relation<ApplicationEntity>;

  @ManyToOne(() => CenterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'center_id' })
  center!: Relation<CenterEntity>;

  @Column({ type: 'int' }) rank!: number;
}
