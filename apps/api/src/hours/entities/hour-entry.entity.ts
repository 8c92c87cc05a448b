import type { HourCategory, HourEntrySource, HourEntryStatus } from '@dost/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { EventEntity } from '../../organisation/entities/event.entity';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';

/**
 * The hours ledger: one row per piece of service — a closed attendance, or a manual entry (training,
 * event preparation, remote work). Only approved rows count (`approvedMinutes` in @dost/domain); the
 * volunteer's `approved_minutes` and the monthly roll-up change in the same transaction as a row's
 * status or minutes. A correction keeps `originalMinutes`, and every change is in `hour_entry_changes`.
 * Every row belongs to exactly one center or event: that is whose staff approve it.
 */
@Entity('hour_entries')
@Check('hour_entries_owner_check', `("center_id" IS NULL) <> ("event_id" IS NULL)`)
@Check('hour_entries_status_check', `"status" IN ('pending', 'approved', 'rejected')`)
@Check('hour_entries_source_check', `"source" IN ('attendance', 'manual')`)
@Check('hour_entries_category_check', `"category" IN ('shift', 'training', 'event_preparation', 'remote', 'other')`)
@Check('hour_entries_minutes_check', `"minutes" BETWEEN 0 AND 1440`)
@Check('hour_entries_attendance_check', `("source" = 'attendance') = ("attendance_id" IS NOT NULL)`)
@Index('hour_entries_attendance_key', ['attendanceId'], { unique: true, where: `"attendance_id" IS NOT NULL` })
@Index('hour_entries_volunteer_idx', ['volunteerId', 'workDate'])
@Index('hour_entries_center_queue_idx', ['centerId', 'status', 'workDate'])
@Index('hour_entries_event_queue_idx', ['eventId', 'status', 'workDate'])
export class HourEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  volunteerId!: string;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  @Column({ type: 'varchar', length: 20 })
  source!: HourEntrySource;

  /** The attendance record these minutes come from (source 'attendance'). */
  @Column({ type: 'uuid', nullable: true })
  attendanceId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  shiftId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  positionId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  centerId!: string | null;

  @ManyToOne(() => CenterEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'center_id' })
  center!: Relation<CenterEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity> | null;

  /** The Baku date served. */
  @Column({ type: 'date' })
  workDate!: string;

  @Column({ type: 'int' })
  minutes!: number;

  /** The minutes first recorded, kept when a correction changes `minutes`. */
  @Column({ type: 'int' })
  originalMinutes!: number;

  @Column({ type: 'varchar', length: 30 })
  category!: HourCategory;

  /** What the work was and what proves it (manual entries). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: HourEntryStatus;

  /** Why a reviewer should look: late, early_leave, auto_closed, late_sync, walk_in, corrected. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  flags!: string[];

  /** Who created it: the volunteer's or a staff member's user id; null when the system did (attendance). */
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** Required when rejected. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
