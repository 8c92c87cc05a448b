import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes } from 'node:crypto';
import type { AuthUser } from '../common/auth-user';
import { AppConfig } from '../config/app-config';
import { ApiProblem } from '../common/http/api-problem';
import { RateLimitService, type Limit } from '../common/rate-limit/rate-limit.service';
import { PasswordHasher } from '../common/security/password-hasher';
import type { UserWithAccess } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import type { MeDto, TokenDto } from './dto/auth.dto';
import type { SessionEntity } from './entities/session.entity';
import { displayAddress } from './device';
import { SessionsRepository } from './sessions.repository';
import { isStaff, TwoFactorService, type SecondFactor } from './two-factor/two-factor.service';

const WINDOW = 15 * 60;
/**
 * The token just rotated away still refreshes for this long: a page reloaded while its refresh was in
 * flight never stored the new cookie, and two tabs may race. Later, presenting it means a stolen copy.
 */
const ROTATION_GRACE_MS = 30_000;

export interface IssuedTokens extends TokenDto {
  refreshToken: string;
  refreshExpiresAt: Date;
}

export interface AccessTokenPayload {
  sub: string;
  sid: string;
}

/** The password was right; the second factor is still owed (POST /auth/login/mfa). */
export interface MfaChallenge {
  mfaRequired: true;
  mfaToken: string;
  expiresIn: number;
}

