import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import * as QRCode from 'qrcode';
import type { Role } from '@dost/domain';
import type { AuthUser } from '../../common/auth-user';
import { ApiProblem } from '../../common/http/api-problem';
import { RateLimitService, type Limit } from '../../common/rate-limit/rate-limit.service';
import { PasswordHasher } from '../../common/security/password-hasher';
import { AppConfig } from '../../config/app-config';
import { NotificationsService } from '../../notifications/notifications.service';
import type { EntityManager } from 'typeorm';
import { SessionsRepository } from '../sessions.repository';
import type { EnrolmentDto, RecoveryCodesDto, TwoFactorStatusDto, UserTwoFactorDto } from './dto/two-factor.dto';
import { TotpSecretBox } from './totp-secret-box';
import { TwoFactorRepository } from './two-factor.repository';
import './two-factor.messages';

/** The roles that get a second factor (issue 18): the accounts that see other people's data. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'hr', 'coordinator', 'organizer'];
export const isStaff = (roles: readonly Role[]) => roles.some((r) => STAFF_ROLES.includes(r));

export const RECOVERY_CODE_COUNT = 10;
/** No 0/o, 1/l/i: codes get typed from paper. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const ISSUER = 'Könüllü DOST';
const WINDOW_SECONDS = 15 * 60;

export interface SecondFactor {
  code?: string;
  recoveryCode?: string;
}

const normaliseRecoveryCode = (s: string) => s.toLowerCase().replace(/[\s-]/g, '');

@Injectable()
export class TwoFactorService {
  constructor(
    private readonly repo: TwoFactorRepository,
    private readonly box: TotpSecretBox,
    private readonly hasher: PasswordHasher,
    private readonly rateLimit: RateLimitService,
    private readonly sessions: SessionsRepository,
    private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
  ) {}

  get mode(): AppConfig['staff2fa'] {
    return this.config.staff2fa;
  }

  /** Whether a login of this user must pass the second factor. */
  async challengeAtLogin(userId: string): Promise<boolean> {
    return this.mode !== 'off' && (await this.repo.isEnabled(userId));
  }

  /** A staff member under STAFF_2FA=required without an authenticator: the session reaches only enrolment. */
  async enrolmentRequired(userId: string, roles: readonly Role[]): Promise<boolean> {
    return this.mode === 'required' && isStaff(roles) && !(await this.repo.isEnabled(userId));
  }

  async status(user: Pick<AuthUser, 'id' | 'roles'>): Promise<TwoFactorStatusDto> {
    const row = await this.repo.find(user.id);
    const enabledAt = this.mode !== 'off' ? (row?.enabledAt ?? null) : null;
    const enabled = enabledAt !== null;
    return {
      mode: this.mode,
      staff: isStaff(user.roles),
      enabled,
      enabledAt: enabledAt?.toISOString() ?? null,
      required: this.mode === 'required' && isStaff(user.roles),
      recoveryCodesLeft: enabled ? await this.repo.countUnusedRecoveryCodes(user.id) : 0,
    };
  }

  /** A new secret (replacing an unfinished enrolment's); shown once, here, as a QR code and as text. */
  async startEnrolment(user: AuthUser): Promise<EnrolmentDto> {
    this.assertCanEnrol(user);
    const secret = new Secret({ size: 20 });
    if (!(await this.repo.startEnrolment(user.id, this.box.seal(secret.base32)))) throw ApiProblem.conflict('detail.twoFactorAlreadyOn', {}, 'TWO_FACTOR_ALREADY_ON');
    const otpauthUrl = this.totp(secret.base32, user.email).toString();
    return { secret: secret.base32, otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 240 }) };
  }

  /**
   * The first code proves the phone holds the secret: 2FA goes on, ten recovery codes are made (shown once),
   * and every other session of the user ends (they were opened without the second factor).
   */
  async confirmEnrolment(user: AuthUser, code: string): Promise<RecoveryCodesDto> {
    this.assertCanEnrol(user);
    const row = await this.repo.find(user.id);
    if (row?.enabledAt) throw ApiProblem.conflict('detail.twoFactorAlreadyOn', {}, 'TWO_FACTOR_ALREADY_ON');
    if (!row) throw ApiProblem.conflict('detail.twoFactorNotStarted', {}, 'TWO_FACTOR_NOT_STARTED');
    const limits = this.limits(user.id);
    await this.rateLimit.assertNotExceeded(limits);
    const step = this.matchingStep(row.secretEncrypted, user.email, code);
    const now = new Date();
    // The codes are hashed before the transaction (argon2 is slow); turning on, the codes and the notice commit together.
    const fresh = step === null ? null : await this.newRecoveryCodes();
    const enabled = fresh !== null && step !== null && (await this.repo.transaction(async (em) => {
      if (!(await this.repo.claimStep(user.id, step, true, now, em))) return false;
      await this.repo.replaceRecoveryCodes(user.id, fresh.hashes, em);
      await this.notify(em, user.id, { turnedOn: true, resetByAdmin: false });
      return true;
    }));
    if (!enabled) {
      await this.rateLimit.record(limits);
      throw invalid('code', 'invalidTotpCode');
    }
    await this.rateLimit.reset(limits[0].key);
    await this.sessions.revokeAllForUser(user.id, 'two_factor_enabled', now, user.sessionId);
    return { recoveryCodes: fresh.codes };
  }

  /** Turning it off (only where it is optional) needs a code: a borrowed unlocked laptop is not enough. */
  async disable(user: AuthUser, factor: SecondFactor): Promise<void> {
    if (this.mode === 'required' && isStaff(user.roles)) throw ApiProblem.conflict('detail.twoFactorRequired', {}, 'TWO_FACTOR_REQUIRED');
    await this.verify(user.id, user.email, factor);
    await this.repo.transaction(async (em) => {
      if (await this.repo.remove(user.id, em)) await this.notify(em, user.id, { turnedOn: false, resetByAdmin: false });
    });
  }

  async regenerateRecoveryCodes(user: AuthUser, factor: SecondFactor): Promise<RecoveryCodesDto> {
    await this.verify(user.id, user.email, factor);
    const fresh = await this.newRecoveryCodes();
    await this.repo.transaction((em) => this.repo.replaceRecoveryCodes(user.id, fresh.hashes, em));
    return { recoveryCodes: fresh.codes };
  }

  /**
   * Checks a TOTP code or a recovery code of an enabled authenticator. Wrong codes count against a limit per
   * account (LOGIN_RATE_LIMIT per 15 min): six digits cannot be guessed by trying. A code is good once.
   */
  async verify(userId: string, email: string, factor: SecondFactor): Promise<void> {
    if (!factor.code && !factor.recoveryCode) throw ApiProblem.validation([{ field: 'code', code: 'codeOrRecoveryCode' }]);
    const row = await this.repo.find(userId);
    if (!row?.enabledAt || this.mode === 'off') throw ApiProblem.conflict('detail.twoFactorNotOn', {}, 'TWO_FACTOR_NOT_ON');
    const limits = this.limits(userId);
    await this.rateLimit.assertNotExceeded(limits);
    const now = new Date();
    let ok = false;
    if (factor.code) {
      const step = this.matchingStep(row.secretEncrypted, email, factor.code);
      ok = step !== null && (await this.repo.claimStep(userId, step, false, now));
    } else if (factor.recoveryCode) {
      ok = await this.useRecoveryCode(userId, factor.recoveryCode, now);
    }
    if (!ok) {
      await this.rateLimit.record(limits);
      throw factor.code ? invalid('code', 'invalidTotpCode') : invalid('recoveryCode', 'invalidRecoveryCode');
    }
    await this.rateLimit.reset(limits[0].key);
  }

  /** Lost phone: an admin removes the user's authenticator, ends all their sessions and lifts a wrong-code lockout; they enrol again. */
  async reset(userId: string): Promise<boolean> {
    const removed = await this.repo.transaction(async (em) => {
      const done = await this.repo.remove(userId, em);
      if (done) await this.notify(em, userId, { turnedOn: false, resetByAdmin: true });
      return done;
    });
    if (removed) {
      await this.sessions.revokeAllForUser(userId, 'two_factor_reset', new Date());
      // A lost phone usually comes after a run of wrong codes: the new authenticator must not wait out that lockout.
      await this.rateLimit.reset(this.limits(userId)[0].key);
    }
    return removed;
  }

  /** For the admin's user page: is an authenticator on (never the secret). */
  async statusOf(userId: string): Promise<UserTwoFactorDto> {
    const row = await this.repo.find(userId);
    return { enabled: !!row?.enabledAt, enabledAt: row?.enabledAt?.toISOString() ?? null };
  }

  private assertCanEnrol(user: AuthUser): void {
    if (this.mode === 'off') throw ApiProblem.conflict('detail.twoFactorOff', {}, 'TWO_FACTOR_OFF');
    if (!isStaff(user.roles)) throw new ApiProblem(403, 'detail.twoFactorStaffOnly');
  }

  private totp(secretBase32: string, email: string): TOTP {
    return new TOTP({ issuer: ISSUER, label: email, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });
  }

  /** The time step the code belongs to (this one, or one before or after: phones' clocks drift), or null. */
  private matchingStep(secretEncrypted: string, email: string, code: string): number | null {
    const secret = this.box.open(secretEncrypted);
    const token = code.replace(/\s/g, '');
    if (!secret || !/^\d{6}$/.test(token)) return null;
    const totp = this.totp(secret, email);
    const now = Date.now();
    const delta = totp.validate({ token, timestamp: now, window: 1 });
    return delta === null ? null : totp.counter({ timestamp: now }) + delta;
  }

  private async useRecoveryCode(userId: string, input: string, now: Date): Promise<boolean> {
    const code = normaliseRecoveryCode(input);
    if (code.length !== 10) return false;
    for (const row of await this.repo.unusedRecoveryCodes(userId)) {
      if (await this.hasher.verify(row.codeHash, code)) return this.repo.useRecoveryCode(row.id, now);
    }
    return false;
  }

  private async newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
      const raw = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    const hashes: string[] = [];
    for (const c of codes) hashes.push(await this.hasher.hash(normaliseRecoveryCode(c)));
    return { codes, hashes };
  }

  /** A security notice to the account's own address, through the outbox in the change's transaction. */
  private async notify(em: EntityManager, userId: string, change: { turnedOn: boolean; resetByAdmin: boolean }): Promise<void> {
    const user = await this.repo.recipient(em, userId);
    if (!user) return;
    await this.notifications.enqueue(em, {
      template: 'two-factor-changed',
      props: { recipientName: user.fullName, ...change, securityUrl: `${this.config.baseUrl.replace(/\/+$/, '')}/#/account` },
      to: { email: user.email, name: user.fullName, userId: user.id },
      locale: user.locale,
    });
  }

  private limits(userId: string): Limit[] {
    return [{ key: `mfa:user:${userId}`, max: this.config.loginRateLimit, windowSeconds: WINDOW_SECONDS }];
  }
}

function invalid(field: string, code: string): ApiProblem {
  return new ApiProblem(400, 'detail.invalidMfaCode', {}, [{ field, code }]);
}
