import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface BucketState {
  hits: number;
  /** Seconds until the window closes. */
  resetsIn: number;
}

/** Fixed-window counters in PostgreSQL: one atomic upsert per hit, shared by all API replicas. */
@Injectable()
export class RateLimitRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async hit(key: string, windowSeconds: number): Promise<BucketState> {
    const [row] = await this.db.query(
      `INSERT INTO rate_limit_buckets AS b (key, window_start, hits) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN b.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE b.hits + 1 END,
         window_start = CASE WHEN b.window_start <= now() - make_interval(secs => $2) THEN now() ELSE b.window_start END
       RETURNING hits, GREATEST(0, EXTRACT(EPOCH FROM (window_start + make_interval(secs => $2) - now())))::float AS resets_in`,
      [key, windowSeconds],
    );
    return { hits: Number(row.hits), resetsIn: Number(row.resets_in) };
  }

  async peek(key: string, windowSeconds: number): Promise<BucketState> {
    const [row] = await this.db.query(
      `SELECT hits, EXTRACT(EPOCH FROM (window_start + make_interval(secs => $2) - now()))::float AS resets_in
         FROM rate_limit_buckets WHERE key = $1 AND window_start > now() - make_interval(secs => $2)`,
      [key, windowSeconds],
    );
    return row ? { hits: Number(row.hits), resetsIn: Number(row.resets_in) } : { hits: 0, resetsIn: 0 };
  }

  async clear(key: string): Promise<void> {
    await this.db.query(`DELETE FROM rate_limit_buckets WHERE key = $1`, [key]);
  }
}
