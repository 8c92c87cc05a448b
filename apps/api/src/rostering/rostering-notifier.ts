import { Injectable } from '@nestjs/common';
import type { Locale, ShiftSummary } from '@dost/notifications';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import type { ShiftEntity } from './entities/shift.entity';
import { placeOf } from './rostering.mapper';

export interface Recipient {
  email: string;
  fullName: string;
  locale: Locale;
  userId: string | null;
}

/** Shift mail through the outbox, always with the business transaction's EntityManager. */
@Injectable()
export class RosteringNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  summary(shift: ShiftEntity, locale: Locale): ShiftSummary {
    const place = placeOf(shift);
    const name = { az: shift.position.nameAz, en: shift.position.nameEn, ru: shift.position.nameRu };
    return {
      positionName: name[locale],
      placeName: place[locale],
      address: shift.center?.address ?? shift.event?.venue ?? undefined,
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
    };
  }

  private url(path: string): string {
    return `${this.config.baseUrl.replace(/\/+$/, '')}/#/${path}`;
  }

  private to(r: Recipient) {
    return { email: r.email, name: r.fullName, userId: r.userId };
  }

  async assigned(em: EntityManager, r: Recipient, shift: ShiftEntity): Promise<void> {
    await this.notifications.enqueue(em, {
      template: 'shift-assigned', locale: r.locale, to: this.to(r),
      props: { recipientName: r.fullName, shift: this.summary(shift, r.locale), shiftUrl: this.url('my-shifts') },
    });
  }

  async promoted(em: EntityManager, r: Recipient, shift: ShiftEntity): Promise<void> {
    await this.notifications.enqueue(em, {
      template: 'waitlist-promoted', locale: r.locale, to: this.to(r),
      props: { recipientName: r.fullName, shift: this.summary(shift, r.locale), shiftUrl: this.url('my-shifts') },
    });
  }

  async changed(em: EntityManager, r: Recipient, previous: ShiftEntity, shift: ShiftEntity): Promise<void> {
    await this.notifications.enqueue(em, {
      template: 'shift-changed', locale: r.locale, to: this.to(r),
      props: { recipientName: r.fullName, previous: this.summary(previous, r.locale), shift: this.summary(shift, r.locale), shiftUrl: this.url('my-shifts') },
    });
  }

  async cancelled(em: EntityManager, r: Recipient, shift: ShiftEntity, reason: string): Promise<void> {
    await this.notifications.enqueue(em, {
      template: 'shift-cancelled', locale: r.locale, to: this.to(r),
      props: { recipientName: r.fullName, shift: this.summary(shift, r.locale), reason, openShiftsUrl: this.url('open-shifts') },
    });
  }

  /** To the volunteer the event-day desk replaced (missing after the start): their place went to someone from standby. */
  async replaced(em: EntityManager, r: Recipient, shift: ShiftEntity, reason: string): Promise<void> {
    await this.notifications.enqueue(em, {
      template: 'shift-replaced', locale: r.locale, to: this.to(r),
      props: { recipientName: r.fullName, shift: this.summary(shift, r.locale), reason, shiftsUrl: this.url('my-shifts') },
    });
  }

  /** To the volunteer who gave the shift away: it went to the taker. */
  async swapped(em: EntityManager, giver: Recipient, shift: ShiftEntity, takerName: string): Promise<void> {
    await this.notifications.enqueue(em, {
      template: 'shift-swapped', locale: giver.locale, to: this.to(giver),
      props: { recipientName: giver.fullName, shift: this.summary(shift, giver.locale), takerName, shiftUrl: this.url('my-shifts') },
    });
  }

  /** To both sides of a swap the coordinator or organiser did not approve: who keeps the shift. */
  async swapDeclined(em: EntityManager, r: Recipient, shift: ShiftEntity, keptByYou: boolean, otherName: string): Promise<void> {
    await this.notifications.enqueue(em, {
      template: 'swap-declined', locale: r.locale, to: this.to(r),
      props: { recipientName: r.fullName, shift: this.summary(shift, r.locale), keptByYou, otherName, shiftUrl: this.url('my-shifts') },
    });
  }

  /** To a coordinator or organiser: a colleague took an offered shift and the swap waits for their approval. */
  async swapApprovalNeeded(em: EntityManager, r: Recipient, shift: ShiftEntity, giverName: string, takerName: string): Promise<void> {
    await this.notifications.enqueue(em, {
      template: 'swap-approval-needed', locale: r.locale, to: this.to(r),
      props: { recipientName: r.fullName, shift: this.summary(shift, r.locale), giverName, takerName, approvalsUrl: this.url('rostering/swap-approvals') },
    });
  }

  async reminder(em: EntityManager, r: Recipient, shift: ShiftEntity): Promise<void> {
    await this.notifications.enqueue(em, {
      template: 'shift-reminder', locale: r.locale, to: this.to(r),
      props: { recipientName: r.fullName, shift: this.summary(shift, r.locale), shiftUrl: this.url('my-shifts') },
    });
  }
}
