import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CEFR_LEVELS, type CefrLevel, type LanguageSkill, type VolunteerStatus } from '@dost/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { peopleScopeSql, type PeopleScope } from './people-scope';

export interface DirectoryFilter {
  q?: string;
  language?: string;
  minLevel?: CefrLevel;
  qualification?: string;
  status?: VolunteerStatus;
  homeCenterId?: string;
  /** Baku date: a qualification counts while valid_until ≥ today. */
  today: string;
}

export interface LocalizedName { az: string; en: string; ru: string }

export interface DirectoryRow {
  id: string;
  fullName: string;
  email: string;
  phone: string | null;
  status: VolunteerStatus;
  homeCenterId: string | null;
  homeCenterName: LocalizedName | null;
  languages: LanguageSkill[];
  qualifications: string[];
  approvedMinutes: number;
  attended: number;
  noShows: number;
  lastShiftAt: Date | null;
}

export interface ProfileShiftRow {
  assignmentId: string;
  shiftId: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  shiftStatus: string;
  positionName: LocalizedName;
  placeName: LocalizedName;
  centerId: string | null;
  eventId: string | null;
}

const SORT_SQL: Record<string, string> = {
  fullName: 'v.full_name', status: 'v.status', approvedMinutes: 'v.approved_minutes', lastShiftAt: 'last_shift_at', createdAt: 'v.created_at',
};

/** Escapes LIKE's wildcards so a search for "50%" finds "50%". */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Reads for the staff directory and profile, always through a PeopleScope (a required argument).
 * Hours are `volunteers.approved_minutes`, which the hours ledger keeps; attendance counts come from
 * shift assignments that are over (completed / no_show) and feed the domain's one `reliability`.
 */
