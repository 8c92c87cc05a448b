import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TreeNode } from '@dost/domain';
import type { Scope } from '../common/scope';
import { ACTIVE_GAP_CAP } from '../hours/hours-ledger.repository';

/** A month range: first days of the first and of the month after the last ('YYYY-MM-01'). */
export interface MonthRange {
  from: string;
  /** Exclusive. */
  until: string;
}

export interface CenterRow { id: string; region: string; nameAz: string; nameEn: string; nameRu: string }
export interface EventRow { id: string; nameAz: string; nameEn: string; nameRu: string; startsAt: Date; endsAt: Date }
/** One row of a grouped aggregate: which grouping it belongs to, and its key there (month 'YYYY-MM', center id, region; null for the total). */
export interface GroupRow { grouping: Grouping; key: string | null }
export interface HoursAgg extends GroupRow { minutes: number; volunteers: number }
export interface FillAgg extends GroupRow { slots: number; filled: number }
export interface AttendanceAgg extends GroupRow { attended: number; noShows: number }
export interface NewVolunteersAgg extends GroupRow { count: number }
export interface EventShiftRow { id: string; positionId: string; startsAt: Date; endsAt: Date; slots: number; filled: number; attended: number; noShows: number }
export interface PositionRow { id: string; nameAz: string; nameEn: string; nameRu: string }
export interface RoleMinutes { positionId: string | null; minutes: number; volunteers: number }

/** How a figure is grouped: per month, per center, per region, or in total. */
export type Grouping = 'month' | 'center' | 'region' | 'total';

/** `null` = everything, else the ids (an empty list matches nothing). */
const ids = (scope: Scope): string[] | null => (scope === 'all' ? null : [...scope]);

const BAKU_MONTH = (col: string) => `to_char(timezone('Asia/Baku', ${col}), 'YYYY-MM')`;

/**
 * Every grouping asked in ONE scan (GROUPING SETS), over a table joined to `centers c`: the columns
 * `grouping` (which set the row belongs to), `key`, and the aggregates. Distinct counts stay exact in each set.
 */
function grouped(month: string, groupings: readonly Grouping[]): { select: string; groupBy: string } {
  const expr: Record<Exclude<Grouping, 'total'>, string> = { month, center: 'c.id::text', region: 'c.region' };
  const dims = groupings.filter((g): g is Exclude<Grouping, 'total'> => g !== 'total');
  // GROUPING() and the key may only name expressions that some set groups by.
  const which = dims.map((d) => `WHEN GROUPING(${expr[d]}) = 0 THEN '${d}'`).join(' ');
  const key = dims.length ? `COALESCE(${dims.map((d) => expr[d]).join(', ')})` : 'NULL';
  return {
    select: `CASE ${which} ELSE 'total' END AS grouping, ${key} AS key`,
    groupBy: `GROUP BY GROUPING SETS (${groupings.map((g) => (g === 'total' ? '()' : `(${expr[g]})`)).join(', ')})`,
  };
}

