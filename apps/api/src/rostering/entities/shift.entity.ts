import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { EventEntity } from '../../organisation/entities/event.entity';
import type { ShiftStatus, ShiftVisibility } from '../rostering.types';
import { PositionEntity } from './position.entity';
import { ShiftTemplateEntity } from './shift-template.entity';

/**
 * One shift. `assignedCount` is the number of people holding a slot (assigned, then completed or no-show); the sign-up claims a slot
 * with a guarded UPDATE (`assigned_count < slots`), and the CHECK below is the backstop: no code path can
 * ever overbook, whatever the concurrency.
 */
@Entity('shifts')
@Check('shifts_owner_check', `("center_id" IS NULL) <> ("event_id" IS NULL)`)
@Check('shifts_fill_check', `"assigned_count" >= 0 AND "assigned_count" <= "slots"`)
@Check('shifts_slots_check', `"slots" >= 1`)
@Check('shifts_time_check', `"ends_at" > "starts_at"`)
@Check('shifts_status_check', `"status" IN ('draft', 'published', 'cancelled')`)
@Check('shifts_visibility_check', `"visibility" IN ('open', 'assign_only')`)
@Index('shifts_center_starts_idx', ['centerId', 'startsAt'])
@Index('shifts_event_starts_idx', ['eventId', 'startsAt'])
@Index('shifts_open_idx', ['startsAt'], { where: `"status" = 'published' AND "visibility" = 'open'` })
@Index('shifts_template_starts_key', ['templateId', 'startsAt'], { unique: true, where: `"template_id" IS NOT NULL` })
export class ShiftEntity {
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

  @Index('shifts_position_idx')
  @Column('uuid')
  positionId!: string;

  @ManyToOne(() => PositionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'position_id' })
  position!: Relation<PositionEntity>;

  @Column({ type: 'uuid', nullable: true })
  templateId!: string | null;

  @ManyToOne(() => ShiftTemplateEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'template_id' })
  template!: Relation<ShiftTemplateEntity> | null;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'int' })
  slots!: number;

  @Column({ type: 'int', default: 0 })
  assignedCount!: number;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  visibility!: ShiftVisibility;

  @Column({ type: 'int', nullable: true })
  signupOpensDaysBefore!: number | null;

  @Column({ type: 'int', nullable: true })
  cancellationCutoffHours!: number | null;

  @Column({ type: 'varchar', length: 20, default: 'published' })
  status!: ShiftStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  notes!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
