import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { RetiredRefreshTokenEntity } from './entities/retired-refresh-token.entity';
import { SessionEntity } from './entities/session.entity';

@Injectable()
export class SessionsRepository {
  constructor(@InjectRepository(SessionEntity) private readonly repo: Repository<SessionEntity>) {}

  create(values: Pick<SessionEntity, 'userId' | 'tokenHash' | 'expiresAt' | 'lastUsedAt' | 'userAgent'>): Promise<SessionEntity> {
    return this.repo.save(this.repo.create({ ...values, previousTokenHash: null, revokedAt: null, revokedReason: null }));
  }

  findById(id: string): Promise<SessionEntity | null> {
    return this.repo.findOne({ where: { id } });
  }

  findByTokenHash(tokenHash: string): Promise<SessionEntity | null> {
    return this.repo.findOne({ where: { tokenHash } });
  }

  findByPreviousTokenHash(tokenHash: string): Promise<SessionEntity | null> {
    return this.repo.findOne({ where: { previousTokenHash: tokenHash } });
  }

  /**
   * Replaces the token only if it is still the one presented: of two parallel refreshes, one wins. The token
   * that was `previous` until now is retired (kept by hash, so that its reuse ends the session), in the same
   * transaction.
   */
  async rotate(id: string, fromHash: string, toHash: string, expiresAt: Date, now: Date): Promise<boolean> {
    return this.repo.manager.transaction(async (em) => {
      const session = await em.getRepository(SessionEntity).findOne({ where: { id, tokenHash: fromHash, revokedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!session) return false;
      if (session.previousTokenHash && session.previousTokenHash !== toHash) {
        await em.getRepository(RetiredRefreshTokenEntity).createQueryBuilder().insert()
          .values({ tokenHash: session.previousTokenHash, sessionId: id, retiredAt: now }).orIgnore().execute();
      }
      await em.getRepository(SessionEntity).update({ id }, { tokenHash: toHash, previousTokenHash: fromHash, expiresAt, lastUsedAt: now });
      return true;
    });
  }

  /** The session that once rotated past this token, if any, and when the token was retired. */
  async findByRetiredTokenHash(tokenHash: string): Promise<{ session: SessionEntity; retiredAt: Date } | null> {
    const retired = await this.repo.manager.getRepository(RetiredRefreshTokenEntity).findOne({ where: { tokenHash } });
    const session = retired && (await this.findById(retired.sessionId));
    return retired && session ? { session, retiredAt: retired.retiredAt } : null;
  }

  async revoke(id: string, reason: string, now: Date): Promise<void> {
    await this.repo.update({ id, revokedAt: IsNull() }, { revokedAt: now, revokedReason: reason });
  }

  async revokeAllForUser(userId: string, reason: string, now: Date, exceptSessionId?: string): Promise<void> {
    await this.repo.update(
      { userId, revokedAt: IsNull(), ...(exceptSessionId ? { id: Not(exceptSessionId) } : {}) },
      { revokedAt: now, revokedReason: reason },
    );
  }
}
