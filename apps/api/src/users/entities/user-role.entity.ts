import { Check, Entity, ManyToOne, PrimaryColumn, JoinColumn, type Relation } from 'typeorm';
import type { Role } from '@dost/domain';
import { UserEntity } from './user.entity';

@Entity('user_roles')
@Check('user_roles_role_check', `"role" IN ('admin', 'hr', 'coordinator', 'organizer', 'volunteer', 'applicant')`)
export class UserRoleEntity {
  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  role!: Role;

  @ManyToOne(() => UserEntity, (u) => u.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;
}
