import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';
import { JobPoolConsentVersionEntity } from './job-pool-consent-version.entity';

/**
 * The job-pool consent ledger: one row per consent given, with the text version and the language it was shown in;
 * withdrawing stamps `withdrawnAt` (the row stays, as proof of what was agreed and when). Giving it again writes a
 * new row. At most one live (not withdrawn) consent per person — the partial unique index is the last guard
 * against two parallel "give" requests. An alumnus is in the talent pool only with a live consent.
 */
@Entity('job_pool_consents')
@Index('job_pool_consents_live_key', ['volunteerId'], { unique: true, where: '"withdrawn_at" IS NULL' })
@Check('job_pool_consents_locale_check', `"locale" IN ('az', 'en', 'ru')`)
@Check('job_pool_consents_withdrawn_check', `"withdrawn_at" IS NULL OR "withdrawn_at" >= "given_at"`)
export class JobPoolConsentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('job_pool_consents_volunteer_idx')
  @Column('uuid') volunteerId!: string;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  @Column('uuid') consentVersionId!: string;

  @ManyToOne(() => JobPoolConsentVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consent_version_id' })
  consentVersion!: Relation<JobPoolConsentVersionEntity>;

  @Column({ type: 'int' }) version!: number;
  /** The language the text was shown in. */
  @Column({ type: 'varchar', length: 2 }) locale!: 'az' | 'en' | 'ru';
  @Column({ type: 'timestamptz' }) givenAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
}
