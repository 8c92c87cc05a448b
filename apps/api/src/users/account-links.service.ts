import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import type { UserEntity } from './entities/user.entity';
import type { UserTokenPurpose } from './entities/user-token.entity';
import './account-links.messages';
import { UserTokensRepository } from './user-tokens.repository';

/** An invitation gives a week: the invitee may be away; a reset link an hour: it answers a request just made. */
export const INVITATION_TTL_DAYS = 7;
export const PASSWORD_RESET_TTL_MINUTES = 60;
/** Who invites, when no person is named (e.g. recruitment onboarding an applicant). */
export const DEFAULT_INVITER = 'Könüllü DOST';

export type MailRecipient = Pick<UserEntity, 'id' | 'email' | 'fullName' | 'locale'>;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Links sent by mail that let a person set a password: the invitation of a new account and the
 * password reset. The token is issued and the mail enqueued with the caller's EntityManager, so both
 * exist only if the business change commits; redeeming is single-use and atomic.
 */
@Injectable()
export class AccountLinksService {
  constructor(
    private readonly tokens: UserTokensRepository,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  /** Issues an invitation link and enqueues `account-invitation` in the user's language. */
  async invite(em: EntityManager, user: MailRecipient, inviterName: string = DEFAULT_INVITER, now = new Date()): Promise<void> {
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000);
    const token = await this.issue(em, user.id, 'invitation', expiresAt, now);
    await this.notifications.enqueue(em, {
      template: 'account-invitation',
      props: { recipientName: user.fullName, inviterName, setPasswordUrl: this.consoleUrl('set-password', token, user.locale), expiresAt: expiresAt.toISOString() },
      to: { email: user.email, name: user.fullName, userId: user.id },
      locale: user.locale,
    });
  }

  /** `invite` for a user known by id — including one created earlier in the same transaction. */
  async inviteById(em: EntityManager, userId: string, inviterName: string = DEFAULT_INVITER): Promise<void> {
    const user = await this.tokens.findUser(em, userId);
    if (!user) throw new Error(`inviteById: no user ${userId} in this transaction`);
    await this.invite(em, user, inviterName);
  }

  /** Issues a reset link and enqueues `password-reset`, in its own transaction. */
  async sendPasswordReset(user: MailRecipient, now = new Date()): Promise<void> {
    await this.tokens.transaction(async (em) => {
      const token = await this.issue(em, user.id, 'password_reset', new Date(now.getTime() + PASSWORD_RESET_TTL_MINUTES * 60_000), now);
      await this.notifications.enqueue(em, {
        template: 'password-reset',
        props: { recipientName: user.fullName, resetUrl: this.consoleUrl('reset-password', token, user.locale), expiresInMinutes: PASSWORD_RESET_TTL_MINUTES },
        to: { email: user.email, name: user.fullName, userId: user.id },
        locale: user.locale,
      });
    });
  }

  /**
   * Uses the token once and sets the password (already hashed) in one transaction.
   * Returns the user's id, or null when the link is unknown, used, expired, or its account inactive.
   */
  async redeem(token: string, purposes: readonly UserTokenPurpose[], passwordHash: string, now = new Date()): Promise<string | null> {
    return this.tokens.transaction(async (em) => {
      const found = await this.tokens.consume(em, sha256(token), purposes, now);
      if (!found) return null;
      await this.tokens.setPasswordHash(em, found.userId, passwordHash);
      return found.userId;
    });
  }

  private async issue(em: EntityManager, userId: string, purpose: UserTokenPurpose, expiresAt: Date, now: Date): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.tokens.issue(em, { userId, purpose, tokenHash: sha256(token), expiresAt }, now);
    return token;
  }

  /** The console is a hash-routed single page app: its public pages live under `/#/`; `lang` opens them in the mail's language. */
  private consoleUrl(page: 'set-password' | 'reset-password', token: string, locale: MailRecipient['locale']): string {
    return `${this.config.baseUrl.replace(/\/+$/, '')}/#/${page}?token=${encodeURIComponent(token)}&lang=${locale}`;
  }
}
