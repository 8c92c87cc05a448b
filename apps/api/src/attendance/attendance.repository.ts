import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { attendancePolicy, DEFAULT_ATTENDANCE_POLICY, type AttendancePolicy, type LocalizedText } from '@dost/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { Scope } from '../common/scope';
import { AttendanceRecordEntity } from './entities/attendance-record.entity';
import { KioskDeviceEntity } from './entities/kiosk-device.entity';
import { VolunteerPinEntity } from './entities/volunteer-pin.entity';
import type { Place, StaffScope } from './attendance.types';

/** A shift as attendance needs it. */
export interface ShiftFacts {
  id: string;
  centerId: string | null;
  eventId: string | null;
  positionId: string;
  positionName: LocalizedText;
  startsAt: Date;
  endsAt: Date;
  status: 'draft' | 'published' | 'cancelled';
}

/** One of a volunteer's assignments at a place, with its shift: a candidate for "the shift they have now". */
export interface CandidateRow {
  assignmentId: string;
  assignmentStatus: string;
  shift: ShiftFacts;
}

export interface VolunteerFacts {
  id: string;
  userId: string | null;
  fullName: string;
  email: string;
  locale: 'az' | 'en' | 'ru';
  status: string;
  homeCenterId: string | null;
  noShowCount: number;
  signupBlocked: boolean;
  approvedMinutes: number;
}

/** An assignment on a shift with its person and attendance (day sheet, kiosk list, "who is in now"). */
export interface RosterRow {
  assignmentId: string;
  assignmentStatus: string;
  volunteerId: string;
  fullName: string;
  shift: ShiftFacts;
  attendance: AttendanceRecordEntity | null;
}

/** A no-show as the blocked list shows it. */
export interface BlockedNoShow {
  assignmentId: string;
  startsAt: Date;
  endsAt: Date;
  positionName: LocalizedText;
  placeName: LocalizedText;
}

/** A volunteer blocked from self sign-up by no-shows (GET /attendance/blocked). */
export interface BlockedRow {
  volunteerId: string;
  fullName: string;
  noShowCount: number;
  homeCenterId: string | null;
  noShows: BlockedNoShow[];
}

export type NewAttendance = Pick<
  AttendanceRecordEntity,
  'volunteerId' | 'assignmentId' | 'shiftId' | 'centerId' | 'eventId' | 'workDate' | 'checkInAt' | 'checkInMethod' | 'late' | 'lateMinutes' | 'lateSync' | 'walkIn' | 'kioskId' | 'recordedBy'
> & Partial<Pick<AttendanceRecordEntity, 'checkOutAt' | 'checkOutMethod' | 'earlyLeave'>>;

export interface PolicyFacts {
  policy: AttendancePolicy;
  noShowLimit: number | null;
}

const SHIFT_COLUMNS = `s.id AS shift_id, s.center_id, s.event_id, s.position_id, s.starts_at, s.ends_at, s.status AS shift_status,
  p.name_az AS position_az, p.name_en AS position_en, p.name_ru AS position_ru`;

interface ShiftSqlRow {
  shift_id: string;
  center_id: string | null;
  event_id: string | null;
  position_id: string;
  starts_at: Date;
  ends_at: Date;
  shift_status: ShiftFacts['status'];
  position_az: string;
  position_en: string;
  position_ru: string;
}

const shiftOf = (r: ShiftSqlRow): ShiftFacts => ({
  id: r.shift_id, centerId: r.center_id, eventId: r.event_id, positionId: r.position_id, startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at),
  status: r.shift_status, positionName: { az: r.position_az, en: r.position_en, ru: r.position_ru },
});

/** `(center IN scope OR event IN scope)` with positional parameters appended to `params`. */
function scopeSql(scope: StaffScope, centerCol: string, eventCol: string, params: unknown[]): string {
  const part = (s: Scope, col: string): string => {
    if (s === 'all') return `${col} IS NOT NULL`;
    if (!s.length) return 'false';
    params.push([...s]);
    return `${col} = ANY($${params.length}::uuid[])`;
  };
  return `(${part(scope.centers, centerCol)} OR ${part(scope.events, eventCol)})`;
}

function placeSql(place: Place, alias: string, params: unknown[]): string {
  params.push(place.id);
  return `${alias}.${place.kind === 'center' ? 'center_id' : 'event_id'} = $${params.length}`;
}

