import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { IntakeQuestion, IntakeStatus, LabelledItem } from '../recruitment.types';

/** A recruitment campaign: who may apply (age), where (centers), when, how many are taken, what is asked. */
@Entity('intakes')
@Check('intakes_status_check', `"status" IN ('draft', 'open', 'closed')`)
@Check('intakes_dates_check', `"closes_on" >= "opens_on"`)
@Check('intakes_capacity_check', `"capacity" > 0`)
@Check('intakes_ages_check', `("min_age" IS NULL OR "min_age" >= 14) AND ("max_age" IS NULL OR "min_age" IS NULL OR "max_age" >= "min_age")`)
export class IntakeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 }) nameAz!: string;
  @Column({ type: 'varchar', length: 200 }) nameEn!: string;
  @Column({ type: 'varchar', length: 200 }) nameRu!: string;
  @Column({ type: 'text', default: '' }) descriptionAz!: string;
  @Column({ type: 'text', default: '' }) descriptionEn!: string;
  @Column({ type: 'text', default: '' }) descriptionRu!: string;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: IntakeStatus;

  @Column({ type: 'date' }) opensOn!: string;
  @Column({ type: 'date' }) closesOn!: string;

  /** People accepted (accepted + onboarded); beyond it acceptance waitlists. */
  @Column({ type: 'int' }) capacity!: number;

  @Column({ type: 'int', nullable: true }) minAge!: number | null;
  @Column({ type: 'int', nullable: true }) maxAge!: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" }) questions!: IntakeQuestion[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) rubric!: LabelledItem[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) checklist!: LabelledItem[];

  /** The consent text version applicants see now (rows in intake_consent_versions). */
  @Column({ type: 'int', default: 1 }) consentVersion!: number;

  @Column({ type: 'boolean', default: false }) demo!: boolean;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
