import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { QualificationEntity } from './qualification.entity';

/**
 * A training held on a day: everyone attending is granted its qualification in one step (docs/qualifications.md).
 * The same qualification, day, trainer and center name the same session, so recording it twice adds no second one.
 */
@Entity('training_sessions')
@Index('training_sessions_center_idx', ['centerId', 'heldOn'])
export class TrainingSessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column('uuid') qualificationId!: string;

  @ManyToOne(() => QualificationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'qualification_id' })
  qualification!: Relation<QualificationEntity>;

  @Column({ type: 'date' }) heldOn!: string;

  @Column({ type: 'varchar', length: 200 }) trainer!: string;

  /** Where it was held (and whose coordinators see it); null for an agency-wide session recorded by an admin. */
  @Column({ type: 'uuid', nullable: true }) centerId!: string | null;

  @ManyToOne(() => CenterEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'center_id' })
  center!: Relation<CenterEntity> | null;

  @Column({ type: 'varchar', length: 1000, nullable: true }) notes!: string | null;

  /** The user who recorded it. */
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