/**
 * The reports' reads. Hours come from the `monthly_hours` roll-up (never from `hour_entries`, except
 * for one event's hours by role); shift figures from `shifts` and `shift_assignments`. Every method
 * takes the caller's scope: a center outside it reads as nothing.
 */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async center(id: string, scope: Scope): Promise<CenterRow | null> {
    const [row] = await this.db.query(
      `SELECT id, region, name_az AS "nameAz", name_en AS "nameEn", name_ru AS "nameRu" FROM centers WHERE id = $1 AND ($2::uuid[] IS NULL OR id = ANY($2))`,
      [id, ids(scope)],
    );
    return (row as CenterRow | undefined) ?? null;
  }

  /** The centers in scope (active or not: a closed center's past still counts). */
  centers(scope: Scope): Promise<CenterRow[]> {
    return this.db.query(
      `SELECT id, region, name_az AS "nameAz", name_en AS "nameEn", name_ru AS "nameRu" FROM centers WHERE ($1::uuid[] IS NULL OR id = ANY($1)) ORDER BY region, name_az`,
      [ids(scope)],
    );
  }

  /** The network's shape (every center: the tree is not personal data), for the roll-up by regional center. */
  network(): Promise<{ id: string; kind: TreeNode['kind']; parentId: string | null; nameAz: string; nameEn: string; nameRu: string }[]> {
    return this.db.query(`SELECT id, kind, parent_id AS "parentId", name_az AS "nameAz", name_en AS "nameEn", name_ru AS "nameRu" FROM centers`);
  }

  /**
   * Distinct volunteers with approved minutes per region (`regionOf`: center id → regional center id) over
   * the range — exact, a volunteer at two centers of one region counts once.
   */
  async regionVolunteers(scope: Scope, range: MonthRange, regionOf: ReadonlyMap<string, string>): Promise<Map<string, number>> {
    if (regionOf.size === 0) return new Map();
    const rows: { region: string; volunteers: number }[] = await this.db.query(
      `SELECT m.region_id::text AS region, count(DISTINCT h.volunteer_id)::int AS volunteers
         FROM monthly_hours h JOIN unnest($4::uuid[], $5::uuid[]) AS m(center_id, region_id) ON m.center_id = h.owner_id
        WHERE h.owner_kind = 'center' AND h.month >= $1 AND h.month < $2 AND ($3::uuid[] IS NULL OR h.owner_id = ANY($3)) AND h.approved_minutes > 0
        GROUP BY m.region_id`,
      [range.from, range.until, ids(scope), [...regionOf.keys()], [...regionOf.values()]],
    );
    return new Map(rows.map((r) => [r.region, r.volunteers]));
  }

  async event(id: string, scope: Scope): Promise<EventRow | null> {
    const [row] = await this.db.query(
      `SELECT id, name_az AS "nameAz", name_en AS "nameEn", name_ru AS "nameRu", starts_at AS "startsAt", ends_at AS "endsAt"
         FROM events WHERE id = $1 AND ($2::uuid[] IS NULL OR id = ANY($2))`,
      [id, ids(scope)],
    );
    return (row as EventRow | undefined) ?? null;
  }

  /**
   * Approved minutes and distinct volunteers with approved minutes (`monthlyHours` of @dost/domain) of the
   * centers in scope, from the roll-up, per month, center, region and in total. A volunteer at two centers
   * counts once in every group holding both.
   *
   * Speed: the year's roll-up of a million ledger entries is ~330,000 rows. One pass folds them into one
   * row per (center, volunteer) with a bit per active month; centers, regions, the total and each month's
   * distinct volunteers are then counted over those ~33,000 rows. (count(DISTINCT) per grouping scanned and
   * sorted or hashed all rows once per grouping: ~1 s.) The months' minutes come from a plain sum beside it.
   */
  async centerHours(scope: Scope, range: MonthRange): Promise<HoursAgg[]> {
    const [fy, fm] = range.from.split('-').map(Number);
    const [uy, um] = range.until.split('-').map(Number);
    const months = uy * 12 + um - (fy * 12 + fm);
    if (scope === 'all' && months <= ACTIVE_GAP_CAP) return this.networkHours(range, fy * 12 + fm - 1);
    const where = `h.owner_kind = 'center' AND h.month >= $1 AND h.month < $2 AND ($3::uuid[] IS NULL OR h.owner_id = ANY($3)) AND h.approved_minutes > 0`;
    const [people, minutes] = await Promise.all([
      this.db.query(
        `WITH pv AS MATERIALIZED (
           SELECT h.owner_id, h.volunteer_id, sum(h.approved_minutes)::bigint AS m,
                  bit_or(1 << (extract(year FROM h.month)::int * 12 + extract(month FROM h.month)::int - $4)) AS months
             FROM monthly_hours h WHERE ${where} GROUP BY h.owner_id, h.volunteer_id),
         v AS MATERIALIZED (SELECT volunteer_id, bit_or(months) AS months FROM pv GROUP BY volunteer_id)
         SELECT 'center' AS grouping, owner_id::text AS key, sum(m)::int AS minutes, count(*)::int AS volunteers FROM pv GROUP BY owner_id
         UNION ALL
         SELECT 'region', c.region, sum(pv.m)::int, count(DISTINCT pv.volunteer_id)::int FROM pv JOIN centers c ON c.id = pv.owner_id GROUP BY c.region
         UNION ALL
         SELECT 'total', NULL, (SELECT COALESCE(sum(m), 0) FROM pv)::int, count(*)::int FROM v
         UNION ALL
         SELECT 'month', to_char($1::date + make_interval(months => i), 'YYYY-MM'), 0, count(*)::int
           FROM v CROSS JOIN generate_series(0, $5 - 1) i WHERE v.months & (1 << i) <> 0 GROUP BY i`,
        [range.from, range.until, ids(scope), fy * 12 + fm, months],
      ) as Promise<HoursAgg[]>,
      this.db.query(
        `SELECT to_char(h.month, 'YYYY-MM') AS key, sum(h.approved_minutes)::int AS minutes FROM monthly_hours h WHERE ${where} GROUP BY h.month`,
        [range.from, range.until, ids(scope)],
      ) as Promise<{ key: string; minutes: number }[]>,
    ]);
    const perMonth = new Map(minutes.map((r) => [r.key, r.minutes]));
    return people.map((r) => (r.grouping === 'month' ? { ...r, minutes: perMonth.get(String(r.key)) ?? 0 } : r));
  }

  /**
   * `centerHours` of the whole network from the counters the ledger keeps (`monthly_active`, see its entity):
   * ~12 × (1 + regions + centers) × a few gaps rows. A month's volunteers are the sum of its rows; a
   * scope's distinct volunteers over the range count each volunteer in the first month of the range they
   * were active there (gap since their previous active month > months since the range's start).
   */
  private async networkHours(range: MonthRange, fromIndex: number): Promise<HoursAgg[]> {
    const rows: { scope: string; month: string; minutes: number; volunteers: number; firsts: number }[] = await this.db.query(
      `SELECT scope, to_char(month, 'YYYY-MM') AS month, sum(approved_minutes)::float8 AS minutes, sum(volunteers)::int AS volunteers,
              COALESCE(sum(volunteers) FILTER (WHERE gap > extract(year FROM month)::int * 12 + extract(month FROM month)::int - 1 - $3), 0)::int AS firsts
         FROM monthly_active WHERE month >= $1 AND month < $2 GROUP BY scope, month`,
      [range.from, range.until, fromIndex],
    );
    const groups = new Map<string, HoursAgg>();
    const add = (grouping: Grouping, key: string | null, minutes: number, volunteers: number) => {
      const k = `${grouping}|${key}`;
      const g = groups.get(k) ?? { grouping, key, minutes: 0, volunteers: 0 };
      groups.set(k, { ...g, minutes: g.minutes + minutes, volunteers: g.volunteers + volunteers });
    };
    for (const r of rows) {
      if (r.scope === 'all') {
        add('month', r.month, r.minutes, r.volunteers);
        add('total', null, r.minutes, r.firsts);
      } else if (r.scope.startsWith('region:')) add('region', r.scope.slice('region:'.length), r.minutes, r.firsts);
      else if (r.scope.startsWith('center:')) add('center', r.scope.slice('center:'.length), r.minutes, r.firsts);
    }
    // Groups nobody was active in are absent, as from the roll-up.
    return [...groups.values()].filter((g) => g.minutes > 0 || g.volunteers > 0);
  }

  /** Event hours of the network (shown apart from the centers'), per month and in total. */
  async eventHours(scope: Scope, range: MonthRange): Promise<HoursAgg[]> {
    const month = `to_char(h.month, 'YYYY-MM')`;
    const rows: { g: number; key: string | null; minutes: number; volunteers: number }[] = await this.db.query(
      `SELECT GROUPING(${month})::int AS g, ${month} AS key, COALESCE(sum(h.approved_minutes), 0)::int AS minutes,
              count(DISTINCT h.volunteer_id) FILTER (WHERE h.approved_minutes > 0)::int AS volunteers
         FROM monthly_hours h
        WHERE h.owner_kind = 'event' AND h.month >= $1 AND h.month < $2 AND ($3::uuid[] IS NULL OR h.owner_id = ANY($3))
        GROUP BY GROUPING SETS ((${month}), ())`,
      [range.from, range.until, ids(scope)],
    );
    return rows.map(({ g, ...r }) => ({ ...r, grouping: g === 0 ? 'month' : 'total' }));
  }

  /** Places and filled places (`fillRate`'s inputs) of the published shifts of the centers in scope, by the Baku month they start in. */
  async centerFill(scope: Scope, range: MonthRange, groupings: readonly Grouping[]): Promise<FillAgg[]> {
    const { select, groupBy } = grouped(BAKU_MONTH('s.starts_at'), groupings);
    return this.db.query(
      `SELECT ${select}, COALESCE(sum(s.slots), 0)::int AS slots, COALESCE(sum(LEAST(s.assigned_count, s.slots)), 0)::int AS filled
         FROM shifts s JOIN centers c ON c.id = s.center_id
        WHERE s.status = 'published' AND s.starts_at >= timezone('Asia/Baku', $1::timestamp) AND s.starts_at < timezone('Asia/Baku', $2::timestamp)
          AND ($3::uuid[] IS NULL OR s.center_id = ANY($3))
        ${groupBy}`,
      [range.from, range.until, ids(scope)],
    );
  }

  /** Attended (completed) and no-show assignments (`noShowRate`'s inputs) on the centers' shifts, by the Baku month the shift starts in. */
  async centerAttendance(scope: Scope, range: MonthRange, groupings: readonly Grouping[]): Promise<AttendanceAgg[]> {
    const { select, groupBy } = grouped(BAKU_MONTH('s.starts_at'), groupings);
    return this.db.query(
      `SELECT ${select}, count(*) FILTER (WHERE a.status = 'completed')::int AS attended, count(*) FILTER (WHERE a.status = 'no_show')::int AS "noShows"
         FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id JOIN centers c ON c.id = s.center_id
        WHERE a.status IN ('completed', 'no_show') AND s.starts_at >= timezone('Asia/Baku', $1::timestamp) AND s.starts_at < timezone('Asia/Baku', $2::timestamp)
          AND ($3::uuid[] IS NULL OR s.center_id = ANY($3))
        ${groupBy}`,
      [range.from, range.until, ids(scope)],
    );
  }

  /**
   * New volunteers: distinct people whose application was moved to `onboarded` in the (Baku) month, counted
   * at the home center the onboarding gave them.
   */
  async newVolunteers(scope: Scope, range: MonthRange, groupings: readonly Grouping[]): Promise<NewVolunteersAgg[]> {
    const { select, groupBy } = grouped(BAKU_MONTH('t.at'), groupings);
    return this.db.query(
      `SELECT ${select}, count(DISTINCT a.volunteer_id)::int AS count
         FROM application_transitions t JOIN applications a ON a.id = t.application_id JOIN centers c ON c.id = a.home_center_id
        WHERE t.to_status = 'onboarded' AND t.at >= timezone('Asia/Baku', $1::timestamp) AND t.at < timezone('Asia/Baku', $2::timestamp)
          AND ($3::uuid[] IS NULL OR a.home_center_id = ANY($3))
        ${groupBy}`,
      [range.from, range.until, ids(scope)],
    );
  }

  /** The event's shifts that are not cancelled, with filled places, attended and no-show assignments. */
  eventShifts(eventId: string, scope: Scope): Promise<EventShiftRow[]> {
    return this.db.query(
      `SELECT s.id, s.position_id AS "positionId", s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.slots, LEAST(s.assigned_count, s.slots) AS filled,
              count(a.id) FILTER (WHERE a.status = 'completed')::int AS attended, count(a.id) FILTER (WHERE a.status = 'no_show')::int AS "noShows"
         FROM shifts s LEFT JOIN shift_assignments a ON a.shift_id = s.id AND a.status IN ('completed', 'no_show')
        WHERE s.event_id = $1 AND s.status = 'published' AND ($2::uuid[] IS NULL OR s.event_id = ANY($2))
        GROUP BY s.id ORDER BY s.starts_at`,
      [eventId, ids(scope)],
    );
  }

  /** The event's positions (roles), used or not. */
  eventPositions(eventId: string, scope: Scope): Promise<PositionRow[]> {
    return this.db.query(
      `SELECT id, name_az AS "nameAz", name_en AS "nameEn", name_ru AS "nameRu" FROM positions
        WHERE event_id = $1 AND ($2::uuid[] IS NULL OR event_id = ANY($2)) ORDER BY name_az`,
      [eventId, ids(scope)],
    );
  }

  /** Distinct volunteers with approved minutes at the event. */
  async eventVolunteers(eventId: string, scope: Scope): Promise<number> {
    const [row] = await this.db.query(
      `SELECT count(DISTINCT volunteer_id)::int AS n FROM monthly_hours
        WHERE owner_kind = 'event' AND owner_id = $1 AND approved_minutes > 0 AND ($2::uuid[] IS NULL OR owner_id = ANY($2))`,
      [eventId, ids(scope)],
    );
    return (row as { n: number }).n;
  }

  /** Approved minutes of one event by role, from the ledger (one event's rows; manual entries have no role). */
  eventMinutesByRole(eventId: string, scope: Scope): Promise<RoleMinutes[]> {
    return this.db.query(
      `SELECT e.position_id AS "positionId", sum(e.minutes)::int AS minutes, count(DISTINCT e.volunteer_id)::int AS volunteers
         FROM hour_entries e
        WHERE e.event_id = $1 AND e.status = 'approved' AND e.minutes > 0 AND ($2::uuid[] IS NULL OR e.event_id = ANY($2))
        GROUP BY e.position_id`,
      [eventId, ids(scope)],
    );
  }
}
