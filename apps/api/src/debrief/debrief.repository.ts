import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EventFeedbackEntity } from './entities/event-feedback.entity';

export interface EventRow { id: string; nameAz: string; nameEn: string; nameRu: string; venue: string; startsAt: Date; endsAt: Date; status: string }
export interface ServedVolunteer { id: string; fullName: string; email: string; locale: 'az' | 'en' | 'ru'; userId: string | null }
export interface RoleFigures { positionId: string | null; name: { az: string; en: string; ru: string } | null; approvedMinutes: number; volunteers: number; noShows: number }
export interface CommentRow { comment: string; anonymous: boolean; volunteerName: string | null; submittedOn: string }
export type NewFeedback = Pick<EventFeedbackEntity, 'eventId' | 'volunteerId' | 'anonymous' | 'organisation' | 'briefing' | 'roleClarity' | 'again' | 'comment' | 'submittedOn'>;

/** "Served at the event": a shift there not cancelled nor missed, or hours there not rejected. */
const SERVED = `(
  SELECT a.volunteer_id FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
   WHERE s.event_id = $1 AND a.status IN ('assigned', 'completed')
  UNION
  SELECT h.volunteer_id FROM hour_entries h WHERE h.event_id = $1 AND h.status <> 'rejected'
)`;

/** The only code of the debrief that touches the database. */
@Injectable()
export class DebriefRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async event(id: string, em: EntityManager = this.db.manager): Promise<EventRow | null> {
    const rows: EventRow[] = await em.query(
      `SELECT id, name_az AS "nameAz", name_en AS "nameEn", name_ru AS "nameRu", venue, starts_at AS "startsAt", ends_at AS "endsAt", status FROM events WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async served(eventId: string, em: EntityManager = this.db.manager): Promise<ServedVolunteer[]> {
    return em.query(
      `SELECT v.id, v.full_name AS "fullName", v.email, v.locale, v.user_id AS "userId" FROM volunteers v
        WHERE v.id IN ${SERVED} ORDER BY v.id`,
      [eventId],
    );
  }

  async hasServed(eventId: string, volunteerId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM ${SERVED} x WHERE x.volunteer_id = $2`, [eventId, volunteerId]);
    return rows.length > 0;
  }

  async volunteerOfUser(userId: string): Promise<{ id: string; fullName: string } | null> {
    const rows: { id: string; fullName: string }[] = await this.db.query(`SELECT id, full_name AS "fullName" FROM volunteers WHERE user_id = $1`, [userId]);
    return rows[0] ?? null;
  }

  async responded(eventId: string, volunteerId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM event_feedback_responses WHERE event_id = $1 AND volunteer_id = $2`, [eventId, volunteerId]);
    return rows.length > 0;
  }

  /** The marker first: false when this person has answered already (the primary key decides, also under a race). */
  async markResponded(em: EntityManager, eventId: string, volunteerId: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `INSERT INTO event_feedback_responses (event_id, volunteer_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
      [eventId, volunteerId],
    );
    return rows.length > 0;
  }

  async insertFeedback(em: EntityManager, row: NewFeedback): Promise<void> {
    await em.getRepository(EventFeedbackEntity).insert(row);
  }

  async responseCount(eventId: string): Promise<number> {
    const [r]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM event_feedback_responses WHERE event_id = $1`, [eventId]);
    return r.n;
  }

  /** Count of answers per question and score 1–5. */
  async distribution(eventId: string): Promise<{ question: string; score: number; n: number }[]> {
    return this.db.query(
      `SELECT q.question, q.score, count(*)::int AS n FROM (
          SELECT 'organisation' AS question, organisation AS score FROM event_feedback WHERE event_id = $1
          UNION ALL SELECT 'briefing', briefing FROM event_feedback WHERE event_id = $1
          UNION ALL SELECT 'roleClarity', role_clarity FROM event_feedback WHERE event_id = $1
          UNION ALL SELECT 'again', again FROM event_feedback WHERE event_id = $1
        ) q GROUP BY q.question, q.score`,
      [eventId],
    );
  }

  async comments(eventId: string): Promise<CommentRow[]> {
    return this.db.query(
      `SELECT f.comment, f.anonymous, CASE WHEN f.anonymous THEN NULL ELSE v.full_name END AS "volunteerName", f.submitted_on::text AS "submittedOn"
         FROM event_feedback f LEFT JOIN volunteers v ON v.id = f.volunteer_id
        WHERE f.event_id = $1 AND f.comment IS NOT NULL AND f.comment <> ''
        ORDER BY f.submitted_on DESC, f.id`,
      [eventId],
    );
  }

  /**
   * Per role: approved ledger minutes (the ledger's one definition, `approvedMinutes`: the sum of approved rows — what
   * certificates count) and distinct volunteers with them, and no-show assignments on the event's shifts.
   */
  async roles(eventId: string): Promise<RoleFigures[]> {
    const rows: { positionId: string | null; nameAz: string | null; nameEn: string | null; nameRu: string | null; approvedMinutes: number; volunteers: number; noShows: number }[] = await this.db.query(
      `WITH hours AS (
          SELECT h.position_id, sum(h.minutes)::int AS minutes, count(DISTINCT h.volunteer_id)::int AS volunteers
            FROM hour_entries h WHERE h.event_id = $1 AND h.status = 'approved' GROUP BY h.position_id
        ), missed AS (
          SELECT s.position_id, count(*)::int AS n FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
           WHERE s.event_id = $1 AND a.status = 'no_show' GROUP BY s.position_id
        ), keys AS (SELECT position_id FROM hours UNION SELECT position_id FROM missed)
        SELECT k.position_id AS "positionId", p.name_az AS "nameAz", p.name_en AS "nameEn", p.name_ru AS "nameRu",
               coalesce(h.minutes, 0) AS "approvedMinutes", coalesce(h.volunteers, 0) AS volunteers, coalesce(m.n, 0) AS "noShows"
          FROM keys k LEFT JOIN positions p ON p.id = k.position_id
          LEFT JOIN hours h ON h.position_id IS NOT DISTINCT FROM k.position_id
          LEFT JOIN missed m ON m.position_id IS NOT DISTINCT FROM k.position_id
         ORDER BY coalesce(h.minutes, 0) DESC, p.name_en NULLS LAST`,
      [eventId],
    );
    return rows.map((r) => ({
      positionId: r.positionId, name: r.nameAz ? { az: r.nameAz, en: r.nameEn!, ru: r.nameRu! } : null,
      approvedMinutes: r.approvedMinutes, volunteers: r.volunteers, noShows: r.noShows,
    }));
  }

  /** The event's certificate types (rule.eventId), for the "issue certificates" link. */
  async certificateTypes(eventId: string): Promise<{ id: string; name: { az: string; en: string; ru: string } }[]> {
    const rows: { id: string; nameAz: string; nameEn: string; nameRu: string }[] = await this.db.query(
      `SELECT id, name_az AS "nameAz", name_en AS "nameEn", name_ru AS "nameRu" FROM certificate_types
        WHERE kind = 'event' AND rule->>'eventId' = $1::text ORDER BY created_at`,
      [eventId],
    );
    return rows.map((r) => ({ id: r.id, name: { az: r.nameAz, en: r.nameEn, ru: r.nameRu } }));
  }

  /** Events that ended in (`since`, `now`], not cancelled, whose invitations have not gone out. */
  async endedWithoutMailing(since: Date, now: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT e.id FROM events e WHERE e.ends_at <= $2 AND e.ends_at > $1 AND e.status <> 'cancelled'
          AND NOT EXISTS (SELECT 1 FROM event_feedback_mailings m WHERE m.event_id = e.id) ORDER BY e.ends_at`,
      [since, now],
    );
    return rows.map((r) => r.id);
  }

  /** Claims the event's mailing; false when another run (or replica) has it. */
  async claimMailing(em: EntityManager, eventId: string, now: Date, recipients: number): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `INSERT INTO event_feedback_mailings (event_id, sent_at, recipients) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id`,
      [eventId, now, recipients],
    );
    return rows.length > 0;
  }

  async mailing(eventId: string): Promise<{ sentAt: Date; recipients: number } | null> {
    const rows: { sentAt: Date; recipients: number }[] = await this.db.query(
      `SELECT sent_at AS "sentAt", recipients FROM event_feedback_mailings WHERE event_id = $1`, [eventId]);
    return rows[0] ?? null;
  }
}
