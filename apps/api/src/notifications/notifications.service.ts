import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  isEssential, listUnsubscribeHeaders, messageIdFor, render, type Locale, type Mailer, type TemplateName, type TemplateProps,
} from '@dost/notifications';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ApiProblem } from '../common/http/api-problem';
import type { Page } from '../common/http/list-query.dto';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { DeliveriesRepository } from './deliveries.repository';
import { toDeliveryDto, type DeliveryDto, type DeliveryListQueryDto, type DeliveryPreviewDto } from './dto/delivery.dto';
import type { StoredAttachment } from './entities/notification-delivery.entity';
import { allowedByPreferences } from '../people/my-profile/notification-preferences';
import { MAILER } from './mailer.provider';
import { maskEmail, unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';
import './notifications.messages';

export const DELIVERY_QUEUE = 'notifications.deliver';
/** How long a delivery job may stay active (a send takes seconds) before it counts as interrupted and is retried. */
export const DELIVERY_EXPIRE_SECONDS = 30;

export interface EnqueueInput<N extends TemplateName> {
  template: N;
  props: TemplateProps<N>;
  to: { email: string; name: string; userId?: string | null };
  locale: Locale;
  /** e.g. an .ics invitation: `{ filename: 'interview.ics', contentType: 'text/calendar; method=REQUEST', content }`. */
  attachments?: StoredAttachment[];
  groupMessageId?: string | null;
}

/**
 * The transactional outbox. `enqueue` writes the delivery row and its pg-boss job with the caller's
 * EntityManager, so the mail exists only if the business change commits. Workers render and send it with
 * a Message-ID fixed at enqueue time, retrying with capped exponential back-off.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  private readonly logger = new Logger('notifications');
  private readonly domain: string;

  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly jobs: JobsService,
    private readonly config: AppConfig,
    @Inject(MAILER) private readonly mailer: Mailer,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    this.domain = /@([^>\s]+)>?\s*$/.exec(config.mailFrom)?.[1] ?? 'dost.local';
  }

  onModuleInit(): void {
    // A worker killed mid-send leaves its job active: pg-boss fails it by timeout after DELIVERY_EXPIRE_SECONDS
    // (checked every MAINTENANCE_SECONDS) and retries it at once, so a restart resumes within a minute (issue 18;
    // the default was 15 min + 2 min). A job of a long batch that expires before its turn is harmless: the retry
    // finds the delivery sent (or being sent, under its lock) and does nothing.
    this.jobs.register<{ deliveryId: string }>(DELIVERY_QUEUE, (data) => this.deliver(data.deliveryId), {
      batchSize: 20,
      policy: { expireInSeconds: DELIVERY_EXPIRE_SECONDS, retryLimit: 10, retryDelay: 0 },
    });
  }

  async enqueue<N extends TemplateName>(em: EntityManager, n: EnqueueInput<N>): Promise<{ id: string }> {
    const [id] = await this.enqueueMany(em, [n]);
    return { id };
  }

  /** Many mails with one INSERT of deliveries and one of jobs (a bulk decision mails hundreds of people at once); ids in order. */
  async enqueueMany(em: EntityManager, mails: readonly EnqueueInput<TemplateName>[]): Promise<string[]> {
    const rows = mails.map((n) => {
      const id = randomUUID();
      return {
        id,
        template: n.template,
        locale: n.locale,
        toEmail: n.to.email.trim().toLowerCase(),
        toName: n.to.name,
        userId: n.to.userId ?? null,
        props: n.props as unknown as Record<string, unknown>,
        attachments: n.attachments ?? [],
        essential: isEssential(n.template),
        messageId: messageIdFor(id, this.domain),
        groupMessageId: n.groupMessageId ?? null,
      };
    });
    await this.deliveries.insert(em, rows);
    await this.jobs.sendManyInTransaction(em, DELIVERY_QUEUE, rows.map((r) => ({ deliveryId: r.id })));
    return rows.map((r) => r.id);
  }

  /**
   * One delivery attempt. Safe to run twice, even at once: under the delivery's lock a sent delivery is not sent
   * again. A delivery another worker is still sending (its job expired meanwhile) is looked at again later, in
   * case that worker dies before it finishes.
   */
  async deliver(deliveryId: string): Promise<void> {
    const lock = await this.deliveries.lockForSending(deliveryId);
    if (!lock) {
      await this.jobs.send(DELIVERY_QUEUE, { deliveryId }, { startAfter: new Date(Date.now() + DELIVERY_EXPIRE_SECONDS * 1000) });
      return;
    }
    try {
      await this.deliverLocked(deliveryId);
    } finally {
      await lock.release();
    }
  }

  private async deliverLocked(deliveryId: string): Promise<void> {
    const d = await this.deliveries.findById(deliveryId);
    if (!d || d.status !== 'queued') return;
    // Checked when sending, not when enqueuing: an unsubscribe made meanwhile is honoured too.
    if (!d.essential && (await this.deliveries.isUnsubscribed(d.toEmail))) {
      await this.deliveries.markSuppressed(d.id);
      return;
    }
    // Reminders, swap news and messages the person switched off in My profile (mandatory mail always passes).
    if (!(await allowedByPreferences(this.db, d.userId, d.template))) {
      await this.deliveries.markSuppressed(d.id);
      return;
    }
    let mail: ReturnType<typeof render>;
    try {
      mail = render(d.template as TemplateName, d.props as never, d.locale);
    } catch (err) {
      // A template that cannot render (a prop missing from an old row, an unknown template) will not
      // render on the next attempt either: failed at once, with the reason, instead of looping.
      await this.db.transaction((em) => this.deliveries.markAttemptFailed(em, d.id, `render: ${err instanceof Error ? err.message : String(err)}`, true, null));
      this.logger.error({ deliveryId: d.id, template: d.template }, 'mail could not be rendered');
      return;
    }
    const unsubscribeUrl = typeof d.props.unsubscribeUrl === 'string' ? d.props.unsubscribeUrl : undefined;
    try {
      await this.mailer.send({
        to: { name: d.toName, address: d.toEmail },
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: d.messageId,
        headers: !d.essential && unsubscribeUrl ? listUnsubscribeHeaders(unsubscribeUrl) : undefined,
        attachments: d.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType, encoding: a.encoding })),
      });
      await this.deliveries.markSent(d.id, new Date());
    } catch (err) {
      const attempt = d.attempts + 1;
      const final = attempt >= this.config.mailMaxAttempts;
      const delaySeconds = Math.min(this.config.mailRetryBaseSeconds * 2 ** (attempt - 1), this.config.mailRetryMaxSeconds);
      // ±25 % jitter, so that a queue of failed messages does not hit the server again all at once.
      const startAfter = new Date(Date.now() + delaySeconds * 1000 * (0.75 + Math.random() * 0.5));
      const reason = err instanceof Error ? err.message : String(err);
      await this.db.transaction(async (em) => {
        await this.deliveries.markAttemptFailed(em, d.id, reason, final, final ? null : startAfter);
        if (!final) await this.jobs.sendInTransaction(em, DELIVERY_QUEUE, { deliveryId: d.id }, { startAfter });
      });
      this.logger.warn({ deliveryId: d.id, attempt, final }, 'mail delivery failed');
    }
  }

  async list(query: DeliveryListQueryDto): Promise<Page<DeliveryDto>> {
    const [rows, total] = await this.deliveries.list(query);
    return { data: rows.map(toDeliveryDto), total };
  }

  async retry(id: string): Promise<DeliveryDto> {
    await this.db.transaction(async (em) => {
      if (!(await this.deliveries.requeueFailed(em, id))) {
        if (!(await this.deliveries.findById(id))) throw ApiProblem.notFound();
        throw ApiProblem.conflict('detail.notFailed');
      }
      await this.jobs.sendInTransaction(em, DELIVERY_QUEUE, { deliveryId: id });
    });
    const d = await this.deliveries.findById(id);
    if (!d) throw ApiProblem.notFound();
    return toDeliveryDto(d);
  }

  /**
   * The link non-essential mail carries (prop `unsubscribeUrl`; also the List-Unsubscribe header).
   * GET on it opens the console's confirmation page; POST (RFC 8058 one-click) unsubscribes at once.
   */
  unsubscribeUrlFor(email: string, locale?: Locale): string {
    const lang = locale ? `&lang=${locale}` : '';
    return `${this.config.baseUrl.replace(/\/+$/, '')}/api/v1/unsubscribe?token=${unsubscribeToken(this.secret, email)}${lang}`;
  }

  /** The console page confirming an unsubscribe link. */
  unsubscribePageUrl(token: string, locale?: string): string {
    const lang = locale && ['az', 'en', 'ru'].includes(locale) ? `&lang=${locale}` : '';
    return `${this.config.baseUrl.replace(/\/+$/, '')}/#/unsubscribe?token=${encodeURIComponent(token)}${lang}`;
  }

  /** Stops non-essential mail to the address the token names; answers the address masked. */
  async unsubscribe(token: string): Promise<{ email: string }> {
    const email = verifyUnsubscribeToken(this.secret, token);
    if (!email) throw new ApiProblem(400, 'detail.invalidUnsubscribeToken', {}, [{ field: 'token', code: 'invalidToken' }]);
    await this.deliveries.unsubscribe(email);
    return { email: maskEmail(email) };
  }

  /** Whether group messages and digests to this address would be suppressed. */
  isUnsubscribed(email: string): Promise<boolean> {
    return this.deliveries.isUnsubscribed(email.trim().toLowerCase());
  }

  private get secret(): string {
    if (!this.config.jwtSecret) throw new Error('JWT secret missing');
    return this.config.jwtSecret;
  }

  /** The message as it was (or will be) sent: rendering is pure, so this is the same subject and bodies. */
  async preview(id: string): Promise<DeliveryPreviewDto> {
    const d = await this.deliveries.findById(id);
    if (!d) throw ApiProblem.notFound();
    try {
      const mail = render(d.template as TemplateName, d.props as never, d.locale);
      return { ...toDeliveryDto(d), subject: mail.subject, html: mail.html, text: mail.text };
    } catch {
      // Not renderable: the delivery's lastError says why; the page still shows the rest.
      return { ...toDeliveryDto(d), subject: '', html: '', text: '' };
    }
  }
}
