import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { UserEntity } from '../../../users/entities/user.entity';

/** Per account: which optional kinds of mail the person wants. No row = everything on. */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid')
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  @Column({ type: 'boolean', default: true })
  reminders!: boolean;

  @Column({ type: 'boolean', default: true })
  swaps!: boolean;

  @Column({ type: 'boolean', default: true })
  messages!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
