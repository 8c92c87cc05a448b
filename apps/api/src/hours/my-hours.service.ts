import { Injectable } from '@nestjs/common';
import { approvedMinutes, bakuDateOf, monthlyHours, nextMilestone, pendingMinutes, type HourCategory, type LedgerEntry } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem, type FieldError } from '../common/http/api-problem';
import type { Page } from '../common/http/list-query.dto';
import { HourEntriesRepository, type HourEntryRow, type VolunteerRow } from './hour-entries.repository';
import { HoursLedgerService } from './hours-ledger.service';
import { hoursProblems } from './hours.errors';
import { hourEntryDto, placeDto } from './hours.mapper';
import { addManualWithinDay, MANUAL_ENTRY_MAX_AGE_DAYS, manualDateErrors, placeOf } from './hour-entries.service';
import type { CreateMyHourEntryDto, HourEntryDto, MyHourEntriesQueryDto, MyHoursDto } from './dto/hours.dto';

/** The last `count` months ending with the month of `today`, oldest first: 'YYYY-MM'. */
export function lastMonths(today: string, count: number): string[] {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return Array.from({ length: count }, (_, i) => {
    const k = y * 12 + (m - 1) - (count - 1 - i);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

const asLedger = (r: HourEntryRow): LedgerEntry => ({ volunteerId: r.volunteerId, status: r.status, minutes: r.minutes, workDate: r.workDate, centerId: r.centerId, eventId: r.eventId });

/** The volunteer's own hours: "My hours", their entries, and manual entries they add. Every figure comes from @dost/domain. */
@Injectable()
export class MyHoursService {
  constructor(
    private readonly entries: HourEntriesRepository,
    private readonly ledger: HoursLedgerService,
  ) {}

  private async volunteerOf(user: AuthUser): Promise<VolunteerRow> {
    const v = await this.entries.volunteerByUser(user.id);
    if (!v) throw hoursProblems.notVolunteer();
    return v;
  }

  async summary(user: AuthUser, now = new Date()): Promise<MyHoursDto> {
    const v = await this.volunteerOf(user);
    const [rows, milestones, served] = await Promise.all([this.entries.ledgerOf(v.id), this.entries.milestonesOf(v.id), this.entries.placesServed(v.id)]);
    const ledger = rows.map(asLedger);
    const approved = rows.filter((r) => r.status === 'approved');
    const today = bakuDateOf(now.getTime());
    const perMonth = new Map(monthlyHours(ledger).map((m) => [m.month, m.approvedMinutes]));
    const sumBy = <K>(key: (r: HourEntryRow) => K | null) => {
      const out = new Map<K, { row: HourEntryRow; minutes: number }>();
      for (const r of approved) {
        const k = key(r);
        if (k === null) continue;
        const cell = out.get(k);
        out.set(k, { row: r, minutes: (cell?.minutes ?? 0) + r.minutes });
      }
      return [...out.entries()].sort(([, a], [, b]) => b.minutes - a.minutes);
    };
    const total = approvedMinutes(ledger);
    return {
      totalMinutes: total,
      thisMonthMinutes: perMonth.get(today.slice(0, 7)) ?? 0,
      pendingMinutes: pendingMinutes(ledger),
      pendingCount: rows.filter((r) => r.status === 'pending').length,
      byPlace: sumBy((r) => r.centerId ?? r.eventId).map(([id, { row, minutes }]) => ({
        kind: row.centerId ? ('center' as const) : ('event' as const), id: id!, name: { az: row.placeNameAz, en: row.placeNameEn, ru: row.placeNameRu }, minutes,
      })),
      byPosition: sumBy((r) => r.positionId).map(([positionId, { row, minutes }]) => ({
        positionId: positionId!, name: { az: row.positionNameAz!, en: row.positionNameEn ?? row.positionNameAz!, ru: row.positionNameRu ?? row.positionNameAz! }, minutes,
      })),
      byCategory: sumBy((r) => r.category).map(([category, { minutes }]) => ({ category: category as HourCategory, minutes })),
      months: lastMonths(today, 12).map((month) => ({ month, minutes: perMonth.get(month) ?? 0 })),
      milestones: milestones.map((m) => ({ hours: m.hours, reachedAt: new Date(m.reachedAt).toISOString() })),
      nextMilestone: nextMilestone(total),
      places: [...served].sort((a, b) => Number(b.id === v.homeCenterId) - Number(a.id === v.homeCenterId)).map(placeDto),
      homeCenterId: v.homeCenterId,
    };
  }

  async list(user: AuthUser, q: MyHourEntriesQueryDto): Promise<Page<HourEntryDto>> {
    const v = await this.volunteerOf(user);
    const found = await this.entries.list({ volunteerId: v.id }, { status: q.status }, { ...q, order: q.sort ? q.order : 'DESC' }, 'workDate');
    if (found === 'badSort') throw ApiProblem.validation([{ field: 'sort', code: 'isIn', params: { values: 'workDate, createdAt, minutes, status' } }]);
    return { data: found.rows.map(hourEntryDto), total: found.total };
  }

  /**
   * A manual entry by the volunteer: at the home center unless another place is named, and only at the
   * home center or a place they served at (an assignment or ledger row there). It waits for approval.
   */
  async create(user: AuthUser, dto: CreateMyHourEntryDto, now = new Date()): Promise<HourEntryDto> {
    const v = await this.volunteerOf(user);
    const errors: FieldError[] = [...manualDateErrors(dto.workDate, now, MANUAL_ENTRY_MAX_AGE_DAYS.volunteer)];
    const place = dto.centerId || dto.eventId ? placeOf(dto) : v.homeCenterId ? { kind: 'center' as const, id: v.homeCenterId } : null;
    if (!place) errors.push({ field: 'centerId', code: 'hoursPlaceRequired' });
    else if (!(await this.entries.placesServed(v.id)).some((p) => p.kind === place.kind && p.id === place.id)) {
      errors.push({ field: place.kind === 'center' ? 'centerId' : 'eventId', code: 'hoursPlaceNotServed' });
    }
    if (errors.length) throw ApiProblem.validation(errors);
    const id = await addManualWithinDay(this.entries, this.ledger, {
      volunteerId: v.id, centerId: place!.kind === 'center' ? place!.id : null, eventId: place!.kind === 'event' ? place!.id : null,
      workDate: dto.workDate, minutes: dto.minutes, category: dto.category, note: dto.note, createdBy: user.id,
    });
    const row = await this.entries.one(id, { volunteerId: v.id });
    return hourEntryDto(row!);
  }
}
