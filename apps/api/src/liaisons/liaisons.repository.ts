import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CefrLevel, LiaisonDutyKind, RosterGapReason } from '@dost/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { DelegationLiaisonDutyEntity } from './entities/delegation-liaison-duty.entity';

export interface DutyRow {
  id: string;
  delegationId: string | null;
  guestId: string | null;
  shiftId: string;
  kind: LiaisonDutyKind;
  dutyKey: string;
  startsAt: Date;
  endsAt: Date;
  slots: number;
  assignedCount: number;
  status: string;
  notes: string | null;
  positionId: string;
  positionCode: string;
  nameAz: string;
  nameEn: string;
  nameRu: string;
}

export interface LiaisonRow {
  shiftId: string;
  assignmentId: string;
  volunteerId: string;
  fullName: string;
  email: string;
  phone: string | null;
  locale: 'az' | 'en' | 'ru';
  userId: string | null;
}

export interface LiaisonRunRow {
  id: string;
  status: string;
  progress: number;
  eventId: string | null;
  shiftIds: string[] | null;
  result: {
    proposals: { shiftId: string; volunteerId: string }[];
    unfilled: { shiftId: string; missing: number; details: RosterGapReason[] }[];
    snapshot?: { names: Record<string, string> };
  } | null;
  createdAt: Date;
}

const DUTY_SQL = `SELECT d.id, d.delegation_id AS "delegationId", d.guest_id AS "guestId", d.shift_id AS "shiftId", d.kind, d.duty_key AS "dutyKey",
    s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.slots, s.assigned_count AS "assignedCount", s.status, s.notes,
    p.id AS "positionId", p.code AS "positionCode", p.name_az AS "nameAz", p.name_en AS "nameEn", p.name_ru AS "nameRu"
  FROM delegation_liaison_duties d JOIN shifts s ON s.id = d.shift_id JOIN positions p ON p.id = s.position_id`;

