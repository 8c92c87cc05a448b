import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { IsoWeekday } from '@dost/domain';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { PositionEntity } from './position.entity';

/** A weekly recurrence at a center (Mon–Fri 09:00–13:00, two greeters) that generates shifts. */
@Entity('shift_templates')
@Check('shift_templates_slots_check', `"slots" >= 1`)
@Check('shift_templates_visibility_check', `"visibility" IN ('open', 'assign_only')`)
export class ShiftTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('shift_templates_center_idx')
  @Column('uuid')
  centerId!: string;

  @ManyToOne(() => CenterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'center_id' })
  center!: Relation<CenterEntity>;

  @Column('uuid')
  positionId!: string;

  @ManyToOne(() => PositionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'position_id' })
  position!: Relation<PositionEntity>;

  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  @Column({ type: 'jsonb' })
  weekdays!: IsoWeekday[];

  /** Baku wall-clock 'HH:mm'. */
  @Column({ type: 'varchar', length: 5 })
  startTime!: string;

  @Column({ type: 'varchar', length: 5 })
  endTime!: string;

  @Column({ type: 'int' })
  slots!: number;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  visibility!: 'open' | 'assign_only';

  @Column({ type: 'int', nullable: true })
  signupOpensDaysBefore!: number | null;

  @Column({ type: 'int', nullable: true })
  cancellationCutoffHours!: number | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
