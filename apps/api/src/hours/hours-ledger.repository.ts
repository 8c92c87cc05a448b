import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HourEntryStatus } from '@dost/domain';
import { DataSource, EntityManager } from 'typeorm';
import { HourEntryChangeEntity } from './entities/hour-entry-change.entity';
import { HourEntryEntity } from './entities/hour-entry.entity';

/** A change to one volunteer's approved minutes at one place in one month. */
export interface ApprovedDelta {
  volunteerId: string;
  ownerId: string;
  ownerKind: 'center' | 'event';
  /** First day of the month, 'YYYY-MM-01'. */
  month: string;
  minutes: number;
}

export type NewHourEntry = Pick<
  HourEntryEntity,
  'volunteerId' | 'source' | 'attendanceId' | 'shiftId' | 'positionId' | 'centerId' | 'eventId' | 'workDate' | 'minutes' | 'category' | 'note' | 'status' | 'flags' | 'createdBy'
> & Partial<Pick<HourEntryEntity, 'decidedBy' | 'decidedAt' | 'decisionReason'>>;

export type HourEntryChange = Pick<HourEntryChangeEntity, 'entryId' | 'action' | 'changedBy' | 'fromStatus' | 'toStatus' | 'fromMinutes' | 'toMinutes' | 'reason'>;

/** Gaps (months since a volunteer's previous active month in a scope) are counted up to this; it also means "none before". Reports over more months than this cannot use `monthly_active`. */
export const ACTIVE_GAP_CAP = 24;

interface ActiveCell { volunteerId: string; month: string; centerId: string; region: string; minutes: number }

const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/**
 * What these roll-up cells add to `monthly_active`, keyed 'YYYY-MM-01|scope|gap': per volunteer, scope
 * ('all', 'region:<name>', 'center:<id>') and active month, one volunteer and their minutes there, in the
 * bucket of the gap since their previous active month in that scope.
 */
export function activeContributions(cells: readonly ActiveCell[]): Map<string, { volunteers: number; minutes: number }> {
  const months = new Map<string, Map<string, number>>(); // volunteer|scope → month → minutes
  for (const c of cells) {
    for (const scope of ['all', `region:${c.region}`, `center:${c.centerId}`]) {
      const k = `${c.volunteerId}|${scope}`;
      const m = months.get(k) ?? new Map<string, number>();
      m.set(c.month, (m.get(c.month) ?? 0) + Number(c.minutes));
      months.set(k, m);
    }
  }
  const out = new Map<string, { volunteers: number; minutes: number }>();
  for (const [k, perMonth] of months) {
    const scope = k.slice(k.indexOf('|') + 1);
    let prev: number | null = null;
    for (const month of [...perMonth.keys()].sort()) {
      const i = monthIndex(month);
      const gap = prev === null ? ACTIVE_GAP_CAP : Math.min(i - prev, ACTIVE_GAP_CAP);
      prev = i;
      const key = `${month}|${scope}|${gap}`;
      const o = out.get(key) ?? { volunteers: 0, minutes: 0 };
      out.set(key, { volunteers: o.volunteers + 1, minutes: o.minutes + (perMonth.get(month) ?? 0) });
    }
  }
  return out;
}

/**
 * The write side of the hours ledger. Every method takes the caller's EntityManager: a ledger row, its
 * history, the volunteer's total and the monthly roll-up change in one transaction or not at all.
 * Rows are locked in id order and totals in volunteer order, so concurrent bulk decisions never deadlock.
 */
