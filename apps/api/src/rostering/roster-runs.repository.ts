import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { RosterRunEntity, type RosterRunApplied, type RosterRunResult, type RosterRunStatus } from './entities/roster-run.entity';
import type { StaffScope } from './shifts.repository';

/** Auto-roster runs. Every read of a run takes the caller's scope: another center's run is simply not found. */
@Injectable()
export class RosterRunsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(em: EntityManager, values: Partial<RosterRunEntity>): Promise<RosterRunEntity> {
    return em.getRepository(RosterRunEntity).save(em.getRepository(RosterRunEntity).create(values));
  }

  private scoped(scope: StaffScope, em: EntityManager = this.db.manager) {
    const qb = em.getRepository(RosterRunEntity).createQueryBuilder('r');
    const parts: string[] = [];
    if (scope.centers === 'all') parts.push('r.center_id IS NOT NULL');
    else if (scope.centers.length) parts.push('r.center_id IN (:...scopeCenters)');
    if (scope.events === 'all') parts.push('r.event_id IS NOT NULL');
    else if (scope.events.length) parts.push('r.event_id IN (:...scopeEvents)');
    if (!parts.length) return qb.where('1 = 0');
    qb.setParameters({ scopeCenters: scope.centers === 'all' ? [] : [...scope.centers], scopeEvents: scope.events === 'all' ? [] : [...scope.events] });
    return qb.where(new Brackets((w) => parts.forEach((p, i) => (i === 0 ? w.where(p) : w.orWhere(p)))));
  }

  find(id: string, scope: StaffScope | 'any', em: EntityManager = this.db.manager): Promise<RosterRunEntity | null> {
    if (scope === 'any') return em.getRepository(RosterRunEntity).findOne({ where: { id } });
    return this.scoped(scope, em).andWhere('r.id = :id', { id }).getOne();
  }

  list(owner: { centerId?: string; eventId?: string }, scope: StaffScope, limit: number): Promise<RosterRunEntity[]> {
    const qb = this.scoped(scope);
    if (owner.centerId) qb.andWhere('r.center_id = :centerId', { centerId: owner.centerId });
    if (owner.eventId) qb.andWhere('r.event_id = :eventId', { eventId: owner.eventId });
    // The result is large (a month's proposals); lists show the summary only.
    return qb.select(['r.id', 'r.centerId', 'r.eventId', 'r.fromDate', 'r.toDate', 'r.status', 'r.progress', 'r.timeLimitSeconds', 'r.requestedBy',
      'r.error', 'r.startedAt', 'r.finishedAt', 'r.appliedAt', 'r.createdAt'])
      .orderBy('r.created_at', 'DESC').take(limit).getMany();
  }

  async activeFor(owner: { centerId: string | null; eventId: string | null }): Promise<boolean> {
    const [row] = await this.db.query(
      // A run still "running" long past its limit died with its process: it does not block a new one.
      `SELECT 1 AS x FROM roster_runs
        WHERE center_id IS NOT DISTINCT FROM $1 AND event_id IS NOT DISTINCT FROM $2
          AND (status = 'queued' OR (status = 'running' AND started_at > now() - make_interval(secs => time_limit_seconds + 300)))
        LIMIT 1`,
      [owner.centerId, owner.eventId],
    );
    return !!row;
  }

  /**
   * queued → running, once: a job delivered twice starts only one search. A run whose process died
   * mid-search (still "running" well past its time limit) may be claimed again when pg-boss retries the job.
   */
  async claimStart(id: string, now: Date): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected]: [unknown[], number] = await this.db.query(
      `UPDATE roster_runs SET status = 'running', progress = 0, started_at = $2, updated_at = $2
        WHERE id = $1 AND NOT cancel_requested
          AND (status = 'queued' OR (status = 'running' AND started_at < $2::timestamptz - make_interval(secs => time_limit_seconds + 300)))`,
      [id, now],
    );
    return affected === 1;
  }

  async setProgress(id: string, progress: number): Promise<void> {
    await this.db.query(`UPDATE roster_runs SET progress = $2, updated_at = now() WHERE id = $1 AND status = 'running'`, [id, progress]);
  }

  async cancelRequested(id: string): Promise<boolean> {
    const [row] = await this.db.query(`SELECT cancel_requested AS "cancel" FROM roster_runs WHERE id = $1`, [id]);
    return !!row?.cancel;
  }

  async finish(id: string, status: Extract<RosterRunStatus, 'done' | 'failed' | 'cancelled'>, values: { result?: RosterRunResult; error?: string }, now: Date): Promise<void> {
    await this.db.query(
      `UPDATE roster_runs SET status = $2, progress = 100, result = $3, error = $4, finished_at = $5, updated_at = $5 WHERE id = $1 AND status IN ('queued', 'running')`,
      [id, status, values.result ? JSON.stringify(values.result) : null, values.error ?? null, now],
    );
  }

  /** A queued run is cancelled at once; a running one is asked to stop (the job keeps its best roster as a preview). */
  async requestCancel(id: string, now: Date): Promise<void> {
    await this.db.query(
      `UPDATE roster_runs SET cancel_requested = true,
              status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END,
              finished_at = CASE WHEN status = 'queued' THEN $2 ELSE finished_at END, updated_at = $2
        WHERE id = $1 AND status IN ('queued', 'running')`,
      [id, now],
    );
  }

  /** done → applied inside the applying transaction; false when another apply got there first. */
  async markApplied(em: EntityManager, id: string, applied: RosterRunApplied, by: string, now: Date): Promise<boolean> {
    const [, affected]: [unknown[], number] = await em.query(
      `UPDATE roster_runs SET status = 'applied', applied = $2, applied_by = $3, applied_at = $4, updated_at = $4 WHERE id = $1 AND status = 'done'`,
      [id, JSON.stringify(applied), by, now],
    );
    return affected === 1;
  }

  /** Locks the run row for the apply: two "Apply" clicks at once run one after the other. */
  async lock(em: EntityManager, id: string): Promise<void> {
    await em.query(`SELECT id FROM roster_runs WHERE id = $1 FOR UPDATE`, [id]);
  }
}
