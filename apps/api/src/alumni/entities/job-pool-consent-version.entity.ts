import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The exact text of one version of the job-pool consent (to be considered for staff vacancies, with the data HR
 * sees). Never edited: a change writes the next version, and each consent keeps the version it was given under.
 */
@Entity('job_pool_consent_versions')
export class JobPoolConsentVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('job_pool_consent_versions_version_key', { unique: true })
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'text' }) textAz!: string;
  @Column({ type: 'text' }) textEn!: string;
  @Column({ type: 'text' }) textRu!: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
