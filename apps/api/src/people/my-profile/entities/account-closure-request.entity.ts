import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../../../users/entities/user.entity';

export const CLOSURE_STATUSES = ['open', 'done', 'withdrawn'] as const;
export type ClosureStatus = (typeof CLOSURE_STATUSES)[number];

/**
 * A person asked to close their account. Recorded, not executed: HR/admin handle it (hours, certificates
 * and consent records must be kept as the law asks; docs/my-profile.md says what happens).
 */
@Entity('account_closure_requests')
@Check('account_closure_requests_status_check', `"status" IN ('open', 'done', 'withdrawn')`)
@Index('account_closure_requests_open_key', ['userId'], { unique: true, where: `"status" = 'open'` })
export class AccountClosureRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status!: ClosureStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  handledAt!: Date | null;
}
