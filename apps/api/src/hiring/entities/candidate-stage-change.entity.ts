import type { CandidateStage } from '@dost/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CandidateEntity } from './candidate.entity';

/** The history of a candidate's stages: the funnel and time to hire are computed from it. */
@Entity('candidate_stage_changes')
@Index('candidate_stage_changes_candidate_idx', ['candidateId', 'at'])
export class CandidateStageChangeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) candidateId!: string;
  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate!: Relation<CandidateEntity>;

  /** Null for the first row (the person entered the pipeline). */
  @Column({ type: 'varchar', length: 12, nullable: true }) fromStage!: CandidateStage | null;
  @Column({ type: 'varchar', length: 12 }) toStage!: CandidateStage;
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) reason!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
}
