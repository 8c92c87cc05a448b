import { Injectable } from '@nestjs/common';
import {
  addDays, bakuDateOf, bakuMidnightMs, buildRoleBoard, CEFR_LEVELS, expandShiftTemplate, isIsoDate, MAX_EXPANSION_DAYS,
  mondayOf, rankCandidates, validateShiftTemplate, type IsoWeekday, type Locale,
} from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import { HolidaysService } from '../holidays/holidays.service';
import { ApiProblem } from '../common/http/api-problem';
import { translate } from '../common/i18n/messages';
import './event-setup.errors';
import type { Page } from '../common/http/list-query.dto';
import { AssignmentsRepository, type PersonOnShift } from './assignments.repository';
import type {
  CreatePositionDto, CreateShiftDto, CreateTemplateDto, GenerateDto, PolicyDto, ShiftListQueryDto, UpdatePositionDto, UpdateShiftDto,
  UpdateTemplateDto,
} from './dto/rostering.dto';
import type { ShiftEntity } from './entities/shift.entity';
import { RosteringEligibilityService } from './rostering-eligibility.service';
import { rosteringProblems } from './rostering.errors';
import { baku, toPositionDto, toShiftDto, toTemplateDto, type PositionDto, type ShiftDto, type TemplateDto } from './rostering.mapper';
import { RosteringNotifier } from './rostering-notifier';
import { ShiftsRepository } from './shifts.repository';
import { SignupService, staffScope } from './signup.service';

export interface PersonDto {
  assignmentId: string;
  volunteerId: string;
  fullName: string;
  status: string;
  source: string;
  languages: { language: string; level: string }[];
}

export interface ShiftDetailDto extends ShiftDto {
  people: PersonDto[];
}

const toPerson = (p: PersonOnShift): PersonDto => ({
  assignmentId: p.assignmentId, volunteerId: p.volunteerId, fullName: p.fullName, status: p.status, source: p.source, languages: p.languages ?? [],
});

const CEFR_INDEX = (level: string | null | undefined): number => (level ? (CEFR_LEVELS as readonly string[]).indexOf(level) : -1);

/** Staff side of rostering: positions, templates, shifts, the week view, the day sheet, the role board. */
@Injectable()
export class ShiftsService {
  constructor(
    private readonly shifts: ShiftsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly eligibility: RosteringEligibilityService,
    private readonly notifier: RosteringNotifier,
    private readonly signup: SignupService,
    private readonly holidays: HolidaysService,
  ) {}

  // ——— positions ———

  async listPositions(actor: AuthUser, filter: { centerId?: string; eventId?: string }): Promise<Page<PositionDto>> {
    const rows = await this.shifts.listPositions(filter, staffScope(actor));
    return { data: rows.map(toPositionDto), total: rows.length };
  }

  async createPosition(actor: AuthUser, dto: CreatePositionDto): Promise<PositionDto> {
    this.assertOwner(actor, dto);
    const saved = await this.shifts.savePosition({
      centerId: dto.centerId ?? null, eventId: dto.eventId ?? null, code: dto.code, nameAz: dto.name.az, nameEn: dto.name.en, nameRu: dto.name.ru,
      requirements: dto.requirements ?? {}, active: dto.active ?? true,
    });
    return toPositionDto(saved);
  }

  async updatePosition(actor: AuthUser, id: string, dto: UpdatePositionDto): Promise<PositionDto> {
    const p = await this.shifts.findPosition(id, staffScope(actor));
    if (!p) throw ApiProblem.notFound();
    if (dto.name) Object.assign(p, { nameAz: dto.name.az, nameEn: dto.name.en, nameRu: dto.name.ru });
    if (dto.requirements) p.requirements = dto.requirements;
    if (dto.active !== undefined) p.active = dto.active;
    if (dto.code) p.code = dto.code;
    return toPositionDto(await this.shifts.savePosition(p));
  }

  // ——— policies ———

