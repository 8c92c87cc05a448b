import type { FitWeights, VacancyRequirements, VacancyStaffRole, VacancyStatus } from '@dost/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * A staff post DOST wants to fill (docs/hiring.md). At a center or at a department of the agency;
 * `staffRole` says what account the hired person gets (coordinator of the center, or plain staff).
 */
@Entity('vacancies')
@Check('vacancies_status_check', `"status" IN ('draft', 'open', 'closed')`)
@Check('vacancies_language_check', `"language" IN ('az', 'en', 'ru')`)
@Check('vacancies_staff_role_check', `"staff_role" IN ('coordinator', 'staff')`)
@Check('vacancies_place_check', `"center_id" IS NOT NULL OR "department" IS NOT NULL`)
@Check('vacancies_coordinator_center_check', `"staff_role" <> 'coordinator' OR "center_id" IS NOT NULL`)
@Check('vacancies_posts_check', `"posts" BETWEEN 1 AND 1000`)
@Check('vacancies_dates_check', `"closes_on" IS NULL OR "closes_on" >= "opens_on"`)
export class VacancyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'varchar', length: 200 }) title!: string;
  /** The language the title and description are written in. */
  @Column({ type: 'varchar', length: 2, default: 'az' }) language!: 'az' | 'en' | 'ru';

  @Index('vacancies_center_idx')
  @Column({ type: 'uuid', nullable: true }) centerId!: string | null;

  @ManyToOne(() => CenterEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'center_id' })
  center!: Relation<CenterEntity> | null;

  /** A department of the agency, for posts not at a center. */
  @Column({ type: 'varchar', length: 200, nullable: true }) department!: string | null;

  @Column({ type: 'text', default: '' }) description!: string;

  /** Languages with a minimum CEFR level, minimum approved hours, certificate type codes (as the fit score reads them). */
  @Column({ type: 'jsonb', default: () => `'{}'` }) requirements!: VacancyRequirements;

  /** Fit-score weights of this vacancy by part (percent); null → the talent pool's DEFAULT_FIT_WEIGHTS. */
  @Column({ type: 'jsonb', nullable: true }) fitWeights!: Partial<FitWeights> | null;

  @Column({ type: 'int', default: 1 }) posts!: number;
  @Column({ type: 'date' }) opensOn!: string;
  @Column({ type: 'date', nullable: true }) closesOn!: string | null;

  /** Alumni see it on their own pages and may apply. */
  @Column({ type: 'boolean', default: false }) openToAlumni!: boolean;

  @Column({ type: 'varchar', length: 12, default: 'coordinator' }) staffRole!: VacancyStaffRole;

  @Index('vacancies_owner_idx')
  @Column({ type: 'uuid', nullable: true }) ownerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'owner_id' })
  owner!: Relation<UserEntity> | null;

  @Column({ type: 'varchar', length: 10, default: 'open' }) status!: VacancyStatus;

  @Column({ type: 'boolean', default: false }) demo!: boolean;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
