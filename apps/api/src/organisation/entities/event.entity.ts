import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EventStatus } from '../organisation.types';

@Entity('events')
@Check('events_status_check', `"status" IN ('draft', 'published', 'completed', 'cancelled')`)
@Check('events_dates_check', `"ends_at" > "starts_at"`)
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  nameAz!: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 200 })
  nameRu!: string;

  @Column({ type: 'varchar', length: 300 })
  venue!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: EventStatus;

  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
