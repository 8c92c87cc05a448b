import { Injectable } from '@nestjs/common';
import {
  bakuDateOf, bakuMidnightMs, DESK_MISSING_AFTER_MINUTES, eventScope, hasRole, isIsoDate, isMissing, languageFit, rankStandby, reliability, toBakuIso,
  type LanguageRequirement, type LocalizedText,
} from '@dost/domain';
import { createHash } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import type { Locale } from '../common/i18n/locale';
import { ShiftsService } from '../rostering/shifts.service';
import { SignupService } from '../rostering/signup.service';
import type { CreateIncidentDto, ReplaceDto, UpdateIncidentDto } from './dto/event-desk.dto';
import type { EventIncidentEntity, IncidentKind, IncidentStatus } from './entities/event-incident.entity';
import { EventDeskRepository, type BoardRow } from './event-desk.repository';
import './event-desk.messages';

const HOUR = 3_600_000;
const baku = (d: Date): string => toBakuIso(d.getTime());

export type SeatState = 'expected' | 'checked_in' | 'checked_out' | 'missing' | 'no_show' | 'replaced' | 'completed';

export interface DeskPersonDto {
  assignmentId: string;
  volunteerId: string;
  fullName: string;
  /** Shown to the event's organisers only (this route is theirs). */
  phone: string | null;
  state: SeatState;
  checkInAt: string | null;
  replacedBy: string | null;
  replaces: string | null;
}

export interface DeskShiftDto {
  shiftId: string;
  startsAt: string;
  endsAt: string;
  slots: number;
  place: string | null;
  people: DeskPersonDto[];
}

export interface DeskCellDto {
  hour: number;
  /** People whose shift covers (part of) this hour. */
  on: number;
  checkedIn: number;
  /** Flagged missing or marked no-show (and not yet replaced). */
  missing: number;
  slots: number;
}

export interface DeskRoleDto {
  positionId: string;
  name: LocalizedText;
  languages: LanguageRequirement[];
  cells: DeskCellDto[];
  shifts: DeskShiftDto[];
}

export interface DeskBoardDto {
  eventId: string;
  eventName: LocalizedText;
  date: string;
  serverTime: string;
  missingAfterMinutes: number;
  hours: number[];
  totals: { on: number; checkedIn: number; missing: number };
  roles: DeskRoleDto[];
}

export interface StandbyDto {
  volunteerId: string;
  fullName: string;
  languages: { language: string; level: string }[];
  languageFit: number;
  /** 0…100 (attended ÷ attended + no-shows), null while none of their shifts is over. */
  reliabilityPercent: number | null;
  /** Rules bent by taking this person now (e.g. the shift has started); the replacement reason covers them. */
  overrides: { code: string; message: string }[];
}

export interface IncidentDto {
  id: string;
  kind: IncidentKind;
  occurredAt: string;
  reportedBy: string;
  handledBy: string | null;
  status: IncidentStatus;
  notes: string | null;
  resolvedAt: string | null;
  createdAt: string;
}

const toIncidentDto = (i: EventIncidentEntity): IncidentDto => ({
  id: i.id, kind: i.kind, occurredAt: baku(i.occurredAt), reportedBy: i.reportedBy, handledBy: i.handledBy, status: i.status, notes: i.notes,
  resolvedAt: i.resolvedAt ? baku(i.resolvedAt) : null, createdAt: baku(i.createdAt),
});

/** Rule overrides the desk may take with the replacement's reason: the moment, never who the person is. */
const TIME_OVERRIDES = new Set(['STARTED', 'CUTOFF_PASSED', 'WINDOW_NOT_OPEN']);

/**
 * The event-day desk (docs/event-desk.md): the live board per role and hour, the standby list, the one-tap
 * replacement and the incidents log. Admins and the event's organisers only; another event is a 404.
 */
@Injectable()
export class EventDeskService {
  constructor(
    private readonly repo: EventDeskRepository,
    private readonly shifts: ShiftsService,
    private readonly signup: SignupService,
  ) {}

  private assertEvent(actor: AuthUser, eventId: string): void {
    if (hasRole(actor, 'admin')) return;
    const scope = eventScope(actor);
    if (scope !== 'all' && !scope.includes(eventId)) throw ApiProblem.notFound();
  }

