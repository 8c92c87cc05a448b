import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ApiProblem } from '../common/http/api-problem';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { PasswordHasher } from '../common/security/password-hasher';
import { AccountLinksService } from '../users/account-links.service';
import type { UserTokenPurpose } from '../users/entities/user-token.entity';
import { UsersService } from '../users/users.service';
import { SessionsRepository } from './sessions.repository';

const HOUR = 3600;
/** Per address: generous (an office behind one NAT); per account: a few mails an hour at most. */
const FORGOT_PER_IP = 20;
const FORGOT_PER_ACCOUNT = 3;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The public side of mail links: "forgot password", setting a password from an invitation or reset link. */
@Injectable()
export class PasswordLinksService {
  constructor(
    private readonly users: UsersService,
    private readonly links: AccountLinksService,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly rateLimit: RateLimitService,
  ) {}

  /**
   * Mails a reset link when the address belongs to an active account that may log in. The caller always
   * answers the same (202): nothing tells whether the address exists. Too many requests from one address
   * → 429 (says nothing about any account); too many for one account → silently no further mail.
   */
  async forgotPassword(email: string, ip: string): Promise<void> {
    await this.rateLimit.consume([{ key: `forgot:ip:${ip}`, max: FORGOT_PER_IP, windowSeconds: HOUR }]);
    try {
      await this.rateLimit.consume([{ key: `forgot:account:${sha256(email.trim().toLowerCase())}`, max: FORGOT_PER_ACCOUNT, windowSeconds: HOUR }]);
    } catch (e) {
      if (e instanceof ApiProblem && e.getStatus() === 429) return;
      throw e;
    }
    const user = await this.users.findByEmail(email);
    if (!user || !user.active) return;
    await this.links.sendPasswordReset(user);
  }

  /** Invitation link → first password. */
  setPassword(token: string, password: string): Promise<void> {
    return this.redeem(token, ['invitation'], password);
  }

  /** Reset link → new password; every session of the account ends (someone else may have been logged in). */
  resetPassword(token: string, password: string): Promise<void> {
    return this.redeem(token, ['password_reset'], password);
  }

  private async redeem(token: string, purposes: UserTokenPurpose[], password: string): Promise<void> {
    const passwordHash = await this.hasher.hash(password);
    const userId = await this.links.redeem(token, purposes, passwordHash);
    if (!userId) throw new ApiProblem(400, 'detail.invalidToken', {}, [{ field: 'token', code: 'invalidToken' }], {}, 'INVALID_TOKEN');
    await this.sessions.revokeAllForUser(userId, 'password_reset', new Date());
  }
}