/** Liaison duties, their people and the notices; only this file touches the database for liaisons. */
@Injectable()
export class LiaisonsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  duties(eventId: string): Promise<DutyRow[]> {
    return this.db.query(`${DUTY_SQL} WHERE d.event_id = $1 ORDER BY s.starts_at, d.duty_key`, [eventId]);
  }

  async linkDuty(values: Pick<DelegationLiaisonDutyEntity, 'eventId' | 'delegationId' | 'guestId' | 'shiftId' | 'kind' | 'dutyKey'>): Promise<void> {
    await this.db.getRepository(DelegationLiaisonDutyEntity).insert(values);
  }

  async relinkDuty(id: string, shiftId: string): Promise<void> {
    await this.db.getRepository(DelegationLiaisonDutyEntity).update({ id }, { shiftId });
  }

  /** The people on these shifts now (assigned). */
  liaisons(shiftIds: readonly string[]): Promise<LiaisonRow[]> {
    if (!shiftIds.length) return Promise.resolve([]);
    return this.db.query(
      `SELECT a.shift_id AS "shiftId", a.id AS "assignmentId", v.id AS "volunteerId", v.full_name AS "fullName", v.email, v.phone, v.locale, v.user_id AS "userId"
         FROM shift_assignments a JOIN volunteers v ON v.id = a.volunteer_id
        WHERE a.shift_id = ANY($1::uuid[]) AND a.status = 'assigned' ORDER BY v.full_name, a.id`,
      [[...shiftIds]],
    );
  }

  /** The newest liaison matching run of the event. */
  async latestRun(eventId: string): Promise<LiaisonRunRow | null> {
    const rows: LiaisonRunRow[] = await this.db.query(
      `SELECT id, status, progress, event_id AS "eventId", shift_ids AS "shiftIds", result, created_at AS "createdAt"
         FROM roster_runs WHERE event_id = $1 AND shift_ids IS NOT NULL ORDER BY created_at DESC LIMIT 1`,
      [eventId],
    );
    return rows[0] ?? null;
  }

  async run(id: string): Promise<LiaisonRunRow | null> {
    const rows: LiaisonRunRow[] = await this.db.query(
      `SELECT id, status, progress, event_id AS "eventId", shift_ids AS "shiftIds", result, created_at AS "createdAt" FROM roster_runs WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Active volunteers who speak the language at all (for "nearest: …" when nobody speaks it at the level). */
  /** The event's pool (its staffing area, none chosen = the whole network, as a roster run builds it) who speak the language. */
  speakersOf(eventId: string, language: string): Promise<{ id: string; fullName: string; languages: { language: string; level: CefrLevel }[] }[]> {
    return this.db.query(
      `SELECT v.id, v.full_name AS "fullName", v.languages FROM volunteers v
         LEFT JOIN centers c ON c.id = v.home_center_id LEFT JOIN event_staffing_areas a ON a.event_id = $2
        WHERE v.status = 'active' AND NOT v.signup_blocked AND v.languages @> $1::jsonb
          AND (a.event_id IS NULL OR jsonb_array_length(a.regions) + jsonb_array_length(a.center_ids) = 0
               OR c.region IN (SELECT jsonb_array_elements_text(a.regions)) OR v.home_center_id::text IN (SELECT jsonb_array_elements_text(a.center_ids)))
        ORDER BY v.full_name LIMIT 500`,
      [JSON.stringify([{ language: language.toLowerCase() }]), eventId],
    );
  }

  event(eventId: string): Promise<{ id: string; nameAz: string; nameEn: string; nameRu: string } | undefined> {
    return this.db
      .query(`SELECT id, name_az AS "nameAz", name_en AS "nameEn", name_ru AS "nameRu" FROM events WHERE id = $1`, [eventId])
      .then((r: { id: string; nameAz: string; nameEn: string; nameRu: string }[]) => r[0]);
  }

  /** (group, volunteer) pairs of the event whose liaison mail has not gone out yet. */
  pendingNotices(eventId: string): Promise<{ groupId: string; volunteerId: string }[]> {
    return this.db.query(
      `SELECT DISTINCT COALESCE(d.delegation_id, d.guest_id) AS "groupId", a.volunteer_id AS "volunteerId"
         FROM delegation_liaison_duties d
         JOIN shift_assignments a ON a.shift_id = d.shift_id AND a.status = 'assigned'
         JOIN shifts s ON s.id = d.shift_id AND s.status = 'published'
         LEFT JOIN liaison_notices n ON n.group_id = COALESCE(d.delegation_id, d.guest_id) AND n.volunteer_id = a.volunteer_id
        WHERE d.event_id = $1 AND n.id IS NULL`,
      [eventId],
    );
  }

  /** True when this call wrote the notice (so the mail is queued once, whoever applies at the same time). */
  async claimNotice(em: EntityManager, eventId: string, groupId: string, volunteerId: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `INSERT INTO liaison_notices (event_id, group_id, volunteer_id) VALUES ($1, $2, $3) ON CONFLICT (group_id, volunteer_id) DO NOTHING RETURNING id`,
      [eventId, groupId, volunteerId],
    );
    return rows.length > 0;
  }

  volunteerByUser(userId: string): Promise<{ id: string; fullName: string; phone: string | null } | undefined> {
    return this.db
      .query(`SELECT id, full_name AS "fullName", phone FROM volunteers WHERE user_id = $1`, [userId])
      .then((r: { id: string; fullName: string; phone: string | null }[]) => r[0]);
  }

  /** The duties a volunteer holds (assigned) that end after `since`. */
  dutiesOfVolunteer(volunteerId: string, since: Date): Promise<(DutyRow & { eventId: string })[]> {
    return this.db.query(
      `${DUTY_SQL.replace('SELECT d.id,', 'SELECT d.id, d.event_id AS "eventId",')}
        JOIN shift_assignments a ON a.shift_id = d.shift_id AND a.status = 'assigned' AND a.volunteer_id = $1
        WHERE s.ends_at > $2 AND s.status = 'published' ORDER BY s.starts_at`,
      [volunteerId, since],
    );
  }

  /** Duties of these groups (delegation or guest ids), for the volunteer's view of who else is on them. */
  dutiesOfGroups(groupIds: readonly string[]): Promise<DutyRow[]> {
    if (!groupIds.length) return Promise.resolve([]);
    return this.db.query(`${DUTY_SQL} WHERE COALESCE(d.delegation_id, d.guest_id) = ANY($1::uuid[]) AND s.status = 'published' ORDER BY s.starts_at`, [[...groupIds]]);
  }
}