  async getPolicy(actor: AuthUser, owner: { centerId?: string; eventId?: string }): Promise<PolicyDto> {
    this.assertOwner(actor, owner);
    const p = await this.shifts.policyFor({ centerId: owner.centerId ?? null, eventId: owner.eventId ?? null });
    return {
      centerId: owner.centerId, eventId: owner.eventId, weeklyCapMinutes: p?.weeklyCapMinutes ?? null, minRestMinutes: p?.minRestMinutes ?? null,
      maxShiftsPerDay: p?.maxShiftsPerDay ?? null, noShowLimit: p?.noShowLimit ?? null, swapNeedsApproval: p?.swapNeedsApproval ?? false,
      checkInOpensMinutes: p?.checkInOpensMinutes ?? null, lateGraceMinutes: p?.lateGraceMinutes ?? null, closeGraceMinutes: p?.closeGraceMinutes ?? null,
      roundingMinutes: p?.roundingMinutes ?? null,
    };
  }

  async savePolicy(actor: AuthUser, dto: PolicyDto): Promise<PolicyDto> {
    this.assertOwner(actor, dto);
    await this.shifts.savePolicy({
      centerId: dto.centerId ?? null, eventId: dto.eventId ?? null, weeklyCapMinutes: dto.weeklyCapMinutes ?? null, minRestMinutes: dto.minRestMinutes ?? null,
      maxShiftsPerDay: dto.maxShiftsPerDay ?? null, noShowLimit: dto.noShowLimit ?? null, swapNeedsApproval: dto.swapNeedsApproval ?? false,
      checkInOpensMinutes: dto.checkInOpensMinutes ?? null, lateGraceMinutes: dto.lateGraceMinutes ?? null, closeGraceMinutes: dto.closeGraceMinutes ?? null,
      roundingMinutes: dto.roundingMinutes ?? null,
    });
    return this.getPolicy(actor, dto);
  }

  // ——— shifts ———

  async list(actor: AuthUser, q: ShiftListQueryDto): Promise<Page<ShiftDto>> {
    const [rows, total] = await this.shifts.listShifts(
      { centerId: q.centerId, eventId: q.eventId, positionId: q.positionId, status: q.status, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined },
      staffScope(actor),
      { skip: (q.page - 1) * q.perPage, take: q.perPage },
    );
    return { data: rows.map(toShiftDto), total };
  }

  async get(actor: AuthUser, id: string): Promise<ShiftDetailDto> {
    const shift = await this.shifts.findShift(id, staffScope(actor));
    if (!shift) throw ApiProblem.notFound();
    // Who worked a finished shift (completed, no-show) stays part of it, next to who is on it now.
    const people = await this.assignments.people([shift.id], ['assigned', 'waitlisted', 'completed', 'no_show']);
    return { ...toShiftDto(shift), people: people.map(toPerson) };
  }

  async create(actor: AuthUser, dto: CreateShiftDto): Promise<ShiftDto> {
    this.assertOwner(actor, dto);
    const position = await this.shifts.findPosition(dto.positionId, 'any');
    if (!position || position.centerId !== (dto.centerId ?? null) || position.eventId !== (dto.eventId ?? null)) {
      throw ApiProblem.validation([{ field: 'positionId', code: 'positionOwner' }]);
    }
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (endsAt <= startsAt) throw ApiProblem.validation([{ field: 'endsAt', code: 'endsAfterStart' }]);
    const id = await this.shifts.transaction((em) =>
      this.shifts.insertShift(em, {
        centerId: dto.centerId ?? null, eventId: dto.eventId ?? null, positionId: dto.positionId, startsAt, endsAt, slots: dto.slots,
        visibility: dto.visibility ?? 'open', signupOpensDaysBefore: dto.signupOpensDaysBefore ?? null, cancellationCutoffHours: dto.cancellationCutoffHours ?? null,
        status: dto.status ?? 'published', notes: dto.notes ?? null,
      }),
    );
    return toShiftDto((await this.shifts.findShift(id, 'any'))!);
  }

