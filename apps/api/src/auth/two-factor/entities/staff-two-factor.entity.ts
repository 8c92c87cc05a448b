import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../../../users/entities/user.entity';

/**
 * A staff member's TOTP authenticator (RFC 6238). The shared secret is stored encrypted (AES-256-GCM with
 * TOTP_KEY) and is never returned after enrolment. `enabledAt` null = enrolment started, first code not yet
 * verified: such a row does not protect anything yet.
 */
@Entity('staff_two_factor')
export class StaffTwoFactorEntity {
  @PrimaryColumn('uuid')
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  /** base64url(iv).base64url(tag).base64url(ciphertext) of the base32 secret. */
  @Column({ type: 'varchar', length: 200 })
  secretEncrypted!: string;

  @Column({ type: 'timestamptz', nullable: true })
  enabledAt!: Date | null;

  /** The 30-second step of the last code accepted: a code is good once (no replay within its window). */
  @Column({ type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  lastUsedStep!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
