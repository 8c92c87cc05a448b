import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { EventEntity } from '../../organisation/entities/event.entity';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';
import type { CheckMethod } from '../attendance.types';

/**
 * One person's presence at one shift (or a walk-in without a shift): check-in, check-out and what was
 * odd about it. One row per assignment — a second scan, a retried request or a synced offline tap finds
 * the row and changes nothing. Closing it writes the minutes into the hours ledger.
 */
@Entity('attendance_records')
@Check('attendance_records_owner_check', `("center_id" IS NULL) <> ("event_id" IS NULL)`)
@Check('attendance_records_times_check', `"check_out_at" IS NULL OR "check_out_at" >= "check_in_at"`)
// A walk-in (present without a shift) is recorded at a center's kiosk only: events have no walk-ins.
@Check('attendance_records_walk_in_check', `"walk_in" = ("assignment_id" IS NULL) AND (NOT "walk_in" OR "center_id" IS NOT NULL)`)
@Check('attendance_records_in_method_check', `"check_in_method" IN ('qr', 'pin', 'offline_pin', 'staff')`)
@Check('attendance_records_out_method_check', `"check_out_method" IS NULL OR "check_out_method" IN ('qr', 'pin', 'offline_pin', 'staff', 'auto')`)
@Index('attendance_records_assignment_key', ['assignmentId'], { unique: true, where: `"assignment_id" IS NOT NULL` })
// A walk-in is one row per person, place and Baku day.
@Index('attendance_records_walk_in_key', ['volunteerId', 'centerId', 'workDate'], { unique: true, where: `"walk_in"` })
@Index('attendance_records_center_idx', ['centerId', 'checkInAt'])
@Index('attendance_records_event_idx', ['eventId', 'checkInAt'])
@Index('attendance_records_open_idx', ['checkInAt'], { where: `"check_out_at" IS NULL` })
@Index('attendance_records_volunteer_idx', ['volunteerId', 'checkInAt'])
export class AttendanceRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  volunteerId!: string;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  /** The assignment attended; null for a walk-in. No foreign key object here: rostering owns assignments. */
  @Column({ type: 'uuid', nullable: true })
  assignmentId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  shiftId!: string | null;

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

  /** The Baku date of the check-in. */
  @Column({ type: 'date' })
  workDate!: string;

  @Column({ type: 'timestamptz' })
  checkInAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  checkOutAt!: Date | null;

  @Column({ type: 'varchar', length: 20 })
  checkInMethod!: Exclude<CheckMethod, 'auto'>;

  @Column({ type: 'varchar', length: 20, nullable: true })
  checkOutMethod!: CheckMethod | null;

  @Column({ type: 'boolean', default: false })
  late!: boolean;

  @Column({ type: 'int', default: 0 })
  lateMinutes!: number;

  @Column({ type: 'boolean', default: false })
  earlyLeave!: boolean;

  /** The check-out was missing and the system closed it at end + grace: a coordinator should look. */
  @Column({ type: 'boolean', default: false })
  autoClosed!: boolean;

  /** Recorded offline and synced late: waits for review. */
  @Column({ type: 'boolean', default: false })
  lateSync!: boolean;

  @Column({ type: 'boolean', default: false })
  walkIn!: boolean;

  @Column({ type: 'uuid', nullable: true })
  kioskId!: string | null;

  /** The staff member who recorded it (staff marking), else null. */
  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
