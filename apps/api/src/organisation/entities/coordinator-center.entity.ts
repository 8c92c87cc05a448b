import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CenterEntity } from './center.entity';
import { UserEntity } from '../../users/entities/user.entity';

/** The centers a coordinator coordinates: the scope of everything they see. */
@Entity('coordinator_centers')
export class CoordinatorCenterEntity {
  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn('uuid')
  centerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  @ManyToOne(() => CenterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'center_id' })
  center!: Relation<CenterEntity>;
}
