import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
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

  /** Replaces the token only if it is still the one presented: of two parallel refreshes, one wins. */
  async rotate(id: string, fromHash: string, toHash: string, expiresAt: Date, now: Date): Promise<boolean> {
    const result = await this.repo.update(
      { id, tokenHash: fromHash, revokedAt: IsNull() },
      { tokenHash: toHash, previousTokenHash: fromHash, expiresAt, lastUsedAt: now },
    );
    return (result.affected ?? 0) === 1;
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
