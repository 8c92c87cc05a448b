import type { CertificateKind, CertificateRule } from '@dost/domain';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** What can be earned, with its rule (docs/certificates.md). Admins edit types; `autoIssue` lets a job issue them. */
@Entity('certificate_types')
@Check('certificate_types_kind_check', `"kind" IN ('programme', 'event', 'milestone', 'training')`)
export class CertificateTypeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  /** A short stable code, e.g. `socgov-2025`. */
  @Index('certificate_types_code_key', { unique: true })
  @Column({ type: 'varchar', length: 60 }) code!: string;

  @Column({ type: 'varchar', length: 20 }) kind!: CertificateKind;
  @Column({ type: 'varchar', length: 200 }) nameAz!: string;
  @Column({ type: 'varchar', length: 200 }) nameEn!: string;
  @Column({ type: 'varchar', length: 200 }) nameRu!: string;

  /** The kind's rule: minHours, periodFrom/To, eventId, centerId, milestoneHours, qualification. */
  @Column({ type: 'jsonb', default: () => `'{}'` }) rule!: CertificateRule;

  @Column({ type: 'boolean', default: false }) autoIssue!: boolean;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ type: 'boolean', default: false }) demo!: boolean;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
