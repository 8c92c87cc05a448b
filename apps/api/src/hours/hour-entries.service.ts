import { Injectable } from '@nestjs/common';
import { addDays, bakuDateOf, centerScope, eventScope, isIsoDate, MAX_MANUAL_MINUTES } from '@dost/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem, type FieldError } from '../common/http/api-problem';
import { HourEntriesRepository, type EntryScope, type VolunteerRow } from './hour-entries.repository';
import { HoursLedgerService, type ManualMinutes, type MilestoneReached } from './hours-ledger.service';
import { HoursNotifier } from './hours-notifier';
import { hourEntryDetailDto, hourEntryDto } from './hours.mapper';
import type {
  CorrectHourEntryDto, CreateHourEntryDto, CreateMyHourEntryDto, DecideHourEntriesDto, DecideResultDto, HourEntriesQueryDto, HourEntryDetailDto, HourEntryDto,
} from './dto/hours.dto';
import type { Page } from '../common/http/list-query.dto';
import './hours.errors';

/** How far back a manual entry may go: a volunteer 90 days, staff (entering a training of last term) a year. */
export const MANUAL_ENTRY_MAX_AGE_DAYS = { volunteer: 90, staff: 365 } as const;

const staffPlaces = (actor: AuthUser) => ({ centers: centerScope(actor), events: eventScope(actor) });
export const staffEntryScope = (actor: AuthUser): EntryScope => ({ staff: staffPlaces(actor) });

/** Per-field problems of a manual entry's date (Baku calendar), or none. */
export function manualDateErrors(workDate: string, now: Date, maxAgeDays: number): FieldError[] {
  if (!isIsoDate(workDate)) return [{ field: 'workDate', code: 'isIsoDate' }];
  const today = bakuDateOf(now.getTime());
  if (workDate > today) return [{ field: 'workDate', code: 'hoursDateFuture' }];
  if (workDate < addDays(today, -maxAgeDays)) return [{ field: 'workDate', code: 'hoursDateTooOld', params: { days: maxAgeDays } }];
  return [];
}

/**
 * Adds a manual entry unless the volunteer's manual entries for that day (not rejected) would pass one
 * day's work, MAX_MANUAL_MINUTES; the volunteer is locked, so two requests at once cannot both pass.
 */
export async function addManualWithinDay(entries: HourEntriesRepository, ledger: HoursLedgerService, m: ManualMinutes): Promise<string> {
  return ledger.transaction(async (em) => {
    const used = await entries.lockManualMinutesOn(em, m.volunteerId, m.workDate);
    if (used + m.minutes > MAX_MANUAL_MINUTES) {
      throw ApiProblem.validation([{ field: 'minutes', code: 'hoursDayFull', params: { left: Math.max(0, MAX_MANUAL_MINUTES - used) } }]);
    }
    return (await ledger.addManual(em, m)).id;
  });
}

/**
 * Staff's side of the ledger: the approval queue, one entry with its history, bulk decisions, corrections
 * and manual entries for a volunteer. Scope is checked here; the writes go through HoursLedgerService,
 * and their mail is enqueued in the same transaction.
 */
@Injectable()
export class HourEntriesService {
  constructor(
    private readonly entries: HourEntriesRepository,
    private readonly ledger: HoursLedgerService,
    private readonly notifier: HoursNotifier,
  ) {}

  async list(actor: AuthUser, q: HourEntriesQueryDto): Promise<Page<HourEntryDto>> {
    const found = await this.entries.list(staffEntryScope(actor), q, q, 'workDate');
    if (found === 'badSort') throw ApiProblem.validation([{ field: 'sort', code: 'isIn', params: { values: 'workDate, createdAt, minutes, status, volunteerName' } }]);
    return { data: found.rows.map(hourEntryDto), total: found.total };
  }

  async pendingCount(actor: AuthUser): Promise<{ count: number }> {
    return { count: await this.entries.pendingCount(staffEntryScope(actor)) };
  }

  async one(actor: AuthUser, id: string): Promise<HourEntryDetailDto> {
    const row = await this.entries.one(id, staffEntryScope(actor));
    if (!row) throw ApiProblem.notFound();
    return hourEntryDetailDto(row, await this.entries.history(id));
  }

