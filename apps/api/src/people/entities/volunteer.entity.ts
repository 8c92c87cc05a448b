import {
  Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation,
} from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { UserEntity } from '../../users/entities/user.entity';
import type { LanguageSkill, VolunteerStatus } from '../people.types';

/**
 * A person in the programme, from the first application on: one row per human being (FİN or e-mail
 * identify a returning applicant). Gets a login (`userId`) when onboarded.
 */
@Entity('volunteers')
@Check('volunteers_status_check', `"status" IN ('applicant', 'active', 'paused', 'alumni', 'staff', 'exited')`)
@Check('volunteers_locale_check', `"locale" IN ('az', 'en', 'ru')`)
@Check('volunteers_counters_check', `"approved_minutes" >= 0 AND "no_show_count" >= 0`)
export class VolunteerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('volunteers_user_id_key', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity> | null;

  @Column({ type: 'varchar', length: 200 })
  fullName!: string;

  /** Personal identification number of the ID card; shown only to roles that need it, reads audited. */
  @Index('volunteers_fin_key', { unique: true })
  @Column({ type: 'varchar', length: 7, nullable: true })
  fin!: string | null;

  /** Stored lower-case. */
  @Index('volunteers_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** E.164, +994… */
  @Column({ type: 'varchar', length: 16, nullable: true })
  phone!: string | null;

  @Column({ type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ type: 'varchar', length: 2, default: 'az' })
  locale!: 'az' | 'en' | 'ru';

  @Column({ type: 'varchar', length: 20, default: 'applicant' })
  status!: VolunteerStatus;

  @Index('volunteers_home_center_idx')
  @Column({ type: 'uuid', nullable: true })
  homeCenterId!: string | null;

  @ManyToOne(() => CenterEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'home_center_id' })
  homeCenter!: Relation<CenterEntity> | null;

  /** [{ language: 'en', level: 'B2' }] — ISO 639-1 codes with CEFR levels. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  languages!: LanguageSkill[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  skills!: string[];

  /** Sum of approved hours, in minutes (kept by the hours ledger). */
  @Column({ type: 'int', default: 0 })
  approvedMinutes!: number;

  @Column({ type: 'int', default: 0 })
  noShowCount!: number;

  /** Set when the no-show limit is reached: self sign-up is blocked until a coordinator clears it. */
  @Column({ type: 'boolean', default: false })
  signupBlocked!: boolean;

  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