  /** Edits a shift; the people on it are told what changed when the time, place or position moves. */
  async update(actor: AuthUser, id: string, dto: UpdateShiftDto): Promise<ShiftDto> {
    await this.shifts.transaction(async (em) => {
      await this.shifts.lockShift(em, id);
      const before = await this.shifts.findShift(id, staffScope(actor), em);
      if (!before) throw ApiProblem.notFound();
      if (before.status === 'cancelled') throw rosteringProblems.shiftCancelled();
      if (dto.status === 'cancelled') throw ApiProblem.validation([{ field: 'status', code: 'isIn', params: { values: 'draft, published' } }]);
      const startsAt = dto.startsAt ? new Date(dto.startsAt) : before.startsAt;
      const endsAt = dto.endsAt ? new Date(dto.endsAt) : before.endsAt;
      if (endsAt <= startsAt) throw ApiProblem.validation([{ field: 'endsAt', code: 'endsAfterStart' }]);
      // Fewer slots than people: only when the coordinator says whom to remove (each is told, with the reason).
      const removing = [...new Set(dto.removeAssignmentIds ?? [])];
      if (dto.slots !== undefined && dto.slots < before.assignedCount) {
        if (!removing.length) throw rosteringProblems.slotsBelowAssigned();
        if (before.assignedCount - removing.length > dto.slots) {
          throw ApiProblem.validation([{ field: 'removeAssignmentIds', code: 'removeTooFew', params: { slots: dto.slots, needed: before.assignedCount - dto.slots } }]);
        }
      }
      if (removing.length) {
        const onShift = await this.assignments.people([id], ['assigned'], em);
        for (const assignmentId of removing) {
          const p = onShift.find((x) => x.assignmentId === assignmentId);
          if (!p) throw ApiProblem.validation([{ field: 'removeAssignmentIds', code: 'notOnShift' }]);
          await this.assignments.setAssignment(em, assignmentId, { status: 'cancelled', cancelledAt: new Date() });
          await this.assignments.withdrawSwapsOf(em, assignmentId, new Date());
          await this.shifts.releaseSlot(em, id);
          const text = dto.removeReason?.trim() || translate(p.locale, 'rostering.unassigned') || '';
          await this.notifier.cancelled(em, { email: p.email, fullName: p.fullName, locale: p.locale, userId: p.userId }, before, text);
        }
      }
      if (dto.positionId && dto.positionId !== before.positionId) {
        const position = await this.shifts.findPosition(dto.positionId, 'any');
        if (!position || position.centerId !== before.centerId || position.eventId !== before.eventId) {
          throw ApiProblem.validation([{ field: 'positionId', code: 'positionOwner' }]);
        }
      }
      const { startsAt: _s, endsAt: _e, removeAssignmentIds: _r, removeReason: _rr, ...rest } = dto;
      await this.shifts.updateShift(em, id, { ...rest, startsAt, endsAt });
      const after = (await this.shifts.findShift(id, 'any', em))!;
      const moved = +before.startsAt !== +after.startsAt || +before.endsAt !== +after.endsAt || before.positionId !== after.positionId;
      if (moved) {
        // A new time deserves new reminders.
        await this.assignments.resetReminders(em, id);
        for (const p of await this.assignments.people([id], ['assigned'], em)) {
          await this.notifier.changed(em, { email: p.email, fullName: p.fullName, locale: p.locale, userId: p.userId }, before, after);
        }
      }
      if (after.slots > before.slots) await this.signup.promote(em, id, new Date());
    });
    return toShiftDto((await this.shifts.findShift(id, 'any'))!);
  }

  /** Cancels a shift: everyone on it (and on its waitlist) is released and told; reminders stop by themselves. */
  async cancel(actor: AuthUser, id: string, reason: string, now = new Date()): Promise<ShiftDto> {
    await this.shifts.transaction(async (em) => {
      await this.shifts.lockShift(em, id);
      const shift = await this.shifts.findShift(id, staffScope(actor), em);
      if (!shift) throw ApiProblem.notFound();
      if (shift.status === 'cancelled') throw rosteringProblems.shiftCancelled();
      const people = await this.assignments.people([id], ['assigned', 'waitlisted'], em);
      await this.assignments.cancelAllOnShift(em, id, now);
      await this.shifts.updateShift(em, id, { status: 'cancelled', cancelReason: reason, assignedCount: 0 });
      for (const p of people) await this.notifier.cancelled(em, { email: p.email, fullName: p.fullName, locale: p.locale, userId: p.userId }, shift, reason);
    });
    return toShiftDto((await this.shifts.findShift(id, 'any'))!);
  }

