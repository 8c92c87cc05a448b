import { Injectable } from '@nestjs/common';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import type { ApplicationEntity } from './entities/application.entity';
import type { InterviewSlotEntity } from './entities/interview-slot.entity';

/** The interview confirmation with an .ics REQUEST; one UID per application, so a reschedule updates the event. */
@Injectable()
export class InterviewMail {
  constructor(private readonly notifications: NotificationsService) {}

  ics(app: ApplicationEntity, slot: InterviewSlotEntity, campaignName: string, now: Date): string {
    const cal = ical({ name: 'Könüllü DOST', method: ICalCalendarMethod.REQUEST, prodId: { company: 'DOST', product: 'Konullu DOST' } });
    cal.createEvent({
      id: `interview-${app.id}@dost`,
      // Seconds since the epoch grow with every change: calendar clients take the newest as the update.
      sequence: Math.floor(now.getTime() / 1000) - 1_700_000_000,
      start: slot.startsAt, end: slot.endsAt, stamp: now,
      summary: `Müsahibə / Interview — ${campaignName}`,
      location: slot.location,
      description: `#${app.number}`,
    });
    return cal.toString();
  }

  async confirm(em: EntityManager, app: ApplicationEntity, slot: InterviewSlotEntity, campaignName: string, statusUrl: string, now: Date): Promise<void> {
    await this.notifications.enqueue(em, {
      template: 'interview-confirmed',
      props: { recipientName: app.fullName, campaignName, startsAt: slot.startsAt, location: slot.location, statusUrl },
      to: { email: app.email, name: app.fullName },
      locale: app.locale,
      // charset: strict clients otherwise read the Azerbaijani summary and place as Latin-1.
      attachments: [{ filename: 'interview.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: this.ics(app, slot, campaignName, now) }],
    });
  }
}
