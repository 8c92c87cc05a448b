import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { ApplicationEntity } from './application.entity';
import { IntakeEntity } from './intake.entity';

/** One interview appointment a coordinator published; one applicant books it (a reschedule frees it). */
@Entity('interview_slots')
export class InterviewSlotEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('interview_slots_intake_idx')
  @Column('uuid') intakeId!: string;

  @ManyToOne(() => IntakeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intake_id' })
  intake!: Relation<IntakeEntity>;

  @Column('uuid') centerId!: string;

  @ManyToOne(() => CenterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'center_id' })
  center!: Relation<CenterEntity>;

  @Column({ type: 'timestamptz' }) startsAt!: Date;
  @Column({ type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'varchar', length: 300 }) location!: string;

  /** The booking: unique, so two applicants can never hold the same slot. */
  @Index('interview_slots_application_key', { unique: true })
  @Column({ type: 'uuid', nullable: true }) applicationId!: string | null;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'application_id' })
  application!: Relation<ApplicationEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
