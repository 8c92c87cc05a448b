import { Injectable } from '@nestjs/common';
import { nextMilestone } from '@dost/domain';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import type { HourEntryRow, VolunteerRow } from './hour-entries.repository';
import type { MilestoneReached } from './hours-ledger.service';

/** Hours mail through the outbox, always with the ledger transaction's EntityManager (a rollback sends nothing). */
@Injectable()
export class HoursNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  private get hoursUrl(): string {
    return `${this.config.baseUrl.replace(/\/+$/, '')}/#/my-hours`;
  }

  private to(v: VolunteerRow) {
    return { email: v.email, name: v.fullName, userId: v.userId };
  }

  /** One mail per volunteer whose entries were approved, with the minutes of this decision and the new total. */
  async approved(em: EntityManager, volunteers: readonly VolunteerRow[], rows: readonly HourEntryRow[]): Promise<void> {
    for (const v of volunteers) {
      const mine = rows.filter((r) => r.volunteerId === v.id);
      if (!mine.length) continue;
      await this.notifications.enqueue(em, {
        template: 'hours-approved', locale: v.locale, to: this.to(v),
        props: { recipientName: v.fullName, approvedMinutes: mine.reduce((s, r) => s + r.minutes, 0), shiftCount: mine.length, totalMinutes: v.approvedMinutes, hoursUrl: this.hoursUrl },
      });
    }
  }

  /** One mail per volunteer whose entries were rejected, listing them with the reviewer's reason. */
  async rejected(em: EntityManager, volunteers: readonly VolunteerRow[], rows: readonly HourEntryRow[], reason: string): Promise<void> {
    for (const v of volunteers) {
      const mine = rows.filter((r) => r.volunteerId === v.id);
      if (!mine.length) continue;
      const name = (r: HourEntryRow) => ({ az: r.placeNameAz, en: r.placeNameEn, ru: r.placeNameRu })[v.locale];
      await this.notifications.enqueue(em, {
        template: 'hours-rejected', locale: v.locale, to: this.to(v),
        props: {
          recipientName: v.fullName, reason, hoursUrl: this.hoursUrl,
          entries: mine.map((r) => ({ workDate: `${r.workDate}T12:00:00+04:00`, placeName: name(r), minutes: r.minutes })),
        },
      });
    }
  }

  /** One mail per milestone the ledger reports as newly reached (it reports each once, ever). */
  async milestones(em: EntityManager, volunteers: readonly VolunteerRow[], reached: readonly MilestoneReached[]): Promise<void> {
    for (const m of reached) {
      const v = volunteers.find((x) => x.id === m.volunteerId);
      if (!v) continue;
      await this.notifications.enqueue(em, {
        template: 'hours-milestone', locale: v.locale, to: this.to(v),
        props: { recipientName: v.fullName, hours: m.hours, totalMinutes: v.approvedMinutes, nextHours: nextMilestone(m.hours * 60)?.hours ?? null, hoursUrl: this.hoursUrl },
      });
    }
  }
}
