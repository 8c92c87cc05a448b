/**
 * The talent bench's baseline, in its own process: the pool's own SQL (TalentPoolRepository.search and the
 * freshness probe of TalentFactsRepository) over a plain `pg` pool — no HTTP, Nest, auth, validation, JSON or the
 * per-row fit-score explanation. API ÷ this is what the endpoint adds around the database.
 * Reads one job as JSON from argv[2], prints one JSON line (the same LoadResult as bench/hours/load.ts).
 */
import 'reflect-metadata';
import { normaliseWeights, type FitRequirements, type FitWeights } from '@dost/domain';
import { plainToInstance } from 'class-transformer';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { LoadResult } from '../hours/load';

export interface BaselineJob { databaseUrl: string; queries: string[]; concurrency: number; total: number; warmup: number }

const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;

async function run(job: BaselineJob): Promise<LoadResult> {
  const { TalentPoolRepository } = await import('../../apps/api/src/talent/talent-pool.repository');
  const { TalentFactsRepository } = await import('../../apps/api/src/talent/talent-facts.repository');
  const { TalentPoolQueryDto } = await import('../../apps/api/src/talent/dto/talent.dto');
  const pool = new Pool({ connectionString: job.databaseUrl, max: 20 });
  const db = { query: async (sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows } as unknown as DataSource;
  const repo = new TalentPoolRepository(db);
  const facts = new TalentFactsRepository(db);
  const calls = job.queries.map((qs) => plainToInstance(TalentPoolQueryDto, Object.fromEntries(new URLSearchParams(qs)), { enableImplicitConversion: false }));
  // class-transformer's @Type(() => Number) needs the decorators' metadata: the DTO's numbers arrive as numbers.
  const one = async (q: InstanceType<typeof TalentPoolQueryDto>) => {
    let req: FitRequirements = {};
    let weights: FitWeights = normaliseWeights(null);
    if (q.vacancyId) {
      const v = await repo.vacancy(q.vacancyId);
      req = v?.requirements ?? {};
      weights = normaliseWeights(v?.fitWeights);
    }
    await facts.refreshStale();
    await repo.search(q, req, weights);
  };
  for (let i = 0; i < job.warmup; i++) await one(calls[i % calls.length]);
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: job.concurrency }, async () => {
    while (next < job.total) {
      const q = calls[next++ % calls.length];
      const started = performance.now();
      await one(q);
      latencies.push(performance.now() - started);
    }
  }));
  const seconds = (performance.now() - t0) / 1000;
  await pool.end();
  const s = latencies.sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 10) / 10;
  return { count: s.length, seconds: r(seconds), latencies: { p50: r(pct(s, 50)), p95: r(pct(s, 95)), p99: r(pct(s, 99)), max: r(s[s.length - 1]) }, statuses: { 200: s.length }, failures: [], results: {} };
}

if (require.main === module) {
  run(JSON.parse(process.argv[2]) as BaselineJob)
    .then((r) => process.stdout.write(`${JSON.stringify(r)}\n`))
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
