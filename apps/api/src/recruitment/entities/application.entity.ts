import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { EventEntity } from '../../organisation/entities/event.entity';
import type { ApplicantOccupation } from '@dost/domain';
import type { Answers, ApplicationStatus, Education, HalfDay, LanguageSkill } from '../recruitment.types';
import { IntakeEntity } from './intake.entity';

/**
 * One person's application to one intake, with the answers as submitted (the person record keeps the
 * latest facts; this keeps what was said here). At most one active application per person and intake.
 */
@Entity('applications')
@Check('applications_status_check', `"status" IN ('submitted', 'screening', 'interview', 'offered', 'accepted', 'onboarded', 'rejected', 'withdrawn', 'waitlisted')`)
@Check('applications_locale_check', `"locale" IN ('az', 'en', 'ru')`)
@Check('applications_occupation_check', `"occupation" IS NULL OR "occupation" IN ('student', 'working', 'neither')`)
@Index('applications_active_key', ['intakeId', 'volunteerId'], { unique: true, where: `"status" NOT IN ('rejected', 'withdrawn')` })
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  /** A short human number for mail and phone calls. */
  @Index('applications_number_key', { unique: true })
  @Column({ type: 'int' })
  @Generated('increment')
  number!: number;

  @Index('applications_intake_idx')
  @Column('uuid') intakeId!: string;

  @ManyToOne(() => IntakeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'intake_id' })
  intake!: Relation<IntakeEntity>;

  /**
   * The person, linked only once the e-mail is verified (issue 18: nothing unverified touches an existing
   * person). Null before that, and after it while a FİN conflict waits for a coordinator.
   */
  @Index('applications_volunteer_idx')
  @Column('uuid', { nullable: true }) volunteerId!: string | null;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity> | null;

  /** The FİN given in the form: matched against people at verification. */
  @Column({ type: 'varchar', length: 7, nullable: true }) fin!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'submitted' }) status!: ApplicationStatus;
  @Column({ type: 'varchar', length: 2 }) locale!: 'az' | 'en' | 'ru';

  // As submitted.
  @Column({ type: 'varchar', length: 200 }) fullName!: string;
  @Column({ type: 'varchar', length: 254 }) email!: string;
  @Column({ type: 'varchar', length: 16 }) phone!: string;
  @Column({ type: 'date' }) birthDate!: string;
  /** Student, working or neither (issue 19); null on applications made before the form asked. */
  @Column({ type: 'varchar', length: 20, nullable: true }) occupation!: ApplicantOccupation | null;
  /** Required of students only: null for someone working or doing neither who left it out. */
  @Column({ type: 'jsonb', nullable: true }) education!: Education | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) languages!: LanguageSkill[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) skills!: string[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) availability!: HalfDay[];
  @Column({ type: 'text' }) motivation!: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) answers!: Answers;

  @Column({ type: 'timestamptz', nullable: true }) emailVerifiedAt!: Date | null;
  /** SHA-256 of the mail link token and of the 6-digit code; cleared once verified. */
  @Column({ type: 'varchar', length: 64, nullable: true }) verificationTokenHash!: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) verificationCodeHash!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) verificationExpiresAt!: Date | null;
  @Column({ type: 'int', default: 0 }) verificationFailures!: number;

  /** Onboarding checklist: item id → when it was ticked. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) onboarding!: Record<string, string>;

  @Column({ type: 'uuid', nullable: true }) homeCenterId!: string | null;

  @ManyToOne(() => CenterEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'home_center_id' })
  homeCenter!: Relation<CenterEntity> | null;

  /** The event an event-specific intake recruits for (copied from the intake when applying), and the event days offered. */
  @Index('applications_event_idx')
  @Column({ type: 'uuid', nullable: true }) eventId!: string | null;

  @ManyToOne(() => EventEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity> | null;

  /** Baku dates ('YYYY-MM-DD') of the event's days the applicant can come; empty for an ordinary intake. */
  @Column({ type: 'jsonb', default: () => "'[]'" }) eventDays!: string[];

  /** Average of all reviewers' scores (1–5), kept up to date when a score changes; null when unscored. */
  @Column({ type: 'numeric', precision: 3, scale: 2, nullable: true }) score!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