  /** The coordinator's week: every shift of a center from Monday 00:00 to Sunday 24:00 (Baku), with its people. */
  async week(actor: AuthUser, centerId: string, start: string): Promise<{ centerId: string; weekStart: string; days: string[]; shifts: ShiftDetailDto[] }> {
    const monday = mondayOf(start);
    const from = new Date(bakuMidnightMs(monday));
    const to = new Date(bakuMidnightMs(addDays(monday, 7)));
    const [rows] = await this.shifts.listShifts({ centerId, from, to }, staffScope(actor), null);
    if (!rows.length) this.assertOwner(actor, { centerId });
    const people = await this.assignments.people(rows.map((r) => r.id), ['assigned', 'waitlisted']);
    return {
      centerId, weekStart: monday, days: Array.from({ length: 7 }, (_, i) => addDays(monday, i)),
      shifts: rows.filter((r) => r.startsAt < to).map((r) => ({ ...toShiftDto(r), people: people.filter((p) => p.shiftId === r.id).map(toPerson) })),
    };
  }

  /** Who is where on one day: the printable sheet. */
  async daySheet(actor: AuthUser, centerId: string, date: string): Promise<{ centerId: string; date: string; shifts: ShiftDetailDto[] }> {
    const from = new Date(bakuMidnightMs(date));
    const to = new Date(bakuMidnightMs(addDays(date, 1)));
    const [rows] = await this.shifts.listShifts({ centerId, from, to, status: 'published' }, staffScope(actor), null);
    if (!rows.length) this.assertOwner(actor, { centerId });
    const people = await this.assignments.people(rows.map((r) => r.id), ['assigned', 'completed', 'no_show']);
    return { centerId, date, shifts: rows.filter((r) => r.startsAt < to).map((r) => ({ ...toShiftDto(r), people: people.filter((p) => p.shiftId === r.id).map(toPerson) })) };
  }

  /** The event's role board: positions × time blocks, filled/needed, and the gaps left. */
  async roleBoard(actor: AuthUser, eventId: string) {
    this.assertOwner(actor, { eventId });
    const [rows] = await this.shifts.listShifts({ eventId, status: 'published' }, staffScope(actor), null);
    const positions = await this.shifts.listPositions({ eventId }, staffScope(actor));
    const board = buildRoleBoard(rows.map((s) => ({ id: s.id, positionId: s.positionId, startsAt: baku(s.startsAt), endsAt: baku(s.endsAt), slots: s.slots, assignedCount: s.assignedCount })));
    return { eventId, positions: positions.map(toPositionDto), ...board };
  }

