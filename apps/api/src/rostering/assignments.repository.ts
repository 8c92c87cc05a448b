import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale } from '@dost/notifications';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { VolunteerEntity } from '../people/entities/volunteer.entity';
import { VolunteerQualificationEntity } from '../people/entities/volunteer-qualification.entity';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';
import { IdempotencyRecordEntity } from './entities/idempotency-record.entity';
import { ShiftAssignmentEntity } from './entities/shift-assignment.entity';
import { SwapOfferEntity } from './entities/swap-offer.entity';
import type { Recipient } from './rostering-notifier';
import type { AssignmentSource, AssignmentStatus, SwapStatus } from './rostering.types';
import type { StaffScope } from './shifts.repository';
import type { ShiftPolicyEntity } from './entities/shift-policy.entity';
import type { CenterRegionRow } from './staffing-pool.repository';

/** A volunteer's assigned/completed shift, with what eligibility messages need. */
export interface BusyShift {
  assignmentId: string;
  shiftId: string;
  startsAt: Date;
  endsAt: Date;
  status: AssignmentStatus;
  placeAz: string;
  placeEn: string;
  placeRu: string;
}

export interface PersonOnShift {
  assignmentId: string;
  shiftId: string;
  volunteerId: string;
  fullName: string;
  email: string;
  locale: 'az' | 'en' | 'ru';
  userId: string | null;
  status: AssignmentStatus;
  source: AssignmentSource;
  languages: { language: string; level: string }[];
  createdAt: Date;
}

/**
 * Every fact the eligibility check needs besides the volunteer and the shifts, for one volunteer and a set of
 * shifts, in ONE statement (issue 17): qualifications, assigned shifts around the window, preferred centers,
 * the live assignments on these shifts, the places' policies, the centers' tree (for regions) and the events'
 * staffing areas. The decision itself stays @dost/domain's checkEligibility.
 */
export interface EligibilityBundle {
  qualifications: Pick<VolunteerQualificationEntity, 'code' | 'validUntil'>[];
  busy: BusyShift[];
  preferredCenterIds: string[];
  live: { id: string; shiftId: string; status: AssignmentStatus; waitlistPosition: number | null }[];
  policies: PolicyRow[];
  centers: CenterRegionRow[];
  areas: { eventId: string; regions: string[] | null; centerIds: string[] | null }[];
}

/** The columns of shift_policies the eligibility reads (toPolicy) and the swap rule. */
export type PolicyRow = Pick<ShiftPolicyEntity, 'centerId' | 'eventId' | 'weeklyCapMinutes' | 'minRestMinutes' | 'maxShiftsPerDay' | 'noShowLimit' | 'swapNeedsApproval'>;

const BUNDLE_SQL = `SELECT
  coalesce((SELECT json_agg(json_build_object('code', q.code, 'validUntil', q.valid_until)) FROM volunteer_qualifications q WHERE q.volunteer_id = $1), '[]') AS qualifications,
  coalesce((SELECT json_agg(json_build_object('assignmentId', a.id, 'shiftId', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at, 'status', a.status,
                     'placeAz', coalesce(c.name_az, e.name_az), 'placeEn', coalesce(c.name_en, e.name_en), 'placeRu', coalesce(c.name_ru, e.name_ru)))
              FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
              LEFT JOIN centers c ON c.id = s.center_id LEFT JOIN events e ON e.id = s.event_id
             WHERE a.volunteer_id = $1 AND a.status IN ('assigned', 'completed') AND s.ends_at > $2 AND s.starts_at < $3), '[]') AS busy,
  ARRAY(SELECT p.center_id FROM volunteer_preferred_centers p WHERE p.volunteer_id = $1)::text[] AS "preferredCenterIds",
  coalesce((SELECT json_agg(json_build_object('id', a.id, 'shiftId', a.shift_id, 'status', a.status,
                     'waitlistPosition', CASE WHEN a.status = 'waitlisted' THEN (SELECT count(*) FROM shift_assignments w
                        WHERE w.shift_id = a.shift_id AND w.status = 'waitlisted' AND (w.created_at, w.id) <= (a.created_at, a.id))::int END)) FROM shift_assignments a
             WHERE a.volunteer_id = $1 AND a.shift_id = ANY($4::uuid[]) AND a.status IN ('assigned', 'waitlisted')), '[]') AS live,
  coalesce((SELECT json_agg(json_build_object('centerId', p.center_id, 'eventId', p.event_id, 'weeklyCapMinutes', p.weekly_cap_minutes,
                     'minRestMinutes', p.min_rest_minutes, 'maxShiftsPerDay', p.max_shifts_per_day, 'noShowLimit', p.no_show_limit, 'swapNeedsApproval', p.swap_needs_approval))
              FROM shift_policies p WHERE p.center_id = ANY($5::uuid[]) OR p.event_id = ANY($6::uuid[])), '[]') AS policies,
  coalesce((SELECT json_agg(json_build_object('id', c.id, 'kind', c.kind, 'parentId', c.parent_id, 'region', c.region)) FROM centers c), '[]') AS centers,
  coalesce((SELECT json_agg(json_build_object('eventId', a.event_id, 'regions', a.regions, 'centerIds', a.center_ids)) FROM event_staffing_areas a WHERE a.event_id = ANY($6::uuid[])), '[]') AS areas`;

