import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CandidateEntity } from './candidate.entity';

/** HR's notes on a candidate; never shown to the candidate. */
@Entity('candidate_notes')
@Index('candidate_notes_candidate_idx', ['candidateId', 'createdAt'])
export class CandidateNoteEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) candidateId!: string;
  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate!: Relation<CandidateEntity>;

  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;
  @Column({ type: 'varchar', length: 200 }) authorName!: string;
  @Column({ type: 'varchar', length: 2000 }) body!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
