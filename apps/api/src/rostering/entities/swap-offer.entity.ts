import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { SwapStatus } from '../rostering.types';
import { ShiftAssignmentEntity } from './shift-assignment.entity';

/** A volunteer offers his assignment to one colleague or to anyone eligible (the open pool). */
@Entity('swap_offers')
@Check('swap_offers_status_check', `"status" IN ('open', 'pending_approval', 'accepted', 'withdrawn', 'rejected')`)
@Index('swap_offers_live_key', ['assignmentId'], { unique: true, where: `"status" IN ('open', 'pending_approval')` })
export class SwapOfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  assignmentId!: string;

  @ManyToOne(() => ShiftAssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment!: Relation<ShiftAssignmentEntity>;

  @Column('uuid')
  shiftId!: string;

  @Column('uuid')
  fromVolunteerId!: string;

  /** null = the open pool. */
  @Column({ type: 'uuid', nullable: true })
  toVolunteerId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  takenByVolunteerId!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status!: SwapStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
