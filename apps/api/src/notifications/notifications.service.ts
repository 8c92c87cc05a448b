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
import { MAILER } from './mailer.provider';

export const DELIVERY_QUEUE = 'notifications.deliver';

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
    this.jobs.register<{ deliveryId: string }>(DELIVERY_QUEUE, (data) => this.deliver(data.deliveryId), { batchSize: 20 });
  }

  async enqueue<N extends TemplateName>(em: EntityManager, n: EnqueueInput<N>): Promise<{ id: string }> {
    const id = randomUUID();
    await this.deliveries.insert(em, {
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
    });
    await this.jobs.sendInTransaction(em, DELIVERY_QUEUE, { deliveryId: id });
    return { id };
  }

  /** One delivery attempt. Safe to run twice: a sent delivery is not sent again. */
  async deliver(deliveryId: string): Promise<void> {
    const d = await this.deliveries.findById(deliveryId);
    if (!d || d.status !== 'queued') return;
    const mail = render(d.template as TemplateName, d.props as never, d.locale);
    const unsubscribeUrl = typeof d.props.unsubscribeUrl === 'string' ? d.props.unsubscribeUrl : undefined;
    try {
      await this.mailer.send({
        to: { name: d.toName, address: d.toEmail },
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: d.messageId,
        headers: !d.essential && unsubscribeUrl ? listUnsubscribeHeaders(unsubscribeUrl) : undefined,
        attachments: d.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
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

  /** The message as it was (or will be) sent: rendering is pure, so this is the same subject and bodies. */
  async preview(id: string): Promise<DeliveryPreviewDto> {
    const d = await this.deliveries.findById(id);
    if (!d) throw ApiProblem.notFound();
    const mail = render(d.template as TemplateName, d.props as never, d.locale);
    return { ...toDeliveryDto(d), subject: mail.subject, html: mail.html, text: mail.text };
  }
}