  /**
   * Approves or rejects many entries at once. Entries outside the caller's scope (or unknown) are
   * `missing` and never touched; entries already in that status are `unchanged`. Mail: one
   * `hours-approved` or `hours-rejected` per volunteer, one `hours-milestone` per milestone crossed.
   */
  async decide(actor: AuthUser, dto: DecideHourEntriesDto, now = new Date()): Promise<DecideResultDto> {
    const reason = dto.reason?.trim() || null;
    if (dto.decision === 'rejected' && !reason) throw ApiProblem.validation([{ field: 'reason', code: 'hoursReasonRequired' }]);
    const ids = [...new Set(dto.ids.map((id) => id.toLowerCase()))];
    return this.ledger.transaction(async (em) => {
      const visible = await this.entries.idsInScope(em, ids, staffEntryScope(actor));
      const outcome = await this.ledger.decide(em, visible, dto.decision, actor.id, reason, now);
      const rows = await this.entries.byIds(em, outcome.changed);
      const volunteers = await this.entries.volunteers(em, [...new Set([...rows.map((r) => r.volunteerId), ...outcome.milestones.map((m) => m.volunteerId)])]);
      if (dto.decision === 'approved') await this.notifier.approved(em, volunteers, rows);
      else await this.notifier.rejected(em, volunteers, rows, reason!);
      await this.notifier.milestones(em, volunteers, outcome.milestones);
      const seen = new Set(visible);
      return { changed: outcome.changed, unchanged: outcome.unchanged, missing: ids.filter((id) => !seen.has(id) || outcome.missing.includes(id)) };
    });
  }

  /** Corrects an entry's minutes (reason required); the original minutes and the history stay. */
  async correct(actor: AuthUser, id: string, dto: CorrectHourEntryDto, now = new Date()): Promise<HourEntryDetailDto> {
    const scope = staffEntryScope(actor);
    await this.ledger.transaction(async (em) => {
      if (!(await this.entries.one(id, scope, em))) throw ApiProblem.notFound();
      const outcome = await this.ledger.correct(em, id, dto.minutes, actor.id, dto.reason, now);
      await this.mailMilestones(em, outcome.milestones);
    });
    return this.one(actor, id);
  }

  /** A manual entry by staff for a volunteer of their scope, at one of their places; it waits for approval like any other. */
  async create(actor: AuthUser, dto: CreateHourEntryDto, now = new Date()): Promise<HourEntryDetailDto> {
    const places = staffPlaces(actor);
    const errors: FieldError[] = [...manualDateErrors(dto.workDate, now, MANUAL_ENTRY_MAX_AGE_DAYS.staff)];
    const place = placeOf(dto);
    if (!place) errors.push({ field: 'centerId', code: 'hoursPlaceRequired' });
    else {
      const s = place.kind === 'center' ? places.centers : places.events;
      const known = await this.entries.place(place.kind, place.id);
      if (!known || (s !== 'all' && !s.includes(place.id))) errors.push({ field: place.kind === 'center' ? 'centerId' : 'eventId', code: 'hoursPlaceOutOfScope' });
    }
    const volunteer = await this.entries.volunteer(dto.volunteerId);
    if (!volunteer || !(await this.entries.volunteerInScope(volunteer.id, places))) errors.push({ field: 'volunteerId', code: 'hoursVolunteerOutOfScope' });
    if (errors.length) throw ApiProblem.validation(errors);
    const id = await addManualWithinDay(this.entries, this.ledger, {
      volunteerId: volunteer!.id, centerId: place!.kind === 'center' ? place!.id : null, eventId: place!.kind === 'event' ? place!.id : null,
      workDate: dto.workDate, minutes: dto.minutes, category: dto.category, note: dto.note, createdBy: actor.id,
    });
    return this.one(actor, id);
  }

  private async mailMilestones(em: EntityManager, milestones: readonly MilestoneReached[]): Promise<void> {
    if (!milestones.length) return;
    const volunteers: VolunteerRow[] = await this.entries.volunteers(em, [...new Set(milestones.map((m) => m.volunteerId))]);
    await this.notifier.milestones(em, volunteers, milestones);
  }
}

/** The one place a manual entry belongs to, or null when the body names none or both. */
export function placeOf(dto: Pick<CreateMyHourEntryDto, 'centerId' | 'eventId'>): { kind: 'center' | 'event'; id: string } | null {
  if (dto.centerId && dto.eventId) return null;
  if (dto.centerId) return { kind: 'center', id: dto.centerId };
  if (dto.eventId) return { kind: 'event', id: dto.eventId };
  return null;
}
