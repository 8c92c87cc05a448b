import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../../../users/entities/user.entity';

/**
 * A requested change of the login e-mail, pending until the link mailed to the NEW address is opened.
 * Only the SHA-256 of the token is stored (as for invitations and resets).
 */
@Entity('email_changes')
@Index('email_changes_user_idx', ['userId'])
export class EmailChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  /** Stored lower-case. */
  @Column({ type: 'varchar', length: 254 })
  newEmail!: string;

  @Index('email_changes_token_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Set when verified, or when a newer request replaced this one. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
