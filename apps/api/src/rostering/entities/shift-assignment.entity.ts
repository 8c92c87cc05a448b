import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';
import type { AssignmentSource, AssignmentStatus } from '../rostering.types';
import { ShiftEntity } from './shift.entity';

/** A volunteer on a shift (or on its waitlist). History is kept: a cancelled row stays, a new sign-up is a new row. */
@Entity('shift_assignments')
@Check('shift_assignments_status_check', `"status" IN ('assigned', 'waitlisted', 'cancelled', 'no_show', 'completed')`)
@Check('shift_assignments_source_check', `"source" IN ('self', 'coordinator', 'auto_roster', 'swap', 'waitlist')`)
// A person is never twice on the same shift: one live (assigned or waitlisted) row per person and shift.
@Index('shift_assignments_live_key', ['shiftId', 'volunteerId'], { unique: true, where: `"status" IN ('assigned', 'waitlisted')` })
@Index('shift_assignments_volunteer_idx', ['volunteerId', 'status'])
@Index('shift_assignments_shift_idx', ['shiftId', 'status', 'createdAt'])
export class ShiftAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  shiftId!: string;

  @ManyToOne(() => ShiftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shift_id' })
  shift!: Relation<ShiftEntity>;

  @Column('uuid')
  volunteerId!: string;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  @Column({ type: 'varchar', length: 20 })
  status!: AssignmentStatus;

  @Column({ type: 'varchar', length: 20 })
  source!: AssignmentSource;

  /** Who assigned (a coordinator's user id) — null for self sign-up. */
  @Column({ type: 'uuid', nullable: true })
  assignedBy!: string | null;

  /** The soft rules a coordinator overrode (codes) and why: also in the audit log. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  overrides!: string[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  overrideReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reminded24hAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reminded2hAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
