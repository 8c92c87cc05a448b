import { Injectable } from '@nestjs/common';
import { nextMilestone } from '@dost/domain';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import type { VolunteerFacts } from './attendance.repository';

/** Attendance's mail, always through the outbox with the business transaction's EntityManager. */
@Injectable()
export class AttendanceNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  private url(path: string): string {
    return `${this.config.baseUrl.replace(/\/+$/, '')}/#/${path}`;
  }

  async signupBlocked(em: EntityManager, v: VolunteerFacts, noShowCount: number, placeName: string): Promise<void> {
    await this.notifications.enqueue(em, {
      template: 'signup-blocked', locale: v.locale, to: { email: v.email, name: v.fullName, userId: v.userId },
      props: { recipientName: v.fullName, noShowCount, placeName, shiftsUrl: this.url('my-shifts') },
    });
  }

  /** One mail per milestone the ledger reports as newly reached by this write (it reports each once, ever). */
  async milestones(em: EntityManager, v: VolunteerFacts, hours: readonly number[]): Promise<void> {
    for (const h of hours) {
      await this.notifications.enqueue(em, {
        template: 'hours-milestone', locale: v.locale, to: { email: v.email, name: v.fullName, userId: v.userId },
        props: { recipientName: v.fullName, hours: h, totalMinutes: v.approvedMinutes, nextHours: nextMilestone(h * 60)?.hours ?? null, hoursUrl: this.url('my-hours') },
      });
    }
  }

  async signupUnblocked(em: EntityManager, v: VolunteerFacts): Promise<void> {
    await this.notifications.enqueue(em, {
      template: 'signup-unblocked', locale: v.locale, to: { email: v.email, name: v.fullName, userId: v.userId },
      props: { recipientName: v.fullName, openShiftsUrl: this.url('open-shifts') },
    });
  }
}