/** A volunteer row of the hot paths, with the date as text (as TypeORM reads it) and the lock taken. */
const VOLUNTEER_COLUMNS = `v.id, v.user_id AS "userId", v.full_name AS "fullName", v.email, v.locale, v.status, v.birth_date::text AS "birthDate",
  v.home_center_id AS "homeCenterId", v.languages, v.approved_minutes AS "approvedMinutes", v.no_show_count AS "noShowCount", v.signup_blocked AS "signupBlocked"`;

export type HotVolunteer = Pick<VolunteerEntity, 'id' | 'userId' | 'fullName' | 'email' | 'locale' | 'status' | 'birthDate' | 'homeCenterId' | 'languages' | 'approvedMinutes' | 'noShowCount' | 'signupBlocked'>;

const PERSON_SQL = `SELECT a.id AS "assignmentId", a.shift_id AS "shiftId", v.id AS "volunteerId", v.full_name AS "fullName",
  v.email, v.locale, v.user_id AS "userId", a.status, a.source, v.languages, a.created_at AS "createdAt"
  FROM shift_assignments a JOIN volunteers v ON v.id = a.volunteer_id`;

@Injectable()
export class AssignmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Serialises the changes of one volunteer's schedule (two sign-ups at once must not both pass the
   * overlap check). An advisory lock: it touches no shared row, and different volunteers never wait.
   */
  async lockVolunteer(em: EntityManager, volunteerId: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('rostering:volunteer'), hashtext($1))`, [volunteerId]);
  }

  async tryLockVolunteer(em: EntityManager, volunteerId: string): Promise<boolean> {
    const [row]: { ok: boolean }[] = await em.query(`SELECT pg_try_advisory_xact_lock(hashtext('rostering:volunteer'), hashtext($1)) AS ok`, [volunteerId]);
    return row.ok;
  }

  /**
   * The first statement of a sign-up: claims the Idempotency-Key (when given; a concurrent duplicate waits on
   * it), finds the user's volunteer and takes the lock on their schedule (lockVolunteer) — in one statement.
   * `null`: the user is no volunteer.
   */
  async openSignup(em: EntityManager, userId: string, idempotency: { key: string; hash: string } | null): Promise<{ volunteer: HotVolunteer; claimed: boolean } | null> {
    const rows: (HotVolunteer & { claimed: boolean; locked: unknown })[] = await em.query(
      `WITH claim AS (
         INSERT INTO rostering_idempotency (user_id, key, request_hash) SELECT $1::uuid, $2::varchar, $3::varchar WHERE $2::varchar IS NOT NULL
         ON CONFLICT DO NOTHING RETURNING key)
       SELECT ${VOLUNTEER_COLUMNS}, ($2::varchar IS NULL OR EXISTS (SELECT 1 FROM claim)) AS claimed,
              pg_advisory_xact_lock(hashtext('rostering:volunteer'), hashtext(v.id::text)) AS locked
         FROM volunteers v WHERE v.user_id = $1::uuid`,
      [userId, idempotency?.key ?? null, idempotency?.hash ?? null],
    );
    if (!rows.length) return null;
    const { claimed, locked: _locked, ...volunteer } = rows[0];
    return { volunteer, claimed };
  }

  /** The user's volunteer, in plain SQL (the open-shifts page). */
  async hotVolunteerByUser(userId: string): Promise<HotVolunteer | null> {
    const rows: HotVolunteer[] = await this.db.query(`SELECT ${VOLUNTEER_COLUMNS} FROM volunteers v WHERE v.user_id = $1`, [userId]);
    return rows[0] ?? null;
  }

  /** See EligibilityBundle: one statement for every fact about `volunteerId` and these shifts. */
  async eligibilityBundle(
    volunteerId: string,
    window: { from: Date; to: Date },
    shifts: readonly { id: string; centerId: string | null; eventId: string | null }[],
    em: EntityManager = this.db.manager,
  ): Promise<EligibilityBundle> {
    const ids = (pick: (s: { id: string; centerId: string | null; eventId: string | null }) => string | null) => [...new Set(shifts.map(pick).filter((x): x is string => !!x))];
    const [row]: EligibilityBundle[] = await em.query(BUNDLE_SQL, [volunteerId, window.from, window.to, ids((s) => s.id), ids((s) => s.centerId), ids((s) => s.eventId)]);
    return { ...row, busy: row.busy.map((b) => ({ ...b, startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt) })) };
  }

  /**
   * Claims a slot and writes the assignment in one statement: the guarded UPDATE (as ShiftsRepository.claimSlot)
   * and, when it took a slot, an assigned row — otherwise a waitlisted one if `waitlist`, or nothing (null).
   */
  async claimAndInsert(em: EntityManager, shiftId: string, volunteerId: string, waitlist: boolean): Promise<{ id: string; status: 'assigned' | 'waitlisted'; waitlistPosition: number } | null> {
    const rows: { id: string; status: 'assigned' | 'waitlisted'; waitlistPosition: number }[] = await em.query(
      `WITH slot AS (
         UPDATE shifts SET assigned_count = assigned_count + 1, updated_at = now()
          WHERE id = $1 AND status = 'published' AND assigned_count < slots RETURNING id)
       INSERT INTO shift_assignments (shift_id, volunteer_id, status, source)
       SELECT $1::uuid, $2::uuid, CASE WHEN EXISTS (SELECT 1 FROM slot) THEN 'assigned' ELSE 'waitlisted' END, 'self'
        WHERE EXISTS (SELECT 1 FROM slot) OR $3::boolean
       RETURNING id, status,
         (SELECT count(*) FROM shift_assignments w WHERE w.shift_id = $1 AND w.status = 'waitlisted')::int + 1 AS "waitlistPosition"`,
      [shiftId, volunteerId, waitlist],
    );
    return rows[0] ?? null;
  }

  volunteerByUser(userId: string, em: EntityManager = this.db.manager): Promise<VolunteerEntity | null> {
    return em.getRepository(VolunteerEntity).findOne({ where: { userId } });
  }

  volunteer(id: string, em: EntityManager = this.db.manager): Promise<VolunteerEntity | null> {
    return em.getRepository(VolunteerEntity).findOne({ where: { id } });
  }

  qualifications(volunteerIds: readonly string[], em: EntityManager = this.db.manager): Promise<VolunteerQualificationEntity[]> {
    if (!volunteerIds.length) return Promise.resolve([]);
    return em.getRepository(VolunteerQualificationEntity).createQueryBuilder('q').where('q.volunteer_id IN (:...ids)', { ids: [...volunteerIds] }).getMany();
  }

  /** Active volunteers a coordinator may pick from: all of them (events draw on the whole network) or one center's. */
  activeVolunteers(filter: { homeCenterIds?: readonly string[]; preferringCenterId?: string; language?: string; q?: string; limit: number; withHomeCenter?: boolean }): Promise<VolunteerEntity[]> {
    const qb = this.db.getRepository(VolunteerEntity).createQueryBuilder('v').where(`v.status IN ('active', 'alumni')`);
    if (filter.withHomeCenter) qb.leftJoinAndSelect('v.homeCenter', 'hc');
    // `preferringCenterId` widens the home-center filter by those who chose that center (its staffing pool).
    const preferring = filter.preferringCenterId ? ' OR EXISTS (SELECT 1 FROM volunteer_preferred_centers p WHERE p.volunteer_id = v.id AND p.center_id = :pc)' : '';
    if (filter.homeCenterIds) qb.andWhere(`(${filter.homeCenterIds.length ? 'v.home_center_id IN (:...hc)' : '1 = 0'}${preferring})`, { hc: [...filter.homeCenterIds], pc: filter.preferringCenterId });
    if (filter.language) qb.andWhere(`v.languages @> :lang::jsonb`, { lang: JSON.stringify([{ language: filter.language }]) });
    if (filter.q) qb.andWhere('v.full_name ILIKE :q', { q: `%${filter.q}%` });
    return qb.orderBy('v.full_name', 'ASC').take(filter.limit).getMany();
  }

  /** Assigned and completed shifts of these volunteers overlapping [from, to) — the eligibility's "assignments". */
  async busyShifts(volunteerIds: readonly string[], from: Date, to: Date, em: EntityManager = this.db.manager): Promise<Map<string, BusyShift[]>> {
    const out = new Map<string, BusyShift[]>();
    if (!volunteerIds.length) return out;
    const rows: (BusyShift & { volunteerId: string })[] = await em.query(
      `SELECT a.volunteer_id AS "volunteerId", a.id AS "assignmentId", s.id AS "shiftId", s.starts_at AS "startsAt", s.ends_at AS "endsAt", a.status,
              coalesce(c.name_az, e.name_az) AS "placeAz", coalesce(c.name_en, e.name_en) AS "placeEn", coalesce(c.name_ru, e.name_ru) AS "placeRu"
         FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
         LEFT JOIN centers c ON c.id = s.center_id LEFT JOIN events e ON e.id = s.event_id
        WHERE a.volunteer_id = ANY($1::uuid[]) AND a.status IN ('assigned', 'completed')
          AND s.ends_at > $2 AND s.starts_at < $3`,
      [[...volunteerIds], from, to],
    );
    for (const r of rows) {
      const list = out.get(r.volunteerId) ?? [];
      list.push({ ...r, startsAt: new Date(r.startsAt), endsAt: new Date(r.endsAt) });
      out.set(r.volunteerId, list);
    }
    return out;
  }

  liveAssignment(em: EntityManager, shiftId: string, volunteerId: string): Promise<ShiftAssignmentEntity | null> {
    return em
      .getRepository(ShiftAssignmentEntity)
      .createQueryBuilder('a')
      .where(`a.shift_id = :shiftId AND a.volunteer_id = :volunteerId AND a.status IN ('assigned', 'waitlisted')`, { shiftId, volunteerId })
      .getOne();
  }

  findAssignment(id: string, em: EntityManager = this.db.manager, lock = false): Promise<ShiftAssignmentEntity | null> {
    const qb = em.getRepository(ShiftAssignmentEntity).createQueryBuilder('a').where('a.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  async insertAssignment(em: EntityManager, values: Partial<ShiftAssignmentEntity>): Promise<ShiftAssignmentEntity> {
    const repo = em.getRepository(ShiftAssignmentEntity);
    return repo.save(repo.create(values));
  }

  async setAssignment(em: EntityManager, id: string, values: Partial<ShiftAssignmentEntity>): Promise<void> {
    await em.getRepository(ShiftAssignmentEntity).update({ id }, values);
  }

  /** Waitlisted people of a shift, first come first served, locked for promotion. */
  async waitlist(em: EntityManager, shiftId: string): Promise<ShiftAssignmentEntity[]> {
    return em
      .getRepository(ShiftAssignmentEntity)
      .createQueryBuilder('a')
      .where(`a.shift_id = :shiftId AND a.status = 'waitlisted'`, { shiftId })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async waitlistPosition(em: EntityManager, assignment: ShiftAssignmentEntity): Promise<number> {
    const [row]: { n: string }[] = await em.query(
      `SELECT count(*) AS n FROM shift_assignments WHERE shift_id = $1 AND status = 'waitlisted' AND (created_at, id) <= (SELECT created_at, id FROM shift_assignments WHERE id = $2)`,
      [assignment.shiftId, assignment.id],
    );
    return Number(row.n);
  }

  /** People on these shifts (assigned and waitlisted by default). */
  async people(shiftIds: readonly string[], statuses: readonly AssignmentStatus[] = ['assigned', 'waitlisted'], em: EntityManager = this.db.manager): Promise<PersonOnShift[]> {
    if (!shiftIds.length) return [];
    return em.query(`${PERSON_SQL} WHERE a.shift_id = ANY($1::uuid[]) AND a.status = ANY($2::varchar[]) ORDER BY a.status, a.created_at, a.id`, [
      [...shiftIds],
      [...statuses],
    ]);
  }

  /** A volunteer's assignments with their shifts (My shifts). */
  async mine(volunteerId: string, when: 'upcoming' | 'past', now: Date): Promise<{ assignmentId: string; status: AssignmentStatus; shiftId: string; swapOfferId: string | null; swapOfferStatus: SwapStatus | null }[]> {
    const upcoming = when === 'upcoming';
    return this.db.query(
      `SELECT a.id AS "assignmentId", a.status, a.shift_id AS "shiftId", o.id AS "swapOfferId", o.status AS "swapOfferStatus"
         FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
         LEFT JOIN LATERAL (SELECT id, status FROM swap_offers WHERE assignment_id = a.id AND status IN ('open', 'pending_approval') LIMIT 1) o ON true
        WHERE a.volunteer_id = $1 AND ${upcoming ? `s.ends_at > $2 AND a.status IN ('assigned', 'waitlisted')` : `s.ends_at <= $2 AND a.status IN ('assigned', 'completed', 'no_show')`}
        ORDER BY s.starts_at ${upcoming ? 'ASC' : 'DESC'} LIMIT 200`,
      [volunteerId, now],
    );
  }

  /** The volunteer's live assignment per shift among these (open-shifts list). */
  async liveStatuses(volunteerId: string, shiftIds: readonly string[]): Promise<Map<string, { id: string; status: AssignmentStatus }>> {
    if (!shiftIds.length) return new Map();
    const rows: { id: string; shift_id: string; status: AssignmentStatus }[] = await this.db.query(
      `SELECT id, shift_id, status FROM shift_assignments WHERE volunteer_id = $1 AND shift_id = ANY($2::uuid[]) AND status IN ('assigned', 'waitlisted')`,
      [volunteerId, [...shiftIds]],
    );
    return new Map(rows.map((r) => [r.shift_id, { id: r.id, status: r.status }]));
  }

  async cancelAllOnShift(em: EntityManager, shiftId: string, at: Date): Promise<void> {
    await em.query(`UPDATE shift_assignments SET status = 'cancelled', cancelled_at = $2, updated_at = now() WHERE shift_id = $1 AND status IN ('assigned', 'waitlisted')`, [shiftId, at]);
    await em.query(`UPDATE swap_offers SET status = 'withdrawn', decided_at = $2 WHERE shift_id = $1 AND status IN ('open', 'pending_approval')`, [shiftId, at]);
  }

  async withdrawSwapsOf(em: EntityManager, assignmentId: string, at: Date): Promise<void> {
    await em.query(`UPDATE swap_offers SET status = 'withdrawn', decided_at = $2 WHERE assignment_id = $1 AND status IN ('open', 'pending_approval')`, [assignmentId, at]);
  }

  async resetReminders(em: EntityManager, shiftId: string): Promise<void> {
    await em.query(`UPDATE shift_assignments SET reminded24h_at = NULL, reminded2h_at = NULL WHERE shift_id = $1 AND status = 'assigned'`, [shiftId]);
  }

  // ——— idempotency ———

  /** Claims the key in this transaction; a concurrent duplicate blocks here until the first one commits or rolls back. */
  async claimIdempotencyKey(em: EntityManager, userId: string, key: string, requestHash: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `INSERT INTO rostering_idempotency (user_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
      [userId, key, requestHash],
    );
    return rows.length === 1;
  }

  findIdempotency(userId: string, key: string): Promise<IdempotencyRecordEntity | null> {
    return this.db.getRepository(IdempotencyRecordEntity).findOne({ where: { userId, key } });
  }

  async storeIdempotentAnswer(em: EntityManager, userId: string, key: string, status: number, body: unknown): Promise<void> {
    await em.getRepository(IdempotencyRecordEntity).update({ userId, key }, { status, body: body as object });
  }

  // ——— swaps ———

  async insertSwap(em: EntityManager, values: Partial<SwapOfferEntity>): Promise<SwapOfferEntity> {
    const repo = em.getRepository(SwapOfferEntity);
    return repo.save(repo.create(values));
  }

  findSwap(id: string, em: EntityManager = this.db.manager, lock = false): Promise<SwapOfferEntity | null> {
    const qb = em.getRepository(SwapOfferEntity).createQueryBuilder('o').where('o.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  async setSwap(em: EntityManager, id: string, values: Partial<SwapOfferEntity>): Promise<void> {
    await em.getRepository(SwapOfferEntity).update({ id }, values);
  }

  /** Offers a volunteer could take: to him or to the pool, not his own, on shifts not started. */
  async swapsOpenTo(volunteerId: string, now: Date): Promise<{ id: string; shiftId: string; status: SwapStatus; direct: boolean }[]> {
    return this.db.query(
      `SELECT o.id, o.shift_id AS "shiftId", o.status, (o.to_volunteer_id IS NOT NULL) AS direct
         FROM swap_offers o JOIN shifts s ON s.id = o.shift_id
        WHERE o.status = 'open' AND o.from_volunteer_id <> $1 AND (o.to_volunteer_id IS NULL OR o.to_volunteer_id = $1)
          AND s.starts_at > $2 AND s.status = 'published'
        ORDER BY s.starts_at LIMIT 100`,
      [volunteerId, now],
    );
  }

  /** Offers the volunteer has taken that wait for a coordinator's approval, on shifts not started. */
  async swapsTakenBy(volunteerId: string, now: Date): Promise<{ id: string; shiftId: string; status: SwapStatus; direct: boolean }[]> {
    return this.db.query(
      `SELECT o.id, o.shift_id AS "shiftId", o.status, (o.to_volunteer_id IS NOT NULL) AS direct
         FROM swap_offers o JOIN shifts s ON s.id = o.shift_id
        WHERE o.status = 'pending_approval' AND o.taken_by_volunteer_id = $1 AND s.starts_at > $2
        ORDER BY s.starts_at LIMIT 100`,
      [volunteerId, now],
    );
  }

  /** Swaps waiting for approval on shifts of the scope's centers and events. */
  async pendingSwaps(scope: StaffScope): Promise<{ id: string; shiftId: string; fromVolunteerId: string; takenByVolunteerId: string }[]> {
    const ids = (s: StaffScope['centers']): string[] | null => (s === 'all' ? null : [...s]);
    return this.db.query(
      `SELECT o.id, o.shift_id AS "shiftId", o.from_volunteer_id AS "fromVolunteerId", o.taken_by_volunteer_id AS "takenByVolunteerId"
         FROM swap_offers o JOIN shifts s ON s.id = o.shift_id
        WHERE o.status = 'pending_approval'
          AND ((s.center_id IS NOT NULL AND ($1::uuid[] IS NULL OR s.center_id = ANY($1::uuid[])))
            OR (s.event_id IS NOT NULL AND ($2::uuid[] IS NULL OR s.event_id = ANY($2::uuid[]))))
        ORDER BY s.starts_at LIMIT 200`,
      [ids(scope.centers), ids(scope.events)],
    );
  }

  /**
   * Who decides a swap on this shift: the active coordinators of its center or organisers of its
   * event; when the shift's place has none, the active admins (who can decide every swap).
   */
  async swapApprovers(em: EntityManager, shift: { centerId: string | null; eventId: string | null }): Promise<Recipient[]> {
    const rows: { email: string; fullName: string; locale: Locale; userId: string }[] = await em.query(
      `SELECT u.email, u.full_name AS "fullName", u.locale, u.id AS "userId"
         FROM users u JOIN user_roles r ON r.user_id = u.id
        WHERE u.active AND (
              (r.role = 'coordinator' AND EXISTS (SELECT 1 FROM coordinator_centers c WHERE c.user_id = u.id AND c.center_id = $1))
           OR (r.role = 'organizer' AND EXISTS (SELECT 1 FROM event_organizers e WHERE e.user_id = u.id AND e.event_id = $2)))
        ORDER BY u.email`,
      [shift.centerId, shift.eventId],
    );
    if (rows.length) return rows;
    return em.query(
      `SELECT u.email, u.full_name AS "fullName", u.locale, u.id AS "userId"
         FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'admin'
        WHERE u.active ORDER BY u.email`,
    );
  }

  // ——— calendar feeds ———

  async replaceFeed(owner: { volunteerId?: string; centerId?: string }, tokenHash: string, createdBy: string, now: Date): Promise<void> {
    await this.db.transaction(async (em) => {
      await this.revokeFeedsIn(em, owner, now);
      await em.getRepository(CalendarFeedEntity).insert({ volunteerId: owner.volunteerId ?? null, centerId: owner.centerId ?? null, tokenHash, createdBy });
    });
  }

  async revokeFeeds(owner: { volunteerId?: string; centerId?: string }, now: Date): Promise<void> {
    await this.db.transaction((em) => this.revokeFeedsIn(em, owner, now));
  }

  private async revokeFeedsIn(em: EntityManager, owner: { volunteerId?: string; centerId?: string }, now: Date): Promise<void> {
    const column = owner.volunteerId ? 'volunteer_id' : 'center_id';
    await em.query(`UPDATE calendar_feeds SET revoked_at = $2 WHERE ${column} = $1 AND revoked_at IS NULL`, [owner.volunteerId ?? owner.centerId, now]);
  }

  liveFeed(owner: { volunteerId?: string; centerId?: string }): Promise<CalendarFeedEntity | null> {
    return this.db.getRepository(CalendarFeedEntity).findOne({
      where: owner.volunteerId ? { volunteerId: owner.volunteerId, revokedAt: IsNull() } : { centerId: owner.centerId, revokedAt: IsNull() },
    });
  }

  async feedByTokenHash(tokenHash: string): Promise<CalendarFeedEntity | null> {
    const feed = await this.db.getRepository(CalendarFeedEntity).findOne({ where: { tokenHash } });
    return feed && !feed.revokedAt ? feed : null;
  }

  /** Shifts of a volunteer for the feed: 60 days back, everything ahead; cancelled ones too (marked). */
  async feedShiftIdsOfVolunteer(volunteerId: string, since: Date): Promise<{ shiftId: string; status: AssignmentStatus }[]> {
    return this.db.query(
      `SELECT DISTINCT ON (a.shift_id) a.shift_id AS "shiftId", a.status FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
        WHERE a.volunteer_id = $1 AND s.ends_at > $2 AND a.status IN ('assigned', 'completed', 'cancelled', 'no_show')
        ORDER BY a.shift_id, (a.status = 'cancelled'), a.updated_at DESC`,
      [volunteerId, since],
    );
  }

  // ——— reminders ———

  /** Assignments whose shift starts within 24 h and still misses a reminder; locked so replicas do not double-send. */
  async dueReminders(em: EntityManager, now: Date, limit: number): Promise<{ id: string; shiftId: string; startsAt: Date; reminded24hAt: Date | null; reminded2hAt: Date | null }[]> {
    return em.query(
      `SELECT a.id, a.shift_id AS "shiftId", s.starts_at AS "startsAt", a.reminded24h_at AS "reminded24hAt", a.reminded2h_at AS "reminded2hAt"
         FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
        WHERE a.status = 'assigned' AND s.status = 'published'
          AND s.starts_at > $1 AND s.starts_at <= $1::timestamptz + interval '24 hours'
          AND (a.reminded2h_at IS NULL AND (a.reminded24h_at IS NULL OR s.starts_at <= $1::timestamptz + interval '2 hours'))
        ORDER BY s.starts_at LIMIT $2
        FOR UPDATE OF a SKIP LOCKED`,
      [now, limit],
    );
  }
}
