import { Injectable } from '@nestjs/common';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import type { CandidateInterviewEntity } from './entities/candidate-interview.entity';
import type { PersonRow } from './hiring.repository';

export interface MailVacancy { id: string; title: string; place: string; closesOn: string | null }

/**
 * The candidate's mails, in THEIR language, through the outbox with the caller's EntityManager (a rolled-back
 * move sends nothing). The interview carries an .ics REQUEST built as recruitment's interview mail does it:
 * one UID per candidate, so a rescheduled interview updates the calendar entry instead of adding one.
 */
@Injectable()
export class HiringMail {
  constructor(private readonly notifications: NotificationsService, private readonly config: AppConfig) {}

  private get applicationsUrl(): string {
    return `${this.config.baseUrl}/#/my-vacancies`;
  }

  ics(candidateId: string, interview: Pick<CandidateInterviewEntity, 'startsAt' | 'endsAt' | 'place'>, vacancyTitle: string, now: Date): string {
    const cal = ical({ name: 'Könüllü DOST', method: ICalCalendarMethod.REQUEST, prodId: { company: 'DOST', product: 'Konullu DOST' } });
    cal.createEvent({
      id: `job-interview-${candidateId}@dost`,
      // Seconds since the epoch grow with every change: calendar clients take the newest as the update.
      sequence: Math.floor(now.getTime() / 1000) - 1_700_000_000,
      start: interview.startsAt, end: interview.endsAt, stamp: now,
      summary: `İş müsahibəsi / Job interview — ${vacancyTitle}`,
      location: interview.place,
    });
    return cal.toString();
  }

  async invitation(em: EntityManager, person: PersonRow, vacancy: MailVacancy, now: Date): Promise<void> {
    const applyBy = vacancy.closesOn ? `${vacancy.closesOn}T23:59:00+04:00` : new Date(now.getTime() + 14 * 24 * 3600 * 1000);
    await this.notifications.enqueue(em, {
      template: 'vacancy-invitation',
      props: {
        recipientName: person.fullName, vacancyTitle: vacancy.title, department: vacancy.place, applyUrl: this.applicationsUrl, applyBy,
        unsubscribeUrl: this.notifications.unsubscribeUrlFor(person.email, person.locale),
      },
      to: { email: person.email, name: person.fullName, userId: person.userId },
      locale: person.locale,
    });
  }

  async interview(em: EntityManager, person: PersonRow, candidateId: string, vacancy: MailVacancy, interview: CandidateInterviewEntity, now: Date): Promise<void> {
    await this.notifications.enqueue(em, {
      template: 'vacancy-interview',
      props: { recipientName: person.fullName, vacancyTitle: vacancy.title, startsAt: interview.startsAt, place: interview.place, applicationsUrl: this.applicationsUrl },
      to: { email: person.email, name: person.fullName, userId: person.userId },
      locale: person.locale,
      // charset: strict clients otherwise read the Azerbaijani summary and place as Latin-1.
      attachments: [{ filename: 'interview.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: this.ics(candidateId, interview, vacancy.title, now) }],
    });
  }

  async offer(em: EntityManager, person: PersonRow, vacancy: MailVacancy): Promise<void> {
    await this.notifications.enqueue(em, {
      template: 'vacancy-offer',
      props: { recipientName: person.fullName, vacancyTitle: vacancy.title, applicationsUrl: this.applicationsUrl },
      to: { email: person.email, name: person.fullName, userId: person.userId },
      locale: person.locale,
    });
  }

  async notSelected(em: EntityManager, person: PersonRow, vacancy: MailVacancy): Promise<void> {
    await this.notifications.enqueue(em, {
      template: 'vacancy-not-selected',
      props: { recipientName: person.fullName, vacancyTitle: vacancy.title, vacanciesUrl: this.applicationsUrl },
      to: { email: person.email, name: person.fullName, userId: person.userId },
      locale: person.locale,
    });
  }
}
