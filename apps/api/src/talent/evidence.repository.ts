import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { noShowRate, reliability, type LocalizedText } from '@dost/domain';
import type { DataSource } from 'typeorm';
import { verifyUrlOf } from '../certificates/certificates.mapper';
import type { EvidencePack } from './evidence.types';

const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : d);
const avg = (xs: number[]): number | null => (xs.length ? Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 100) / 100 : null);

/** Reads one alumnus' evidence from the source tables (not the pool's facts): the pack is the proof. */
@Injectable()
export class EvidenceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(volunteerId: string, baseUrl: string): Promise<EvidencePack | null> {
    const [person] = await this.db.query(
      `SELECT v.id, v.full_name, v.languages, v.skills, v.approved_minutes, ap.alumni_since, ap.education_level, ap.institution, ap.field_of_study,
              ap.region, ap.availability_kind,
              COALESCE((SELECT jsonb_agg(jsonb_build_object('az', c.name_az, 'en', c.name_en, 'ru', c.name_ru) ORDER BY c.name_az)
                          FROM centers c WHERE c.id = ANY(ap.preferred_center_ids)), '[]') AS preferred_centers
         FROM volunteers v JOIN alumni_profiles ap ON ap.volunteer_id = v.id WHERE v.id = $1`,
      [volunteerId],
    );
    if (!person) return null;

    const hours: { year: number; place_kind: 'center' | 'event'; place_id: string; place_name: LocalizedText; position_name: LocalizedText | null; minutes: number }[] =
      await this.db.query(
        `SELECT EXTRACT(YEAR FROM he.work_date)::int AS year,
                CASE WHEN he.center_id IS NOT NULL THEN 'center' ELSE 'event' END AS place_kind,
                COALESCE(he.center_id, he.event_id) AS place_id,
                jsonb_build_object('az', COALESCE(c.name_az, e.name_az), 'en', COALESCE(c.name_en, e.name_en), 'ru', COALESCE(c.name_ru, e.name_ru)) AS place_name,
                CASE WHEN p.id IS NULL THEN NULL ELSE jsonb_build_object('az', p.name_az, 'en', p.name_en, 'ru', p.name_ru) END AS position_name,
                sum(he.minutes)::int AS minutes
           FROM hour_entries he
           LEFT JOIN centers c ON c.id = he.center_id
           LEFT JOIN events e ON e.id = he.event_id
           LEFT JOIN positions p ON p.id = he.position_id
          WHERE he.volunteer_id = $1 AND he.status = 'approved'
          GROUP BY 1, 2, 3, 4, 5, p.id
          ORDER BY 1, 6 DESC`,
        [volunteerId],
      );
    const byYear = new Map<number, number>();
    for (const h of hours) byYear.set(h.year, (byYear.get(h.year) ?? 0) + h.minutes);

    const [att] = await this.db.query(
      `SELECT count(*) FILTER (WHERE status = 'completed')::int AS attended, count(*) FILTER (WHERE status = 'no_show')::int AS no_shows
         FROM shift_assignments WHERE volunteer_id = $1`,
      [volunteerId],
    );
    const counts = { attended: att.attended as number, noShows: att.no_shows as number };

    const ratings: {
      id: string; created_at: Date; place_name: LocalizedText | null; period_from: string | null; period_to: string | null; rater_name: string | null;
      punctuality: number; communication: number; service_to_citizens: number; teamwork: number; comment: string | null;
    }[] = await this.db.query(
      `SELECT r.id, r.created_at, r.period_from::text, r.period_to::text, u.full_name AS rater_name, r.punctuality, r.communication, r.service_to_citizens,
              r.teamwork, r.comment,
              CASE WHEN c.id IS NOT NULL THEN jsonb_build_object('az', c.name_az, 'en', c.name_en, 'ru', c.name_ru)
                   WHEN e.id IS NOT NULL THEN jsonb_build_object('az', e.name_az, 'en', e.name_en, 'ru', e.name_ru) END AS place_name
         FROM volunteer_ratings r
         LEFT JOIN users u ON u.id = r.rater_user_id
         LEFT JOIN centers c ON c.id = r.center_id
         LEFT JOIN events e ON e.id = r.event_id
        WHERE r.volunteer_id = $1 ORDER BY r.created_at DESC`,
      [volunteerId],
    );

