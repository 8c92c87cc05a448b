import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LanguageRequirement } from '@dost/domain';
import { DataSource, EntityManager } from 'typeorm';
import { EventDeskReplacementEntity } from './entities/event-desk-replacement.entity';
import { EventIncidentEntity } from './entities/event-incident.entity';

/** One seat of the board: a shift of the day with (at most) one person on it. */
export interface BoardRow {
  shiftId: string;
  positionId: string;
  positionAz: string;
  positionEn: string;
  positionRu: string;
  languages: LanguageRequirement[];
  startsAt: Date;
  endsAt: Date;
  slots: number;
  notes: string | null;
  assignmentId: string | null;
  status: string | null;
  volunteerId: string | null;
  fullName: string | null;
  phone: string | null;
  checkInAt: Date | null;
  checkOutAt: Date | null;
  /** Set on the missing person's row once their seat went to someone else. */
  replacedByName: string | null;
  /** Set on the standby person's row: whom they replaced. */
  replacesName: string | null;
  /** When this (standby) person took the seat: their 10 minutes count from then. */
  replacedAt: Date | null;
}

/** The desk's reads and its own two tables; assignments change only through rostering's SignupService. */
@Injectable()
export class EventDeskRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async eventName(eventId: string): Promise<{ az: string; en: string; ru: string } | null> {
    const [row] = await this.db.query(`SELECT name_az AS az, name_en AS en, name_ru AS ru FROM events WHERE id = $1`, [eventId]);
    return row ?? null;
  }

  /** Published shifts of the event overlapping [from, to) with the people on them (live, no-shows and the replaced). */
  async board(eventId: string, from: Date, to: Date): Promise<BoardRow[]> {
    return this.db.query(
      `SELECT s.id AS "shiftId", s.position_id AS "positionId", p.name_az AS "positionAz", p.name_en AS "positionEn", p.name_ru AS "positionRu",
              COALESCE(p.requirements->'languages', '[]'::jsonb) AS languages, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.slots, s.notes,
              a.id AS "assignmentId", a.status, a.volunteer_id AS "volunteerId", v.full_name AS "fullName", v.phone,
              ar.check_in_at AS "checkInAt", ar.check_out_at AS "checkOutAt",
              rv.full_name AS "replacedByName", mv.full_name AS "replacesName", m.created_at AS "replacedAt"
         FROM shifts s
         JOIN positions p ON p.id = s.position_id
         LEFT JOIN shift_assignments a ON a.shift_id = s.id AND (a.status IN ('assigned', 'no_show', 'completed')
              OR EXISTS (SELECT 1 FROM event_desk_replacements x WHERE x.missing_assignment_id = a.id))
         LEFT JOIN volunteers v ON v.id = a.volunteer_id
         LEFT JOIN attendance_records ar ON ar.assignment_id = a.id
         LEFT JOIN event_desk_replacements r ON r.missing_assignment_id = a.id
         LEFT JOIN shift_assignments ra ON ra.id = r.replacement_assignment_id
         LEFT JOIN volunteers rv ON rv.id = ra.volunteer_id
         LEFT JOIN event_desk_replacements m ON m.replacement_assignment_id = a.id
         LEFT JOIN shift_assignments ma ON ma.id = m.missing_assignment_id
         LEFT JOIN volunteers mv ON mv.id = ma.volunteer_id
        WHERE s.event_id = $1 AND s.status = 'published' AND s.starts_at < $3 AND s.ends_at > $2
        ORDER BY p.name_az, s.starts_at, s.id, v.full_name`,
      [eventId, from, to],
    );
  }

  /** attended (completed) and no-shows per volunteer over shifts that are over: the input of `reliability()`. */
  async attendanceCounts(volunteerIds: readonly string[], now: Date): Promise<Map<string, { attended: number; noShows: number }>> {
    if (!volunteerIds.length) return new Map();
    const rows: { volunteerId: string; attended: number; noShows: number }[] = await this.db.query(
      `SELECT a.volunteer_id AS "volunteerId", count(*) FILTER (WHERE a.status = 'completed')::int AS attended,
              count(*) FILTER (WHERE a.status = 'no_show')::int AS "noShows"
         FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
        WHERE a.volunteer_id = ANY($1::uuid[]) AND s.ends_at <= $2 GROUP BY a.volunteer_id`,
      [[...volunteerIds], now],
    );
    return new Map(rows.map((r) => [r.volunteerId, { attended: r.attended, noShows: r.noShows }]));
  }

  /**
   * Everyone already on the shift, for standby to leave out: assigned, marked no-show or done, and a seat handed over
   * on the desk (its missing person is 'cancelled' then). A no-show must not be offered as their own replacement.
   */
  async onShift(shiftId: string): Promise<Set<string>> {
    const rows: { volunteerId: string }[] = await this.db.query(
      `SELECT DISTINCT a.volunteer_id AS "volunteerId" FROM shift_assignments a
        WHERE a.shift_id = $1 AND (a.status IN ('assigned', 'no_show', 'completed')
              OR EXISTS (SELECT 1 FROM event_desk_replacements x WHERE x.missing_assignment_id = a.id))`,
      [shiftId],
    );
    return new Set(rows.map((r) => r.volunteerId));
  }

  /** The shift's role's language requirement when the shift is the event's; null otherwise. */
  async shiftLanguages(shiftId: string, eventId: string): Promise<LanguageRequirement[] | null> {
    const [row] = await this.db.query(
      `SELECT COALESCE(p.requirements->'languages', '[]'::jsonb) AS languages FROM shifts s JOIN positions p ON p.id = s.position_id WHERE s.id = $1 AND s.event_id = $2`,
      [shiftId, eventId],
    );
    return row ? row.languages : null;
  }

  async alreadyReplaced(em: EntityManager, missingAssignmentId: string): Promise<boolean> {
    const rows = await em.query(`SELECT 1 FROM event_desk_replacements WHERE missing_assignment_id = $1`, [missingAssignmentId]);
    return rows.length > 0;
  }

  async insertReplacement(em: EntityManager, values: Omit<EventDeskReplacementEntity, 'id' | 'createdAt' | 'event'>): Promise<void> {
    await em.getRepository(EventDeskReplacementEntity).insert(values);
  }

  incidents(eventId: string): Promise<EventIncidentEntity[]> {
    return this.db.getRepository(EventIncidentEntity).find({ where: { eventId }, order: { occurredAt: 'DESC', createdAt: 'DESC' } });
  }

  incident(eventId: string, id: string): Promise<EventIncidentEntity | null> {
    return this.db.getRepository(EventIncidentEntity).findOne({ where: { eventId, id } });
  }

  async saveIncident(values: Partial<EventIncidentEntity>): Promise<EventIncidentEntity> {
    const repo = this.db.getRepository(EventIncidentEntity);
    return repo.save(repo.create(values));
  }
}
