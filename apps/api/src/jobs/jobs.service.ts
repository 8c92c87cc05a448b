import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';

export type JobHandler<T> = (data: T, job: { id: string }) => Promise<void>;

/**
 * A queue's policy (pg-boss 10 queue options, applied to every job sent to it): `expireInSeconds` — how long a
 * job may stay active before pg-boss fails it by timeout (a worker that died mid-job leaves it active); with
 * `retryLimit` / `retryDelay` it is then retried. Expiry is checked by maintenance, every MAINTENANCE_SECONDS.
 */
export interface QueuePolicy {
  expireInSeconds?: number;
  retryLimit?: number;
  retryDelay?: number;
}

interface Registration {
  queue: string;
  handler: JobHandler<never>;
  batchSize: number;
  policy?: QueuePolicy;
}

/** How often pg-boss expires jobs left active by a dead worker (pg-boss 10's default: 120 s). */
export const MAINTENANCE_SECONDS = 15;

/**
 * Background work on pg-boss, in the same PostgreSQL. Features register handlers and cron schedules in
 * their `onModuleInit`; the queues are created and the workers started once the app boots.
 * `sendInTransaction` enqueues with the caller's EntityManager: the job exists only if the business
 * write commits (transactional outbox).
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('jobs');
  private readonly boss: PgBoss;
  private readonly registrations: Registration[] = [];
  private readonly schedules: { queue: string; cron: string }[] = [];
  private started = false;

  constructor(private readonly config: AppConfig) {
    this.boss = new PgBoss({
      connectionString: config.databaseUrl,
      schema: 'pgboss',
      max: 4,
      application_name: 'dost-jobs',
      // Finished jobs are kept a week for diagnosis, then removed by pg-boss's maintenance.
      deleteAfterDays: 7,
      maintenanceIntervalSeconds: MAINTENANCE_SECONDS,
    });
    this.boss.on('error', (err: Error & { code?: string }) => {
      // Ctrl-C reaches the embedded PostgreSQL too (same terminal): it ends our connections while we stop.
      // That is a normal stop (57P01 admin_shutdown), not an error to alarm anyone.
      if (err.code === '57P01') return this.logger.log('pg-boss: the database is shutting down');
      this.logger.error({ err: { type: err.name, message: err.message } }, 'pg-boss error');
    });
  }

  /** Call from a provider's onModuleInit. */
  register<T>(queue: string, handler: JobHandler<T>, options: { batchSize?: number; policy?: QueuePolicy } = {}): void {
    if (this.started) throw new Error(`register(${queue}) after start`);
    this.registrations.push({ queue, handler: handler as JobHandler<never>, batchSize: options.batchSize ?? 10, policy: options.policy });
  }

  /** A cron schedule (Asia/Baku) that sends a job to `queue`; register its handler with `register`. */
  schedule(queue: string, cron: string): void {
    this.schedules.push({ queue, cron });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const r of this.registrations) {
      await this.boss.createQueue(r.queue, { name: r.queue, ...r.policy });
      // createQueue leaves an existing queue as it was: the policy reaches databases created before it too.
      if (r.policy) await this.boss.updateQueue(r.queue, { name: r.queue, ...r.policy });
    }
    for (const s of this.schedules) {
      if (!this.registrations.some((r) => r.queue === s.queue)) await this.boss.createQueue(s.queue);
      await this.boss.schedule(s.queue, s.cron, {}, { tz: 'Asia/Baku' });
    }
    if (!this.config.jobsWorker) return;
    for (const r of this.registrations) {
      await this.boss.work<never>(r.queue, { batchSize: r.batchSize, pollingIntervalSeconds: this.config.jobsPollSeconds }, async (jobs) => {
        // A failed job is retried by pg-boss; handlers that need their own back-off catch their errors.
        for (const job of jobs) await r.handler(job.data, { id: job.id });
      });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** Enqueue inside the caller's transaction: rolled back → never runs. */
  async sendInTransaction(em: EntityManager, queue: string, data: object, options: { startAfter?: Date; singletonKey?: string } = {}): Promise<void> {
    const runner = em.queryRunner;
    if (!runner?.isTransactionActive) throw new Error(`sendInTransaction(${queue}) needs the EntityManager of an open transaction`);
    await this.boss.send(queue, data, {
      ...options,
      db: { executeSql: async (text: string, values: unknown[]) => ({ rows: (await runner.query(text, values, true)).records }) },
    });
  }

  /** Many jobs of one queue in one statement, inside the caller's transaction (queue policies apply as with send). */
  async sendManyInTransaction(em: EntityManager, queue: string, data: readonly object[]): Promise<void> {
    const runner = em.queryRunner;
    if (!runner?.isTransactionActive) throw new Error(`sendManyInTransaction(${queue}) needs the EntityManager of an open transaction`);
    if (!data.length) return;
    await this.boss.insert(data.map((d) => ({ name: queue, data: d })), {
      db: { executeSql: async (text: string, values: unknown[]) => ({ rows: (await runner.query(text, values, true)).records }) },
    });
  }

  async send(queue: string, data: object, options: { startAfter?: Date; singletonKey?: string } = {}): Promise<void> {
    await this.boss.send(queue, data, options);
  }
}