@Injectable()
export class VolunteerDirectoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  private where(scope: PeopleScope, f: DirectoryFilter, params: unknown[]): string {
    const conds = [peopleScopeSql(scope, params)];
    const add = (value: unknown) => { params.push(value); return `$${params.length}`; };
    if (f.q?.trim()) conds.push(`(v.full_name ILIKE ${add(`%${likeEscape(f.q.trim())}%`)} OR v.email ILIKE $${params.length})`);
    if (f.language) {
      const levels = f.minLevel ? CEFR_LEVELS.slice(CEFR_LEVELS.indexOf(f.minLevel)) : [...CEFR_LEVELS];
      conds.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(v.languages) l WHERE l->>'language' = ${add(f.language)} AND l->>'level' = ANY(${add(levels)}::text[]))`);
    }
    if (f.qualification) {
      conds.push(`EXISTS (SELECT 1 FROM volunteer_qualifications vq WHERE vq.volunteer_id = v.id AND vq.code = ${add(f.qualification)}
                    AND (vq.valid_until IS NULL OR vq.valid_until >= ${add(f.today)}::date))`);
    }
    if (f.status) conds.push(`v.status = ${add(f.status)}`);
    // A center with everything hung under it in the network tree: choosing a regional center rolls the region up.
    if (f.homeCenterId) {
      conds.push(`v.home_center_id IN (WITH RECURSIVE sub(id) AS (SELECT ${add(f.homeCenterId)}::uuid
                    UNION SELECT c.id FROM centers c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)`);
    }
    return conds.join(' AND ');
  }

  async list(scope: PeopleScope, f: DirectoryFilter, page: { offset: number; limit: number; sort?: string; order: 'ASC' | 'DESC' }): Promise<{ rows: DirectoryRow[]; total: number }> {
    const params: unknown[] = [];
    const where = this.where(scope, f, params);
    const sort = SORT_SQL[page.sort ?? ''] ?? SORT_SQL.fullName;
    const nulls = page.order === 'DESC' ? 'NULLS LAST' : 'NULLS FIRST';
    params.push(f.today);
    const todayParam = `$${params.length}`;
    params.push(page.limit, page.offset);
    const rows: (DirectoryRow & { total: number })[] = await this.db.query(
      `SELECT v.id, v.full_name AS "fullName", v.email, v.phone, v.status, v.home_center_id AS "homeCenterId",
              CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('az', c.name_az, 'en', c.name_en, 'ru', c.name_ru) END AS "homeCenterName",
              v.languages, v.approved_minutes AS "approvedMinutes",
              coalesce((SELECT array_agg(vq.code ORDER BY vq.code) FROM volunteer_qualifications vq
                         WHERE vq.volunteer_id = v.id AND (vq.valid_until IS NULL OR vq.valid_until >= ${todayParam}::date)), '{}') AS qualifications,
              coalesce(att.attended, 0)::int AS attended, coalesce(att.no_shows, 0)::int AS "noShows", att.last_shift_at AS "lastShiftAt",
              count(*) OVER ()::int AS total
         FROM volunteers v
         LEFT JOIN centers c ON c.id = v.home_center_id
         LEFT JOIN LATERAL (
           SELECT count(*) FILTER (WHERE sa.status = 'completed') AS attended, count(*) FILTER (WHERE sa.status = 'no_show') AS no_shows,
                  max(s.starts_at) FILTER (WHERE sa.status = 'completed') AS last_shift_at
             FROM shift_assignments sa JOIN shifts s ON s.id = sa.shift_id WHERE sa.volunteer_id = v.id
         ) att ON TRUE
        WHERE ${where}
        ORDER BY ${sort === 'last_shift_at' ? 'att.last_shift_at' : sort} ${page.order} ${nulls}, v.full_name ASC, v.id ASC
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { rows: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
  }

  /** The person if in scope (null otherwise: the caller answers 404). */
  async findInScope(id: string, scope: PeopleScope, today: string): Promise<(DirectoryRow & { fin: string | null; birthDate: string | null; locale: string; skills: string[]; signupBlocked: boolean; userId: string | null; createdAt: Date }) | null> {
    const params: unknown[] = [id];
    const where = this.where(scope, { today }, params);
    const page = await this.db.query(
      `SELECT v.id FROM volunteers v WHERE v.id = $1 AND ${where}`, params,
    );
    if (!page.length) return null;
    const [row] = await this.db.query(
      `SELECT v.id, v.full_name AS "fullName", v.email, v.phone, v.status, v.home_center_id AS "homeCenterId", v.fin, to_char(v.birth_date, 'YYYY-MM-DD') AS "birthDate",
              v.locale, v.skills, v.signup_blocked AS "signupBlocked", v.user_id AS "userId", v.created_at AS "createdAt",
              CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('az', c.name_az, 'en', c.name_en, 'ru', c.name_ru) END AS "homeCenterName",
              v.languages, v.approved_minutes AS "approvedMinutes", '{}'::text[] AS qualifications,
              (SELECT count(*) FROM shift_assignments sa WHERE sa.volunteer_id = v.id AND sa.status = 'completed')::int AS attended,
              (SELECT count(*) FROM shift_assignments sa WHERE sa.volunteer_id = v.id AND sa.status = 'no_show')::int AS "noShows",
              (SELECT max(s.starts_at) FROM shift_assignments sa JOIN shifts s ON s.id = sa.shift_id WHERE sa.volunteer_id = v.id AND sa.status = 'completed') AS "lastShiftAt"
         FROM volunteers v LEFT JOIN centers c ON c.id = v.home_center_id WHERE v.id = $1`,
      [id],
    );
    return row ?? null;
  }

  qualifications(volunteerId: string): Promise<{ code: string; validUntil: string | null }[]> {
    return this.db.query(
      `SELECT code, to_char(valid_until, 'YYYY-MM-DD') AS "validUntil" FROM volunteer_qualifications WHERE volunteer_id = $1 ORDER BY code`, [volunteerId],
    );
  }

  /** Weekly availability: the person's own (My profile) if they set it, else the latest application's. */
  async availability(volunteerId: string): Promise<string[]> {
    const [row] = await this.db.query(
      `SELECT coalesce(
         (SELECT p.availability FROM volunteer_profiles p WHERE p.volunteer_id = $1 AND jsonb_array_length(p.availability) > 0),
         (SELECT to_jsonb(a.availability) FROM applications a WHERE a.volunteer_id = $1 ORDER BY a.created_at DESC LIMIT 1),
         '[]'::jsonb) AS availability`,
      [volunteerId],
    );
    return Array.isArray(row?.availability) ? row.availability : [];
  }

  preferredCenters(volunteerId: string): Promise<{ id: string; name: LocalizedName }[]> {
    return this.db.query(
      `SELECT c.id, json_build_object('az', c.name_az, 'en', c.name_en, 'ru', c.name_ru) AS name
         FROM volunteer_preferred_centers p JOIN centers c ON c.id = p.center_id WHERE p.volunteer_id = $1 ORDER BY c.name_az`,
      [volunteerId],
    );
  }

  /** Shifts that started before `now` (latest first) or start later (soonest first), `limit` each. */
  shifts(volunteerId: string, now: Date, when: 'past' | 'ahead', limit: number): Promise<ProfileShiftRow[]> {
    const cond = when === 'past' ? 's.starts_at < $2' : 's.starts_at >= $2';
    const order = when === 'past' ? 'DESC' : 'ASC';
    return this.db.query(
      `SELECT sa.id AS "assignmentId", s.id AS "shiftId", s.starts_at AS "startsAt", s.ends_at AS "endsAt", sa.status, s.status AS "shiftStatus",
              s.center_id AS "centerId", s.event_id AS "eventId",
              json_build_object('az', p.name_az, 'en', p.name_en, 'ru', p.name_ru) AS "positionName",
              CASE WHEN s.center_id IS NOT NULL THEN json_build_object('az', c.name_az, 'en', c.name_en, 'ru', c.name_ru)
                   ELSE json_build_object('az', e.name_az, 'en', e.name_en, 'ru', e.name_ru) END AS "placeName"
         FROM shift_assignments sa JOIN shifts s ON s.id = sa.shift_id JOIN positions p ON p.id = s.position_id
         LEFT JOIN centers c ON c.id = s.center_id LEFT JOIN events e ON e.id = s.event_id
        WHERE sa.volunteer_id = $1 AND ${cond}
        ORDER BY s.starts_at ${order}, sa.id LIMIT $3`,
      [volunteerId, now, limit],
    );
  }

  async pendingMinutes(volunteerId: string): Promise<number> {
    const [r] = await this.db.query(`SELECT coalesce(sum(minutes), 0)::int AS m FROM hour_entries WHERE volunteer_id = $1 AND status = 'pending'`, [volunteerId]);
    return r?.m ?? 0;
  }

  notes(volunteerId: string): Promise<{ id: string; authorName: string; authorUserId: string | null; body: string; createdAt: Date }[]> {
    return this.db.query(
      `SELECT id, author_name AS "authorName", author_user_id AS "authorUserId", body, created_at AS "createdAt"
         FROM volunteer_notes WHERE volunteer_id = $1 ORDER BY created_at DESC, id DESC LIMIT 200`,
      [volunteerId],
    );
  }

  async addNote(volunteerId: string, author: { userId: string; name: string }, body: string, em?: EntityManager): Promise<string> {
    const [r] = await (em ?? this.db).query(
      `INSERT INTO volunteer_notes (volunteer_id, author_user_id, author_name, body) VALUES ($1, $2, $3, $4) RETURNING id`,
      [volunteerId, author.userId, author.name.slice(0, 200), body],
    );
    return r.id;
  }

  statusHistory(volunteerId: string): Promise<{ from: VolunteerStatus | null; to: VolunteerStatus; reason: string | null; actorName: string | null; at: Date }[]> {
    return this.db.query(
      `SELECT h.from_status AS "from", h.to_status AS "to", h.reason, u.full_name AS "actorName", h.at
         FROM volunteer_status_changes h LEFT JOIN users u ON u.id = h.actor_user_id
        WHERE h.volunteer_id = $1 ORDER BY h.at DESC, h.id DESC`,
      [volunteerId],
    );
  }

  /** The catalogue's names by code (the export writes names, not codes). */
  async qualificationNames(): Promise<Map<string, { az: string; en: string; ru: string }>> {
    const rows: { code: string; az: string; en: string; ru: string }[] = await this.db.query(`SELECT code, name_az AS az, name_en AS en, name_ru AS ru FROM qualifications`);
    return new Map(rows.map((r) => [r.code, { az: r.az, en: r.en, ru: r.ru }]));
  }

  async centerExists(id: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM centers WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async setHomeCenter(em: EntityManager, volunteerId: string, homeCenterId: string): Promise<void> {
    await em.query(`UPDATE volunteers SET home_center_id = $2, updated_at = now() WHERE id = $1`, [volunteerId, homeCenterId]);
  }

  async centerName(em: EntityManager, id: string | null): Promise<string | null> {
    if (!id) return null;
    const [r] = await em.query(`SELECT name_az AS name FROM centers WHERE id = $1`, [id]);
    return r?.name ?? null;
  }

  async userName(userId: string): Promise<string | null> {
    const [r] = await this.db.query(`SELECT full_name AS name FROM users WHERE id = $1`, [userId]);
    return r?.name ?? null;
  }
}
