import { Injectable } from '@nestjs/common';
import { nextMilestone } from '@dost/domain';
import type { TemplateName } from '@dost/notifications';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { NotificationsService, type EnqueueInput } from '../notifications/notifications.service';
import type { HourEntryRow, VolunteerRow } from './hour-entries.repository';
import type { MilestoneReached } from './hours-ledger.service';

/**
 * Hours mail through the outbox, always with the ledger transaction's EntityManager (a rollback sends nothing).
 * Each decision's mails are enqueued together (one INSERT each for deliveries and jobs): a bulk approval of 500
 * entries mails hundreds of volunteers.
 */
@Injectable()
export class HoursNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  private get hoursUrl(): string {
    return `${this.config.baseUrl.replace(/\/+$/, '')}/#/my-hours`;
  }

  private send(em: EntityManager, mails: EnqueueInput<TemplateName>[]): Promise<unknown> {
    return mails.length ? this.notifications.enqueueMany(em, mails) : Promise.resolve();
  }

  private to(v: VolunteerRow) {
    return { email: v.email, name: v.fullName, userId: v.userId };
  }

  /** One mail per volunteer whose entries were approved, with the minutes of this decision and the new total. */
  async approved(em: EntityManager, volunteers: readonly VolunteerRow[], rows: readonly HourEntryRow[]): Promise<void> {
    const byVolunteer = groupBy(rows);
    await this.send(em, volunteers.flatMap((v) => {
      const mine = byVolunteer.get(v.id);
      if (!mine) return [];
      return [mail({
        template: 'hours-approved', locale: v.locale, to: this.to(v),
        props: { recipientName: v.fullName, approvedMinutes: mine.reduce((s, r) => s + r.minutes, 0), shiftCount: mine.length, totalMinutes: v.approvedMinutes, hoursUrl: this.hoursUrl },
      })];
    }));
  }

  /** One mail per volunteer whose entries were rejected, listing them with the reviewer's reason. */
  async rejected(em: EntityManager, volunteers: readonly VolunteerRow[], rows: readonly HourEntryRow[], reason: string): Promise<void> {
    const byVolunteer = groupBy(rows);
    await this.send(em, volunteers.flatMap((v) => {
      const mine = byVolunteer.get(v.id);
      if (!mine) return [];
      const name = (r: HourEntryRow) => ({ az: r.placeNameAz, en: r.placeNameEn, ru: r.placeNameRu })[v.locale];
      return [mail({
        template: 'hours-rejected', locale: v.locale, to: this.to(v),
        props: {
          recipientName: v.fullName, reason, hoursUrl: this.hoursUrl,
          entries: mine.map((r) => ({ workDate: `${r.workDate}T12:00:00+04:00`, placeName: name(r), minutes: r.minutes })),
        },
      })];
    }));
  }

  /** One mail per milestone the ledger reports as newly reached (it reports each once, ever). */
  async milestones(em: EntityManager, volunteers: readonly VolunteerRow[], reached: readonly MilestoneReached[]): Promise<void> {
    const byId = new Map(volunteers.map((v) => [v.id, v]));
    await this.send(em, reached.flatMap((m) => {
      const v = byId.get(m.volunteerId);
      if (!v) return [];
      return [mail({
        template: 'hours-milestone', locale: v.locale, to: this.to(v),
        props: { recipientName: v.fullName, hours: m.hours, totalMinutes: v.approvedMinutes, nextHours: nextMilestone(m.hours * 60)?.hours ?? null, hoursUrl: this.hoursUrl },
      })];
    }));
  }
}

/** Typed per template where it is written, then one list for enqueueMany. */
function mail<N extends TemplateName>(n: EnqueueInput<N>): EnqueueInput<TemplateName> {
  return n as unknown as EnqueueInput<TemplateName>;
}

function groupBy(rows: readonly HourEntryRow[]): Map<string, HourEntryRow[]> {
  const out = new Map<string, HourEntryRow[]>();
  for (const r of rows) out.set(r.volunteerId, [...(out.get(r.volunteerId) ?? []), r]);
  return out;
}
