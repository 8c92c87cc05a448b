import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The qualifications catalogue (docs/qualifications.md): the one source of codes and names that positions'
 * requirements, grants and trainings name. Admins edit it; the code stays as created (grants and positions keep it).
 */
@Entity('qualifications')
@Check('qualifications_validity_check', `"validity_months" IS NULL OR ("validity_months" BETWEEN 1 AND 120)`)
export class QualificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('qualifications_code_key', { unique: true })
  @Column({ type: 'varchar', length: 60 }) code!: string;

  @Column({ type: 'varchar', length: 200 }) nameAz!: string;
  @Column({ type: 'varchar', length: 200 }) nameEn!: string;
  @Column({ type: 'varchar', length: 200 }) nameRu!: string;

  /** Months a grant stays valid; null = it does not expire. */
  @Column({ type: 'int', nullable: true }) validityMonths!: number | null;

  /** An inactive qualification can no longer be granted or required, but grants already made stay. */
  @Column({ type: 'boolean', default: true }) active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
