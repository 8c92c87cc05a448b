import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { EventEntity } from '../../organisation/entities/event.entity';
import type { RosterGapReason, RosterObjective } from '@dost/domain';

export type RosterRunStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'applied';

/** What a finished run proposes: new assignments (already re-checked by the eligibility rule) and the gaps. */
export interface RosterRunResult {
  proposals: { shiftId: string; volunteerId: string }[];
  unfilled: { shiftId: string; missing: number; details: RosterGapReason[]; eligibility?: string[] }[];
  objective: RosterObjective;
  hardViolations: number;
  stats: { shifts: number; slots: number; filledBefore: number; volunteers: number; elapsedMs: number; iterations: number; timeToFirstFeasibleMs: number | null };
}

/** What applying changed: assignments made, and proposals that no longer held (someone signed up meanwhile…). */
export interface RosterRunApplied {
  assigned: number;
  skipped: { shiftId: string; volunteerId: string; code: string }[];
}

/**
 * One auto-roster run for a center or an event over a date range: queued → running → done (a preview)
 * → applied, or failed / cancelled. The job may run on any replica; `cancelRequested` is how a cancel
 * reaches it, and `progress` (0–100) how the console follows it.
 */
@Entity('roster_runs')
@Check('roster_runs_owner_check', `("center_id" IS NULL) <> ("event_id" IS NULL)`)
@Check('roster_runs_status_check', `"status" IN ('queued', 'running', 'done', 'failed', 'cancelled', 'applied')`)
@Check('roster_runs_progress_check', `"progress" BETWEEN 0 AND 100`)
@Index('roster_runs_center_idx', ['centerId', 'createdAt'])
@Index('roster_runs_event_idx', ['eventId', 'createdAt'])
export class RosterRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

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

  @Column({ type: 'date' })
  fromDate!: string;

  @Column({ type: 'date' })
  toDate!: string;

  @Column({ type: 'varchar', length: 20, default: 'queued' })
  status!: RosterRunStatus;

  @Column({ type: 'int', default: 0 })
  progress!: number;

  @Column({ type: 'int' })
  timeLimitSeconds!: number;

  @Column({ type: 'boolean', default: false })
  cancelRequested!: boolean;

  @Column({ type: 'uuid' })
  requestedBy!: string;

  /** When set, the run staffs only these shifts of the event (liaison matching, docs/liaisons.md); null = every shift in the range. */
  @Column({ type: 'jsonb', nullable: true })
  shiftIds!: string[] | null;

  @Column({ type: 'jsonb', nullable: true })
  result!: RosterRunResult | null;

  @Column({ type: 'jsonb', nullable: true })
  applied!: RosterRunApplied | null;

  /** Why a run failed (an error class and message, never personal data). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  appliedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  appliedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
