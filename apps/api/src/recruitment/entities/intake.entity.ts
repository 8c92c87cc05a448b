import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { EventEntity } from '../../organisation/entities/event.entity';
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

  /**
   * An event-specific intake ("SOCGOV 2026-da könüllü ol", docs/debrief.md): the event it recruits for — at most one
   * intake per event — and the slug of its public link `#/apply?event=<slug>`.
   */
  @Index('intakes_event_key', { unique: true, where: '"event_id" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true }) eventId!: string | null;

  @ManyToOne(() => EventEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity> | null;

  @Index('intakes_slug_key', { unique: true, where: '"slug" IS NOT NULL' })
  @Column({ type: 'varchar', length: 80, nullable: true }) slug!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
