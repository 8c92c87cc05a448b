import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { HourEntryEntity } from './hour-entry.entity';

/** The history of a ledger row: who created, approved, rejected or corrected it, from what to what, and why. Never updated. */
@Entity('hour_entry_changes')
@Check('hour_entry_changes_action_check', `"action" IN ('created', 'approved', 'rejected', 'corrected')`)
@Index('hour_entry_changes_entry_idx', ['entryId', 'changedAt'])
export class HourEntryChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  entryId!: string;

  @ManyToOne(() => HourEntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id' })
  entry!: Relation<HourEntryEntity>;

  @Column({ type: 'varchar', length: 20 })
  action!: 'created' | 'approved' | 'rejected' | 'corrected';

  /** Null when the system acted (attendance closed, no-show job). */
  @Column({ type: 'uuid', nullable: true })
  changedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus!: string | null;

  @Column({ type: 'varchar', length: 20 })
  toStatus!: string;

  @Column({ type: 'int', nullable: true })
  fromMinutes!: number | null;

  @Column({ type: 'int' })
  toMinutes!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;
}
