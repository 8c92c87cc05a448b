import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The first answer to a POST with an Idempotency-Key, per user. The row is inserted in the same
 * transaction as the change: a concurrent duplicate waits on the primary key and then reads the answer.
 */
@Entity('rostering_idempotency')
export class IdempotencyRecordEntity {
  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  /** Method, path and body hash: the same key with another request is refused (422). */
  @Column({ type: 'varchar', length: 64 })
  requestHash!: string;

  @Column({ type: 'int', nullable: true })
  status!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  body!: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
