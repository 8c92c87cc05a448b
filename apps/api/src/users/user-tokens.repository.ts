import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { UserEntity } from './entities/user.entity';
import { UserTokenEntity, type UserTokenPurpose } from './entities/user-token.entity';

/** Mail-link tokens. Every method takes the caller's EntityManager: each runs inside a business transaction. */
@Injectable()
export class UserTokensRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The user as the caller's transaction sees it (it may have been created in that very transaction). */
  findUser(em: EntityManager, userId: string): Promise<UserEntity | null> {
    return em.findOneBy(UserEntity, { id: userId });
  }

  /** Stores a new token and retires the user's earlier unused ones of the same purpose (only the newest link works). */
  async issue(em: EntityManager, values: { userId: string; purpose: UserTokenPurpose; tokenHash: string; expiresAt: Date }, now: Date): Promise<void> {
    await em.update(UserTokenEntity, { userId: values.userId, purpose: values.purpose, usedAt: IsNull() }, { usedAt: now });
    await em.insert(UserTokenEntity, { ...values, usedAt: null });
  }

  /**
   * Marks the token used and returns its user — only if it is unused, unexpired, of one of the purposes
   * and its user is active. One UPDATE … RETURNING: of two parallel redemptions exactly one wins.
   */
  async consume(em: EntityManager, tokenHash: string, purposes: readonly UserTokenPurpose[], now: Date): Promise<{ userId: string; purpose: UserTokenPurpose } | null> {
    const result: unknown = await em.query(
      `UPDATE user_tokens t SET used_at = $3
         FROM users u
        WHERE t.token_hash = $1 AND t.purpose = ANY($2) AND t.used_at IS NULL AND t.expires_at > $3
          AND u.id = t.user_id AND u.active
       RETURNING t.user_id, t.purpose`,
      [tokenHash, purposes, now],
    );
    // For UPDATE … RETURNING the postgres driver answers [rows, affectedCount].
    const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as { user_id: string; purpose: UserTokenPurpose }[];
    const row = rows[0];
    return row ? { userId: row.user_id, purpose: row.purpose } : null;
  }

  async setPasswordHash(em: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await em.update(UserEntity, { id: userId }, { passwordHash });
  }
}
