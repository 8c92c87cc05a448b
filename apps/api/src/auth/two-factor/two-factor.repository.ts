import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository, type EntityManager } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { StaffRecoveryCodeEntity } from './entities/staff-recovery-code.entity';
import { StaffTwoFactorEntity } from './entities/staff-two-factor.entity';

@Injectable()
export class TwoFactorRepository {
  constructor(@InjectRepository(StaffTwoFactorEntity) private readonly repo: Repository<StaffTwoFactorEntity>) {}

  find(userId: string): Promise<StaffTwoFactorEntity | null> {
    return this.repo.findOne({ where: { userId } });
  }

  async isEnabled(userId: string): Promise<boolean> {
    return this.repo.exists({ where: { userId, enabledAt: Not(IsNull()) } });
  }

  /** Starts (or restarts) an enrolment with a new secret; never touches an enabled authenticator. */
  async startEnrolment(userId: string, secretEncrypted: string): Promise<boolean> {
    const result = await this.repo.manager.query(
      `INSERT INTO staff_two_factor (user_id, secret_encrypted, enabled_at, last_used_step) VALUES ($1, $2, NULL, NULL)
       ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = EXCLUDED.secret_encrypted, last_used_step = NULL, created_at = now()
       WHERE staff_two_factor.enabled_at IS NULL
       RETURNING user_id`,
      [userId, secretEncrypted],
    );
    return (result as unknown[]).length === 1;
  }

  /**
   * Takes a code's time step if no later or equal step was taken before: each code is good once, and of two
   * requests racing with the same code only one wins.
   */
  async claimStep(userId: string, step: number, enable: boolean, now: Date, em: EntityManager = this.repo.manager): Promise<boolean> {
    const qb = em.getRepository(StaffTwoFactorEntity).createQueryBuilder().update(StaffTwoFactorEntity)
      .set(enable ? { lastUsedStep: step, enabledAt: now } : { lastUsedStep: step })
      .where('user_id = :userId', { userId })
      .andWhere('(last_used_step IS NULL OR last_used_step < :step)', { step });
    if (enable) qb.andWhere('enabled_at IS NULL');
    else qb.andWhere('enabled_at IS NOT NULL');
    const result = await qb.execute();
    return (result.affected ?? 0) === 1;
  }

  unusedRecoveryCodes(userId: string): Promise<StaffRecoveryCodeEntity[]> {
    return this.repo.manager.getRepository(StaffRecoveryCodeEntity).find({ where: { userId, usedAt: IsNull() }, order: { createdAt: 'ASC' } });
  }

  countUnusedRecoveryCodes(userId: string): Promise<number> {
    return this.repo.manager.getRepository(StaffRecoveryCodeEntity).count({ where: { userId, usedAt: IsNull() } });
  }

  /** Marks a recovery code used unless a parallel request used it first. */
  async useRecoveryCode(id: string, now: Date): Promise<boolean> {
    const result = await this.repo.manager.getRepository(StaffRecoveryCodeEntity).update({ id, usedAt: IsNull() }, { usedAt: now });
    return (result.affected ?? 0) === 1;
  }

  /** Replaces every recovery code of the user (the old ones stop working at once). */
  async replaceRecoveryCodes(userId: string, codeHashes: string[], em: EntityManager = this.repo.manager): Promise<void> {
    const codes = em.getRepository(StaffRecoveryCodeEntity);
    await codes.delete({ userId });
    await codes.insert(codeHashes.map((codeHash) => ({ userId, codeHash, usedAt: null })));
  }

  /** Removes the authenticator and the recovery codes (turning 2FA off, or an admin's reset). */
  async remove(userId: string, em: EntityManager = this.repo.manager): Promise<boolean> {
    await em.getRepository(StaffRecoveryCodeEntity).delete({ userId });
    const result = await em.getRepository(StaffTwoFactorEntity).delete({ userId });
    return (result.affected ?? 0) > 0;
  }

  /** Who gets the security notice, read in the transaction that makes the change. */
  recipient(em: EntityManager, userId: string): Promise<Pick<UserEntity, 'id' | 'email' | 'fullName' | 'locale'> | null> {
    return em.getRepository(UserEntity).findOne({ where: { id: userId }, select: { id: true, email: true, fullName: true, locale: true } });
  }

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.repo.manager.transaction(work);
  }
}
