import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { ApplicationEntity } from './application.entity';

/** One reviewer's score (1–5) of one rubric criterion. */
@Entity('application_scores')
@Check('application_scores_range_check', `"score" BETWEEN 1 AND 5`)
export class ApplicationScoreEntity {
  @PrimaryColumn('uuid') applicationId!: string;
  @PrimaryColumn('uuid') reviewerId!: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) criterion!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application!: Relation<ApplicationEntity>;

  @Column({ type: 'varchar', length: 200 }) reviewerName!: string;
  @Column({ type: 'int' }) score!: number;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
