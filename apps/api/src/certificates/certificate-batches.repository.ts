import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateRule } from '@dost/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { CertificateScope } from './certificates.repository';
import { CertificateBatchEntity, type BatchResult } from './entities/certificate-batch.entity';
import { CertificateTypeEntity } from './entities/certificate-type.entity';

/** The most people one batch (or one automatic run per type) works through. */
export const BATCH_MAX_PEOPLE = 5000;

/** Bulk issues and the people a type can be issued to; each batch is read in its creator's scope. */
@Injectable()
export class CertificateBatchesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async insert(em: EntityManager, values: Pick<CertificateBatchEntity, 'typeId' | 'createdBy' | 'volunteerIds' | 'total'>): Promise<CertificateBatchEntity> {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO certificate_batches (type_id, created_by, volunteer_ids, total) VALUES ($1, $2, $3::jsonb, $4) RETURNING id`,
      [values.typeId, values.createdBy, JSON.stringify(values.volunteerIds), values.total],
    );
    return (await em.findOneBy(CertificateBatchEntity, { id: row.id }))!;
  }

  /** The active types a job issues by itself. */
  autoIssueTypes(): Promise<CertificateTypeEntity[]> {
    return this.db.getRepository(CertificateTypeEntity).find({ where: { autoIssue: true, active: true }, order: { code: 'ASC' } });
  }

  find(id: string): Promise<CertificateBatchEntity | null> {
    return this.db.getRepository(CertificateBatchEntity).findOneBy({ id });
  }

  /** queued → running (or a running batch whose worker died, picked up again); null when done, failed or unknown. */
  async claim(id: string): Promise<CertificateBatchEntity | null> {
    const [rows]: [{ id: string }[], number] = await this.db.query(
      `UPDATE certificate_batches SET status = 'running', updated_at = now() WHERE id = $1 AND status IN ('queued', 'running') RETURNING id`,
      [id],
    );
    return rows.length ? this.find(id) : null;
  }

  /** One person's outcome, appended with the progress counter in one statement (a poller never sees them apart). */
  async record(id: string, result: BatchResult): Promise<void> {
    await this.db.query(
      `UPDATE certificate_batches SET results = results || $2::jsonb, done = done + 1, updated_at = now() WHERE id = $1`,
      [id, JSON.stringify([result])],
    );
  }

  async finish(id: string, status: 'done' | 'failed', error: string | null = null): Promise<void> {
    await this.db.query(
      `UPDATE certificate_batches SET status = $2, error = $3, finished_at = now(), updated_at = now() WHERE id = $1`,
      [id, status, error],
    );
  }

  /** Names of these people, by id (unknown ids are absent). */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; full_name: string }[] = await this.db.query(`SELECT id, full_name FROM volunteers WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.full_name]));
  }

  /** Of these ids, the people the scope may issue to (their home center, or hours at a place of the scope). */
  async inScope(ids: readonly string[], scope: CertificateScope): Promise<Set<string>> {
    if (!ids.length) return new Set();
    if (scope.centers === 'all' || scope.events === 'all') {
      const rows: { id: string }[] = await this.db.query(`SELECT id FROM volunteers WHERE id = ANY($1::uuid[])`, [ids]);
      return new Set(rows.map((r) => r.id));
    }
    const rows: { id: string }[] = await this.db.query(
      `SELECT v.id FROM volunteers v WHERE v.id = ANY($1::uuid[])
          AND (v.home_center_id = ANY($2::uuid[])
               OR EXISTS (SELECT 1 FROM hour_entries h WHERE h.volunteer_id = v.id AND (h.center_id = ANY($2::uuid[]) OR h.event_id = ANY($3::uuid[])))
               OR EXISTS (SELECT 1 FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
                           WHERE a.volunteer_id = v.id AND (s.center_id = ANY($2::uuid[]) OR s.event_id = ANY($3::uuid[]))))`,
      [ids, [...scope.centers], [...scope.events]],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * The people a type is worth trying for, in name order: for an event or center type everyone with approved hours
   * there (in the period) or assigned to its shifts; a milestone, everyone with that many approved hours; a
   * training, the holders of the qualification; a type without a place, within `homeCenters` when given.
   * Those who hold a valid certificate of the type are left out when `withoutHolders`.
   */
  async candidates(typeId: string, rule: CertificateRule, opts: { homeCenters?: readonly string[] | 'all'; withoutHolders: boolean }): Promise<{ id: string; fullName: string }[]> {
    const place = rule.eventId ?? rule.centerId ?? null;
    const column = rule.eventId ? 'event_id' : 'center_id';
    const conditions: string[] = [];
    const params: unknown[] = [typeId];
    if (place) {
      params.push(place, rule.periodFrom ?? null, rule.periodTo ?? null);
      conditions.push(`(EXISTS (SELECT 1 FROM hour_entries h WHERE h.volunteer_id = v.id AND h.status = 'approved' AND h.${column} = $2
                                  AND ($3::date IS NULL OR h.work_date >= $3) AND ($4::date IS NULL OR h.work_date <= $4))
                 OR EXISTS (SELECT 1 FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id WHERE a.volunteer_id = v.id AND s.${column} = $2
                                  AND ($3::date IS NULL OR (s.starts_at AT TIME ZONE 'Asia/Baku')::date >= $3)
                                  AND ($4::date IS NULL OR (s.starts_at AT TIME ZONE 'Asia/Baku')::date <= $4)))`);
    } else if (rule.milestoneHours) {
      params.push(rule.milestoneHours * 60);
      conditions.push(`v.approved_minutes >= $2`);
    } else if (rule.qualification) {
      params.push(rule.qualification);
      conditions.push(`EXISTS (SELECT 1 FROM volunteer_qualifications q WHERE q.volunteer_id = v.id AND q.code = $2)`);
    } else {
      conditions.push(`v.status IN ('active', 'paused', 'alumni')`);
    }
    if (!place && opts.homeCenters && opts.homeCenters !== 'all') {
      params.push([...opts.homeCenters]);
      conditions.push(`v.home_center_id = ANY($${params.length}::uuid[])`);
    }
    if (opts.withoutHolders) conditions.push(`NOT EXISTS (SELECT 1 FROM certificates c WHERE c.type_id = $1 AND c.volunteer_id = v.id AND c.status = 'valid')`);
    const rows: { id: string; full_name: string }[] = await this.db.query(
      `SELECT v.id, v.full_name FROM volunteers v WHERE $1::uuid IS NOT NULL AND ${conditions.join(' AND ')} ORDER BY v.full_name, v.id LIMIT ${BATCH_MAX_PEOPLE}`,
      params,
    );
    return rows.map((r) => ({ id: r.id, fullName: r.full_name }));
  }
}
