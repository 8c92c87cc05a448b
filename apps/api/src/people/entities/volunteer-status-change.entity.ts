import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import type { VolunteerStatus } from '../people.types';
import { VolunteerEntity } from './volunteer.entity';

/** One change of a volunteer's status (applicant → active → paused …), who made it and why. Append-only. */
@Entity('volunteer_status_changes')
@Index('volunteer_status_changes_volunteer_idx', ['volunteerId', 'at'])
@Check('volunteer_status_changes_to_check', `"to_status" IN ('applicant', 'active', 'paused', 'alumni', 'staff', 'exited')`)
@Check('volunteer_status_changes_from_check', `"from_status" IS NULL OR "from_status" IN ('applicant', 'active', 'paused', 'alumni', 'staff', 'exited')`)
export class VolunteerStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  volunteerId!: string;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  /** Null for the first row of a person (the status they had when the history began). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus!: VolunteerStatus | null;

  @Column({ type: 'varchar', length: 20 })
  toStatus!: VolunteerStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  /** Who made the change; null for the system (a job) or the backfill. */
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_user_id' })
  actorUser!: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