  /** The board and its ETag (a hash of everything but the server time, so an unchanged board answers 304). */
  async board(actor: AuthUser, eventId: string, date: string | undefined, now: Date): Promise<{ body: DeskBoardDto; etag: string }> {
    this.assertEvent(actor, eventId);
    const eventName = await this.repo.eventName(eventId);
    if (!eventName) throw ApiProblem.notFound();
    const day = date ?? bakuDateOf(now.getTime());
    if (!isIsoDate(day)) throw ApiProblem.validation([{ field: 'date', code: 'isIsoDate' }]);
    const from = bakuMidnightMs(day);
    const rows = await this.repo.board(eventId, new Date(from), new Date(from + 24 * HOUR));
    const t = now.getTime();
    const roles = new Map<string, DeskRoleDto>();
    const shifts = new Map<string, DeskShiftDto & { positionId: string; startMs: number; endMs: number }>();
    for (const r of rows) {
      if (!roles.has(r.positionId)) {
        roles.set(r.positionId, { positionId: r.positionId, name: { az: r.positionAz, en: r.positionEn, ru: r.positionRu }, languages: r.languages ?? [], cells: [], shifts: [] });
      }
      let s = shifts.get(r.shiftId);
      if (!s) {
        s = { shiftId: r.shiftId, positionId: r.positionId, startsAt: baku(r.startsAt), endsAt: baku(r.endsAt), slots: r.slots, place: r.notes, people: [], startMs: +r.startsAt, endMs: +r.endsAt };
        shifts.set(r.shiftId, s);
        roles.get(r.positionId)!.shifts.push(s);
      }
      if (r.assignmentId) s.people.push(personOf(r, t));
    }
    // Hours of the day any shift covers (Baku clock), first to last.
    const hourSet = new Set<number>();
    for (const s of shifts.values()) {
      const first = Math.floor((Math.max(s.startMs, from) - from) / HOUR);
      const last = Math.ceil((Math.min(s.endMs, from + 24 * HOUR) - from) / HOUR) - 1;
      for (let h = first; h <= last; h++) hourSet.add(h);
    }
    const hours = [...hourSet].sort((a, b) => a - b);
    const totals = { on: 0, checkedIn: 0, missing: 0 };
    for (const role of roles.values()) {
      role.cells = hours.map((hour) => {
        const start = from + hour * HOUR;
        const covering = role.shifts.filter((s) => shifts.get(s.shiftId)!.startMs < start + HOUR && shifts.get(s.shiftId)!.endMs > start);
        const people = covering.flatMap((s) => s.people.filter((p) => p.state !== 'replaced'));
        return {
          hour, on: people.length, slots: covering.reduce((n, s) => n + s.slots, 0),
          checkedIn: people.filter((p) => p.state === 'checked_in' || p.state === 'checked_out' || p.state === 'completed').length,
          missing: people.filter((p) => p.state === 'missing' || p.state === 'no_show').length,
        };
      });
      for (const s of role.shifts) {
        const live = s.people.filter((p) => p.state !== 'replaced');
        totals.on += live.length;
        totals.checkedIn += live.filter((p) => p.state === 'checked_in' || p.state === 'checked_out' || p.state === 'completed').length;
        totals.missing += live.filter((p) => p.state === 'missing' || p.state === 'no_show').length;
      }
    }
    const body: DeskBoardDto = {
      eventId, eventName, date: day, serverTime: baku(now), missingAfterMinutes: DESK_MISSING_AFTER_MINUTES, hours, totals,
      roles: [...roles.values()].map((r) => ({ ...r, shifts: r.shifts.map(({ shiftId, startsAt, endsAt, slots, place, people }) => ({ shiftId, startsAt, endsAt, slots, place, people })) })),
    };
    const { serverTime: _ignored, ...content } = body;
    const etag = `"${createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 27)}"`;
    return { body, etag };
  }

  /**
   * Standby for one shift: the rostering candidates (the event's staffing pool, eligibility with the same rules as
   * assignment — a person on another shift at that hour COLLIDES and drops out), bent at most in time, ranked by
   * language fit for the role, then reliability.
   */
  async standby(actor: AuthUser, eventId: string, shiftId: string, locale: Locale, now: Date): Promise<{ shiftId: string; data: StandbyDto[] }> {
    this.assertEvent(actor, eventId);
    const required = await this.repo.shiftLanguages(shiftId, eventId);
    if (!required) throw ApiProblem.notFound();
    // Speakers of the role's first language only (others are not eligible anyway): keeps the candidates' cap for them.
    const { data } = await this.shifts.candidates(actor, shiftId, { language: required[0]?.language }, locale, now);
    // The seat is still held by the missing person, so FULL is set aside: the replacement frees it first.
    // Nobody already on the shift (the missing or no-show person included) is offered as a replacement.
    const onShift = await this.repo.onShift(shiftId);
    const ok = data
      .filter((c) => !onShift.has(c.volunteerId))
      .map((c) => ({ ...c, reasons: c.reasons.filter((r) => r.code !== 'FULL') }))
      .filter((c) => c.reasons.every((r) => r.overridable && TIME_OVERRIDES.has(r.code)));
    const counts = await this.repo.attendanceCounts(ok.map((c) => c.volunteerId), now);
    const facts = ok.map((c) => {
      const rel = reliability(counts.get(c.volunteerId) ?? { attended: 0, noShows: 0 });
      return {
        volunteerId: c.volunteerId, fullName: c.fullName, languages: c.languages.map((l) => ({ language: l.language, level: l.level })),
        languageFit: languageFit(c.languages, required), reliability: rel, overrides: c.reasons.map((r) => ({ code: r.code, message: r.message })),
      };
    });
    return {
      shiftId,
      data: rankStandby(facts).map(({ reliability: rel, ...f }) => ({ ...f, reliabilityPercent: rel == null ? null : Math.round(rel * 100) })),
    };
  }

