import { Injectable } from '@nestjs/common';
import {
  AZ_CALENDAR_DECREES, AZ_CONFIRMED_YEARS, azPublicHolidays, effectiveCalendar, isIsoDate, nonWorkingDatesBetween,
  type CalendarOverride, type EffectiveDay,
} from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import type { Page } from '../common/http/list-query.dto';
import type { CalendarYearDto, NonWorkingDayDto, NonWorkingDayViewDto, OverrideDto } from './dto/holidays.dto';
import type { CalendarOverrideEntity } from './entities/calendar-override.entity';
import { HolidaysRepository } from './holidays.repository';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/**
 * Azerbaijan's non-working days: computed for any year by @dost/domain (Labour Code art. 105) and
 * corrected per date by admins (decrees). Everything that skips holidays (templates, demo seeds, reports)
 * asks this service, never a hard-coded list.
 */
@Injectable()
export class HolidaysService {
  constructor(private readonly repo: HolidaysRepository) {}

  /** The non-working dates between two dates, inclusive — what the template expander skips. */
  async nonWorkingDates(from: string, to: string): Promise<string[]> {
    return nonWorkingDatesBetween(from, to, (await this.repo.overrides(from, to)).map(toOverride));
  }

  /** GET /non-working-days: the effective days of a range (default: this year and the next). */
  async list(from: string | undefined, to: string | undefined, now = new Date()): Promise<Page<NonWorkingDayViewDto>> {
    const y = now.getUTCFullYear();
    const f = from ?? `${y}-01-01`;
    const t = to ?? `${y + 1}-12-31`;
    if (f > t) throw ApiProblem.validation([{ field: 'to', code: 'endsAfterStart' }]);
    if (Number(t.slice(0, 4)) - Number(f.slice(0, 4)) > 10) throw ApiProblem.validation([{ field: 'to', code: 'rangeTooLong' }]);
    const overrides = (await this.repo.overrides(f, t)).map(toOverride);
    const data: NonWorkingDayViewDto[] = [];
    for (let year = Number(f.slice(0, 4)); year <= Number(t.slice(0, 4)); year++) {
      const mine = overrides.filter((o) => o.date.startsWith(String(year)));
      for (const d of effectiveCalendar(azPublicHolidays(year), mine)) if (d.date >= f && d.date <= t) data.push(toView(d));
    }
    return { data, total: data.length };
  }

  async year(year: number): Promise<CalendarYearDto> {
    assertYear(year);
    const overrides = (await this.repo.overrides(`${year}-01-01`, `${year}-12-31`)).map(toOverride);
    const computed = azPublicHolidays(year);
    const confirmed = await this.repo.year(year);
    const removed = overrides.filter((o) => o.action === 'remove').flatMap((o) => {
      const day = effectiveCalendar(computed, []).find((d) => d.date === o.date);
      return day ? [{ date: o.date, name: day.name, note: o.note ?? null }] : [];
    });
    return {
      year,
      confirmed: confirmed?.confirmed ?? false,
      confirmedAt: confirmed?.confirmedAt?.toISOString() ?? null,
      days: effectiveCalendar(computed, overrides).map(toView),
      removed,
    };
  }

  async setOverride(actor: AuthUser, date: string, dto: OverrideDto): Promise<CalendarYearDto> {
    assertDate(date);
    if (dto.action === 'add' && (!dto.kind || !dto.name)) throw ApiProblem.validation([{ field: dto.kind ? 'name' : 'kind', code: 'isNotEmpty' }]);
    if (dto.action === 'remove' && !effectiveCalendar(azPublicHolidays(Number(date.slice(0, 4))), []).some((d) => d.date === date)) {
      // Removing a day the law does not give off would only hide a mistake: drop the admin's own addition instead.
      if (!(await this.repo.deleteOverride(date))) throw ApiProblem.validation([{ field: 'date', code: 'notANonWorkingDay' }]);
      return this.year(Number(date.slice(0, 4)));
    }
    await this.repo.saveOverride({
      date, action: dto.action, kind: dto.action === 'add' ? (dto.kind ?? null) : null,
      nameAz: dto.action === 'add' ? (dto.name?.az ?? null) : null,
      nameEn: dto.action === 'add' ? (dto.name?.en ?? null) : null,
      nameRu: dto.action === 'add' ? (dto.name?.ru ?? null) : null,
      note: dto.note?.trim() || null, updatedById: actor.id,
    });
    return this.year(Number(date.slice(0, 4)));
  }

  /** Back to the computed day (or to a working day when the law gives none). Idempotent: nothing to undo is fine. */
  async clearOverride(date: string): Promise<void> {
    assertDate(date);
    await this.repo.deleteOverride(date);
  }

  async confirmYear(actor: AuthUser, year: number, confirmed: boolean): Promise<CalendarYearDto> {
    assertYear(year);
    await this.repo.saveYear({ year, confirmed, confirmedAt: confirmed ? new Date() : null, confirmedById: confirmed ? actor.id : null });
    return this.year(year);
  }

  // ——— the former editable table's routes, kept for their callers ———

  async putDay(actor: AuthUser, dto: NonWorkingDayDto): Promise<NonWorkingDayViewDto> {
    await this.setOverride(actor, dto.date, { action: 'add', kind: dto.kind, name: dto.name, note: dto.note });
    return { date: dto.date, kind: dto.kind, name: dto.name, source: 'override', note: dto.note?.trim() || null };
  }

  /** DELETE /non-working-days/{date}: the date becomes a working day. Idempotent (a working day already stays one). */
  async makeWorkingDay(actor: AuthUser, date: string): Promise<void> {
    assertDate(date);
    const computed = effectiveCalendar(azPublicHolidays(Number(date.slice(0, 4))), []).some((d) => d.date === date);
    if (computed) {
      await this.repo.saveOverride({ date, action: 'remove', kind: null, nameAz: null, nameEn: null, nameRu: null, note: null, updatedById: actor.id });
    } else await this.repo.deleteOverride(date);
  }

  seed(): Promise<void> {
    return this.repo.seedIfEmpty(
      AZ_CALENDAR_DECREES.map((o) => ({
        date: o.date, action: o.action, kind: o.action === 'add' ? o.kind : null,
        nameAz: o.action === 'add' ? o.name.az : null, nameEn: o.action === 'add' ? o.name.en : null, nameRu: o.action === 'add' ? o.name.ru : null,
        note: o.note ?? null, updatedById: null,
      })),
      [...AZ_CONFIRMED_YEARS],
    );
  }
}

function toOverride(o: CalendarOverrideEntity): CalendarOverride {
  return o.action === 'remove'
    ? { date: o.date, action: 'remove', note: o.note }
    : { date: o.date, action: 'add', kind: o.kind ?? 'holiday', name: { az: o.nameAz ?? '', en: o.nameEn ?? '', ru: o.nameRu ?? '' }, note: o.note };
}

function toView(d: EffectiveDay): NonWorkingDayViewDto {
  return { date: d.date, kind: d.kind, name: { ...d.name }, source: d.source, note: d.note };
}

function assertDate(date: string): void {
  // Not a date → 400 here, not a PostgreSQL cast error (500): isIsoDate checks the calendar (2026-02-30 is not one).
  if (!isIsoDate(date)) throw ApiProblem.validation([{ field: 'date', code: 'isIsoDate' }]);
  const year = Number(date.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) throw ApiProblem.validation([{ field: 'date', code: 'calendarYearOutOfRange' }]);
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw ApiProblem.validation([{ field: 'year', code: 'calendarYearOutOfRange' }]);
}
