import type { CandidateSource, CandidateStage } from '@dost/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';
import { VacancyEntity } from './vacancy.entity';

/** One person in one vacancy's pipeline. `version` makes a stale move a 409 (docs/hiring.md). */
@Entity('candidates')
@Index('candidates_vacancy_volunteer_key', ['vacancyId', 'volunteerId'], { unique: true })
@Check('candidates_stage_check', `"stage" IN ('sourced', 'contacted', 'interview', 'offer', 'hired', 'declined', 'withdrawn')`)
@Check('candidates_source_check', `"source" IN ('sourced', 'applied')`)
@Check('candidates_hired_check', `("stage" = 'hired') = ("hired_at" IS NOT NULL)`)
export class CandidateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) vacancyId!: string;
  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy!: Relation<VacancyEntity>;

  @Index('candidates_volunteer_idx')
  @Column({ type: 'uuid' }) volunteerId!: string;
  @ManyToOne(() => VolunteerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  @Column({ type: 'varchar', length: 12, default: 'sourced' }) stage!: CandidateStage;
  /** Sourced by HR from the talent pool, or applied by the alumnus. */
  @Column({ type: 'varchar', length: 10 }) source!: CandidateSource;

  /** Who added them (HR) — null when the alumnus applied. */
  @Column({ type: 'uuid', nullable: true }) addedBy!: string | null;

  /** Bumped on every move: a move names the version it saw. */
  @Column({ type: 'int', default: 1 }) version!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' }) stageChangedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) hiredAt!: Date | null;

  @Column({ type: 'boolean', default: false }) demo!: boolean;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
