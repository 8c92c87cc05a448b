import { Check, Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The staffing rules of one center or event; a missing row or a null value means "no limit". */
@Entity('shift_policies')
@Check('shift_policies_owner_check', `("center_id" IS NULL) <> ("event_id" IS NULL)`)
@Check('shift_policies_values_check', `coalesce("weekly_cap_minutes", 0) >= 0 AND coalesce("min_rest_minutes", 0) >= 0 AND coalesce("max_shifts_per_day", 1) >= 1 AND coalesce("no_show_limit", 1) >= 1`)
@Check('shift_policies_attendance_check', `coalesce("check_in_opens_minutes", 0) BETWEEN 0 AND 720 AND coalesce("late_grace_minutes", 0) BETWEEN 0 AND 240 AND coalesce("close_grace_minutes", 0) BETWEEN 0 AND 720 AND coalesce("rounding_minutes", 1) BETWEEN 1 AND 60`)
@Index('shift_policies_center_key', ['centerId'], { unique: true, where: `"center_id" IS NOT NULL` })
@Index('shift_policies_event_key', ['eventId'], { unique: true, where: `"event_id" IS NOT NULL` })
export class ShiftPolicyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  centerId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  @Column({ type: 'int', nullable: true })
  weeklyCapMinutes!: number | null;

  @Column({ type: 'int', nullable: true })
  minRestMinutes!: number | null;

  @Column({ type: 'int', nullable: true })
  maxShiftsPerDay!: number | null;

  @Column({ type: 'int', nullable: true })
  noShowLimit!: number | null;

  // Attendance (see AttendancePolicy in @dost/domain; null = its default).
  /** Check-in opens this many minutes before a shift starts. */
  @Column({ type: 'int', nullable: true })
  checkInOpensMinutes!: number | null;

  /** Checked in later than start + this is late. */
  @Column({ type: 'int', nullable: true })
  lateGraceMinutes!: number | null;

  /** At end + this a missing check-out is closed and nobody checked in is a no-show. */
  @Column({ type: 'int', nullable: true })
  closeGraceMinutes!: number | null;

  /** Worked minutes are rounded to a multiple of this. */
  @Column({ type: 'int', nullable: true })
  roundingMinutes!: number | null;

  /** Swaps between volunteers wait for a coordinator's approval. */
  @Column({ type: 'boolean', default: false })
  swapNeedsApproval!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
