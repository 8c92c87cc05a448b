import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventBadgeEntity } from './entities/event-badge.entity';
import type { GuestAccess } from './entities/event-zone.entity';

export interface Localized { az: string; en: string; ru: string }
export interface EventRow { id: string; name: Localized; venue: string; startsAt: Date; endsAt: Date }
export interface PositionRow { id: string; code: string; name: Localized }
export interface ZoneRow { id: string; name: Localized; color: string; guestAccess: GuestAccess; sortOrder: number; positionIds: string[] }
/** One shift of a volunteer on the event (assigned or completed, on a live shift). */
export interface DutyRow { volunteerId: string; fullName: string; positionId: string; startsAt: Date; endsAt: Date }
export interface ZoneInput { id?: string; name: Localized; color: string; guestAccess: GuestAccess; positionIds: string[] }

/** A new QR secret: 32 random bytes, base64url (43 characters). */
export const newBadgeToken = (): string => randomBytes(32).toString('base64url');

const BADGE_COLUMNS = `id, event_id AS "eventId", volunteer_id AS "volunteerId", guest_id AS "guestId", token, version, printed_at AS "printedAt",
  replaced_at AS "replacedAt", replaced_by AS "replacedBy", created_at AS "createdAt"`;

/** The accreditation tables, and the reads of the event, its positions and its rota that badges need. */
@Injectable()
export class AccreditationRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  async event(id: string): Promise<EventRow | null> {
    const [e] = await this.ds.query(
      `SELECT id, name_az, name_en, name_ru, venue, starts_at AS "startsAt", ends_at AS "endsAt" FROM events WHERE id = $1`, [id]);
    return e ? { id: e.id, name: { az: e.name_az, en: e.name_en, ru: e.name_ru }, venue: e.venue, startsAt: e.startsAt, endsAt: e.endsAt } : null;
  }

  async positions(eventId: string): Promise<PositionRow[]> {
    const rows: { id: string; code: string; name_az: string; name_en: string; name_ru: string }[] = await this.ds.query(
      `SELECT id, code, name_az, name_en, name_ru FROM positions WHERE event_id = $1 ORDER BY name_az, code`, [eventId]);
    return rows.map((r) => ({ id: r.id, code: r.code, name: { az: r.name_az, en: r.name_en, ru: r.name_ru } }));
  }

  async zones(eventId: string, em: EntityManager = this.ds.manager): Promise<ZoneRow[]> {
    const rows: { id: string; name_az: string; name_en: string; name_ru: string; color: string; guest_access: GuestAccess; sort_order: number; position_ids: string[] }[] =
      await em.query(
        `SELECT z.id, z.name_az, z.name_en, z.name_ru, z.color, z.guest_access, z.sort_order,
                COALESCE(array_agg(zp.position_id ORDER BY zp.position_id) FILTER (WHERE zp.position_id IS NOT NULL), '{}') AS position_ids
           FROM event_zones z LEFT JOIN event_zone_positions zp ON zp.zone_id = z.id
          WHERE z.event_id = $1 GROUP BY z.id ORDER BY z.sort_order, z.name_az`, [eventId]);
    return rows.map((r) => ({
      id: r.id, name: { az: r.name_az, en: r.name_en, ru: r.name_ru }, color: r.color, guestAccess: r.guest_access, sortOrder: r.sort_order, positionIds: r.position_ids,
    }));
  }

  /** Replaces the event's zones by `zones` (in this order): kept by id, new ones inserted, the rest deleted. */
  async saveZones(eventId: string, zones: ZoneInput[]): Promise<void> {
    await this.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('accreditation:zones'), hashtext($1))`, [eventId]);
      const keep = zones.map((z) => z.id).filter((id): id is string => !!id);
      await em.query(`DELETE FROM event_zones WHERE event_id = $1 AND NOT (id = ANY($2::uuid[]))`, [eventId, keep]);
      // Names move between zones in one save (swap two names): free them first, the unique key checks the end state.
      await em.query(`UPDATE event_zones SET name_az = 'tmp-' || id::text WHERE event_id = $1`, [eventId]);
      for (const [i, z] of zones.entries()) {
        let id = z.id;
        if (id) {
          await em.query(`UPDATE event_zones SET name_az = $2, name_en = $3, name_ru = $4, color = $5, guest_access = $6, sort_order = $7, updated_at = now() WHERE id = $1`,
            [id, z.name.az, z.name.en, z.name.ru, z.color, z.guestAccess, i]);
          await em.query(`DELETE FROM event_zone_positions WHERE zone_id = $1`, [id]);
        } else {
          [{ id }] = await em.query(
            `INSERT INTO event_zones (event_id, name_az, name_en, name_ru, color, guest_access, sort_order) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
            [eventId, z.name.az, z.name.en, z.name.ru, z.color, z.guestAccess, i]);
        }
        if (z.positionIds.length) {
          await em.query(`INSERT INTO event_zone_positions (zone_id, position_id) SELECT $1, unnest($2::uuid[])`, [id, z.positionIds]);
        }
      }
    });
  }

  /** Every live duty of the event's volunteers; with `volunteerId` and a window, that person's duties overlapping it. */
  async duties(eventId: string, only?: { volunteerId: string; from: Date; to: Date }): Promise<DutyRow[]> {
    const params: unknown[] = [eventId];
    let extra = '';
    if (only) {
      params.push(only.volunteerId, only.from, only.to);
      extra = `AND a.volunteer_id = $2 AND s.starts_at < $4 AND s.ends_at > $3`;
    }
    return this.ds.query(
      `SELECT a.volunteer_id AS "volunteerId", v.full_name AS "fullName", s.position_id AS "positionId", s.starts_at AS "startsAt", s.ends_at AS "endsAt"
         FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id JOIN volunteers v ON v.id = a.volunteer_id
        WHERE s.event_id = $1 AND s.status <> 'cancelled' AND a.status IN ('assigned', 'completed') ${extra}
        ORDER BY v.full_name, s.starts_at`, params);
  }

  async volunteerName(id: string): Promise<string | null> {
    const [v] = await this.ds.query(`SELECT full_name AS "fullName" FROM volunteers WHERE id = $1`, [id]);
    return v?.fullName ?? null;
  }

  /** Gives every holder without a live badge one (a new token); holders who have one keep it. */
  async ensureBadges(eventId: string, holders: { volunteerIds: string[]; guestIds: string[] }): Promise<void> {
    const { volunteerIds, guestIds } = holders;
    if (volunteerIds.length) {
      await this.ds.query(
        `INSERT INTO event_badges (event_id, volunteer_id, token, version)
         SELECT $1, x.id, x.token, 1 + (SELECT count(*) FROM event_badges o WHERE o.event_id = $1 AND o.volunteer_id = x.id)
           FROM unnest($2::uuid[], $3::text[]) AS x(id, token)
          WHERE NOT EXISTS (SELECT 1 FROM event_badges b WHERE b.event_id = $1 AND b.volunteer_id = x.id AND b.replaced_at IS NULL)
         ON CONFLICT DO NOTHING`,
        [eventId, volunteerIds, volunteerIds.map(() => newBadgeToken())]);
    }
    if (guestIds.length) {
      await this.ds.query(
        `INSERT INTO event_badges (event_id, guest_id, token, version)
         SELECT $1, x.id, x.token, 1 + (SELECT count(*) FROM event_badges o WHERE o.event_id = $1 AND o.guest_id = x.id)
           FROM unnest($2::uuid[], $3::text[]) AS x(id, token)
          WHERE NOT EXISTS (SELECT 1 FROM event_badges b WHERE b.event_id = $1 AND b.guest_id = x.id AND b.replaced_at IS NULL)
         ON CONFLICT DO NOTHING`,
        [eventId, guestIds, guestIds.map(() => newBadgeToken())]);
    }
  }

  liveBadges(eventId: string): Promise<EventBadgeEntity[]> {
    return this.ds.query(`SELECT ${BADGE_COLUMNS} FROM event_badges WHERE event_id = $1 AND replaced_at IS NULL`, [eventId]);
  }

  async badgeByToken(token: string): Promise<EventBadgeEntity | null> {
    const [b] = await this.ds.query(`SELECT ${BADGE_COLUMNS} FROM event_badges WHERE token = $1`, [token]);
    return b ?? null;
  }

  async markPrinted(ids: string[], at: Date): Promise<void> {
    if (ids.length) await this.ds.query(`UPDATE event_badges SET printed_at = $2 WHERE id = ANY($1::uuid[])`, [ids, at]);
  }

  /** Replaces the live badge `badgeId` of the event: the old row is marked, a new one (new token, version + 1) made. Null: no such live badge. */
  async reprint(eventId: string, badgeId: string, by: string, now: Date): Promise<EventBadgeEntity | null> {
    return this.transaction(async (em) => {
      const [old]: EventBadgeEntity[] = await em.query(
        `SELECT ${BADGE_COLUMNS} FROM event_badges WHERE id = $1 AND event_id = $2 AND replaced_at IS NULL FOR UPDATE`, [badgeId, eventId]);
      if (!old) return null;
      await em.query(`UPDATE event_badges SET replaced_at = $2, replaced_by = $3 WHERE id = $1`, [badgeId, now, by]);
      const [fresh]: EventBadgeEntity[] = await em.query(
        `INSERT INTO event_badges (event_id, volunteer_id, guest_id, token, version) VALUES ($1, $2, $3, $4, $5) RETURNING ${BADGE_COLUMNS}`,
        [eventId, old.volunteerId, old.guestId, newBadgeToken(), old.version + 1]);
      return fresh;
    });
  }
}
