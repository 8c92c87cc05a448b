import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { SessionEntity } from './session.entity';

/**
 * Every refresh token a session has rotated past (older than its `previousTokenHash`), by hash: presented
 * again, it can only be a stolen copy, and the session ends (issue 18: not only one rotation back).
 */
@Entity('session_retired_tokens')
export class RetiredRefreshTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Index('session_retired_tokens_session_id_idx')
  @Column('uuid')
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session!: Relation<SessionEntity>;

  @Column({ type: 'timestamptz' })
  retiredAt!: Date;
}