const VOLUNTEER_COLUMNS = `id, user_id AS "userId", full_name AS "fullName", email, locale, status, home_center_id AS "homeCenterId",
  no_show_count AS "noShowCount", signup_blocked AS "signupBlocked", approved_minutes AS "approvedMinutes"`;

/**
 * Everything attendance reads and writes. Rostering owns shifts and assignments; attendance moves an
 * assignment only between `assigned`, `completed` and `no_show`, always with a guarded UPDATE so that a
 * concurrent job run or a second click changes a row once.
 */
@Injectable()
export class AttendanceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  private m(em?: EntityManager): EntityManager {
    return em ?? this.db.manager;
  }

  // ——— places and policies ———

  async placeName(place: Place, em?: EntityManager): Promise<LocalizedText | null> {
    const table = place.kind === 'center' ? 'centers' : 'events';
    const rows: { az: string; en: string; ru: string }[] = await this.m(em).query(`SELECT name_az AS az, name_en AS en, name_ru AS ru FROM ${table} WHERE id = $1`, [place.id]);
    return rows[0] ?? null;
  }

  async policy(place: Place, em?: EntityManager): Promise<PolicyFacts> {
    const params: unknown[] = [];
    const rows: { check_in_opens_minutes: number | null; late_grace_minutes: number | null; close_grace_minutes: number | null; rounding_minutes: number | null; no_show_limit: number | null }[] =
      await this.m(em).query(`SELECT * FROM shift_policies sp WHERE ${placeSql(place, 'sp', params)}`, params);
    const r = rows[0];
    return {
      policy: attendancePolicy(r ? { checkInOpensMinutes: r.check_in_opens_minutes, lateGraceMinutes: r.late_grace_minutes, closeGraceMinutes: r.close_grace_minutes, roundingMinutes: r.rounding_minutes } : null),
      noShowLimit: r?.no_show_limit ?? null,
    };
  }

  // ——— kiosks ———

  async insertKiosk(values: Pick<KioskDeviceEntity, 'centerId' | 'eventId' | 'name' | 'tokenHash' | 'codeSecret' | 'createdBy'>): Promise<KioskDeviceEntity> {
    const repo = this.db.getRepository(KioskDeviceEntity);
    return repo.save(repo.create(values));
  }

  async kioskByTokenHash(tokenHash: string): Promise<KioskDeviceEntity | null> {
    return this.db.getRepository(KioskDeviceEntity).findOne({ where: { tokenHash } });
  }

  /** By id, unscoped: a signed QR code names its kiosk. */
  async kioskById(id: string): Promise<KioskDeviceEntity | null> {
    return this.db.getRepository(KioskDeviceEntity).findOne({ where: { id } });
  }

  async kioskInScope(id: string, scope: StaffScope): Promise<KioskDeviceEntity | null> {
    const params: unknown[] = [id];
    const rows: { id: string }[] = await this.db.query(`SELECT k.id FROM kiosk_devices k WHERE k.id = $1 AND ${scopeSql(scope, 'k.center_id', 'k.event_id', params)}`, params);
    return rows.length ? this.kioskById(id) : null;
  }

  async listKiosks(scope: StaffScope, filter: { centerId?: string; eventId?: string }): Promise<KioskDeviceEntity[]> {
    const qb = this.db.getRepository(KioskDeviceEntity).createQueryBuilder('k').orderBy('k.revoked_at IS NULL', 'DESC').addOrderBy('k.created_at', 'DESC');
    const params: unknown[] = [];
    const where = scopeSql(scope, 'k.center_id', 'k.event_id', params).replace(/\$(\d+)/g, (_, n: string) => `:p${n}`);
    qb.where(where, Object.fromEntries(params.map((p, i) => [`p${i + 1}`, p])));
    if (filter.centerId) qb.andWhere('k.center_id = :centerId', { centerId: filter.centerId });
    if (filter.eventId) qb.andWhere('k.event_id = :eventId', { eventId: filter.eventId });
    return qb.limit(200).getMany();
  }

  async revokeKiosk(id: string, by: string, now: Date): Promise<void> {
    await this.db.query(`UPDATE kiosk_devices SET revoked_at = $2, revoked_by = $3 WHERE id = $1 AND revoked_at IS NULL`, [id, now, by]);
  }

  /** Stamps `last_seen_at` at most once a minute: a kiosk polls every few seconds and a write per poll is waste. */
  async touchKiosk(id: string, now: Date): Promise<void> {
    await this.db.query(`UPDATE kiosk_devices SET last_seen_at = $2 WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < $2::timestamptz - interval '60 seconds')`, [id, now]);
  }

  // ——— volunteers and PINs ———

  async volunteerByUser(userId: string): Promise<VolunteerFacts | null> {
    const rows: VolunteerFacts[] = await this.db.query(`SELECT ${VOLUNTEER_COLUMNS} FROM volunteers WHERE user_id = $1`, [userId]);
    return rows[0] ?? null;
  }

  async volunteer(id: string, em?: EntityManager, lock = false): Promise<VolunteerFacts | null> {
    const rows: VolunteerFacts[] = await this.m(em).query(`SELECT ${VOLUNTEER_COLUMNS} FROM volunteers WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0] ?? null;
  }

  /** The volunteer's home center, or a center/event they were ever assigned at, lies in the scope. */
  async volunteerInScope(id: string, scope: StaffScope): Promise<boolean> {
    const params: unknown[] = [id];
    const home = scope.centers === 'all' ? 'true' : scope.centers.length ? (params.push([...scope.centers]), `v.home_center_id = ANY($${params.length}::uuid[])`) : 'false';
    const served = scopeSql(scope, 's.center_id', 's.event_id', params);
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM volunteers v WHERE v.id = $1 AND (${home} OR EXISTS (
         SELECT 1 FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id WHERE a.volunteer_id = v.id AND a.status IN ('assigned', 'completed', 'no_show') AND ${served}))`,
      params,
    );
    return rows.length > 0;
  }

  /**
   * Volunteers blocked from self sign-up whom a place is answerable for: its home-center volunteers
   * (a center) and anyone with a no-show on its shifts — each with their latest no-shows (at most
   * `last`) inside the caller's scope only, newest first.
   */
  async blocked(place: Place, scope: StaffScope, last = 5): Promise<BlockedRow[]> {
    const params: unknown[] = [];
    const at = placeSql(place, 's', params);
    const home = place.kind === 'center' ? `v.home_center_id = $1 OR ` : '';
    const served = scopeSql(scope, 's.center_id', 's.event_id', params);
    params.push(last);
    const rows: { id: string; full_name: string; no_show_count: number; home_center_id: string | null; no_shows: BlockedNoShow[] | null }[] = await this.db.query(
      `SELECT v.id, v.full_name, v.no_show_count, v.home_center_id,
              (SELECT json_agg(n ORDER BY n."startsAt" DESC) FROM (
                 SELECT a.id AS "assignmentId", s.starts_at AS "startsAt", s.ends_at AS "endsAt",
                        json_build_object('az', p.name_az, 'en', p.name_en, 'ru', p.name_ru) AS "positionName",
                        json_build_object('az', coalesce(c.name_az, e.name_az), 'en', coalesce(c.name_en, e.name_en), 'ru', coalesce(c.name_ru, e.name_ru)) AS "placeName"
                   FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id JOIN positions p ON p.id = s.position_id
                   LEFT JOIN centers c ON c.id = s.center_id LEFT JOIN events e ON e.id = s.event_id
                  WHERE a.volunteer_id = v.id AND a.status = 'no_show' AND ${served}
                  ORDER BY s.starts_at DESC LIMIT $${params.length}) n) AS no_shows
         FROM volunteers v
        WHERE v.signup_blocked AND (${home}EXISTS (
          SELECT 1 FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id WHERE a.volunteer_id = v.id AND a.status = 'no_show' AND ${at}))
        ORDER BY v.full_name, v.id`,
      params,
    );
    return rows.map((r) => ({
      volunteerId: r.id, fullName: r.full_name, noShowCount: r.no_show_count, homeCenterId: r.home_center_id,
      noShows: (r.no_shows ?? []).map((n) => ({ ...n, startsAt: new Date(n.startsAt), endsAt: new Date(n.endsAt) })),
    }));
  }

  async pinHash(volunteerId: string): Promise<string | null> {
    const row = await this.db.getRepository(VolunteerPinEntity).findOne({ where: { volunteerId } });
    return row?.pinHash ?? null;
  }

  async savePin(volunteerId: string, pinHash: string): Promise<void> {
    await this.db.query(
      `INSERT INTO volunteer_pins (volunteer_id, pin_hash, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (volunteer_id) DO UPDATE SET pin_hash = EXCLUDED.pin_hash, updated_at = now()`,
      [volunteerId, pinHash],
    );
  }

  async noShowCount(em: EntityManager, volunteerId: string, delta: 1 | -1): Promise<{ noShowCount: number; signupBlocked: boolean }> {
    const [rows]: [{ no_show_count: number; signup_blocked: boolean }[], number] = await em.query(
      `UPDATE volunteers SET no_show_count = greatest(0, no_show_count + $2), updated_at = now() WHERE id = $1 RETURNING no_show_count, signup_blocked`,
      [volunteerId, delta],
    );
    return { noShowCount: rows[0].no_show_count, signupBlocked: rows[0].signup_blocked };
  }

  async setSignupBlock(em: EntityManager, volunteerId: string, blocked: boolean, resetCount: boolean): Promise<void> {
    await em.query(`UPDATE volunteers SET signup_blocked = $2${resetCount ? ', no_show_count = 0' : ''}, updated_at = now() WHERE id = $1`, [volunteerId, blocked]);
  }

  // ——— shifts and assignments ———

  /**
   * The volunteer's assignments at the place on shifts touching [from, to): live ones, checked-out ones
   * (to answer "already out"), and those on a cancelled shift (to say it was cancelled).
   */
  async candidates(em: EntityManager, volunteerId: string, place: Place, from: Date, to: Date): Promise<CandidateRow[]> {
    const params: unknown[] = [volunteerId, from, to];
    const rows: (ShiftSqlRow & { assignment_id: string; assignment_status: string })[] = await em.query(
      `SELECT a.id AS assignment_id, a.status AS assignment_status, ${SHIFT_COLUMNS}
         FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id JOIN positions p ON p.id = s.position_id
        WHERE a.volunteer_id = $1 AND s.ends_at > $2 AND s.starts_at < $3 AND ${placeSql(place, 's', params)}
          AND s.status <> 'draft'
          AND (a.status IN ('assigned', 'completed') OR (a.status = 'cancelled' AND s.status = 'cancelled'))
        ORDER BY s.starts_at, a.id`,
      params,
    );
    return rows.map((r) => ({ assignmentId: r.assignment_id, assignmentStatus: r.assignment_status, shift: shiftOf(r) }));
  }

  async shift(id: string, em?: EntityManager): Promise<ShiftFacts | null> {
    const rows: ShiftSqlRow[] = await this.m(em).query(`SELECT ${SHIFT_COLUMNS} FROM shifts s JOIN positions p ON p.id = s.position_id WHERE s.id = $1`, [id]);
    return rows[0] ? shiftOf(rows[0]) : null;
  }

  async shiftInScope(id: string, scope: StaffScope): Promise<ShiftFacts | null> {
    const params: unknown[] = [id];
    const rows: ShiftSqlRow[] = await this.db.query(
      `SELECT ${SHIFT_COLUMNS} FROM shifts s JOIN positions p ON p.id = s.position_id WHERE s.id = $1 AND ${scopeSql(scope, 's.center_id', 's.event_id', params)}`,
      params,
    );
    return rows[0] ? shiftOf(rows[0]) : null;
  }

  /** An assignment and its shift, when the shift lies in the scope; locked when `em` is a transaction's. */
  async assignmentInScope(em: EntityManager, id: string, scope: StaffScope): Promise<CandidateRow & { volunteerId: string } | null> {
    const params: unknown[] = [id];
    const rows: (ShiftSqlRow & { assignment_id: string; assignment_status: string; volunteer_id: string })[] = await em.query(
      `SELECT a.id AS assignment_id, a.status AS assignment_status, a.volunteer_id, ${SHIFT_COLUMNS}
         FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id JOIN positions p ON p.id = s.position_id
        WHERE a.id = $1 AND ${scopeSql(scope, 's.center_id', 's.event_id', params)} FOR UPDATE OF a`,
      params,
    );
    const r = rows[0];
    return r ? { assignmentId: r.assignment_id, assignmentStatus: r.assignment_status, volunteerId: r.volunteer_id, shift: shiftOf(r) } : null;
  }

  /** Locks the assignment row and returns its status (null when gone). */
  async lockAssignment(em: EntityManager, id: string): Promise<string | null> {
    const rows: { status: string }[] = await em.query(`SELECT status FROM shift_assignments WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0]?.status ?? null;
  }

  /** Moves an assignment from one of `from` to `to`; false when another transaction moved it first. */
  async moveAssignment(em: EntityManager, id: string, from: readonly string[], to: string): Promise<boolean> {
    const result: [unknown[], number] = await em.query(
      `UPDATE shift_assignments SET status = $3, updated_at = now() WHERE id = $1 AND status = ANY($2::varchar[]) RETURNING id`,
      [id, [...from], to],
    );
    return result[1] > 0;
  }

  /** People on shifts: the assignments (assigned, completed, no-show) with names and attendance. */
  async roster(where: { shiftId: string } | { place: Place; from: Date; to: Date }, em?: EntityManager): Promise<RosterRow[]> {
    const params: unknown[] = [];
    let filter: string;
    if ('shiftId' in where) {
      params.push(where.shiftId);
      filter = `s.id = $1`;
    } else {
      params.push(where.from, where.to);
      filter = `s.ends_at > $1 AND s.starts_at < $2 AND s.status = 'published' AND ${placeSql(where.place, 's', params)}`;
    }
    const rows: (ShiftSqlRow & { assignment_id: string; assignment_status: string; volunteer_id: string; full_name: string; attendance_id: string | null })[] = await this.m(em).query(
      `SELECT a.id AS assignment_id, a.status AS assignment_status, a.volunteer_id, v.full_name, r.id AS attendance_id, ${SHIFT_COLUMNS}
         FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id JOIN positions p ON p.id = s.position_id JOIN volunteers v ON v.id = a.volunteer_id
         LEFT JOIN attendance_records r ON r.assignment_id = a.id
        WHERE ${filter} AND a.status IN ('assigned', 'completed', 'no_show')
        ORDER BY s.starts_at, v.full_name, a.id
        LIMIT 2000`,
      params,
    );
    const ids = rows.map((r) => r.attendance_id).filter((x): x is string => !!x);
    const records = ids.length ? await this.m(em).getRepository(AttendanceRecordEntity).createQueryBuilder('r').where('r.id IN (:...ids)', { ids }).getMany() : [];
    const byId = new Map(records.map((r) => [r.id, r]));
    return rows.map((r) => ({
      assignmentId: r.assignment_id, assignmentStatus: r.assignment_status, volunteerId: r.volunteer_id, fullName: r.full_name, shift: shiftOf(r),
      attendance: r.attendance_id ? byId.get(r.attendance_id) ?? null : null,
    }));
  }

  /** Walk-ins (and other presences without a shift) at the place, checked in within [from, to). */
  async walkIns(place: Place, from: Date, to: Date): Promise<(AttendanceRecordEntity & { fullName: string })[]> {
    const qb = this.db.getRepository(AttendanceRecordEntity).createQueryBuilder('r').innerJoin('r.volunteer', 'v').addSelect('v.fullName')
      .where('r.walk_in').andWhere('r.check_in_at >= :from AND r.check_in_at < :to', { from, to })
      .andWhere(`r.${place.kind === 'center' ? 'center_id' : 'event_id'} = :placeId`, { placeId: place.id }).orderBy('r.check_in_at');
    const rows = await qb.getMany();
    return rows.map((r) => Object.assign(r, { fullName: (r as unknown as { volunteer: { fullName: string } }).volunteer.fullName }));
  }

  // ——— attendance records ———

  /** Inserts a record unless one exists for the assignment (or the walk-in's day): the unique indexes decide, concurrently. Null when it existed. */
  async insertAttendance(em: EntityManager, row: NewAttendance): Promise<AttendanceRecordEntity | null> {
    const result = await em.createQueryBuilder().insert().into(AttendanceRecordEntity).values(row).orIgnore().returning('id').execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    return id ? em.getRepository(AttendanceRecordEntity).findOneByOrFail({ id }) : null;
  }

  async attendanceById(em: EntityManager, id: string): Promise<AttendanceRecordEntity | null> {
    return em.getRepository(AttendanceRecordEntity).findOne({ where: { id } });
  }

  async attendanceByAssignment(em: EntityManager, assignmentId: string): Promise<AttendanceRecordEntity | null> {
    return em.getRepository(AttendanceRecordEntity).findOne({ where: { assignmentId } });
  }

  async walkInOf(em: EntityManager, volunteerId: string, centerId: string, workDate: string): Promise<AttendanceRecordEntity | null> {
    return em.getRepository(AttendanceRecordEntity).findOne({ where: { volunteerId, centerId, workDate, walkIn: true } });
  }

  /** The volunteer's latest record at the place checked in at or before `at` and after `since`. */
  async latestAttendance(em: EntityManager, volunteerId: string, place: Place, since: Date, at: Date): Promise<AttendanceRecordEntity | null> {
    return em.getRepository(AttendanceRecordEntity).createQueryBuilder('r')
      .where('r.volunteer_id = :volunteerId', { volunteerId })
      .andWhere(`r.${place.kind === 'center' ? 'center_id' : 'event_id'} = :placeId`, { placeId: place.id })
      .andWhere('r.check_in_at >= :since AND r.check_in_at <= :at', { since, at })
      .orderBy('r.check_out_at IS NULL', 'DESC').addOrderBy('r.check_in_at', 'DESC').getOne();
  }

  /** Closes an open record; null when it was closed already (by a concurrent request or the job). */
  async closeAttendance(
    em: EntityManager, id: string, values: Pick<AttendanceRecordEntity, 'checkOutAt' | 'checkOutMethod' | 'earlyLeave' | 'autoClosed'> & { lateSync?: boolean },
  ): Promise<AttendanceRecordEntity | null> {
    const result: [unknown[], number] = await em.query(
      `UPDATE attendance_records SET check_out_at = greatest($2::timestamptz, check_in_at), check_out_method = $3, early_leave = $4, auto_closed = $5,
              late_sync = late_sync OR $6, updated_at = now()
        WHERE id = $1 AND check_out_at IS NULL RETURNING id`,
      [id, values.checkOutAt, values.checkOutMethod, values.earlyLeave, values.autoClosed, values.lateSync ?? false],
    );
    return result[1] > 0 ? em.getRepository(AttendanceRecordEntity).findOneByOrFail({ id }) : null;
  }

  // ——— the job ———

  /** Open records whose shift closed (end + close grace) before `now`, or walk-ins open for 12 h; locked, skipping rows another run holds. */
  async dueOpenRecords(em: EntityManager, now: Date, limit: number): Promise<AttendanceRecordEntity[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT r.id FROM attendance_records r
         LEFT JOIN shifts s ON s.id = r.shift_id
         LEFT JOIN shift_policies sp ON (sp.center_id = r.center_id OR sp.event_id = r.event_id)
        WHERE r.check_out_at IS NULL AND (
              (r.shift_id IS NOT NULL AND s.ends_at + make_interval(mins => coalesce(sp.close_grace_minutes, $3)) <= $1)
           OR (r.shift_id IS NULL AND r.check_in_at + interval '12 hours' <= $1))
        ORDER BY r.id LIMIT $2 FOR UPDATE OF r SKIP LOCKED`,
      [now, limit, DEFAULT_ATTENDANCE_POLICY.closeGraceMinutes],
    );
    if (!rows.length) return [];
    return em.getRepository(AttendanceRecordEntity).createQueryBuilder('r').where('r.id IN (:...ids)', { ids: rows.map((r) => r.id) }).orderBy('r.id').getMany();
  }

  /**
   * Assignments still `assigned` on published shifts that closed before `now` (within the last `days`)
   * with no attendance: the no-shows. Locked, skipping rows another run holds.
   */
  async dueNoShows(em: EntityManager, now: Date, days: number, limit: number): Promise<{ assignmentId: string; volunteerId: string; shiftId: string; centerId: string | null; eventId: string | null }[]> {
    const rows: { id: string; volunteer_id: string; shift_id: string; center_id: string | null; event_id: string | null }[] = await em.query(
      `SELECT a.id, a.volunteer_id, a.shift_id, s.center_id, s.event_id
         FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
         LEFT JOIN shift_policies sp ON (sp.center_id = s.center_id OR sp.event_id = s.event_id)
        WHERE a.status = 'assigned' AND s.status = 'published'
          AND s.ends_at + make_interval(mins => coalesce(sp.close_grace_minutes, $4)) <= $1
          AND s.ends_at > $1::timestamptz - make_interval(days => $2)
          AND NOT EXISTS (SELECT 1 FROM attendance_records r WHERE r.assignment_id = a.id)
        ORDER BY a.id LIMIT $3 FOR UPDATE OF a SKIP LOCKED`,
      [now, days, limit, DEFAULT_ATTENDANCE_POLICY.closeGraceMinutes],
    );
    return rows.map((r) => ({ assignmentId: r.id, volunteerId: r.volunteer_id, shiftId: r.shift_id, centerId: r.center_id, eventId: r.event_id }));
  }
}
