import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CenterEntity } from './center.entity';
import { UserEntity } from '../../users/entities/user.entity';

/** The centers a coordinator coordinates: the scope of everything they see. */
@Entity('coordinator_centers')
export class CoordinatorCenterEntity {
  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn('uuid')
  centerId!: string;

  /** A regional coordinator given the whole subtree: every center below this one is in their scope too. */
  @Column({ type: 'boolean', default: false })
  includesSubtree!: boolean;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  @ManyToOne(() => CenterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'center_id' })
  center!: Relation<CenterEntity>;
}
