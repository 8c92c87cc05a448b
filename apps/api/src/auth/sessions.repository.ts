import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Role } from '@dost/domain';
import { IsNull, MoreThan, Not, Repository } from 'typeorm';
import { RetiredRefreshTokenEntity } from './entities/retired-refresh-token.entity';
import { SessionEntity } from './entities/session.entity';

export interface LiveAccess {
  id: string;
  email: string;
  roles: Role[];
  eventIds: string[];
  centerIds: string[];
  twoFactorEnabled: boolean;
}

@Injectable()
export class SessionsRepository {
  constructor(@InjectRepository(SessionEntity) private readonly repo: Repository<SessionEntity>) {}

  create(values: Pick<SessionEntity, 'userId' | 'tokenHash' | 'expiresAt' | 'lastUsedAt' | 'userAgent' | 'ip'>): Promise<SessionEntity> {
    return this.repo.save(this.repo.create({ ...values, previousTokenHash: null, revokedAt: null, revokedReason: null }));
  }

  /**
   * Everything authentication needs, in ONE statement (issue 17: auth ≤ 1 statement per request): the live
   * session, its active user, roles, events, the center scope (with subtrees, as UsersRepository.centerScope)
   * and whether an authenticator is on. Nothing is cached, so a logout, a role, scope or password change and
   * a deactivation count on the very next request — on every replica.
   */
  async liveAccess(sessionId: string, userId: string, now: Date): Promise<LiveAccess | null> {
    const rows: LiveAccess[] = await this.repo.manager.query(
      `SELECT u.id, u.email,
              ARRAY(SELECT r.role FROM user_roles r WHERE r.user_id = u.id ORDER BY r.role)::text[] AS roles,
              ARRAY(SELECT e.event_id FROM event_organizers e WHERE e.user_id = u.id)::text[] AS "eventIds",
              ARRAY(WITH RECURSIVE tree AS (
                      SELECT c.center_id AS id, c.includes_subtree AS deep, 0 AS depth FROM coordinator_centers c WHERE c.user_id = u.id
                      UNION
                      SELECT ch.id, true, t.depth + 1 FROM tree t JOIN centers ch ON ch.parent_id = t.id WHERE t.deep AND t.depth < 10)
                    SELECT DISTINCT id FROM tree)::text[] AS "centerIds",
              EXISTS (SELECT 1 FROM staff_two_factor f WHERE f.user_id = u.id AND f.enabled_at IS NOT NULL) AS "twoFactorEnabled"
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > $3 AND u.active`,
      [sessionId, userId, now],
    );
    return rows[0] ?? null;
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
  async rotate(id: string, fromHash: string, toHash: string, expiresAt: Date, now: Date, ip?: string): Promise<boolean> {
    return this.repo.manager.transaction(async (em) => {
      const session = await em.getRepository(SessionEntity).findOne({ where: { id, tokenHash: fromHash, revokedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!session) return false;
      if (session.previousTokenHash && session.previousTokenHash !== toHash) {
        await em.getRepository(RetiredRefreshTokenEntity).createQueryBuilder().insert()
          .values({ tokenHash: session.previousTokenHash, sessionId: id, retiredAt: now }).orIgnore().execute();
      }
      await em.getRepository(SessionEntity).update({ id }, { tokenHash: toHash, previousTokenHash: fromHash, expiresAt, lastUsedAt: now, ...(ip ? { ip } : {}) });
      return true;
    });
  }

  /** The session that once rotated past this token, if any, and when the token was retired. */
  async findByRetiredTokenHash(tokenHash: string): Promise<{ session: SessionEntity; retiredAt: Date } | null> {
    const retired = await this.repo.manager.getRepository(RetiredRefreshTokenEntity).findOne({ where: { tokenHash } });
    const session = retired && (await this.findById(retired.sessionId));
    return retired && session ? { session, retiredAt: retired.retiredAt } : null;
  }

  /** The user's sessions still alive, the most recently used first ("My sessions"). */
  listLive(userId: string, now: Date): Promise<SessionEntity[]> {
    return this.repo.find({ where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(now) }, order: { lastUsedAt: 'DESC' }, take: 100 });
  }

  /** Ends one of the user's own sessions; false when it is not theirs or already ended. */
  async revokeOwn(userId: string, id: string, reason: string, now: Date): Promise<boolean> {
    const result = await this.repo.update({ id, userId, revokedAt: IsNull() }, { revokedAt: now, revokedReason: reason });
    return (result.affected ?? 0) === 1;
  }

  async revoke(id: string, reason: string, now: Date): Promise<void> {
    await this.repo.update({ id, revokedAt: IsNull() }, { revokedAt: now, revokedReason: reason });
  }

  /** Ends every live session of the user (but one, if named); returns how many ended. */
  async revokeAllForUser(userId: string, reason: string, now: Date, exceptSessionId?: string): Promise<number> {
    const result = await this.repo.update(
      { userId, revokedAt: IsNull(), ...(exceptSessionId ? { id: Not(exceptSessionId) } : {}) },
      { revokedAt: now, revokedReason: reason },
    );
    return result.affected ?? 0;
  }
}
