import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HourCategory, HourEntrySource, HourEntryStatus } from '@dost/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { Scope } from '../common/scope';

/** Whose ledger rows a caller may read: staff by the places they manage, a volunteer their own. */
export type EntryScope = { staff: { centers: Scope; events: Scope } } | { volunteerId: string };

export interface HourEntryRow {
  id: string;
  volunteerId: string;
  volunteerName: string;
  source: HourEntrySource;
  category: HourCategory;
  centerId: string | null;
  eventId: string | null;
  placeNameAz: string;
  placeNameEn: string;
  placeNameRu: string;
  shiftId: string | null;
  positionId: string | null;
  positionNameAz: string | null;
  positionNameEn: string | null;
  positionNameRu: string | null;
  workDate: string;
  minutes: number;
  originalMinutes: number;
  status: HourEntryStatus;
  flags: string[];
  note: string | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  decidedByName: string | null;
  createdAt: Date;
}

export interface HourEntryChangeRow {
  id: string;
  action: 'created' | 'approved' | 'rejected' | 'corrected';
  changedAt: Date;
  byName: string | null;
  fromStatus: string | null;
  toStatus: string;
  fromMinutes: number | null;
  toMinutes: number;
  reason: string | null;
}

export interface EntryFilter {
  status?: HourEntryStatus;
  centerId?: string;
  eventId?: string;
  volunteerId?: string;
  from?: string;
  to?: string;
  q?: string;
}

export interface VolunteerRow {
  id: string;
  userId: string | null;
  fullName: string;
  email: string;
  locale: 'az' | 'en' | 'ru';
  homeCenterId: string | null;
  approvedMinutes: number;
}

export interface PlaceRow {
  kind: 'center' | 'event';
  id: string;
  nameAz: string;
  nameEn: string;
  nameRu: string;
}

/** API sort field → SQL (nothing else can be sorted by). */
const SORTABLE: Record<string, string> = {
  workDate: 'h.work_date', createdAt: 'h.created_at', minutes: 'h.minutes', status: 'h.status', volunteerName: 'v.full_name',
};

const SELECT = `
  SELECT h.id, h.volunteer_id AS "volunteerId", v.full_name AS "volunteerName", h.source, h.category, h.center_id AS "centerId", h.event_id AS "eventId",
         COALESCE(c.name_az, e.name_az) AS "placeNameAz", COALESCE(c.name_en, e.name_en) AS "placeNameEn", COALESCE(c.name_ru, e.name_ru) AS "placeNameRu",
         h.shift_id AS "shiftId", h.position_id AS "positionId", p.name_az AS "positionNameAz", p.name_en AS "positionNameEn", p.name_ru AS "positionNameRu",
         to_char(h.work_date, 'YYYY-MM-DD') AS "workDate", h.minutes, h.original_minutes AS "originalMinutes", h.status, h.flags, h.note,
         h.decision_reason AS "decisionReason", h.decided_at AS "decidedAt", du.full_name AS "decidedByName", h.created_at AS "createdAt"
    FROM hour_entries h
    JOIN volunteers v ON v.id = h.volunteer_id
    LEFT JOIN centers c ON c.id = h.center_id
    LEFT JOIN events e ON e.id = h.event_id
    LEFT JOIN positions p ON p.id = h.position_id
    LEFT JOIN users du ON du.id = h.decided_by`;

/** Collects SQL conditions and their positional parameters. */
class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];

  add(sql: (p: (value: unknown) => string) => string): this {
    this.parts.push(sql((value) => {
      this.params.push(value);
      return `$${this.params.length}`;
    }));
    return this;
  }

  scope(scope: EntryScope): this {
    if ('volunteerId' in scope) return this.add((p) => `h.volunteer_id = ${p(scope.volunteerId)}`);
    const { centers, events } = scope.staff;
    if (centers === 'all' && events === 'all') return this;
    const alts: string[] = [];
    if (centers === 'all') alts.push('h.center_id IS NOT NULL');
    else if (centers.length) alts.push(`h.center_id = ANY(${this.param([...centers])}::uuid[])`);
    if (events === 'all') alts.push('h.event_id IS NOT NULL');
    else if (events.length) alts.push(`h.event_id = ANY(${this.param([...events])}::uuid[])`);
    this.parts.push(alts.length ? `(${alts.join(' OR ')})` : 'FALSE');
    return this;
  }

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  get sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/**
 * The read side of the hours ledger (the queue, one entry with its history, "My hours") and the look-ups
 * the API needs to check scope. It never changes a ledger row: that is HoursLedgerService's alone.
 */
