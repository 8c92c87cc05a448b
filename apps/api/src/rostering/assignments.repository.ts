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
  activeVolunteers(filter: { homeCenterIds?: readonly string[]; language?: string; q?: string; limit: number; withHomeCenter?: boolean }): Promise<VolunteerEntity[]> {
    const qb = this.db.getRepository(VolunteerEntity).createQueryBuilder('v').where(`v.status = 'active'`);
    if (filter.withHomeCenter) qb.leftJoinAndSelect('v.homeCenter', 'hc');
    if (filter.homeCenterIds) qb.andWhere(filter.homeCenterIds.length ? 'v.home_center_id IN (:...hc)' : '1 = 0', { hc: [...filter.homeCenterIds] });
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