const MFA_TOKEN_TTL = 300;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly rateLimit: RateLimitService,
    private readonly config: AppConfig,
    private readonly twoFactor: TwoFactorService,
  ) {}

  /**
   * Failed logins are limited per IP and per account-from-that-IP: an attacker guessing one account's
   * password is stopped, yet cannot lock the real owner out (who logs in from another address).
   * The same answer and the same argon2 work for unknown e-mails: no user enumeration.
   */
  async login(email: string, password: string, ip: string, userAgent: string | undefined): Promise<IssuedTokens | MfaChallenge> {
    const limits = this.loginLimits(email, ip);
    await this.rateLimit.assertNotExceeded(limits);
    const user = await this.users.findByEmail(email);
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid || !user.active) {
      await this.rateLimit.record(limits);
      throw new ApiProblem(401, 'detail.invalidCredentials');
    }
    await this.rateLimit.reset(limits[1].key);
    const access = await this.users.findWithAccess(user.id);
    if (!access) throw new ApiProblem(401, 'detail.invalidCredentials');
    if (await this.twoFactor.challengeAtLogin(user.id)) {
      // Not a session: a short-lived token good only for POST /auth/login/mfa, signed with a key of its own so
      // that it can never pass as an access token.
      const mfaToken = this.jwt.sign({ sub: user.id, typ: 'mfa' }, { secret: this.mfaTokenSecret, expiresIn: MFA_TOKEN_TTL });
      return { mfaRequired: true, mfaToken, expiresIn: MFA_TOKEN_TTL };
    }
    return this.openSession(access, ip, userAgent);
  }

  /** The second step of a login with 2FA: the code (or a recovery code) for the user named by the mfaToken. */
  async loginWithSecondFactor(mfaToken: string, factor: SecondFactor, ip: string, userAgent: string | undefined): Promise<IssuedTokens> {
    let userId: string;
    try {
      const payload = this.jwt.verify<{ sub: string; typ: string }>(mfaToken, { secret: this.mfaTokenSecret, algorithms: ['HS256'] });
      if (payload.typ !== 'mfa' || typeof payload.sub !== 'string') throw new Error('not an mfa token');
      userId = payload.sub;
    } catch {
      throw new ApiProblem(401, 'detail.mfaTokenExpired');
    }
    const access = await this.users.findWithAccess(userId);
    if (!access || !access.user.active) throw new ApiProblem(401, 'detail.mfaTokenExpired');
    await this.twoFactor.verify(userId, access.user.email, factor);
    return this.openSession(access, ip, userAgent);
  }

  private async openSession(access: UserWithAccess, ip: string, userAgent: string | undefined): Promise<IssuedTokens> {
    const now = new Date();
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = this.refreshExpiry(now);
    const session = await this.sessions.create({
      userId: access.user.id,
      tokenHash: sha256(refreshToken),
      expiresAt: refreshExpiresAt,
      lastUsedAt: now,
      userAgent: userAgent?.slice(0, 300) ?? null,
      ip: displayAddress(ip),
    });
    return { ...(await this.accessToken(access, session.id)), refreshToken, refreshExpiresAt };
  }

  private get mfaTokenSecret(): string {
    return `${this.config.jwtSecret}:mfa-challenge`;
  }

  /**
   * Rotates the refresh token. The token rotated away last still works within the grace time (the
   * rotation then replaces the current one, which becomes the previous); after it, that token means a
   * stolen copy and the session ends. Of two refreshes racing on one token, the loser tries once more
   * and goes through the grace path instead of logging its tab out.
   */
  async refresh(refreshToken: string | undefined, ip?: string): Promise<IssuedTokens> {
    if (!refreshToken) throw new ApiProblem(401, 'detail.sessionExpired');
    const hash = sha256(refreshToken);
    for (let attempt = 0; attempt < 2; attempt++) {
      const now = new Date();
      const session = await this.sessionFor(hash, now);
      if (session.revokedAt || session.expiresAt <= now) throw new ApiProblem(401, 'detail.sessionExpired');
      const access = await this.users.findWithAccess(session.userId);
      if (!access || !access.user.active) throw new ApiProblem(401, 'detail.sessionExpired');
      const next = randomBytes(32).toString('base64url');
      const refreshExpiresAt = this.refreshExpiry(now);
      if (await this.sessions.rotate(session.id, session.tokenHash, sha256(next), refreshExpiresAt, now, displayAddress(ip) ?? undefined)) {
        return { ...(await this.accessToken(access, session.id)), refreshToken: next, refreshExpiresAt };
      }
    }
    throw new ApiProblem(401, 'detail.sessionExpired');
  }

  /**
   * The session whose current token this is, or whose previous one within the grace time, or an older one
   * retired within the grace time (a page reloaded again and again faster than it loads never stored the
   * tokens in between). Any other older token of the session ends it at once.
   */
  private async sessionFor(hash: string, now: Date): Promise<SessionEntity> {
    const current = await this.sessions.findByTokenHash(hash);
    if (current) return current;
    const rotatedAway = await this.sessions.findByPreviousTokenHash(hash);
    if (!rotatedAway) {
      const reused = await this.sessions.findByRetiredTokenHash(hash);
      if (reused && now.getTime() - reused.retiredAt.getTime() <= ROTATION_GRACE_MS) return reused.session;
      if (reused) await this.sessions.revoke(reused.session.id, 'refresh_token_reuse', now);
      throw new ApiProblem(401, 'detail.sessionExpired');
    }
    if (now.getTime() - rotatedAway.lastUsedAt.getTime() > ROTATION_GRACE_MS) {
      await this.sessions.revoke(rotatedAway.id, 'refresh_token_reuse', now);
      throw new ApiProblem(401, 'detail.sessionExpired');
    }
    return rotatedAway;
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId, 'logout', new Date());
  }

  /** Any refresh token (even without a valid access token) can end its own session. */
  async logoutByRefreshToken(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    const session = await this.sessions.findByTokenHash(sha256(refreshToken));
    if (session) await this.sessions.revoke(session.id, 'logout', new Date());
  }

  async changePassword(user: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.users.findByEmail(user.email);
    if (!account || !(await this.hasher.verify(account.passwordHash, currentPassword))) {
      throw new ApiProblem(400, 'detail.wrongPassword', {}, [{ field: 'currentPassword', code: 'wrongPassword' }]);
    }
    await this.users.setPassword(user.id, newPassword);
    await this.sessions.revokeAllForUser(user.id, 'password_changed', new Date(), user.sessionId);
  }

  /**
   * Called for every request with a valid JWT: the session must still be live (revocation is immediate).
   * One statement (SessionsRepository.liveAccess), read afresh every time: no cache to invalidate.
   */
  async resolve(payload: AccessTokenPayload): Promise<AuthUser | null> {
    if (!UUID.test(String(payload.sid)) || !UUID.test(String(payload.sub))) return null;
    const access = await this.sessions.liveAccess(payload.sid, payload.sub, new Date());
    if (!access) return null;
    const user: AuthUser = { id: access.id, email: access.email, roles: access.roles, centerIds: access.centerIds, eventIds: access.eventIds, sessionId: payload.sid };
    if (this.twoFactor.mode === 'required' && isStaff(access.roles) && !access.twoFactorEnabled) user.mfaEnrolmentRequired = true;
    return user;
  }

  async me(user: AuthUser): Promise<MeDto> {
    const access = await this.users.findWithAccess(user.id);
    if (!access) throw new ApiProblem(401, 'detail.sessionExpired');
    return this.toMe(access);
  }

  private async accessToken(access: UserWithAccess, sessionId: string): Promise<TokenDto> {
    const payload: AccessTokenPayload = { sub: access.user.id, sid: sessionId };
    return { accessToken: this.jwt.sign(payload), expiresIn: this.config.accessTokenTtl, user: await this.toMe(access) };
  }

  private async toMe(access: UserWithAccess): Promise<MeDto> {
    return { ...toMe(access), mfaEnrolmentRequired: await this.twoFactor.enrolmentRequired(access.user.id, access.roles) };
  }

  private refreshExpiry(now: Date): Date {
    return new Date(now.getTime() + this.config.refreshTokenTtlDays * 86_400_000);
  }

  private loginLimits(email: string, ip: string): Limit[] {
    const perAccount = this.config.loginRateLimit;
    return [
      { key: `login:ip:${ip}`, max: perAccount * 4, windowSeconds: WINDOW },
      { key: `login:account:${sha256(email.trim().toLowerCase())}:${ip}`, max: perAccount, windowSeconds: WINDOW },
    ];
  }
}

function toMe(a: UserWithAccess): Omit<MeDto, 'mfaEnrolmentRequired'> {
  return {
    id: a.user.id,
    email: a.user.email,
    fullName: a.user.fullName,
    locale: a.user.locale,
    roles: a.roles,
    centerIds: a.centerIds,
    eventIds: a.eventIds,
  };
}