@Injectable()
export class HoursLedgerRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async insert(em: EntityManager, row: NewHourEntry): Promise<HourEntryEntity> {
    const repo = em.getRepository(HourEntryEntity);
    return repo.save(repo.create({ ...row, originalMinutes: row.minutes }));
  }

  /** Many new rows in one statement (all with `original_minutes` = `minutes`); returns their ids in input order. */
  async insertMany(em: EntityManager, rows: readonly NewHourEntry[]): Promise<string[]> {
    if (!rows.length) return [];
    const col = <K extends keyof NewHourEntry>(k: K) => rows.map((r) => r[k] ?? null);
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO hour_entries (volunteer_id, source, attendance_id, shift_id, position_id, center_id, event_id, work_date, minutes, original_minutes, category, note, status, flags, created_by)
       SELECT volunteer_id, source, attendance_id, shift_id, position_id, center_id, event_id, work_date, minutes, minutes, category, note, status, flags, created_by
         FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[], $8::date[], $9::int[], $10::varchar[], $11::varchar[], $12::varchar[], $13::jsonb[], $14::uuid[])
           WITH ORDINALITY AS t(volunteer_id, source, attendance_id, shift_id, position_id, center_id, event_id, work_date, minutes, category, note, status, flags, created_by, n)
        ORDER BY n RETURNING id`,
      [
        col('volunteerId'), col('source'), col('attendanceId'), col('shiftId'), col('positionId'), col('centerId'), col('eventId'), col('workDate'), col('minutes'),
        col('category'), col('note'), col('status'), rows.map((r) => JSON.stringify(r.flags)), col('createdBy'),
      ],
    );
    return inserted.map((r) => r.id);
  }

  /** Locks and returns these entries (id order). */
  async lockEntries(em: EntityManager, ids: readonly string[]): Promise<HourEntryEntity[]> {
    if (!ids.length) return [];
    return em.getRepository(HourEntryEntity).createQueryBuilder('h').where('h.id IN (:...ids)', { ids: [...ids] }).orderBy('h.id').setLock('pessimistic_write').getMany();
  }

  async lockByAttendance(em: EntityManager, attendanceId: string): Promise<HourEntryEntity | null> {
    return em.getRepository(HourEntryEntity).createQueryBuilder('h').where('h.attendance_id = :attendanceId', { attendanceId }).setLock('pessimistic_write').getOne();
  }

  async update(em: EntityManager, id: string, values: Partial<Pick<HourEntryEntity, 'status' | 'minutes' | 'flags' | 'decidedBy' | 'decidedAt' | 'decisionReason' | 'workDate' | 'note' | 'category'>>): Promise<void> {
    await em.getRepository(HourEntryEntity).update({ id }, values);
  }

  /** Sets one status on many entries at once (the rows must be locked by the caller). */
  async setStatus(em: EntityManager, ids: readonly string[], status: HourEntryStatus, decidedBy: string | null, decidedAt: Date, reason: string | null): Promise<void> {
    if (!ids.length) return;
    await em.query(
      `UPDATE hour_entries SET status = $2, decided_by = $3, decided_at = $4, decision_reason = $5, updated_at = now() WHERE id = ANY($1::uuid[])`,
      [ids, status, decidedBy, decidedAt, reason],
    );
  }

  async recordChanges(em: EntityManager, changes: readonly HourEntryChange[]): Promise<void> {
    if (!changes.length) return;
    await em.query(
      `INSERT INTO hour_entry_changes (entry_id, action, changed_by, from_status, to_status, from_minutes, to_minutes, reason)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::varchar[], $5::varchar[], $6::int[], $7::int[], $8::varchar[])`,
      [
        changes.map((c) => c.entryId), changes.map((c) => c.action), changes.map((c) => c.changedBy), changes.map((c) => c.fromStatus),
        changes.map((c) => c.toStatus), changes.map((c) => c.fromMinutes), changes.map((c) => c.toMinutes), changes.map((c) => c.reason),
      ],
    );
  }

  /**
   * Adds the deltas to the volunteers' approved totals and to the monthly roll-up; returns each touched
   * volunteer's total before and after (for milestones).
   */
  async applyDeltas(em: EntityManager, deltas: readonly ApprovedDelta[]): Promise<{ volunteerId: string; before: number; after: number }[]> {
    const live = deltas.filter((d) => d.minutes !== 0);
    if (!live.length) return [];
    const perVolunteer = new Map<string, number>();
    for (const d of live) perVolunteer.set(d.volunteerId, (perVolunteer.get(d.volunteerId) ?? 0) + d.minutes);
    const ids = [...perVolunteer.keys()].sort();
    await em.query(`SELECT id FROM volunteers WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
    // For UPDATE … RETURNING the postgres driver answers [rows, affectedCount].
    const [rows]: [{ id: string; approved_minutes: number }[], number] = await em.query(
      `UPDATE volunteers v SET approved_minutes = v.approved_minutes + d.delta, updated_at = now()
         FROM unnest($1::uuid[], $2::int[]) AS d(id, delta) WHERE v.id = d.id RETURNING v.id, v.approved_minutes`,
      [ids, ids.map((id) => perVolunteer.get(id))],
    );
    const cells = new Map<string, ApprovedDelta>();
    for (const d of live) {
      const key = `${d.month}|${d.ownerId}|${d.volunteerId}`;
      const cell = cells.get(key);
      cells.set(key, cell ? { ...cell, minutes: cell.minutes + d.minutes } : { ...d });
    }
    // The national counters (monthly_active) follow the roll-up of centers: read the touched volunteers' months before.
    const centerVolunteers = [...new Set(live.filter((d) => d.ownerKind === 'center').map((d) => d.volunteerId))].sort();
    const before = await this.activeCenterMonths(em, centerVolunteers);
    const sorted = [...cells.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, c]) => c).filter((c) => c.minutes !== 0);
    // A cell that goes down already exists (it holds at least these minutes); INSERT … ON CONFLICT would
    // check the negative proposed row against monthly_hours_minutes_check before resolving the conflict,
    // so decreases are plain UPDATEs and only increases upsert.
    const down = sorted.filter((c) => c.minutes < 0);
    const up = sorted.filter((c) => c.minutes > 0);
    if (down.length) {
      await em.query(
        `UPDATE monthly_hours m SET approved_minutes = m.approved_minutes + d.delta
           FROM unnest($1::date[], $2::uuid[], $3::uuid[], $4::int[]) AS d(month, owner_id, volunteer_id, delta)
          WHERE m.month = d.month AND m.owner_id = d.owner_id AND m.volunteer_id = d.volunteer_id`,
        [down.map((c) => c.month), down.map((c) => c.ownerId), down.map((c) => c.volunteerId), down.map((c) => c.minutes)],
      );
    }
    if (up.length) {
      await em.query(
        `INSERT INTO monthly_hours (month, owner_id, volunteer_id, owner_kind, approved_minutes)
         SELECT * FROM unnest($1::date[], $2::uuid[], $3::uuid[], $4::varchar[], $5::int[])
         ON CONFLICT (month, owner_id, volunteer_id) DO UPDATE SET approved_minutes = monthly_hours.approved_minutes + EXCLUDED.approved_minutes`,
        [up.map((c) => c.month), up.map((c) => c.ownerId), up.map((c) => c.volunteerId), up.map((c) => c.ownerKind), up.map((c) => c.minutes)],
      );
    }
    await this.moveActiveCounters(em, centerVolunteers, before);
    return rows.map((r) => ({ volunteerId: r.id, before: r.approved_minutes - (perVolunteer.get(r.id) ?? 0), after: r.approved_minutes }));
  }

  /**
   * The active (approved minutes > 0) center months of these volunteers, from the roll-up, with the centers'
   * regions. The centers are share-locked: a center moving to another region (whose trigger rebuilds both
   * regions' counters) waits for this transaction, and this one never counts under a stale region.
   */
  private activeCenterMonths(em: EntityManager, volunteerIds: readonly string[]): Promise<ActiveCell[]> {
    if (!volunteerIds.length) return Promise.resolve([]);
    return em.query(
      `SELECT h.volunteer_id AS "volunteerId", to_char(h.month, 'YYYY-MM-DD') AS month, h.owner_id AS "centerId", c.region, h.approved_minutes AS minutes
         FROM monthly_hours h JOIN centers c ON c.id = h.owner_id
        WHERE h.volunteer_id = ANY($1::uuid[]) AND h.owner_kind = 'center' AND h.approved_minutes > 0
          FOR SHARE OF c`,
      [volunteerIds],
    );
  }

  /**
   * Moves `monthly_active` by the difference between these volunteers' contributions before and after the
   * roll-up changed. Their rows are locked (volunteers FOR UPDATE), so their months cannot move under us;
   * the counters are shared, so they are upserted in one statement in key order (no deadlocks).
   */
  private async moveActiveCounters(em: EntityManager, volunteerIds: readonly string[], before: readonly ActiveCell[]): Promise<void> {
    if (!volunteerIds.length) return;
    const after = await this.activeCenterMonths(em, volunteerIds);
    const diff = new Map<string, { volunteers: number; minutes: number }>();
    const add = (cells: readonly ActiveCell[], sign: 1 | -1) => {
      for (const [key, c] of activeContributions(cells)) {
        const d = diff.get(key) ?? { volunteers: 0, minutes: 0 };
        diff.set(key, { volunteers: d.volunteers + sign * c.volunteers, minutes: d.minutes + sign * c.minutes });
      }
    };
    add(before, -1);
    add(after, 1);
    const moves = [...diff.entries()].filter(([, d]) => d.volunteers !== 0 || d.minutes !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (!moves.length) return;
    // key: 'YYYY-MM-DD|scope|gap' (a region's name may hold anything, so split at the ends).
    const parts = moves.map(([key]) => [key.slice(0, 10), key.slice(11, key.lastIndexOf('|')), key.slice(key.lastIndexOf('|') + 1)]);
    await em.query(
      `INSERT INTO monthly_active (month, scope, gap, volunteers, approved_minutes)
       SELECT month, scope, gap, volunteers, minutes FROM unnest($1::date[], $2::varchar[], $3::smallint[], $4::int[], $5::bigint[]) WITH ORDINALITY AS t(month, scope, gap, volunteers, minutes, n)
        ORDER BY n
       ON CONFLICT (month, scope, gap) DO UPDATE SET volunteers = monthly_active.volunteers + EXCLUDED.volunteers, approved_minutes = monthly_active.approved_minutes + EXCLUDED.approved_minutes`,
      [parts.map((p) => p[0]), parts.map((p) => p[1]), parts.map((p) => Number(p[2])), moves.map(([, d]) => d.volunteers), moves.map(([, d]) => d.minutes)],
    );
  }

  /** Records milestones reached; returns those new to the volunteer (a retried transaction never mails twice). */
  async addMilestones(em: EntityManager, reached: readonly { volunteerId: string; hours: number }[], at: Date): Promise<{ volunteerId: string; hours: number }[]> {
    if (!reached.length) return [];
    const rows: { volunteer_id: string; hours: number }[] = await em.query(
      `INSERT INTO volunteer_milestones (volunteer_id, hours, reached_at) SELECT v, h, $3 FROM unnest($1::uuid[], $2::int[]) AS t(v, h)
       ON CONFLICT DO NOTHING RETURNING volunteer_id, hours`,
      [reached.map((r) => r.volunteerId), reached.map((r) => r.hours), at],
    );
    return rows.map((r) => ({ volunteerId: r.volunteer_id, hours: r.hours }));
  }
}
