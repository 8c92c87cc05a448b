import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { FEEDBACK_OPEN_DAYS } from '@dost/domain';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { DebriefRepository } from './debrief.repository';

export const FEEDBACK_MAIL_QUEUE = 'debrief.feedback-invitations';

/**
 * When an event ends, its volunteers get the feedback form's link (template `event-feedback-request`, in each one's
 * language). A cron job every 10 minutes looks for events that ended in the last 30 days (the form's window — an
 * event long over gets no mail on a first start) without a mailing row; it claims the row and enqueues the mails in
 * one transaction, so each event is mailed once, also with two replicas.
 */
@Injectable()
export class DebriefMailerService implements OnModuleInit {
  private readonly logger = new Logger('debrief');

  constructor(
    private readonly jobs: JobsService,
    private readonly repo: DebriefRepository,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(FEEDBACK_MAIL_QUEUE, async () => {
      await this.sendDue(new Date());
    });
    this.jobs.schedule(FEEDBACK_MAIL_QUEUE, '*/10 * * * *');
  }

  /** Mails the invitations of every event that has ended by `now`; returns the number of mails enqueued. */
  async sendDue(now: Date): Promise<number> {
    const since = new Date(now.getTime() - FEEDBACK_OPEN_DAYS * 86_400_000);
    let total = 0;
    for (const eventId of await this.repo.endedWithoutMailing(since, now)) {
      total += await this.repo.transaction(async (em) => {
        const event = await this.repo.event(eventId, em);
        if (!event) return 0;
        const served = await this.repo.served(eventId, em);
        if (!(await this.repo.claimMailing(em, eventId, now, served.length))) return 0;
        const base = this.config.baseUrl.replace(/\/+$/, '');
        for (const v of served) {
          const name = v.locale === 'en' ? event.nameEn : v.locale === 'ru' ? event.nameRu : event.nameAz;
          await this.notifications.enqueue(em, {
            template: 'event-feedback-request', locale: v.locale, to: { email: v.email, name: v.fullName, userId: v.userId },
            props: { recipientName: v.fullName, eventName: name, feedbackUrl: `${base}/#/event-feedback/${eventId}`, openDays: FEEDBACK_OPEN_DAYS },
          });
        }
        return served.length;
      });
    }
    if (total) this.logger.log(`feedback invitations: ${total} enqueued`);
    return total;
  }
}
