import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Fixed-window counters kept in PostgreSQL so that every API replica sees the same limits. */
@Entity('rate_limit_buckets')
export class RateLimitBucketEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ type: 'timestamptz' })
  windowStart!: Date;

  @Column({ type: 'int' })
  hits!: number;
}
