import { Injectable } from '@nestjs/common';
import { bakuTimeOf, formatBakuDate, bakuDateOf, type Locale } from '@dost/domain';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { createHash, randomBytes } from 'node:crypto';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import { AppConfig } from '../config/app-config';
import { AssignmentsRepository } from './assignments.repository';
import type { ShiftEntity } from './entities/shift.entity';
import { placeOf } from './rostering.mapper';
import { ShiftsRepository } from './shifts.repository';
import { SignupService, staffScope } from './signup.service';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const DAY_MS = 86_400_000;

/**
 * Secret, revocable iCal feeds: a volunteer's own shifts and a center's roster. Only the token's hash is
 * stored; a new link revokes the old one. Events are written as UTC instants (unambiguous in every
 * client) with X-WR-TIMEZONE Asia/Baku, and the Baku wall-clock times repeated in the description.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly assignments: AssignmentsRepository,
    private readonly shifts: ShiftsRepository,
    private readonly signup: SignupService,
    private readonly config: AppConfig,
  ) {}

  private url(token: string): string {
    return `${this.config.baseUrl.replace(/\/+$/, '')}/api/v1/calendar/${token}.ics`;
  }

  async myFeed(user: AuthUser): Promise<{ active: boolean; createdAt: string | null }> {
    const v = await this.signup.volunteerOf(user);
    const feed = await this.assignments.liveFeed({ volunteerId: v.id });
    return { active: !!feed, createdAt: feed?.createdAt.toISOString() ?? null };
  }

  /** A new secret link (shown once); any older link stops working. */
  async newMyFeed(user: AuthUser): Promise<{ url: string }> {
    const v = await this.signup.volunteerOf(user);
    const token = randomBytes(24).toString('base64url');
    await this.assignments.replaceFeed({ volunteerId: v.id }, sha256(token), user.id, new Date());
    return { url: this.url(token) };
  }

  async revokeMyFeed(user: AuthUser): Promise<void> {
    const v = await this.signup.volunteerOf(user);
    await this.assignments.revokeFeeds({ volunteerId: v.id }, new Date());
  }

  async newCenterFeed(actor: AuthUser, centerId: string): Promise<{ url: string }> {
    const scope = staffScope(actor).centers;
    if (scope !== 'all' && !scope.includes(centerId)) throw ApiProblem.notFound();
    const token = randomBytes(24).toString('base64url');
    await this.assignments.replaceFeed({ centerId }, sha256(token), actor.id, new Date());
    return { url: this.url(token) };
  }

  async revokeCenterFeed(actor: AuthUser, centerId: string): Promise<void> {
    const scope = staffScope(actor).centers;
    if (scope !== 'all' && !scope.includes(centerId)) throw ApiProblem.notFound();
    await this.assignments.revokeFeeds({ centerId }, new Date());
  }

  /** The .ics for a token, or null (unknown or revoked → 404). */
  async render(token: string, now = new Date()): Promise<string | null> {
    const feed = await this.assignments.feedByTokenHash(sha256(token));
    if (!feed) return null;
    const since = new Date(now.getTime() - 60 * DAY_MS);
    if (feed.volunteerId) {
      const volunteer = await this.assignments.volunteer(feed.volunteerId);
      if (!volunteer) return null;
      const rows = await this.assignments.feedShiftIdsOfVolunteer(feed.volunteerId, since);
      const entries: { shift: ShiftEntity; cancelled: boolean }[] = [];
      for (const r of rows) {
        const shift = await this.shifts.findShift(r.shiftId, 'any');
        if (shift) entries.push({ shift, cancelled: r.status === 'cancelled' || shift.status === 'cancelled' });
      }
      return this.calendar('Könüllü DOST', volunteer.locale, entries);
    }
    const [rows] = await this.shifts.listShifts({ centerId: feed.centerId!, from: since, to: new Date(now.getTime() + 120 * DAY_MS) }, { centers: 'all', events: [] }, null);
    const entries = rows.filter((s) => s.status !== 'draft').map((shift) => ({ shift, cancelled: shift.status === 'cancelled' }));
    return this.calendar(rows[0] ? placeOf(rows[0]).az : 'Könüllü DOST', 'az', entries, true);
  }

  private calendar(name: string, locale: Locale, entries: { shift: ShiftEntity; cancelled: boolean }[], withFill = false): string {
    const cal = ical({ name, prodId: { company: 'DOST', product: 'Konullu DOST', language: locale.toUpperCase() }, method: ICalCalendarMethod.PUBLISH, ttl: 3600 });
    cal.x([['X-WR-TIMEZONE', 'Asia/Baku']]);
    for (const { shift, cancelled } of entries) {
      const place = placeOf(shift)[locale];
      const position = { az: shift.position.nameAz, en: shift.position.nameEn, ru: shift.position.nameRu }[locale];
      const when = `${formatBakuDate(bakuDateOf(shift.startsAt.getTime()), locale)} ${bakuTimeOf(shift.startsAt.getTime())}–${bakuTimeOf(shift.endsAt.getTime())} (Asia/Baku)`;
      const fill = withFill ? `\n${shift.assignedCount}/${shift.slots}` : '';
      cal.createEvent({
        id: `shift-${shift.id}@dost`,
        start: shift.startsAt,
        end: shift.endsAt,
        summary: `${position} — ${place}`,
        location: shift.center?.address ?? shift.event?.venue ?? place,
        description: `${when}${fill}${shift.notes ? `\n${shift.notes}` : ''}`,
        status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        // A changed or cancelled shift must replace the copy a client already has.
        sequence: Math.floor(shift.updatedAt.getTime() / 1000) % 2_000_000_000,
        stamp: shift.updatedAt,
      });
    }
    return cal.toString();
  }
}