  /** Volunteers for a shift, ranked by fit; each with the eligibility verdict a coordinator would get. */
  async candidates(actor: AuthUser, shiftId: string, filter: { language?: string; q?: string }, locale: Locale, now = new Date()) {
    const shift = await this.shifts.findShift(shiftId, staffScope(actor));
    if (!shift) throw ApiProblem.notFound();
    const policy = await this.shifts.policyFor(shift);
    const volunteers = await this.assignments.activeVolunteers({ language: filter.language, q: filter.q, limit: 300, withHomeCenter: true });
    const ids = volunteers.map((v) => v.id);
    const weekStart = new Date(bakuMidnightMs(mondayOf(bakuDateOf(shift.startsAt.getTime()))));
    const weekEnd = new Date(weekStart.getTime() + 7 * 86_400_000);
    const [quals, busy, live, preferred, pool] = await Promise.all([
      this.assignments.qualifications(ids),
      this.assignments.busyShifts(ids, new Date(shift.startsAt.getTime() - 8 * 86_400_000), new Date(shift.endsAt.getTime() + 8 * 86_400_000)),
      this.assignments.people([shift.id], ['assigned', 'waitlisted']),
      this.eligibility.preferredCenters(ids),
      this.eligibility.poolContext([shift]),
    ]);
    const onShift = new Set(live.filter((p) => p.status === 'assigned').map((p) => p.volunteerId));
    const reqLangs = shift.position.requirements?.languages ?? [];
    const facts = volunteers
      .filter((v) => !onShift.has(v.id))
      .map((v) => {
        const b = busy.get(v.id) ?? [];
        const result = this.eligibility.check({ volunteer: v, qualifications: quals.filter((q) => q.volunteerId === v.id), busy: b, preferredCenterIds: preferred.get(v.id) ?? [] }, shift, policy, 'coordinator', now, pool);
        const planned = b.reduce((sum, x) => sum + Math.max(0, Math.min(+x.endsAt, +weekEnd) - Math.max(+x.startsAt, +weekStart)), 0) / 60_000;
        const margin = reqLangs.reduce((sum, r) => sum + Math.max(0, CEFR_INDEX(v.languages.find((l) => l.language === r.language)?.level) - CEFR_INDEX(r.minLevel)), 0);
        return {
          volunteerId: v.id, fullName: v.fullName, eligibility: result, plannedMinutesThisWeek: planned,
          homeCenter: !!shift.centerId && v.homeCenterId === shift.centerId, languageMargin: margin, languages: v.languages,
          // Tells apart two volunteers with the same name in the coordinator's list.
          homeCenterName: v.homeCenter ? { az: v.homeCenter.nameAz, en: v.homeCenter.nameEn, ru: v.homeCenter.nameRu } : null,
        };
      });
    return {
      data: rankCandidates(facts).map((c) => ({
        volunteerId: c.volunteerId, fullName: c.fullName, languages: c.languages, homeCenter: c.homeCenter, plannedMinutesThisWeek: c.plannedMinutesThisWeek,
        eligible: c.eligibility.eligible,
        reasons: this.eligibility.describe(c.eligibility.eligible ? c.eligibility.overrides : c.eligibility.reasons, locale, 'staff'),
        homeCenterName: c.homeCenterName,
      })),
    };
  }

  // ——— templates ———

  async listTemplates(actor: AuthUser, centerId?: string): Promise<Page<TemplateDto>> {
    const rows = await this.shifts.listTemplates(staffScope(actor).centers, centerId);
    return { data: rows.map(toTemplateDto), total: rows.length };
  }

  async createTemplate(actor: AuthUser, dto: CreateTemplateDto): Promise<TemplateDto> {
    this.assertOwner(actor, { centerId: dto.centerId });
    this.assertTemplate(dto);
    const position = await this.shifts.findPosition(dto.positionId, 'any');
    if (!position || position.centerId !== dto.centerId) throw ApiProblem.validation([{ field: 'positionId', code: 'positionOwner' }]);
    const saved = await this.shifts.saveTemplate({
      centerId: dto.centerId, positionId: dto.positionId, weekdays: dto.weekdays as IsoWeekday[], startTime: dto.startTime, endTime: dto.endTime, slots: dto.slots,
      visibility: dto.visibility ?? 'open', signupOpensDaysBefore: dto.signupOpensDaysBefore ?? null, cancellationCutoffHours: dto.cancellationCutoffHours ?? null,
      active: dto.active ?? true,
    });
    return toTemplateDto((await this.shifts.findTemplate(saved.id, 'all'))!);
  }

  async updateTemplate(actor: AuthUser, id: string, dto: UpdateTemplateDto): Promise<TemplateDto> {
    const t = await this.shifts.findTemplate(id, staffScope(actor).centers);
    if (!t) throw ApiProblem.notFound();
    const { centerId: _c, positionId, ...rest } = dto;
    Object.assign(t, rest);
    if (positionId && positionId !== t.positionId) {
      const position = await this.shifts.findPosition(positionId, 'any');
      if (!position || position.centerId !== t.centerId) throw ApiProblem.validation([{ field: 'positionId', code: 'positionOwner' }]);
      t.positionId = positionId;
    }
    this.assertTemplate(t);
    const { position: _p, center: _ce, ...values } = t;
    // Deleted while this request ran (the fuzz test's PATCH racing a DELETE answered 500): not found, not re-created.
    const saved = (await this.shifts.updateTemplate(id, values)) ? await this.shifts.findTemplate(id, 'all') : null;
    if (!saved) throw ApiProblem.notFound();
    return toTemplateDto(saved);
  }

