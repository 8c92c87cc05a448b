import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ApplicationStatus } from '../recruitment.types';
import { ApplicationEntity } from './application.entity';

/** The timeline: every move of an application (who, when, why). `from` is null for the submission. */
@Entity('application_transitions')
@Index('application_transitions_application_idx', ['applicationId', 'at'])
export class ApplicationTransitionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column('uuid') applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application!: Relation<ApplicationEntity>;

  @Column({ type: 'varchar', length: 20, nullable: true }) fromStatus!: ApplicationStatus | null;
  @Column({ type: 'varchar', length: 20 }) toStatus!: ApplicationStatus;
  /** Null when the applicant himself acted (submission, withdrawal from the status page). */
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'varchar', length: 200 }) actorName!: string;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) at!: Date;
}
