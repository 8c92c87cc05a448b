import { Injectable } from '@nestjs/common';
import { addDays, bakuDateOf, bakuInstant, bakuMidnightMs, daysBetween, instantMs, isIsoDate } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import type { CopyEventDayDto, CreateEventBlocksDto, StaffingAreaDto } from './dto/event-setup.dto';
import type { ShiftEntity } from './entities/shift.entity';
import './event-setup.errors';
import { ShiftsRepository } from './shifts.repository';
import { ShiftsService } from './shifts.service';
import { StaffingPoolRepository, type StaffingArea } from './staffing-pool.repository';
import { staffScope } from './signup.service';

const DAY_MS = 86_400_000;

export interface BlocksResult {
  /** Shifts made now. */
  created: number;
  /** Blocks that were there already (same position, time and place): not doubled. */
  skipped: number;
}

export interface StaffingAreaView extends StaffingArea {
  /** Regions there are, each with its active centers, for the organiser's choice. */
  options: { region: string; centers: { id: string; name: { az: string; en: string; ru: string } }[] }[];
}

/**
 * The organiser's event set-up: time blocks (days × positions × places × slots) made in one go, a day
 * copied to other dates, and the area the event draws its volunteers from.
 */
@Injectable()
export class EventSetupService {
  constructor(
    private readonly shifts: ShiftsRepository,
    private readonly staff: ShiftsService,
    private readonly pools: StaffingPoolRepository,
  ) {}

  async createBlocks(actor: AuthUser, eventId: string, dto: CreateEventBlocksDto, now = new Date()): Promise<BlocksResult> {
    this.staff.assertOwner(actor, { eventId });
    this.assertDates('dates', dto.dates, now);
    const positions = await this.shifts.listPositions({ eventId }, staffScope(actor));
    const ours = new Set(positions.map((p) => p.id));
    dto.blocks.forEach((b, i) => {
      if (!ours.has(b.positionId)) throw ApiProblem.validation([{ field: `blocks.${i}.positionId`, code: 'positionOwner' }]);
    });
    const wanted = [...new Set(dto.dates)].flatMap((date) =>
      dto.blocks.map((b) => {
        const startsAt = new Date(instantMs(bakuInstant(date, b.startTime)));
        // An end at or before the start is on the next day (an evening shift past midnight).
        const endDate = b.endTime <= b.startTime ? addDays(date, 1) : date;
        const endsAt = new Date(instantMs(bakuInstant(endDate, b.endTime)));
        return {
          eventId, centerId: null, positionId: b.positionId, startsAt, endsAt, slots: b.slots, notes: b.place?.trim() || null,
          visibility: dto.visibility ?? 'open', signupOpensDaysBefore: dto.signupOpensDaysBefore ?? null,
          cancellationCutoffHours: dto.cancellationCutoffHours ?? null, status: 'published' as const,
        };
      }),
    );
    return this.insertNew(eventId, wanted);
  }

  /** Copies a day's live blocks (slots, places, positions; nobody on them) to other dates of the event. */
  async copyDay(actor: AuthUser, eventId: string, dto: CopyEventDayDto, now = new Date()): Promise<BlocksResult> {
    this.staff.assertOwner(actor, { eventId });
    if (!isIsoDate(dto.from)) throw ApiProblem.validation([{ field: 'from', code: 'isIsoDate' }]);
    this.assertDates('to', dto.to, now);
    const from = new Date(bakuMidnightMs(dto.from));
    const [rows] = await this.shifts.listShifts({ eventId, from, to: new Date(from.getTime() + DAY_MS) }, staffScope(actor), null);
    const source = rows.filter((s) => s.status !== 'cancelled' && bakuDateOf(s.startsAt.getTime()) === dto.from);
    const wanted = [...new Set(dto.to)].filter((d) => d !== dto.from).flatMap((date) => {
      const shift = daysBetween(dto.from, date) * DAY_MS;
      return source.map((s) => ({
        eventId, centerId: null, positionId: s.positionId, startsAt: new Date(s.startsAt.getTime() + shift), endsAt: new Date(s.endsAt.getTime() + shift),
        slots: s.slots, notes: s.notes, visibility: s.visibility, signupOpensDaysBefore: s.signupOpensDaysBefore,
        cancellationCutoffHours: s.cancellationCutoffHours, status: s.status === 'draft' ? ('draft' as const) : ('published' as const),
      }));
    });
    return this.insertNew(eventId, wanted);
  }

  async staffingArea(actor: AuthUser, eventId: string): Promise<StaffingAreaView> {
    this.staff.assertOwner(actor, { eventId });
    const [area, regions] = await Promise.all([this.pools.eventArea(eventId), this.pools.regions()]);
    return {
      ...area,
      options: regions.map((r) => ({ region: r.region, centers: r.centers.map((c) => ({ id: c.id, name: { az: c.nameAz, en: c.nameEn, ru: c.nameRu } })) })),
    };
  }

  async saveStaffingArea(actor: AuthUser, eventId: string, dto: StaffingAreaDto): Promise<StaffingAreaView> {
    this.staff.assertOwner(actor, { eventId });
    const options = await this.pools.regions();
    const known = new Set(options.map((o) => o.region));
    const unknown = dto.regions.filter((r) => !known.has(r));
    if (unknown.length) throw ApiProblem.validation([{ field: 'regions', code: 'unknownRegion', params: { values: unknown.join(', ') } }]);
    const centers = new Set(options.flatMap((o) => o.centers.map((c) => c.id)));
    if (dto.centerIds.some((c) => !centers.has(c))) throw ApiProblem.validation([{ field: 'centerIds', code: 'unknownCenter' }]);
    await this.pools.saveEventArea(eventId, { regions: [...new Set(dto.regions)], centerIds: [...new Set(dto.centerIds)] });
    return this.staffingArea(actor, eventId);
  }

  private assertDates(field: string, dates: readonly string[], now: Date): void {
    const today = bakuDateOf(now.getTime());
    dates.forEach((d, i) => {
      if (!isIsoDate(d)) throw ApiProblem.validation([{ field: `${field}.${i}`, code: 'isIsoDate' }]);
      if (d < today) throw ApiProblem.validation([{ field: `${field}.${i}`, code: 'dateInPast' }]);
    });
  }

  /** Inserts what is not there yet: a block is the same when position, start, end and place match a live shift. */
  private async insertNew(eventId: string, wanted: Partial<ShiftEntity>[]): Promise<BlocksResult> {
    if (!wanted.length) return { created: 0, skipped: 0 };
    return this.shifts.transaction(async (em) => {
      // One organiser's two clicks at once must not double the blocks.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('rostering:event-blocks'), hashtext($1))`, [eventId]);
      const existing: { positionId: string; startsAt: Date; endsAt: Date; notes: string | null }[] = await em.query(
        `SELECT position_id AS "positionId", starts_at AS "startsAt", ends_at AS "endsAt", notes FROM shifts WHERE event_id = $1 AND status <> 'cancelled'`,
        [eventId],
      );
      const key = (s: { positionId?: string; startsAt?: Date; endsAt?: Date; notes?: string | null }) =>
        `${s.positionId}|${+new Date(s.startsAt!)}|${+new Date(s.endsAt!)}|${s.notes ?? ''}`;
      const seen = new Set(existing.map(key));
      const fresh = wanted.filter((w) => {
        const k = key(w);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      const created = fresh.length ? await this.shifts.insertShifts(em, fresh) : 0;
      return { created, skipped: wanted.length - fresh.length };
    });
  }
}