  async deleteTemplate(actor: AuthUser, id: string): Promise<void> {
    const t = await this.shifts.findTemplate(id, staffScope(actor).centers);
    if (!t) throw ApiProblem.notFound();
    await this.shifts.deleteTemplate(id);
  }

  /**
   * (Re)generates a template's shifts for a date range, skipping non-working days. Shifts that already
   * have anyone on them (or ever had: history) are never touched; the others are replaced by what the
   * template says now.
   */
  async generate(actor: AuthUser, id: string, dto: GenerateDto): Promise<{ created: number; kept: number; removed: number }> {
    const t = await this.shifts.findTemplate(id, staffScope(actor).centers);
    if (!t) throw ApiProblem.notFound();
    return this.generateFor(t.id, dto.from, dto.to);
  }

  async generateFor(templateId: string, from: string, to: string): Promise<{ created: number; kept: number; removed: number }> {
    if (!isIsoDate(from) || !isIsoDate(to) || to < from || addDays(from, MAX_EXPANSION_DAYS) <= to) throw ApiProblem.validation([{ field: 'to', code: 'rangeInvalid' }]);
    const t = (await this.shifts.findTemplate(templateId, 'all'))!;
    const holidays = await this.holidays.nonWorkingDates(from, to);
    const expanded = t.active ? expandShiftTemplate({ ...t, weekdays: t.weekdays }, { from, to, skipDates: holidays }) : [];
    return this.shifts.transaction(async (em) => {
      const existing = await this.shifts.templateShiftsInRange(em, t.id, new Date(bakuMidnightMs(from)), new Date(bakuMidnightMs(addDays(to, 1))));
      const removable = existing.filter((s) => !s.hasPeople).map((s) => s.id);
      const kept = existing.filter((s) => s.hasPeople);
      await this.shifts.deleteShifts(em, removable);
      const keptStarts = new Set(kept.map((s) => +s.startsAt));
      const values = expanded
        .filter((e) => !keptStarts.has(Date.parse(e.startsAt)))
        .map((e) => ({
          centerId: t.centerId, positionId: t.positionId, templateId: t.id, startsAt: new Date(e.startsAt), endsAt: new Date(e.endsAt), slots: e.slots,
          visibility: t.visibility, signupOpensDaysBefore: t.signupOpensDaysBefore, cancellationCutoffHours: t.cancellationCutoffHours, status: 'published' as const,
        }));
      const created = await this.shifts.insertShifts(em, values);
      return { created, kept: kept.length, removed: removable.length };
    });
  }

  // ——— helpers ———

  private assertTemplate(t: { weekdays: number[]; startTime: string; endTime: string; slots: number; positionId: string }): void {
    const errors = validateShiftTemplate({ id: 'new', weekdays: t.weekdays as IsoWeekday[], startTime: t.startTime, endTime: t.endTime, slots: t.slots, positionId: t.positionId });
    if (errors.length) throw ApiProblem.validation([{ field: 'weekdays', code: 'templateInvalid', params: { errors: errors.join(', ') } }]);
  }

  /** Exactly one of center/event, and within the caller's scope (404 otherwise: nothing tells the record exists). */
  assertOwner(actor: AuthUser, owner: { centerId?: string | null; eventId?: string | null }): void {
    if (!!owner.centerId === !!owner.eventId) throw ApiProblem.validation([{ field: 'centerId', code: 'ownerRequired' }]);
    const scope = staffScope(actor);
    const ok = owner.centerId
      ? scope.centers === 'all' || scope.centers.includes(owner.centerId)
      : scope.events === 'all' || scope.events.includes(owner.eventId!);
    if (!ok) throw ApiProblem.notFound();
  }
}

export type { ShiftEntity };