@Injectable()
export class HourEntriesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(scope: EntryScope, filter: EntryFilter, page: { page: number; perPage: number; sort?: string; order: 'ASC' | 'DESC' }, defaultSort: string): Promise<{ rows: HourEntryRow[]; total: number } | 'badSort'> {
    const column = SORTABLE[page.sort ?? defaultSort];
    if (!column) return 'badSort';
    const w = new Where().scope(scope);
    if (filter.status) w.add((p) => `h.status = ${p(filter.status)}`);
    if (filter.centerId) w.add((p) => `h.center_id = ${p(filter.centerId)}`);
    if (filter.eventId) w.add((p) => `h.event_id = ${p(filter.eventId)}`);
    if (filter.volunteerId) w.add((p) => `h.volunteer_id = ${p(filter.volunteerId)}`);
    if (filter.from) w.add((p) => `h.work_date >= ${p(filter.from)}`);
    if (filter.to) w.add((p) => `h.work_date <= ${p(filter.to)}`);
    if (filter.q) w.add((p) => `v.full_name ILIKE ${p(`%${filter.q!.replace(/[\\%_]/g, '\\$&')}%`)}`);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM hour_entries h JOIN volunteers v ON v.id = h.volunteer_id ${w.sql}`, w.params);
    const limit = w.param(page.perPage);
    const offset = w.param((page.page - 1) * page.perPage);
    const rows = await this.db.query(`${SELECT} ${w.sql} ORDER BY ${column} ${page.order === 'DESC' ? 'DESC' : 'ASC'}, h.id LIMIT ${limit} OFFSET ${offset}`, w.params);
    return { rows, total };
  }

  async one(id: string, scope: EntryScope, em: EntityManager = this.db.manager): Promise<HourEntryRow | null> {
    const w = new Where().add((p) => `h.id = ${p(id)}`).scope(scope);
    const [row] = await em.query(`${SELECT} ${w.sql}`, w.params);
    return row ?? null;
  }

  /** Rows by id, for mail after a decision (the caller already checked scope). */
  async byIds(em: EntityManager, ids: readonly string[]): Promise<HourEntryRow[]> {
    if (!ids.length) return [];
    return em.query(`${SELECT} WHERE h.id = ANY($1::uuid[]) ORDER BY h.work_date, h.id`, [ids]);
  }

  async history(entryId: string): Promise<HourEntryChangeRow[]> {
    return this.db.query(
      `SELECT ch.id, ch.action, ch.changed_at AS "changedAt", u.full_name AS "byName", ch.from_status AS "fromStatus", ch.to_status AS "toStatus",
              ch.from_minutes AS "fromMinutes", ch.to_minutes AS "toMinutes", ch.reason
         FROM hour_entry_changes ch LEFT JOIN users u ON u.id = ch.changed_by
        WHERE ch.entry_id = $1 ORDER BY ch.changed_at, ch.id`,
      [entryId],
    );
  }

  async pendingCount(scope: EntryScope): Promise<number> {
    const w = new Where().add(() => `h.status = 'pending'`).scope(scope);
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM hour_entries h ${w.sql}`, w.params);
    return count;
  }

  /** Of these ids, the ones the scope may see (a bulk decision touches nothing else). */
  async idsInScope(em: EntityManager, ids: readonly string[], scope: EntryScope): Promise<string[]> {
    if (!ids.length) return [];
    const w = new Where().add((p) => `h.id = ANY(${p([...ids])}::uuid[])`).scope(scope);
    const rows: { id: string }[] = await em.query(`SELECT h.id FROM hour_entries h ${w.sql}`, w.params);
    return rows.map((r) => r.id);
  }

  // ——— volunteers and places ———

  private volunteerSelect = `SELECT id, user_id AS "userId", full_name AS "fullName", email, locale, home_center_id AS "homeCenterId", approved_minutes AS "approvedMinutes" FROM volunteers`;

  async volunteerByUser(userId: string): Promise<VolunteerRow | null> {
    const [row] = await this.db.query(`${this.volunteerSelect} WHERE user_id = $1`, [userId]);
    return row ?? null;
  }

  async volunteer(id: string, em: EntityManager = this.db.manager): Promise<VolunteerRow | null> {
    const [row] = await em.query(`${this.volunteerSelect} WHERE id = $1`, [id]);
    return row ?? null;
  }

  async volunteers(em: EntityManager, ids: readonly string[]): Promise<VolunteerRow[]> {
    if (!ids.length) return [];
    return em.query(`${this.volunteerSelect} WHERE id = ANY($1::uuid[]) ORDER BY id`, [ids]);
  }

  async place(kind: 'center' | 'event', id: string): Promise<PlaceRow | null> {
    const table = kind === 'center' ? 'centers' : 'events';
    const [row] = await this.db.query(`SELECT $2::varchar AS kind, id, name_az AS "nameAz", name_en AS "nameEn", name_ru AS "nameRu" FROM ${table} WHERE id = $1`, [id, kind]);
    return row ?? null;
  }

  /**
   * The places a volunteer has served at: a live or completed assignment on a shift there, or a ledger row
   * there. With the home center, these are where the volunteer may record a manual entry.
   */
  async placesServed(volunteerId: string): Promise<PlaceRow[]> {
    return this.db.query(
      `WITH ids AS (
         SELECT s.center_id, s.event_id FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
          WHERE a.volunteer_id = $1 AND a.status IN ('assigned', 'completed')
         UNION SELECT h.center_id, h.event_id FROM hour_entries h WHERE h.volunteer_id = $1
         UNION SELECT v.home_center_id, NULL::uuid FROM volunteers v WHERE v.id = $1 AND v.home_center_id IS NOT NULL
       )
       SELECT 'center' AS kind, c.id, c.name_az AS "nameAz", c.name_en AS "nameEn", c.name_ru AS "nameRu" FROM centers c WHERE c.id IN (SELECT center_id FROM ids)
       UNION ALL
       SELECT 'event' AS kind, e.id, e.name_az, e.name_en, e.name_ru FROM events e WHERE e.id IN (SELECT event_id FROM ids)
       ORDER BY 1, 3`,
      [volunteerId],
    );
  }

  /** A volunteer is in a staff member's scope through the home center, or through service at one of the staff's places. */
  async volunteerInScope(volunteerId: string, scope: { centers: Scope; events: Scope }): Promise<boolean> {
    if (scope.centers === 'all' || scope.events === 'all') return true;
    const [row] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM volunteers v WHERE v.id = $1 AND v.home_center_id = ANY($2::uuid[]))
           OR EXISTS (SELECT 1 FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
                       WHERE a.volunteer_id = $1 AND (s.center_id = ANY($2::uuid[]) OR s.event_id = ANY($3::uuid[])))
           OR EXISTS (SELECT 1 FROM hour_entries h WHERE h.volunteer_id = $1 AND (h.center_id = ANY($2::uuid[]) OR h.event_id = ANY($3::uuid[]))) AS ok`,
      [volunteerId, [...scope.centers], [...scope.events]],
    );
    return row.ok === true;
  }

  /**
   * Locks the volunteer (so two manual entries for one day cannot both pass the daily cap) and returns the
   * minutes of their manual entries on that date that are not rejected.
   */
  async lockManualMinutesOn(em: EntityManager, volunteerId: string, workDate: string): Promise<number> {
    await em.query(`SELECT id FROM volunteers WHERE id = $1 FOR UPDATE`, [volunteerId]);
    const [{ minutes }] = await em.query(
      `SELECT COALESCE(sum(minutes), 0)::int AS minutes FROM hour_entries WHERE volunteer_id = $1 AND work_date = $2 AND source = 'manual' AND status <> 'rejected'`,
      [volunteerId, workDate],
    );
    return minutes;
  }

  // ——— "My hours" ———

  /** All of one volunteer's rows, for the figures of "My hours" (computed by the domain functions). */
  async ledgerOf(volunteerId: string): Promise<HourEntryRow[]> {
    return this.db.query(`${SELECT} WHERE h.volunteer_id = $1 ORDER BY h.work_date, h.id`, [volunteerId]);
  }

  async milestonesOf(volunteerId: string): Promise<{ hours: number; reachedAt: Date }[]> {
    return this.db.query(`SELECT hours, reached_at AS "reachedAt" FROM volunteer_milestones WHERE volunteer_id = $1 ORDER BY hours`, [volunteerId]);
  }
}
