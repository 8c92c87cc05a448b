import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { CertificateTypeEntity } from './certificate-type.entity';

export type BatchStatus = 'queued' | 'running' | 'done' | 'failed';
export interface BatchResult {
  volunteerId: string;
  fullName: string;
  outcome: 'issued' | 'notEligible' | 'alreadyHeld';
  reasons: string[];
  certificateId: string | null;
  serial: string | null;
}

/** A bulk issue (POST /certificate-batches): a job works through the people and records each one's outcome. */
@Entity('certificate_batches')
@Check('certificate_batches_status_check', `"status" IN ('queued', 'running', 'done', 'failed')`)
@Check('certificate_batches_progress_check', `"done" >= 0 AND "done" <= "total"`)
export class CertificateBatchEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column('uuid') typeId!: string;

  @ManyToOne(() => CertificateTypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'type_id' })
  type!: Relation<CertificateTypeEntity>;

  /** The staff member who started it; the batch is read in their scope. */
  @Index('certificate_batches_created_by_idx')
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;

  /** The people asked for; null: everyone who served at the type's event / center. */
  @Column({ type: 'jsonb', nullable: true }) volunteerIds!: string[] | null;

  @Column({ type: 'varchar', length: 10, default: 'queued' }) status!: BatchStatus;
  @Column({ type: 'int', default: 0 }) total!: number;
  @Column({ type: 'int', default: 0 }) done!: number;
  @Column({ type: 'jsonb', default: () => `'[]'` }) results!: BatchResult[];
  @Column({ type: 'varchar', length: 500, nullable: true }) error!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}