  /** One tap: the missing person's seat to the standby volunteer, both told by mail; a second tap on the same seat is a 409. */
  async replace(actor: AuthUser, eventId: string, dto: ReplaceDto, locale: Locale, now: Date): Promise<{ assignmentId: string; shiftId: string }> {
    this.assertEvent(actor, eventId);
    try {
      const answer = await this.signup.replace(actor, dto.assignmentId, dto.volunteerId, dto.reason, locale, now, {
        before: async (em, missing, shift) => {
          if (shift.eventId !== eventId) throw ApiProblem.validation([{ field: 'assignmentId', code: 'notOnEvent' }]);
          if (await this.repo.alreadyReplaced(em, missing.id)) throw alreadyReplaced();
        },
        after: (em, done) => this.repo.insertReplacement(em, { eventId, ...done, reason: dto.reason, replacedBy: actor.id }),
      });
      return { assignmentId: answer.assignmentId, shiftId: answer.shiftId };
    } catch (e) {
      if (e instanceof QueryFailedError && (e as QueryFailedError & { constraint?: string }).constraint === 'event_desk_replacements_missing_key') throw alreadyReplaced();
      throw e;
    }
  }

  async incidents(actor: AuthUser, eventId: string): Promise<{ data: IncidentDto[]; total: number }> {
    this.assertEvent(actor, eventId);
    const rows = await this.repo.incidents(eventId);
    return { data: rows.map(toIncidentDto), total: rows.length };
  }

  async createIncident(actor: AuthUser, eventId: string, dto: CreateIncidentDto, now: Date): Promise<IncidentDto> {
    this.assertEvent(actor, eventId);
    if (!(await this.repo.eventName(eventId))) throw ApiProblem.notFound();
    const saved = await this.repo.saveIncident({
      eventId, kind: dto.kind, occurredAt: dto.occurredAt ? new Date(dto.occurredAt) : now, reportedBy: dto.reportedBy,
      handledBy: dto.handledBy || null, notes: dto.notes || null, status: dto.handledBy ? 'in_progress' : 'open', createdBy: actor.id,
    });
    return toIncidentDto(saved);
  }

  async updateIncident(actor: AuthUser, eventId: string, id: string, dto: UpdateIncidentDto, now: Date): Promise<IncidentDto> {
    this.assertEvent(actor, eventId);
    const row = await this.repo.incident(eventId, id);
    if (!row) throw ApiProblem.notFound();
    if (dto.handledBy !== undefined) row.handledBy = dto.handledBy || null;
    if (dto.notes !== undefined) row.notes = dto.notes || null;
    if (dto.status) {
      row.resolvedAt = dto.status === 'resolved' ? (row.status === 'resolved' ? row.resolvedAt : now) : null;
      row.status = dto.status;
    }
    return toIncidentDto(await this.repo.saveIncident(row));
  }
}

const alreadyReplaced = () => ApiProblem.conflict('eventDesk.alreadyReplaced', {}, 'ALREADY_REPLACED');

function personOf(r: BoardRow, nowMs: number): DeskPersonDto {
  const checkedIn = !!r.checkInAt;
  let state: SeatState;
  if (r.replacedByName) state = 'replaced';
  else if (r.status === 'no_show') state = 'no_show';
  else if (r.status === 'completed') state = 'completed';
  else if (r.checkOutAt) state = 'checked_out';
  else if (checkedIn) state = 'checked_in';
  else if (isMissing({ status: r.status ?? '', checkedIn, startsAtMs: Math.max(+r.startsAt, r.replacedAt ? +r.replacedAt : 0), endsAtMs: +r.endsAt }, nowMs)) state = 'missing';
  else state = 'expected';
  return {
    assignmentId: r.assignmentId!, volunteerId: r.volunteerId!, fullName: r.fullName ?? '', phone: r.phone, state,
    checkInAt: r.checkInAt ? baku(r.checkInAt) : null, replacedBy: r.replacedByName, replaces: r.replacesName,
  };
}
