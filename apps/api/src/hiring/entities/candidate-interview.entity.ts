import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CandidateEntity } from './candidate.entity';

/** A job interview; the candidate gets it by mail with an .ics (same UID when rescheduled). */
@Entity('candidate_interviews')
@Index('candidate_interviews_candidate_idx', ['candidateId', 'startsAt'])
@Check('candidate_interviews_time_check', `"ends_at" > "starts_at"`)
export class CandidateInterviewEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) candidateId!: string;
  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate!: Relation<CandidateEntity>;

  @Column({ type: 'timestamptz' }) startsAt!: Date;
  @Column({ type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'varchar', length: 300 }) place!: string;
  @Column({ type: 'uuid', nullable: true }) scheduledBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