    const certificates: { id: string; serial: string; title: LocalizedText; kind: string; status: string; issued_at: Date; minutes: number; verification_code: string }[] =
      await this.db.query(
        `SELECT id, serial, title, kind, status, issued_at, minutes, verification_code FROM certificates WHERE volunteer_id = $1 ORDER BY issued_at DESC`,
        [volunteerId],
      );

    const roles: { event_id: string; event_name: LocalizedText; position_name: LocalizedText; shifts: number; first_date: string; last_date: string }[] = await this.db.query(
      `SELECT e.id AS event_id, jsonb_build_object('az', e.name_az, 'en', e.name_en, 'ru', e.name_ru) AS event_name,
              jsonb_build_object('az', p.name_az, 'en', p.name_en, 'ru', p.name_ru) AS position_name, count(*)::int AS shifts,
              (min(s.starts_at) AT TIME ZONE 'Asia/Baku')::date::text AS first_date, (max(s.starts_at) AT TIME ZONE 'Asia/Baku')::date::text AS last_date
         FROM shift_assignments sa JOIN shifts s ON s.id = sa.shift_id JOIN events e ON e.id = s.event_id JOIN positions p ON p.id = s.position_id
        WHERE sa.volunteer_id = $1 AND sa.status = 'completed'
        GROUP BY e.id, p.id ORDER BY min(s.starts_at) DESC`,
      [volunteerId],
    );

    // Staff notes about the person, where the installation keeps them.
    const [{ has_notes: hasNotes }] = await this.db.query(`SELECT to_regclass('public.volunteer_notes') IS NOT NULL AS has_notes`);
    const notes: { created_at: Date; author_name: string; body: string }[] = hasNotes
      ? await this.db.query(`SELECT created_at, author_name, body FROM volunteer_notes WHERE volunteer_id = $1 ORDER BY created_at DESC LIMIT 100`, [volunteerId])
      : [];

    return {
      volunteerId: person.id,
      fullName: person.full_name,
      alumniSince: iso(person.alumni_since),
      educationLevel: person.education_level,
      institution: person.institution,
      fieldOfStudy: person.field_of_study,
      region: person.region,
      availabilityKind: person.availability_kind,
      languages: Array.isArray(person.languages) ? person.languages : [],
      skills: Array.isArray(person.skills) ? person.skills : [],
      preferredCenters: person.preferred_centers,
      approvedMinutes: person.approved_minutes,
      hours: hours.map((h) => ({ year: h.year, placeKind: h.place_kind, placeId: h.place_id, placeName: h.place_name, positionName: h.position_name, minutes: h.minutes })),
      hoursByYear: [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, minutes]) => ({ year, minutes })),
      reliability: { ...counts, reliability: reliability(counts), noShowRate: noShowRate(counts) },
      ratings: ratings.map((r) => ({
        id: r.id, createdAt: iso(r.created_at), placeName: r.place_name, periodFrom: r.period_from, periodTo: r.period_to, raterName: r.rater_name,
        punctuality: r.punctuality, communication: r.communication, serviceToCitizens: r.service_to_citizens, teamwork: r.teamwork, comment: r.comment,
      })),
      ratingAverages: {
        count: ratings.length,
        punctuality: avg(ratings.map((r) => r.punctuality)),
        communication: avg(ratings.map((r) => r.communication)),
        serviceToCitizens: avg(ratings.map((r) => r.service_to_citizens)),
        teamwork: avg(ratings.map((r) => r.teamwork)),
        overall: avg(ratings.map((r) => (r.punctuality + r.communication + r.service_to_citizens + r.teamwork) / 4)),
      },
      certificates: certificates.map((c) => ({
        id: c.id, serial: c.serial, title: c.title, kind: c.kind, status: c.status, issuedAt: iso(c.issued_at), minutes: c.minutes,
        verifyUrl: verifyUrlOf(baseUrl, c.verification_code),
      })),
      eventRoles: roles.map((r) => ({ eventId: r.event_id, eventName: r.event_name, positionName: r.position_name, shifts: r.shifts, firstDate: r.first_date, lastDate: r.last_date })),
      notes: notes.map((n) => ({ createdAt: iso(n.created_at), authorName: n.author_name, body: n.body })),
    };
  }
}
